"""Between exchange records (``DATASET.md`` objects), domain records and database rows.

Every record that enters the database passes the dataset reader's own parsers
(:func:`~matcher.dataset.parse_citizen`, :func:`~matcher.dataset.parse_centre`), so the API
validates exactly as ``matcher import`` does, and what is stored is the parsed record's
``to_dict()`` (normalised, with unknown fields kept). Seats are stored apart from their centre;
the exchange ``capacity`` (free places now) is ``capacity - occupied`` of the seat row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from matcher.dataset import MAX_PERSONS, parse_centre, parse_citizen
from matcher.domain import Centre, Citizen, JsonDict, Seat
from matcher.errors import DatasetError
from service.errors import InvalidInputError
from service.models import CentreRow, CitizenRow, SeatRow

#: ``file`` of the DatasetError raised for a record sent through the API.
REQUEST = "request"


def now() -> datetime:
    """The current time in UTC (all stored times are UTC)."""
    return datetime.now(UTC)


# --- validation ----------------------------------------------------------------------------------


def validate_citizen(obj: Mapping[str, Any]) -> Citizen:
    """Parse a citizen record exactly like the dataset reader (raises ``DatasetError``)."""
    return parse_citizen(dict(obj), REQUEST, None)


def validate_centre(obj: Mapping[str, Any]) -> Centre:
    """Parse a centre record (with nested seats) exactly like the dataset reader."""
    return parse_centre(dict(obj), REQUEST, None)


def validate_seat(centre_record: Mapping[str, Any], seat: Mapping[str, Any]) -> tuple[Centre, Seat]:
    """Parse one seat in the context of its centre; errors name the seat's own field.

    The seat is validated by the centre parser (the only parser of seats), as the single seat of
    its centre; ``seats[0].`` is stripped from the field an error names.
    """
    try:
        centre = parse_centre({**centre_record, "seats": [dict(seat)]}, REQUEST, None)
    except DatasetError as exc:
        field = exc.field or ""
        if field.startswith("seats[0]."):
            raise InvalidInputError(field.removeprefix("seats[0]."), exc.reason) from None
        if field == "seats[0]":
            raise InvalidInputError("body", exc.reason) from None
        raise
    return centre, centre.seats[0]


def merge_patch(record: Mapping[str, Any], patch: Mapping[str, Any]) -> JsonDict:
    """JSON merge patch at the top level: keys in ``patch`` replace, ``null`` removes."""
    out = dict(record)
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = value
    return out


#: Fields of a citizen record that carry a caseworker's word (who checked what, and when), and
#: the request that records it. The citizen routes never take them inside a record: one sent by a
#: client could name anyone and any date, and the audit log would show only an update. A
#: record may repeat the stored value (a client sending back what it read) or remove it
#: (withdrawing a confirmation only makes matching stricter). A whole dataset imported
#: (``matcher import``, the admin's ``POST /admin/import``) keeps them: it is the
#: municipality's own export, and its confirmations were recorded where it came from.
ATTESTATIONS: Mapping[str, str] = {
    "accommodations_reviewed": "POST /citizens/{id}/accommodations-review",
    "licences_confirmed": "POST /citizens/{id}/licences-confirmation",
}


def check_attestations(sent: Mapping[str, Any], stored: Mapping[str, Any] | None) -> None:
    """Refuse a caseworker's confirmation sent inside a citizen record (create or update)
    instead of by its own request."""
    for name, request in ATTESTATIONS.items():
        value = sent.get(name)
        if value is None or (stored is not None and value == stored.get(name)):
            continue
        raise InvalidInputError(
            name, f"is recorded with {request}, which notes who confirmed it and when"
        )


def check_same_id(patch: Mapping[str, Any], ident: str) -> None:
    """An update may repeat the record's id but never change it."""
    if "id" in patch and patch["id"] != ident:
        raise InvalidInputError("id", "the id of a record cannot be changed")


# --- citizens ------------------------------------------------------------------------------------


def put_citizen(session: Session, citizen: Citizen, active: bool = True) -> CitizenRow:
    """Insert or update (by id) the row of ``citizen``."""
    row = session.get(CitizenRow, citizen.id)
    if row is None:
        row = CitizenRow(id=citizen.id)
        session.add(row)
    _fill_citizen(row, citizen, active)
    return row


def _fill_citizen(row: CitizenRow, citizen: Citizen, active: bool) -> None:
    row.active = active
    row.consultant = citizen.consultant
    row.target_group = citizen.target_group
    row.record = citizen.to_dict()
    row.updated_at = now()


