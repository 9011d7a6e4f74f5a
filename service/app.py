"""The FastAPI application factory.

``create_app(settings)`` builds an app; the database is opened and migrated to the newest
revision in the lifespan (so that building an app touches nothing, and tests and ``matcher
serve`` each bring their own settings). The same lifespan sets up, once per process, the scoring
model holder (loading starts in the background when ``preload_model``), the ranking cache and the
allocation job runner (which first marks jobs an earlier process left unfinished as interrupted).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from service.db import Database
from service.errors import install_error_handlers
from service.jobs import JobRunner
from service.matching import ModelHolder, RankingCache
from service.observability import Metrics, ObservabilityMiddleware
from service.routers import (
    admin,
    allocations,
    audit,
    centres,
    citizens,
    health,
    matching,
    placements,
    seats,
    stats,
    web,
)
from service.settings import Settings, get_settings

log = logging.getLogger("service.app")


def _warm(ranking: RankingCache) -> None:
    """Build the first ranker and read every profile, so the first requests are fast."""
    try:
        ranking.warm()
    except Exception as exc:  # noqa: BLE001 - warming is an optimisation; requests retry
        log.warning("warming the ranking cache failed (%s)", type(exc).__name__)


API_VERSION = "1"


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the HTTP service for ``settings`` (default: :func:`~service.settings.get_settings`)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        db = Database.open(settings)
        models = ModelHolder(db, settings)
        ranking = RankingCache(db, models, settings.answer_cache_size, settings.freeze_gc)
        jobs = JobRunner(db, models, settings)
        jobs.recover()
        app.state.db, app.state.models, app.state.ranking, app.state.jobs = (
            db,
            models,
            ranking,
            jobs,
        )
        if settings.preload_model:
            models.start()
            threading.Thread(
                target=_warm, args=(ranking,), name="matcher-warm", daemon=True
            ).start()
        try:
            yield
        finally:
            jobs.close()
            models.close()
            db.close()

    app = FastAPI(
        title="matcher",
        version=API_VERSION,
        summary="Matching citizens far from the labour market with work-trial seats",
        lifespan=lifespan,
    )
    metrics = Metrics()
    app.state.settings = settings
    app.state.metrics = metrics
    install_error_handlers(app)
    app.add_middleware(ObservabilityMiddleware, metrics=metrics)
    for module in (
        health,
        citizens,
        centres,
        seats,
        matching,
        placements,
        allocations,
        admin,
        audit,
        stats,
        web,
    ):
        app.include_router(module.router)
    return app
