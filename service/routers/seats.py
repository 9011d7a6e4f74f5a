"""Seats: create (in an existing centre), list, read, update, deactivate.

``capacity`` in a seat record means *free places now*, as in the dataset format; setting it is
one atomic update relative to the places held at that moment. Ranking
(``GET /seats/{id}/candidates``) will join this router.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from service import audit
from service.deps import AnyRoleDep, DbDep, EditorDep, Offset
from service.errors import ERROR_RESPONSES, ConflictError, InvalidInputError, NotFoundError
from service.models import CentreRow, SeatRow
from service.records import (
    check_same_id,
    merge_patch,
    put_seat,
    seat_record,
    set_free_places,
    update_seat_fields,
    validate_seat,
)
from service.schemas import SeatCreate, SeatPublic, SeatUpdate
from service.views import seat_public

router = APIRouter(prefix="/seats", tags=["seats"], responses=ERROR_RESPONSES)


def _row(session: Session, seat_id: str) -> SeatRow:
    row = session.get(SeatRow, seat_id)
    if row is None:
        raise NotFoundError("seat", seat_id)
    return row


@router.get("", response_model=list[SeatPublic])
def list_seats(
    db: DbDep,
    who: AnyRoleDep,
    centre_id: Annotated[str | None, Query(max_length=128)] = None,
    task_area: Annotated[str | None, Query(max_length=32)] = None,
    active: bool | None = True,
    free_only: bool = False,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Offset = 0,
) -> list[SeatPublic]:
    """Seats by id; filter by centre, task area, active state and free places."""
    stmt = select(SeatRow).order_by(SeatRow.id).limit(limit).offset(offset)
    if centre_id is not None:
        stmt = stmt.where(SeatRow.centre_id == centre_id)
    if task_area is not None:
        stmt = stmt.where(SeatRow.task_area == task_area)
    if active is not None:
        stmt = stmt.where(SeatRow.active.is_(active))
    if free_only:
        stmt = stmt.where(SeatRow.occupied < SeatRow.capacity)
    with db.read() as session:
        return [seat_public(row) for row in session.scalars(stmt)]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=SeatPublic)
def create_seat(body: SeatCreate, db: DbDep, who: EditorDep) -> SeatPublic:
    """Add a seat to an existing centre (409 if the seat id exists)."""
    with db.write_data() as session:
        centre = session.get(CentreRow, body.centre_id)
        if centre is None:
            raise NotFoundError("centre", body.centre_id)
        if not centre.active:
            raise ConflictError("centre is deactivated", centre_id=body.centre_id)
        _, seat = validate_seat(centre.record, body.as_record())
        if session.get(SeatRow, seat.id) is not None:
            raise ConflictError("a seat with this id exists", seat_id=seat.id)
        row = put_seat(session, centre.id, seat)
        session.flush()
        audit.record_by(session, who, "seat.create", [seat.id, centre.id])
        return seat_public(row)


@router.get("/{seat_id}", response_model=SeatPublic)
def read_seat(seat_id: str, db: DbDep, who: AnyRoleDep) -> SeatPublic:
    """A seat with its place counts."""
    with db.read() as session:
        return seat_public(_row(session, seat_id))


@router.patch("/{seat_id}", response_model=SeatPublic)
def update_seat(seat_id: str, body: SeatUpdate, db: DbDep, who: EditorDep) -> SeatPublic:
    """Change fields of a seat (merge patch); ``capacity`` sets the free places."""
    patch = body.as_record()
    check_same_id(patch, seat_id)
    if "capacity" in body.model_fields_set and body.capacity is None:
        raise InvalidInputError("capacity", "required field is missing")
    with db.write_data() as session:
        row = _row(session, seat_id)
        centre = session.get(CentreRow, row.centre_id)
        assert centre is not None  # foreign key
        _, seat = validate_seat(centre.record, merge_patch(seat_record(row), patch))
        update_seat_fields(row, seat)
        if "capacity" in patch:
            set_free_places(session, seat_id, seat.capacity)
        audit.record_by(session, who, "seat.update", [seat_id], {"fields": sorted(patch)})
        session.flush()
        session.refresh(row)
        return seat_public(row)


@router.delete("/{seat_id}", response_model=SeatPublic)
def deactivate_seat(seat_id: str, db: DbDep, who: EditorDep) -> SeatPublic:
    """Deactivate a seat: no new reservations; running placements go on."""
    with db.write_data() as session:
        row = _row(session, seat_id)
        row.active = False
        audit.record_by(session, who, "seat.deactivate", [seat_id])
        return seat_public(row)
