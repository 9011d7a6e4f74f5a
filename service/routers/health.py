"""Liveness (``/health``, no token), readiness (``/ready``) and Prometheus ``/metrics``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.exc import SQLAlchemyError

from service.db import current_revision, head_revision
from service.deps import AnalystDep, AnyRoleDep, DbDep, MetricsDep, ModelsDep
from service.errors import ERROR_RESPONSES, ErrorBody, NotReadyError
from service.matching import describe
from service.schemas import Health, ModelState, Ready

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health)
def health() -> Health:
    """The process is alive (no token needed, touches nothing)."""
    return Health(status="ok")


_NOT_READY: dict[int | str, dict[str, Any]] = {
    503: {"model": ErrorBody, "description": "Database or scoring model not ready"}
}


@router.get("/ready", response_model=Ready, responses={**ERROR_RESPONSES, **_NOT_READY})
def ready(db: DbDep, who: AnyRoleDep, models: ModelsDep) -> Ready:
    """The database answers, its schema is at the newest migration and the scoring model is
    loaded (asking starts loading it if nobody has yet; 503 with ``model`` while it loads)."""
    try:
        with db.read() as session:
            revision = current_revision(session)
    except SQLAlchemyError:
        raise NotReadyError("the database does not answer") from None
    head = head_revision()
    if revision != head:
        raise NotReadyError(f"database schema at {revision or 'none'}, expected {head}")
    models.start()
    info = models.info()
    if info.status != "ready":
        raise NotReadyError(
            info.message or "the scoring model is not loaded yet", model=describe(info)
        )
    return Ready(
        status="ready",
        database=db.engine.dialect.name,
        schema_revision=revision,
        model=ModelState(**describe(info)),
    )


@router.get(
    "/metrics",
    response_class=Response,
    responses={200: {"content": {CONTENT_TYPE_LATEST: {}}}, **ERROR_RESPONSES},
)
def metrics(metrics: MetricsDep, who: AnalystDep) -> Response:
    """Prometheus metrics (text exposition format)."""
    return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)
