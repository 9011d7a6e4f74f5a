"""Ranked matches: seats for a citizen and citizens for a seat (the ``matcher rank`` JSON).

Both come from the ranking cache of the current data revision (:mod:`service.matching`), which
also memoises finished answers (serialised once; the route's ``response_model`` documents their
shape). Seats
without a free place are never proposed; a citizen who already holds a place is not proposed for
another seat. Every read is written to the audit log, with the ids of every citizen whose
match is shown, before the answer leaves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from sqlalchemy.orm import Session

from matcher.ranking import UnknownIdError
from service import audit
from service.auth import Principal
from service.db import Database
from service.deps import CaseworkerDep, DbDep, RankingDep
from service.errors import ERROR_RESPONSES, ConflictError, ErrorBody, NotFoundError, NotReadyError
from service.matching import Answer, Snapshot
from service.models import CentreRow, CitizenRow, SeatRow
from service.schemas import CitizenMatches, SeatCandidates

router = APIRouter(tags=["matching"], responses=ERROR_RESPONSES)

MAX_TOP = 100
Top = Annotated[int, Query(ge=1, le=MAX_TOP, description="How many to return (best first)")]
IncludeConflicts = Annotated[
    bool,
    Query(description="Also list pairs that break a hard rule (last, with their conflicts)"),
]
_NOT_READY: dict[int | str, dict[str, Any]] = {
    503: {"model": ErrorBody, "description": "The scoring model is still loading"}
}


def _why_unranked_citizen(session: Session, citizen_id: str) -> Exception:
    row = session.get(CitizenRow, citizen_id)
    if row is None:
        return NotFoundError("citizen", citizen_id)
    if not row.active:
        return ConflictError("citizen is deactivated", citizen_id=citizen_id)
    # Created after the ranker's snapshot was taken: the next request sees it.
    return NotReadyError("the citizen was just added; try again")


def _why_unranked_seat(session: Session, seat_id: str) -> Exception:
    row = session.get(SeatRow, seat_id)
    if row is None:
        return NotFoundError("seat", seat_id)
    centre = session.get(CentreRow, row.centre_id)
    if not row.active or centre is None or not centre.active:
        return ConflictError("seat is deactivated", seat_id=seat_id)
    return NotReadyError("the seat was just added; try again")


def _answer(
    db: Database,
    who: Principal,
    snap: Snapshot,
    key: tuple[str, str, int, bool],
    compute: Callable[[], Answer],
    action: str,
    why_unranked: Callable[[Session, str], Exception],
) -> Response:
    """The memoised answer for ``key`` (computed if new), audited before it leaves."""
    kind, object_id, top, include_conflicts = key
    try:
        answer = snap.answers.get_or_compute(key, compute)
    except UnknownIdError:
        with db.read() as session:
            raise why_unranked(session, object_id) from None
    with db.write() as session:
        audit.record_by(
            session,
            who,
            action,
            answer.object_ids,
            {"top": top, "returned": answer.returned, "conflicts": include_conflicts},
        )
    return Response(content=answer.body, media_type="application/json")


@router.get("/citizens/{citizen_id}/matches", response_model=CitizenMatches, responses=_NOT_READY)
def citizen_matches(
    citizen_id: str,
    db: DbDep,
    who: CaseworkerDep,
    ranking: RankingDep,
    top: Top = 10,
    include_conflicts: IncludeConflicts = False,
) -> Response:
    """The best seats with a free place for a citizen, with score, status, travel time, reasons.

    Seats that break one of the citizen's hard rules are left out unless ``include_conflicts``.
    """
    snap = ranking.current()

    def compute() -> Answer:
        return Answer.of(snap.ranker.seats_for(citizen_id, top, include_conflicts), [citizen_id])

    key = ("citizen", citizen_id, top, include_conflicts)
    return _answer(db, who, snap, key, compute, "citizen.matches", _why_unranked_citizen)


@router.get("/seats/{seat_id}/candidates", response_model=SeatCandidates, responses=_NOT_READY)
def seat_candidates(
    seat_id: str,
    db: DbDep,
    who: CaseworkerDep,
    ranking: RankingDep,
    top: Top = 10,
    include_conflicts: IncludeConflicts = False,
) -> Response:
    """The best waiting citizens for a seat (citizens holding a place are left out)."""
    snap = ranking.current()

    def compute() -> Answer:
        # Citizens holding a place are ranked too, then dropped: ask for enough to fill ``top``.
        answer = snap.ranker.citizens_for(seat_id, top + len(snap.holding), include_conflicts)
        matches = [m for m in answer["matches"] if m["citizen_id"] not in snap.holding][:top]
        for rank, match in enumerate(matches, 1):
            match["rank"] = rank
        payload = {**answer, "free_places": snap.free_places.get(seat_id, 0), "matches": matches}
        return Answer.of(payload, [seat_id, *(m["citizen_id"] for m in matches)])

    key = ("seat", seat_id, top, include_conflicts)
    return _answer(db, who, snap, key, compute, "seat.candidates", _why_unranked_seat)
