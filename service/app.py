"""The FastAPI application factory.

``create_app(settings)`` builds an app; the database is opened and migrated to the newest
revision in the lifespan (so that building an app touches nothing, and tests and ``matcher
serve`` each bring their own settings). Later additions (the scoring model for ranking,
allocation jobs) are loaded once in the same lifespan.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from service.db import Database
from service.errors import install_error_handlers
from service.observability import Metrics, ObservabilityMiddleware
from service.routers import admin, audit, centres, citizens, health, placements, seats, stats
from service.settings import Settings, get_settings

API_VERSION = "1"


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the HTTP service for ``settings`` (default: :func:`~service.settings.get_settings`)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        db = Database.open(settings)
        app.state.db = db
        try:
            yield
        finally:
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
    for module in (health, citizens, centres, seats, placements, admin, audit, stats):
        app.include_router(module.router)
    return app
