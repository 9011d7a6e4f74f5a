"""Liveness (``/health``, no token), readiness (``/ready``) and Prometheus ``/metrics``."""

from __future__ import annotations

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.exc import SQLAlchemyError

from service.db import current_revision, head_revision
from service.deps import AnalystDep, AnyRoleDep, DbDep, MetricsDep
from service.errors import ERROR_RESPONSES, NotReadyError
from service.schemas import Health, Ready

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health)
def health() -> Health:
    """The process is alive (no token needed, touches nothing)."""
    return Health(status="ok")


@router.get("/ready", response_model=Ready, responses=ERROR_RESPONSES)
def ready(db: DbDep, who: AnyRoleDep) -> Ready:
    """The database answers and its schema is at the newest migration."""
    try:
        with db.read() as session:
            revision = current_revision(session)
    except SQLAlchemyError:
        raise NotReadyError("the database does not answer") from None
    head = head_revision()
    if revision != head:
        raise NotReadyError(f"database schema at {revision or 'none'}, expected {head}")
    return Ready(status="ready", database=db.engine.dialect.name, schema_revision=revision)


@router.get(
    "/metrics",
    response_class=Response,
    responses={200: {"content": {CONTENT_TYPE_LATEST: {}}}, **ERROR_RESPONSES},
)
def metrics(metrics: MetricsDep, who: AnalystDep) -> Response:
    """Prometheus metrics (text exposition format)."""
    return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)
