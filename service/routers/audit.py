"""The audit log, for admins: filter by actor, action, object id and time range."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from service import audit
from service.deps import AdminDep, DbDep, Offset
from service.errors import ERROR_RESPONSES
from service.schemas import AuditEntryPublic

router = APIRouter(prefix="/audit", tags=["audit"], responses=ERROR_RESPONSES)


@router.get("", response_model=list[AuditEntryPublic])
def read_audit(
    db: DbDep,
    who: AdminDep,
    actor: Annotated[str | None, Query(max_length=128)] = None,
    action: Annotated[str | None, Query(max_length=64)] = None,
    object_id: Annotated[str | None, Query(max_length=128)] = None,
    since: Annotated[datetime | None, Query(description="From this time (inclusive)")] = None,
    until: Annotated[datetime | None, Query(description="Up to this time (inclusive)")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Offset = 0,
) -> list[AuditEntryPublic]:
    """Audit entries matching every given filter, newest first."""
    with db.read() as session:
        entries = audit.query(session, actor, action, object_id, since, until, limit, offset)
    return [
        AuditEntryPublic(
            id=e.id,
            at=e.at,
            actor=e.actor,
            role=e.role,
            action=e.action,
            object_ids=e.object_ids,
            detail=e.detail,
        )
        for e in entries
    ]
