"""Citizens: create, list, read (audited), update, deactivate; what was read, and its review.

Records are validated by the dataset reader (:mod:`service.records`). Reading a citizen's record
or what the software read of it writes an audit entry before the answer is returned. A
caseworker who has checked the needs read from the text confirms them with a review bound to
the exact text they read (its digest); a later change of the text is not covered. Ranking
(``GET /citizens/{id}/matches``) lives in :mod:`service.routers.matching`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Query, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.dataset import looks_like_cpr
from matcher.domain import Citizen, LicenceConfirmation, NeedsReview, text_digest
from service import audit
from service.deps import CaseworkerDep, DbDep, Offset
from service.errors import ERROR_RESPONSES, ConflictError, NotFoundError
from service.models import HOLDING_STATES, CitizenRow, PlacementRow
from service.records import (
    check_attestations,
    check_same_id,
    citizen_of,
    merge_patch,
    now,
    put_citizen,
    validate_citizen,
)
from service.schemas import (
    CitizenCreate,
    CitizenProfileOut,
    CitizenPublic,
    CitizenSummary,
    CitizenUpdate,
    LicenceConfirmationCreate,
    NeedsReviewCreate,
)
from service.views import citizen_profile, citizen_public, citizen_summary

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
    record = body.as_record()
    check_attestations(record, None)
    citizen = validate_citizen(record)
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


@router.get("/{citizen_id}/profile", response_model=CitizenProfileOut)
def read_profile(citizen_id: str, db: DbDep, who: CaseworkerDep) -> CitizenProfileOut:
    """What the software read of a citizen: effective needs with evidence, warnings, areas."""
    with db.write() as session:
        row = _row(session, citizen_id)
        audit.record_by(session, who, "citizen.profile", [citizen_id])
        return citizen_profile(session, row)


def _confirm(
    db: DbDep,
    who: CaseworkerDep,
    citizen_id: str,
    confirm: Callable[[Citizen, str | None], Citizen],
    action: str,
) -> CitizenProfileOut:
    """Store the caseworker's confirmation that ``confirm`` makes of the current record (it
    raises ``ConflictError`` when the text it was made of has changed), audited as ``action``."""
    with db.write_data() as session:
        row = _row(session, citizen_id)
        by = None if looks_like_cpr(who.name) else who.name  # a name is never worth a CPR
        row = put_citizen(session, confirm(citizen_of(row), by), active=row.active)
        audit.record_by(session, who, action, [citizen_id])
        return citizen_profile(session, row)


@router.post("/{citizen_id}/accommodations-review", response_model=CitizenProfileOut)
def review_accommodations(
    citizen_id: str, body: NeedsReviewCreate, db: DbDep, who: CaseworkerDep
) -> CitizenProfileOut:
    """Confirm that the needs read from the text, with the structured ones, are complete.

    Sentences the software did not fully understand then no longer leave every seat
    unverified. Add missing needs as structured ``accommodations`` first. The review covers the
    text whose digest is sent (409 if the text has changed since it was read).
    """

    def confirm(citizen: Citizen, by: str | None) -> Citizen:
        if text_digest(citizen.accommodations_text) != body.text_sha256:
            raise ConflictError(
                "the accommodations text has changed since it was read; read it again"
            )
        review = NeedsReview(body.text_sha256, by=by, on=now().date())
        return replace(citizen, accommodations_reviewed=review)

    return _confirm(db, who, citizen_id, confirm, "citizen.accommodations_review")


@router.post("/{citizen_id}/licences-confirmation", response_model=CitizenProfileOut)
def confirm_licences(
    citizen_id: str, body: LicenceConfirmationCreate, db: DbDep, who: CaseworkerDep
) -> CitizenProfileOut:
    """State which licences the citizen holds now, as the caseworker has checked them.

    The list replaces what the software read from the CV (a licence it missed, one it misread,
    one left to confirm), so seats that require a listed licence are no longer 'unverified'.
    The confirmation covers the CV whose digest is sent (409 if the CV has changed since it was
    read); a later CV needs a new one.
    """

    def confirm(citizen: Citizen, by: str | None) -> Citizen:
        if text_digest(citizen.cv_text) != body.cv_sha256:
            raise ConflictError("the CV has changed since it was read; read it again")
        licences = tuple(sorted(set(body.licences)))
        word = LicenceConfirmation(body.cv_sha256, licences, by=by, on=now().date())
        return replace(citizen, licences_confirmed=word)

    return _confirm(db, who, citizen_id, confirm, "citizen.licences_confirmation")


@router.patch("/{citizen_id}", response_model=CitizenPublic)
def update_citizen(
    citizen_id: str, body: CitizenUpdate, db: DbDep, who: CaseworkerDep
) -> CitizenPublic:
    """Change fields of a citizen (merge patch); the whole record is validated again."""
    patch = body.as_record()
    check_same_id(patch, citizen_id)
    with db.write_data() as session:
        row = _row(session, citizen_id)
        check_attestations(patch, row.record)
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
