"""Citizens: create, list, read (audited), update, deactivate.

Records are validated by the dataset reader (:mod:`service.records`). Reading a citizen's profile
writes an audit entry before the profile is returned. Ranking (``GET /citizens/{id}/matches``)
lives in :mod:`service.routers.matching`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from service import audit
from service.deps import CaseworkerDep, DbDep, Offset
from service.errors import ERROR_RESPONSES, ConflictError, NotFoundError
from service.models import HOLDING_STATES, CitizenRow, PlacementRow
from service.records import check_same_id, merge_patch, put_citizen, validate_citizen
from service.schemas import CitizenCreate, CitizenPublic, CitizenSummary, CitizenUpdate
from service.views import citizen_public, citizen_summary

router = APIRouter(prefix="/citizens", tags=["citizens"], responses=ERROR_RESPONSES)


@router.get("", response_model=list[CitizenSummary])
def list_citizens(
    db: DbDep,
    who: CaseworkerDep,
    consultant: Annotated[str | None, Query(max_length=128)] = None,
    active: bool | None = True,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Offset = 0,
) -> list[CitizenSummary]:
    """Citizens by id, without personal text; filter by consultant and active state."""
    stmt = select(CitizenRow).order_by(CitizenRow.id).limit(limit).offset(offset)
    if consultant is not None:
        stmt = stmt.where(CitizenRow.consultant == consultant)
    if active is not None:
        stmt = stmt.where(CitizenRow.active.is_(active))
    with db.read() as session:
        return [citizen_summary(row) for row in session.scalars(stmt)]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=CitizenPublic)
def create_citizen(body: CitizenCreate, db: DbDep, who: CaseworkerDep) -> CitizenPublic:
    """Add a citizen (409 if the id exists)."""
    citizen = validate_citizen(body.as_record())
    with db.write_data() as session:
        if session.get(CitizenRow, citizen.id) is not None:
            raise ConflictError("a citizen with this id exists", citizen_id=citizen.id)
        row = put_citizen(session, citizen)
        session.flush()
        audit.record_by(session, who, "citizen.create", [citizen.id])
        return citizen_public(row)


def _row(session: Session, citizen_id: str) -> CitizenRow:
    row = session.get(CitizenRow, citizen_id)
    if row is None:
        raise NotFoundError("citizen", citizen_id)
    return row


@router.get("/{citizen_id}", response_model=CitizenPublic)
def read_citizen(citizen_id: str, db: DbDep, who: CaseworkerDep) -> CitizenPublic:
    """A citizen's full profile; the read is written to the audit log first."""
    with db.write() as session:
        row = _row(session, citizen_id)
        audit.record_by(session, who, "citizen.read", [citizen_id])
        return citizen_public(row)


@router.patch("/{citizen_id}", response_model=CitizenPublic)
def update_citizen(
    citizen_id: str, body: CitizenUpdate, db: DbDep, who: CaseworkerDep
) -> CitizenPublic:
    """Change fields of a citizen (merge patch); the whole record is validated again."""
    patch = body.as_record()
    check_same_id(patch, citizen_id)
    with db.write_data() as session:
        row = _row(session, citizen_id)
        citizen = validate_citizen(merge_patch(row.record, patch))
        row = put_citizen(session, citizen, active=row.active)
        audit.record_by(session, who, "citizen.update", [citizen_id], {"fields": sorted(patch)})
        return citizen_public(row)


@router.delete("/{citizen_id}", response_model=CitizenSummary)
def deactivate_citizen(citizen_id: str, db: DbDep, who: CaseworkerDep) -> CitizenSummary:
    """Deactivate a citizen (kept for history; 409 while they hold a place)."""
    with db.write_data() as session:
        row = _row(session, citizen_id)
        holding = session.scalar(
            select(PlacementRow.id).where(
                PlacementRow.citizen_id == citizen_id, PlacementRow.status.in_(HOLDING_STATES)
            )
        )
        if holding is not None:
            raise ConflictError(
                "citizen holds a place; end or cancel the placement first", placement_id=holding
            )
        row.active = False
        audit.record_by(session, who, "citizen.deactivate", [citizen_id])
        return citizen_summary(row)
