"""The append-only audit log: who did what to which ids, and when.

Entries are written in the same transaction as the action they describe, so an action and its
entry are committed together or not at all; reads of personal data write their entry before the
data is returned. ``detail`` holds counts, codes and states only — never CPR numbers or health text
— and any string in it shaped like a CPR number is masked as a last line of defence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from matcher.dataset import mask_cpr
from service.auth import Principal
from service.models import AuditObjectRow, AuditRow

MASK = "<masked>"


def _scrub(value: Any) -> Any:
    """``value`` with every CPR-shaped string masked (recursively through lists and dicts)."""
    if isinstance(value, str):
        return mask_cpr(value, MASK)
    if isinstance(value, dict):
        return {str(k): _scrub(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub(v) for v in value]
    return value


def record(
    session: Session,
    actor: str,
    role: str,
    action: str,
    object_ids: Sequence[str] = (),
    detail: dict[str, Any] | None = None,
) -> int:
    """Append one entry (committed with the caller's transaction); returns its id.

    Two plain INSERT statements rather than ORM objects: every read of personal data writes an
    entry, so this is on the hot path of the busiest endpoints.
    """
    entry_id = session.execute(
        insert(AuditRow)
        .values(
            at=datetime.now(UTC),
            actor=_scrub(actor),
            role=role,
            action=action,
            detail=_scrub(detail or {}),
        )
        .returning(AuditRow.id)
    ).scalar_one()
    if object_ids:
        session.execute(
            insert(AuditObjectRow),
            [
                {"audit_id": entry_id, "position": i, "object_id": _scrub(ident)}
                for i, ident in enumerate(object_ids)
            ],
        )
    return int(entry_id)


def record_by(
    session: Session,
    principal: Principal,
    action: str,
    object_ids: Sequence[str] = (),
    detail: dict[str, Any] | None = None,
) -> int:
    """:func:`record` on behalf of an API caller."""
    return record(session, principal.actor, principal.role, action, object_ids, detail)


@dataclass(frozen=True)
class AuditEntry:
    """One entry as read back."""

    id: int
    at: datetime
    actor: str
    role: str
    action: str
    object_ids: list[str]
    detail: dict[str, Any]


def _aware(moment: datetime) -> datetime:
    """SQLite returns naive timestamps; every stored time is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _utc(moment: datetime) -> datetime:
    """``moment`` in UTC (naive means UTC), so that SQLite compares like with like."""
    return _aware(moment).astimezone(UTC)


def query(
    session: Session,
    actor: str | None = None,
    action: str | None = None,
    object_id: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[AuditEntry]:
    """Entries matching every given filter, newest first."""
    stmt = select(AuditRow)
    if actor is not None:
        stmt = stmt.where(AuditRow.actor == actor)
    if action is not None:
        stmt = stmt.where(AuditRow.action == action)
    if object_id is not None:
        ids = select(AuditObjectRow.audit_id).where(AuditObjectRow.object_id == object_id)
        stmt = stmt.where(AuditRow.id.in_(ids))
    if since is not None:
        stmt = stmt.where(AuditRow.at >= _utc(since))
    if until is not None:
        stmt = stmt.where(AuditRow.at <= _utc(until))
    rows = session.scalars(stmt.order_by(AuditRow.id.desc()).limit(limit).offset(offset)).all()
    objects: dict[int, list[str]] = {row.id: [] for row in rows}
    if rows:
        for obj in session.scalars(
            select(AuditObjectRow)
            .where(AuditObjectRow.audit_id.in_(list(objects)))
            .order_by(AuditObjectRow.audit_id, AuditObjectRow.position)
        ):
            objects[obj.audit_id].append(obj.object_id)
    return [
        AuditEntry(
            id=row.id,
            at=_aware(row.at),
            actor=row.actor,
            role=row.role,
            action=row.action,
            object_ids=objects[row.id],
            detail=dict(row.detail),
        )
        for row in rows
    ]
