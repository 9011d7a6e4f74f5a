"""Company centres: create (with seats), list, read, update, deactivate.

Centre records carry no personal data, so every role may read them.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from service import audit
from service.deps import AnyRoleDep, DbDep, EditorDep, Offset
from service.errors import ERROR_RESPONSES, ConflictError, InvalidInputError, NotFoundError
from service.models import CentreRow, SeatRow
from service.records import (
    centre_seats,
    check_same_id,
    merge_patch,
    put_centre,
    put_centre_row,
    seat_record,
    validate_centre,
)
from service.schemas import CentreCreate, CentrePublic, CentreUpdate
from service.views import centre_public

router = APIRouter(prefix="/centres", tags=["centres"], responses=ERROR_RESPONSES)


def _row(session: Session, centre_id: str) -> CentreRow:
    row = session.get(CentreRow, centre_id)
    if row is None:
        raise NotFoundError("centre", centre_id)
    return row


@router.get("", response_model=list[CentrePublic])
def list_centres(
    db: DbDep,
    who: AnyRoleDep,
    active: bool | None = True,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Offset = 0,
) -> list[CentrePublic]:
    """Centres by id with their seats."""
    stmt = select(CentreRow).order_by(CentreRow.id).limit(limit).offset(offset)
    if active is not None:
        stmt = stmt.where(CentreRow.active.is_(active))
    with db.read() as session:
        centres = list(session.scalars(stmt))
        seats: dict[str, list[SeatRow]] = {c.id: [] for c in centres}
        if centres:
            for seat in session.scalars(
                select(SeatRow)
                .where(SeatRow.centre_id.in_(list(seats)))
                .order_by(SeatRow.position, SeatRow.id)
            ):
                seats[seat.centre_id].append(seat)
        return [centre_public(c, seats[c.id]) for c in centres]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=CentrePublic)
def create_centre(body: CentreCreate, db: DbDep, who: EditorDep) -> CentrePublic:
    """Add a centre with its seats (409 if the centre or a seat id exists)."""
    centre = validate_centre(body.as_record())
    with db.write_data() as session:
        if session.get(CentreRow, centre.id) is not None:
            raise ConflictError("a centre with this id exists", centre_id=centre.id)
        for seat in centre.seats:
            if session.get(SeatRow, seat.id) is not None:
                raise ConflictError("a seat with this id exists", seat_id=seat.id)
        row = put_centre(session, centre)
        session.flush()
        audit.record_by(session, who, "centre.create", [centre.id, *(s.id for s in centre.seats)])
        return centre_public(row, centre_seats(session, centre.id))


@router.get("/{centre_id}", response_model=CentrePublic)
def read_centre(centre_id: str, db: DbDep, who: AnyRoleDep) -> CentrePublic:
    """A centre with its seats."""
    with db.read() as session:
        row = _row(session, centre_id)
        return centre_public(row, centre_seats(session, centre_id))


@router.patch("/{centre_id}", response_model=CentrePublic)
def update_centre(centre_id: str, body: CentreUpdate, db: DbDep, who: EditorDep) -> CentrePublic:
    """Change fields of a centre (merge patch); seats change through ``/seats``."""
    patch = body.as_record()
    check_same_id(patch, centre_id)
    if "seats" in patch:
        raise InvalidInputError("seats", "seats are added and changed through /seats")
    with db.write_data() as session:
        row = _row(session, centre_id)
        seats = centre_seats(session, centre_id)
        merged = merge_patch(row.record, patch)
        centre = validate_centre({**merged, "seats": [seat_record(s) for s in seats]})
        put_centre_row(session, centre, active=row.active)
        audit.record_by(session, who, "centre.update", [centre_id], {"fields": sorted(patch)})
        return centre_public(row, seats)


@router.delete("/{centre_id}", response_model=CentrePublic)
def deactivate_centre(centre_id: str, db: DbDep, who: EditorDep) -> CentrePublic:
    """Deactivate a centre and its seats: no new reservations; running placements go on."""
    with db.write_data() as session:
        row = _row(session, centre_id)
        row.active = False
        session.execute(
            update(SeatRow)
            .where(SeatRow.centre_id == centre_id)
            .values(active=False)
            .execution_options(synchronize_session=False)
        )
        audit.record_by(session, who, "centre.deactivate", [centre_id])
        session.flush()
        seats = centre_seats(session, centre_id)
        for seat in seats:
            session.refresh(seat)
        return centre_public(row, seats)
