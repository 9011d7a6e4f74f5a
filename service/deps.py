"""FastAPI dependencies and their ``Annotated`` aliases.

Routers declare what they need by type — ``db: DbDep``, ``who: CaseworkerDep`` — and the role
checks live here, once. A missing or unknown token is 401 and a role that may not call the route
is 403, for every route but ``/health``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from service.auth import Principal, Role, authenticate
from service.db import Database
from service.errors import ForbiddenError
from service.observability import Metrics
from service.settings import Settings

_bearer = HTTPBearer(auto_error=False, description="A token from `matcher token create`")


def get_db(request: Request) -> Database:
    """The app's database (opened in the lifespan)."""
    db: Database = request.app.state.db
    return db


def get_app_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    settings: Settings = request.app.state.settings
    return settings


def get_metrics(request: Request) -> Metrics:
    """The app's Prometheus metrics."""
    metrics: Metrics = request.app.state.metrics
    return metrics


DbDep = Annotated[Database, Depends(get_db)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
MetricsDep = Annotated[Metrics, Depends(get_metrics)]
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def get_principal(db: DbDep, credentials: Credentials) -> Principal:
    """The caller, from the bearer token (401 when missing, unknown or revoked)."""
    with db.read() as session:
        return authenticate(session, credentials.credentials if credentials else None)


PrincipalDep = Annotated[Principal, Depends(get_principal)]


def require(*roles: Role) -> Callable[[Principal], Principal]:
    """A dependency admitting only callers with one of ``roles`` (403 for the others)."""

    def check(principal: PrincipalDep) -> Principal:
        if principal.role not in roles:
            raise ForbiddenError(
                f"role '{principal.role}' may not do this; allowed: {', '.join(roles)}"
            )
        return principal

    return check


#: Any valid token.
AnyRoleDep = PrincipalDep
#: Personal data and placements: consultants and team leaders.
CaseworkerDep = Annotated[Principal, Depends(require("consultant", "team_lead"))]
#: Centre and seat records (no personal data): caseworkers and admins.
EditorDep = Annotated[Principal, Depends(require("consultant", "team_lead", "admin"))]
#: Aggregate statistics and metrics: analysts, team leaders and admins.
AnalystDep = Annotated[Principal, Depends(require("analyst", "team_lead", "admin"))]
#: Tokens, import/export, audit log.
AdminDep = Annotated[Principal, Depends(require("admin"))]
