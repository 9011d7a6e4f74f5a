"""Placements: reserve a seat for a citizen, start, end with an outcome, cancel.

A refused reservation is audited in its own transaction (the refused one is rolled back) and
counted in the metrics; the rules live in :mod:`service.placements`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status
from sqlalchemy import select

from service import audit
from service import placements as logic
from service.deps import CaseworkerDep, DbDep, MetricsDep, Offset, RowId
from service.errors import ERROR_RESPONSES, ConflictError, HardRuleError, SeatFullError
from service.models import PlacementRow
from service.schemas import (
    PlacementEnd,
    PlacementPublic,
    PlacementStart,
    PlacementState,
    ReservationCreate,
    ReservationPublic,
)
from service.views import placement_public

router = APIRouter(prefix="/placements", tags=["placements"], responses=ERROR_RESPONSES)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ReservationPublic)
def reserve(
    body: ReservationCreate, db: DbDep, who: CaseworkerDep, metrics: MetricsDep
) -> ReservationPublic:
    """Reserve a place in a seat for a citizen.

    409 when the seat is full, the citizen already holds a place, or a hard rule is broken (the
    broken needs are listed in ``conflicts``). A team leader may place against a hard rule by
    giving ``override_reason``; the reason goes to the audit log.
    """
    logic.check_override_reason(who, body.override_reason)
    try:
        with db.read() as session:
            earlier = logic.precheck(session, body.citizen_id, body.seat_id)
        with db.write_data() as session:
            made = logic.reserve(
                session, who, body.citizen_id, body.seat_id, body.override_reason, earlier
            )
            public = placement_public(made.placement)
    except ConflictError as exc:
        result = {SeatFullError: "seat_full", HardRuleError: "hard_rule"}.get(type(exc), "conflict")
        metrics.reservations.labels(result).inc()
        with db.write() as session:
            audit.record_by(
                session,
                who,
                "placement.refused",
                [body.citizen_id, body.seat_id],
                {"reason": exc.code, "broken_rules": len(exc.extra.get("conflicts", []))},
            )
        raise
    metrics.reservations.labels("overridden" if made.overridden else "created").inc()
    return ReservationPublic(
        **public.model_dump(),
        conflicts_overridden=list(made.check.conflicts) if made.overridden else [],
        unverified=list(made.check.unverified),
    )


@router.get("", response_model=list[PlacementPublic])
def list_placements(
    db: DbDep,
    who: CaseworkerDep,
    citizen_id: Annotated[str | None, Query(max_length=128)] = None,
    seat_id: Annotated[str | None, Query(max_length=128)] = None,
    state: Annotated[PlacementState | None, Query(alias="status")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Offset = 0,
) -> list[PlacementPublic]:
    """Placements, newest first; filter by citizen, seat and status."""
    stmt = select(PlacementRow).order_by(PlacementRow.id.desc()).limit(limit).offset(offset)
    if citizen_id is not None:
        stmt = stmt.where(PlacementRow.citizen_id == citizen_id)
    if seat_id is not None:
        stmt = stmt.where(PlacementRow.seat_id == seat_id)
    if state is not None:
        stmt = stmt.where(PlacementRow.status == state)
    with db.read() as session:
        return [placement_public(row) for row in session.scalars(stmt)]


@router.get("/{placement_id}", response_model=PlacementPublic)
def read_placement(placement_id: RowId, db: DbDep, who: CaseworkerDep) -> PlacementPublic:
    """One placement."""
    with db.read() as session:
        return placement_public(logic.get(session, placement_id))


@router.post("/{placement_id}/start", response_model=PlacementPublic)
def start_placement(
    placement_id: RowId, db: DbDep, who: CaseworkerDep, body: PlacementStart | None = None
) -> PlacementPublic:
    """A reserved placement starts (409 if it is not reserved)."""
    with db.write_data() as session:
        day = body.start if body is not None else None
        return placement_public(logic.start(session, who, placement_id, day))


@router.post("/{placement_id}/end", response_model=PlacementPublic)
def end_placement(
    placement_id: RowId, body: PlacementEnd, db: DbDep, who: CaseworkerDep
) -> PlacementPublic:
    """A started placement ends with its outcome and frees its place (409 if not started)."""
    with db.write_data() as session:
        return placement_public(logic.end(session, who, placement_id, body.outcome, body.end))


@router.post("/{placement_id}/cancel", response_model=PlacementPublic)
def cancel_placement(placement_id: RowId, db: DbDep, who: CaseworkerDep) -> PlacementPublic:
    """A reserved placement is cancelled and frees its place (409 if not reserved)."""
    with db.write_data() as session:
        return placement_public(logic.cancel(session, who, placement_id))
