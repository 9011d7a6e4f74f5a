"""Database rows → response schemas (one place, shared by the routers)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from matcher.domain import text_digest
from matcher.profiles import build_profile
from service.dataset_io import reference_date
from service.models import (
    AllocationJobRow,
    CentreRow,
    CitizenRow,
    PlacementRow,
    SeatRow,
    TokenRow,
)
from service.records import citizen_of, seat_record
from service.schemas import (
    AllocationJobPublic,
    AllocationJobSummary,
    AllocationPolicy,
    CentrePublic,
    CitizenProfileOut,
    CitizenPublic,
    CitizenSummary,
    PlacementPublic,
    SeatPublic,
    TokenPublic,
)


def aware(moment: datetime) -> datetime:
    """SQLite hands back naive timestamps; every stored time is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def citizen_public(row: CitizenRow) -> CitizenPublic:
    """A citizen's full profile."""
    return CitizenPublic(
        id=row.id, active=row.active, updated_at=aware(row.updated_at), record=dict(row.record)
    )


def citizen_profile(session: Session, row: CitizenRow) -> CitizenProfileOut:
    """What the software read of a stored citizen, as of the dataset's reference date."""
    citizen = citizen_of(row)
    profile = build_profile(citizen, reference_date(session))
    return CitizenProfileOut(
        **profile.to_json(),
        text_sha256=text_digest(citizen.accommodations_text),
        cv_sha256=text_digest(citizen.cv_text),
    )


def citizen_summary(row: CitizenRow) -> CitizenSummary:
    """A citizen without personal text."""
    return CitizenSummary(
        id=row.id, active=row.active, consultant=row.consultant, target_group=row.target_group
    )


def seat_public(row: SeatRow) -> SeatPublic:
    """A seat with its place counts and exchange record."""
    return SeatPublic(
        id=row.id,
        centre_id=row.centre_id,
        active=row.active,
        places=row.capacity,
        occupied=row.occupied,
        free=max(row.capacity - row.occupied, 0),
        updated_at=aware(row.updated_at),
        record=seat_record(row),
    )


def centre_public(row: CentreRow, seats: list[SeatRow]) -> CentrePublic:
    """A centre with its seats."""
    return CentrePublic(
        id=row.id,
        active=row.active,
        updated_at=aware(row.updated_at),
        record=dict(row.record),
        seats=[seat_public(s) for s in seats],
    )


def placement_public(row: PlacementRow) -> PlacementPublic:
    """A placement."""
    return PlacementPublic(
        id=row.id,
        citizen_id=row.citizen_id,
        seat_id=row.seat_id,
        status=row.status,  # type: ignore[arg-type]
        reserved_at=None if row.reserved_at is None else aware(row.reserved_at),
        reserved_by=row.reserved_by,
        start=row.start,
        end=row.end,
        outcome=row.outcome,
        overridden=row.override_reason is not None,
    )


def token_public(row: TokenRow) -> TokenPublic:
    """A token without its secret."""
    return TokenPublic(
        id=row.id,
        name=row.name,
        role=row.role,
        created_at=aware(row.created_at),
        revoked_at=None if row.revoked_at is None else aware(row.revoked_at),
    )


def _maybe(moment: datetime | None) -> datetime | None:
    return None if moment is None else aware(moment)


def job_public(row: AllocationJobRow, with_result: bool) -> AllocationJobPublic:
    """An allocation job (with its proposal when ``with_result``)."""
    return AllocationJobPublic(
        id=row.id,
        status=row.status,  # type: ignore[arg-type]
        progress=row.progress,
        message=row.message,
        created_at=aware(row.created_at),
        created_by=row.created_by,
        started_at=_maybe(row.started_at),
        finished_at=_maybe(row.finished_at),
        time_limit=row.time_limit,
        policy=AllocationPolicy.model_validate(row.policy or {}),
        data_revision=row.data_revision,
        confirmed_at=_maybe(row.confirmed_at),
        confirmed_by=row.confirmed_by,
        placement_ids=row.placement_ids,
        result=row.result if with_result else None,
    )


def job_summary(row: AllocationJobRow) -> AllocationJobSummary:
    """An allocation job in a list."""
    return AllocationJobSummary(
        id=row.id,
        status=row.status,  # type: ignore[arg-type]
        progress=row.progress,
        message=row.message,
        created_at=aware(row.created_at),
        created_by=row.created_by,
        finished_at=_maybe(row.finished_at),
    )
