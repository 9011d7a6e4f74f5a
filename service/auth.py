"""Bearer tokens and roles.

A token is ``mt_`` followed by 32 random bytes (URL-safe base64), shown once when created. Only
its SHA-256 is stored: with 256 bits of entropy a fast hash is enough (no dictionary to attack),
and lookups stay a single indexed query. The stored hash is compared with
:func:`hmac.compare_digest` so that timing says nothing about near matches.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.errors import InvalidInputError, UnauthenticatedError
from service.models import TokenRow

Role = Literal["consultant", "team_lead", "analyst", "admin"]
ROLES: Final[tuple[Role, ...]] = ("consultant", "team_lead", "analyst", "admin")
TOKEN_PREFIX: Final = "mt_"


@dataclass(frozen=True)
class Principal:
    """Who is calling: the token's id, name and role."""

    token_id: int
    name: str
    role: Role

    @property
    def actor(self) -> str:
        """How the audit log names this caller."""
        return f"token:{self.token_id}:{self.name}"


def hash_token(token: str) -> str:
    """Hex SHA-256 of a token (what the database stores)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> str:
    """A fresh high-entropy token."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def check_role(role: str) -> Role:
    """``role`` if it is one of :data:`ROLES`, else :class:`InvalidInputError`."""
    for known in ROLES:
        if role == known:
            return known
    raise InvalidInputError("role", f"unknown role; expected one of {', '.join(ROLES)}")


def create_token(session: Session, name: str, role: str) -> tuple[TokenRow, str]:
    """Store a new token for ``name`` with ``role``; returns the row and the secret (shown once)."""
    checked = check_role(role)
    name = name.strip()
    if not name or len(name) > 128:
        raise InvalidInputError("name", "must be 1-128 characters")
    secret = new_token()
    row = TokenRow(
        name=name, role=checked, token_hash=hash_token(secret), created_at=datetime.now(UTC)
    )
    session.add(row)
    session.flush()
    return row, secret


def authenticate(session: Session, token: str | None) -> Principal:
    """The principal owning ``token``; :class:`UnauthenticatedError` if none, unknown or revoked."""
    if not token:
        raise UnauthenticatedError("a bearer token is required")
    digest = hash_token(token)
    # Plain columns, not ORM objects: this runs on every request.
    row = session.execute(
        select(
            TokenRow.id, TokenRow.name, TokenRow.role, TokenRow.token_hash, TokenRow.revoked_at
        ).where(TokenRow.token_hash == digest)
    ).one_or_none()
    if row is None or not hmac.compare_digest(row.token_hash, digest) or row.revoked_at:
        raise UnauthenticatedError("the bearer token is unknown or revoked")
    return Principal(token_id=row.id, name=row.name, role=check_role(row.role))