def citizen_of(row: CitizenRow) -> Citizen:
    """The domain record of a stored citizen."""
    return parse_citizen(dict(row.record), "citizens", None)


# --- centres and seats ---------------------------------------------------------------------------


def centre_fields(centre: Centre) -> JsonDict:
    """The centre's exchange record without its seats (what :class:`CentreRow` stores)."""
    record = centre.to_dict()
    record.pop("seats", None)
    return record


def seat_fields(seat: Seat) -> JsonDict:
    """The seat's exchange record without ``capacity`` (kept in columns)."""
    record = seat.to_dict()
    record.pop("capacity", None)
    return record


def put_centre_row(session: Session, centre: Centre, active: bool = True) -> CentreRow:
    """Insert or update (by id) the row of ``centre`` itself, not its seats."""
    row = session.get(CentreRow, centre.id)
    if row is None:
        row = CentreRow(id=centre.id)
        session.add(row)
    row.active = active
    row.record = centre_fields(centre)
    row.updated_at = now()
    return row


def put_seat(
    session: Session,
    centre_id: str,
    seat: Seat,
    active: bool = True,
    free: int | None = None,
    position: int | None = None,
) -> SeatRow:
    """Insert or update (by id) a seat; its free places become ``free`` (default: the record's).

    Places held by running placements stay held: the row's capacity becomes ``occupied + free``,
    computed by the database at write time so that a concurrent reservation is never lost.
    """
    free = check_places(seat.capacity if free is None else free)
    row = session.get(SeatRow, seat.id)
    if position is None and (row is None or row.centre_id != centre_id):
        position = _next_position(session, centre_id)
    if row is None:
        row = SeatRow(id=seat.id, occupied=0, capacity=free)
        session.add(row)
    else:
        row.capacity = SeatRow.occupied + free
    if position is not None:
        row.position = position
    row.centre_id = centre_id
    row.active = active
    update_seat_fields(row, seat)
    return row


def check_places(free: int) -> int:
    """``free`` if a seat may have that many free places (422 naming ``capacity`` if not)."""
    if free > MAX_PERSONS:
        raise InvalidInputError("capacity", f"at most {MAX_PERSONS} places")
    return free


def _next_position(session: Session, centre_id: str) -> int:
    """The position after the centre's last seat."""
    last = session.scalar(select(func.max(SeatRow.position)).where(SeatRow.centre_id == centre_id))
    return 0 if last is None else last + 1


def update_seat_fields(row: SeatRow, seat: Seat) -> None:
    """Store a seat's record fields; its places are left alone."""
    row.task_area = seat.task_area
    row.record = seat_fields(seat)
    row.updated_at = now()


def put_centre(session: Session, centre: Centre, active: bool = True) -> CentreRow:
    """Insert or update a centre and all its seats (history centres: inactive, no free places)."""
    row = put_centre_row(session, centre, active)
    session.flush()
    for position, seat in enumerate(centre.seats):
        put_seat(
            session, centre.id, seat, active=active, free=None if active else 0, position=position
        )
    return row


def set_free_places(session: Session, seat_id: str, free: int) -> None:
    """Set a seat's free places atomically relative to the places held right now."""
    check_places(free)
    session.execute(
        update(SeatRow)
        .where(SeatRow.id == seat_id)
        .values(capacity=SeatRow.occupied + free, updated_at=now())
    )


def seat_record(row: SeatRow, free: int | None = None) -> JsonDict:
    """The seat's exchange record with ``capacity`` = free places (or ``free`` if given)."""
    capacity = max(row.capacity - row.occupied, 0) if free is None else free
    record = dict(row.record)
    ordered: JsonDict = {}
    for key, value in record.items():
        ordered[key] = value
        if key == "task_area":
            ordered["capacity"] = capacity
    ordered.setdefault("capacity", capacity)
    return ordered


def centre_record(row: CentreRow, seats: Iterable[JsonDict]) -> JsonDict:
    """The centre's exchange record with the given seat records nested."""
    return {**row.record, "seats": list(seats)}


def centre_seats(session: Session, centre_id: str) -> list[SeatRow]:
    """The seats of a centre, by id."""
    return list(
        session.scalars(
            select(SeatRow)
            .where(SeatRow.centre_id == centre_id)
            .order_by(SeatRow.position, SeatRow.id)
        )
    )


def domain_centre_and_seat(centre: CentreRow, seat: SeatRow) -> tuple[Centre, Seat]:
    """Domain records of a stored seat and its centre (the centre with only this seat)."""
    parsed = parse_centre(centre_record(centre, [seat_record(seat)]), "centres", None)
    return parsed, parsed.seats[0]
