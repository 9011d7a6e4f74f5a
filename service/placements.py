"""Placements: reserve a seat for a citizen, start, end with an outcome, or cancel.

Capacity is decided by the database, never by a read-then-write in Python: a reservation takes a
place with one conditional statement,
``UPDATE seats SET occupied = occupied + 1 WHERE id = :id AND active AND occupied < capacity``,
whose row count says whether a place was free, inside the transaction that inserts the
placement. Concurrent reservations of the last place are serialised by the row's write lock
(PostgreSQL re-checks the ``WHERE`` after waiting; SQLite admits one writer at a time), and the
CHECK constraint ``occupied <= capacity`` backs it up. A citizen holds at most one place at a time
(partial unique index). Every state change is a conditional update on the current state too, so a
placement cannot be ended twice or release its place twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from features.vocabulary import OUTCOMES
from service import audit
from service.auth import Principal
from service.errors import (
    ConflictError,
    ForbiddenError,
    HardRuleError,
    InvalidInputError,
    NotFoundError,
    SeatFullError,
)
from service.hard_rules import RuleCheck, check_reservation
from service.models import (
    CANCELLED,
    ENDED,
    HOLDING_STATES,
    RESERVED,
    STARTED,
    CentreRow,
    CitizenRow,
    PlacementRow,
    SeatRow,
)
from service.records import citizen_of, domain_centre_and_seat, now

#: Only this role may place a citizen against a hard rule.
OVERRIDE_ROLE = "team_lead"
#: A written override reason must say something.
MIN_REASON_CHARS = 10


@dataclass(frozen=True)
class Reservation:
    """A new reservation and the rule verdict it was made under."""

    placement: PlacementRow
    check: RuleCheck
    overridden: bool


def _citizen(session: Session, citizen_id: str) -> CitizenRow:
    row = session.get(CitizenRow, citizen_id)
    if row is None:
        raise NotFoundError("citizen", citizen_id)
    if not row.active:
        raise ConflictError("citizen is deactivated", citizen_id=citizen_id)
    return row


def _seat(session: Session, seat_id: str) -> tuple[SeatRow, CentreRow]:
    seat = session.get(SeatRow, seat_id)
    if seat is None:
        raise NotFoundError("seat", seat_id)
    centre = session.get(CentreRow, seat.centre_id)
    if centre is None:  # pragma: no cover - the foreign key makes this impossible
        raise NotFoundError("centre", seat.centre_id)
    if not (seat.active and centre.active):
        raise ConflictError("seat is deactivated", seat_id=seat_id)
    return seat, centre


def check_override_reason(principal: Principal, reason: str | None) -> str | None:
    """The override reason, checked: only a team leader may give one, and it must say something."""
    if reason is None:
        return None
    if principal.role != OVERRIDE_ROLE:
        raise ForbiddenError("only a team leader can override a hard rule")
    reason = reason.strip()
    if len(reason) < MIN_REASON_CHARS:
        raise InvalidInputError(
            "override_reason", f"write a reason of at least {MIN_REASON_CHARS} characters"
        )
    return reason


@dataclass(frozen=True)
class Precheck:
    """A hard-rule verdict and the record versions it was computed from."""

    check: RuleCheck
    citizen_version: datetime
    seat_version: datetime
    centre_version: datetime


def precheck(session: Session, citizen_id: str, seat_id: str) -> Precheck:
    """The hard-rule verdict for ``citizen_id`` in ``seat_id`` (both must exist and be active).

    Run it in a read transaction before :func:`reserve`, so that the rule evaluation (reading the
    citizen's texts) does not hold the database's write lock.
    """
    citizen_row = _citizen(session, citizen_id)
    seat, centre = _seat(session, seat_id)
    centre_record, seat_record = domain_centre_and_seat(centre, seat)
    check = check_reservation(citizen_of(citizen_row), centre_record, seat_record)
    return Precheck(check, citizen_row.updated_at, seat.updated_at, centre.updated_at)


def _current_check(
    session: Session, citizen_id: str, seat_id: str, earlier: Precheck | None
) -> RuleCheck:
    """``earlier``'s verdict if no record changed since, else a fresh one."""
    citizen_row = _citizen(session, citizen_id)
    seat, centre = _seat(session, seat_id)
    versions = (citizen_row.updated_at, seat.updated_at, centre.updated_at)
    if earlier is not None and versions == (
        earlier.citizen_version,
        earlier.seat_version,
        earlier.centre_version,
    ):
        return earlier.check
    return precheck(session, citizen_id, seat_id).check


def reserve(
    session: Session,
    principal: Principal,
    citizen_id: str,
    seat_id: str,
    override_reason: str | None = None,
    earlier: Precheck | None = None,
) -> Reservation:
    """Reserve a place in ``seat_id`` for ``citizen_id`` (inside the caller's write transaction).

    ``earlier`` is a :func:`precheck` made before the write transaction; its verdict is used when
    the citizen, seat and centre records are unchanged since.

    Raises
    ------
    HardRuleError
        A hard rule is broken and no team leader's override reason was given (409, lists them).
    SeatFullError
        No free place left (409).
    ConflictError
        The citizen already holds a place, or the citizen or seat is deactivated (409).
    """
    reason = check_override_reason(principal, override_reason)
    check = _current_check(session, citizen_id, seat_id, earlier)
    if check.conflicts and reason is None:
        raise HardRuleError(
            "the placement breaks hard rules; only a team leader can override them",
            conflicts=list(check.conflicts),
        )
    holding = session.scalar(
        select(PlacementRow.id).where(
            PlacementRow.citizen_id == citizen_id, PlacementRow.status.in_(HOLDING_STATES)
        )
    )
    if holding is not None:
        raise ConflictError(
            "citizen already holds a place in a reserved or started placement",
            placement_id=holding,
        )
    taken = session.execute(
        update(SeatRow)
        .where(
            SeatRow.id == seat_id,
            SeatRow.active.is_(True),
            SeatRow.occupied < SeatRow.capacity,
        )
        .values(occupied=SeatRow.occupied + 1)
        .execution_options(synchronize_session=False)
    )
    if getattr(taken, "rowcount", 0) != 1:
        raise SeatFullError("seat has no free place", seat_id=seat_id)
    overridden = bool(check.conflicts)
    placement = PlacementRow(
        citizen_id=citizen_id,
        seat_id=seat_id,
        status=RESERVED,
        reserved_at=now(),
        reserved_by=principal.actor,
        override_reason=reason if overridden else None,
        extra={},
    )
    session.add(placement)
    try:
        session.flush()
    except IntegrityError:
        # A concurrent reservation for the same citizen won the race (partial unique index).
        raise ConflictError(
            "citizen already holds a place in a reserved or started placement"
        ) from None
    ids = [str(placement.id), citizen_id, seat_id]
    audit.record_by(session, principal, "placement.reserve", ids, {"overridden": overridden})
    if overridden:
        audit.record_by(
            session,
            principal,
            "placement.override",
            ids,
            {"reason": reason, "broken_rules": len(check.conflicts)},
        )
    return Reservation(placement, check, overridden)


def get(session: Session, placement_id: int) -> PlacementRow:
    """The placement with this id (404 if none)."""
    row = session.get(PlacementRow, placement_id)
    if row is None:
        raise NotFoundError("placement", placement_id)
    return row


def _transition(
    session: Session, placement_id: int, expected: str, values: dict[str, object]
) -> PlacementRow:
    """Move a placement from ``expected`` to new ``values`` (409 if it is in another state)."""
    current = get(session, placement_id)
    moved = session.execute(
        update(PlacementRow)
        .where(PlacementRow.id == placement_id, PlacementRow.status == expected)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if getattr(moved, "rowcount", 0) != 1:
        session.refresh(current)
        raise ConflictError(f"placement is {current.status}, not {expected}", status=current.status)
    session.refresh(current)
    return current


def _release(session: Session, seat_id: str) -> None:
    session.execute(
        update(SeatRow)
        .where(SeatRow.id == seat_id, SeatRow.occupied > 0)
        .values(occupied=SeatRow.occupied - 1)
        .execution_options(synchronize_session=False)
    )


def start(
    session: Session, principal: Principal, placement_id: int, day: date | None = None
) -> PlacementRow:
    """A reserved placement starts (on ``day``, default today)."""
    row = _transition(
        session, placement_id, RESERVED, {"status": STARTED, "start": day or date.today()}
    )
    audit.record_by(
        session, principal, "placement.start", [str(row.id), row.citizen_id, row.seat_id]
    )
    return row


def end(
    session: Session,
    principal: Principal,
    placement_id: int,
    outcome: str,
    day: date | None = None,
) -> PlacementRow:
    """A started placement ends with ``outcome``; its place is freed and it becomes history."""
    if outcome not in OUTCOMES:
        raise InvalidInputError(
            "outcome", f"unknown outcome; expected one of {', '.join(OUTCOMES)}"
        )
    current = get(session, placement_id)
    day = day or date.today()
    if current.start is not None and day < current.start:
        raise InvalidInputError("end", "must not be before the start of the placement")
    row = _transition(
        session, placement_id, STARTED, {"status": ENDED, "end": day, "outcome": outcome}
    )
    _release(session, row.seat_id)
    audit.record_by(
        session,
        principal,
        "placement.end",
        [str(row.id), row.citizen_id, row.seat_id],
        {"outcome": outcome},
    )
    return row


def cancel(session: Session, principal: Principal, placement_id: int) -> PlacementRow:
    """A reservation that will not start is cancelled; its place is freed."""
    row = _transition(session, placement_id, RESERVED, {"status": CANCELLED})
    _release(session, row.seat_id)
    audit.record_by(
        session, principal, "placement.cancel", [str(row.id), row.citizen_id, row.seat_id]
    )
    return row
