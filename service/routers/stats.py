"""Aggregate statistics without personal data (analysts, team leaders, admins)."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import func, select

from service.deps import AnalystDep, DbDep
from service.errors import ERROR_RESPONSES
from service.models import CentreRow, CitizenRow, PlacementRow, SeatRow
from service.schemas import Stats

router = APIRouter(prefix="/stats", tags=["stats"], responses=ERROR_RESPONSES)


@router.get("", response_model=Stats)
def stats(db: DbDep, who: AnalystDep) -> Stats:
    """Counts of records, places and placements."""
    with db.read() as session:
        citizens = session.scalar(
            select(func.count()).select_from(CitizenRow).where(CitizenRow.active.is_(True))
        )
        centres = session.scalar(
            select(func.count()).select_from(CentreRow).where(CentreRow.active.is_(True))
        )
        seats, places, occupied = session.execute(
            select(
                func.count(),
                func.coalesce(func.sum(SeatRow.capacity), 0),
                func.coalesce(func.sum(SeatRow.occupied), 0),
            ).where(SeatRow.active.is_(True))
        ).one()
        by_status = {
            str(state): int(n)
            for state, n in session.execute(
                select(PlacementRow.status, func.count()).group_by(PlacementRow.status)
            )
        }
        outcomes = {
            str(outcome): int(n)
            for outcome, n in session.execute(
                select(PlacementRow.outcome, func.count())
                .where(PlacementRow.outcome.is_not(None))
                .group_by(PlacementRow.outcome)
            )
        }
    return Stats(
        citizens_active=int(citizens or 0),
        centres_active=int(centres or 0),
        seats_active=int(seats),
        places=int(places),
        occupied=int(occupied),
        placements_by_status=by_status,
        outcomes=outcomes,
    )
