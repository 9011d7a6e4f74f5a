"""Every error the service answers with, and the one place that maps errors to HTTP.

Routers and service functions raise the domain errors below (or ``matcher`` errors such as
:class:`~matcher.errors.DatasetError`); :func:`install_error_handlers` turns them into JSON bodies
of one shape, :class:`ErrorBody`. Nothing else in the service builds an error response. Messages
never echo a value that may be personal data: identifiers shaped like a CPR number are replaced,
request bodies are never quoted, and unexpected exceptions are logged by type only (database
exceptions carry SQL parameters, which may hold health text) and answered without a stack trace.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException as StarletteHTTPException

from matcher.dataset import looks_like_cpr
from matcher.errors import DatasetError, MatcherError

log = logging.getLogger("service.errors")
#: What a 503 asks the client to wait before trying again (seconds).
RETRY_AFTER_S = 5


def safe_id(value: str) -> str:
    """``value`` for use in a message, or a placeholder when it is shaped like a CPR number.

    >>> safe_id("b-0412"), safe_id("0101" + "90-1234")
    ('b-0412', '<CPR-shaped id not shown>')
    """
    if looks_like_cpr(value):
        return "<CPR-shaped id not shown>"
    return value if len(value) <= 128 else "<long id not shown>"


class ErrorBody(BaseModel):
    """The JSON body of every error response."""

    model_config = ConfigDict(extra="allow")

    code: str
    message: str
    field: str | None = None


class ServiceError(MatcherError):
    """Base of the service's domain errors; ``status`` and ``code`` decide the response."""

    status = 500
    code = "error"

    def __init__(self, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.message = message
        self.extra = extra

    def body(self) -> dict[str, Any]:
        """The response body."""
        return {"code": self.code, "message": self.message, "field": None, **self.extra}


class NotFoundError(ServiceError):
    """An id that names nothing (of the given kind)."""

    status, code = 404, "not_found"

    def __init__(self, kind: str, ident: str | int) -> None:
        shown = safe_id(ident) if isinstance(ident, str) else str(ident)
        super().__init__(f"{kind} {shown!r} not found", kind=kind)


class ConflictError(ServiceError):
    """The request is well-formed but conflicts with the current state."""

    status, code = 409, "conflict"


class SeatFullError(ConflictError):
    """No free place left in the seat."""

    code = "seat_full"


class HardRuleError(ConflictError):
    """The placement would break a hard rule; ``conflicts`` lists the broken needs."""

    code = "hard_rule_conflict"


class InvalidInputError(ServiceError):
    """A request field with a bad value (422, names the field)."""

    status, code = 422, "invalid"

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"field '{field}': {reason}")
        self.field = field

    def body(self) -> dict[str, Any]:
        return {**super().body(), "field": self.field}


class UnauthenticatedError(ServiceError):
    """No bearer token, or one that is unknown or revoked."""

    status, code = 401, "unauthenticated"


class ForbiddenError(ServiceError):
    """A valid token whose role may not do this."""

    status, code = 403, "forbidden"


class NotReadyError(ServiceError):
    """The database does not answer or its schema is not current."""

    status, code = 503, "not_ready"


def _json(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, content=body, headers=headers)


def _field_of(loc: Any) -> str:
    """``('body', 'seat_id')`` → ``'seat_id'``; query and path parameters keep their name."""
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header"):
        parts = parts[1:] or parts
    return ".".join(parts)


async def _service_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServiceError)
    headers: dict[str, str] | None = None
    if exc.status == 401:
        headers = {"WWW-Authenticate": "Bearer"}
    elif exc.status == 503:
        headers = {"Retry-After": str(RETRY_AFTER_S)}
    return _json(exc.status, exc.body(), headers)


async def _dataset_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DatasetError)
    message = exc.one_line() if exc.line is not None else f"field '{exc.field}': {exc.reason}"
    body: dict[str, Any] = {"code": "invalid", "message": message, "field": exc.field}
    if exc.line is not None:
        body.update(file=exc.file, line=exc.line)
    return _json(422, body)


async def _matcher_error(_request: Request, exc: Exception) -> JSONResponse:
    return _json(422, {"code": "invalid", "message": str(exc), "field": None})


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
    field = _field_of(first.get("loc", ()))
    # Pydantic's own entries echo the input; only locations and messages are returned.
    details = [{"field": _field_of(e.get("loc", ())), "message": str(e.get("msg"))} for e in errors]
    body = {
        "code": "invalid",
        "message": f"field '{field}': {first.get('msg')}",
        "field": field,
        "errors": details,
    }
    return _json(422, body)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    codes = {404: "not_found", 405: "method_not_allowed"}
    body = {"code": codes.get(exc.status_code, "http_error"), "message": str(exc.detail)}
    return _json(exc.status_code, {**body, "field": None}, dict(exc.headers or {}))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    route = getattr(request.scope.get("route"), "path", "?")
    log.error("internal error (%s) on %s %s", type(exc).__name__, request.method, route)
    return _json(500, {"code": "internal_error", "message": "internal error", "field": None})


def install_error_handlers(app: FastAPI) -> None:
    """Register the mapping of every error kind to its HTTP response on ``app``."""
    app.add_exception_handler(ServiceError, _service_error)
    app.add_exception_handler(DatasetError, _dataset_error)
    app.add_exception_handler(MatcherError, _matcher_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)


#: OpenAPI description of the error responses every router may give.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "No valid bearer token"},
    403: {"model": ErrorBody, "description": "The token's role may not do this"},
    404: {"model": ErrorBody, "description": "Unknown id"},
    409: {"model": ErrorBody, "description": "Conflicts with the current state"},
    422: {"model": ErrorBody, "description": "Invalid field (named in `field`)"},
}
