"""FastAPI dependencies and their ``Annotated`` aliases.

Routers declare what they need by type — ``db: DbDep``, ``who: CaseworkerDep`` — and the role
checks live here, once. Dependencies that only read ``app.state`` or compare a role are ``async``:
FastAPI runs a plain ``def`` dependency in its thread pool, a hop that costs more than the work. A missing or unknown token is 401 and a role that may not call the route
is 403, for every route but ``/health``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from service.auth import Principal, Role, authenticate
from service.db import Database
from service.errors import ForbiddenError
from service.jobs import JobRunner
from service.matching import ModelHolder, RankingCache
from service.observability import Metrics
from service.settings import Settings

_bearer = HTTPBearer(auto_error=False, description="A token from `matcher token create`")


async def get_db(request: Request) -> Database:
    """The app's database (opened in the lifespan)."""
    db: Database = request.app.state.db
    return db


async def get_app_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    settings: Settings = request.app.state.settings
    return settings


async def get_metrics(request: Request) -> Metrics:
    """The app's Prometheus metrics."""
    metrics: Metrics = request.app.state.metrics
    return metrics


async def get_models(request: Request) -> ModelHolder:
    """The process's scoring model holder."""
    models: ModelHolder = request.app.state.models
    return models


async def get_ranking(request: Request) -> RankingCache:
    """The process's ranking cache."""
    ranking: RankingCache = request.app.state.ranking
    return ranking


async def get_jobs(request: Request) -> JobRunner:
    """The process's allocation job runner."""
    jobs: JobRunner = request.app.state.jobs
    return jobs


DbDep = Annotated[Database, Depends(get_db)]
ModelsDep = Annotated[ModelHolder, Depends(get_models)]
RankingDep = Annotated[RankingCache, Depends(get_ranking)]
JobsDep = Annotated[JobRunner, Depends(get_jobs)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
MetricsDep = Annotated[Metrics, Depends(get_metrics)]
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def get_principal(db: DbDep, credentials: Credentials) -> Principal:
    """The caller, from the bearer token (401 when missing, unknown or revoked)."""
    with db.read() as session:
        return authenticate(session, credentials.credentials if credentials else None)


PrincipalDep = Annotated[Principal, Depends(get_principal)]


def require(*roles: Role) -> Callable[[Principal], Awaitable[Principal]]:
    """A dependency admitting only callers with one of ``roles`` (403 for the others)."""

    async def check(principal: PrincipalDep) -> Principal:
        if principal.role not in roles:
            raise ForbiddenError(
                f"role '{principal.role}' may not do this; allowed: {', '.join(roles)}"
            )
        return principal

    return check


#: The largest integer both databases can compare with an id column (PostgreSQL's ``integer``).
MAX_ROW_ID = 2**31 - 1
#: A numeric row id in a path (placements, tokens).
RowId = Annotated[int, Path(ge=1, le=MAX_ROW_ID)]
#: How many rows of a list to skip.
Offset = Annotated[int, Query(ge=0, le=MAX_ROW_ID)]

#: Any valid token.
AnyRoleDep = PrincipalDep
#: Personal data and placements: consultants and team leaders.
CaseworkerDep = Annotated[Principal, Depends(require("consultant", "team_lead"))]
#: Centre and seat records (no personal data): caseworkers and admins.
EditorDep = Annotated[Principal, Depends(require("consultant", "team_lead", "admin"))]
#: Aggregate statistics and metrics: analysts, team leaders and admins.
AnalystDep = Annotated[Principal, Depends(require("analyst", "team_lead", "admin"))]
#: Batch allocation and its confirmation.
TeamLeadDep = Annotated[Principal, Depends(require("team_lead"))]
#: Tokens, import/export, audit log.
AdminDep = Annotated[Principal, Depends(require("admin"))]
