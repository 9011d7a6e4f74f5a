"""Request and response schemas of the API, apart from the domain records.

Records (citizens, centres, seats) are validated by the dataset reader's parsers, not by pydantic,
so that the API accepts and refuses exactly what ``matcher import`` does. Their request schemas
therefore only *document* the exchange fields (type and meaning, for OpenAPI) and accept any JSON
value; the reader then names the field that is wrong. Everything else is validated here.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from service.auth import Role


def _doc(kind: str, description: str, **schema: Any) -> Any:
    """A documented exchange field: any JSON value, described as ``kind`` in OpenAPI."""
    return Field(default=None, description=description, json_schema_extra={"type": kind, **schema})


class _Record(BaseModel):
    """Base of record bodies: fields as documented, unknown fields kept (as the format allows)."""

    model_config = ConfigDict(extra="allow")

    def as_record(self) -> dict[str, Any]:
        """The fields the client sent, as a plain exchange object."""
        return self.model_dump(exclude_unset=True)


# --- citizens ------------------------------------------------------------------------------------


class _CitizenFields(_Record):
    age: Any = _doc("integer", "Age in years (fairness reporting only)")
    gender: Any = _doc("string", "Gender (fairness reporting only)")
    target_group: Any = _doc("string", "Required. aktivitetsparat, ressourceforloeb, ...")
    postcode: Any = _doc("string", "Postcode")
    lat: Any = _doc("number", "Required. Latitude of the home address")
    lon: Any = _doc("number", "Required. Longitude of the home address")
    transport: Any = _doc("string", "Required. car, public, bike or walk")
    hours_per_week: Any = _doc("number", "Required. Hours a week the citizen can work")
    consultant: Any = _doc("string", "Id of the citizen's consultant")
    complex: Any = _doc("boolean", "Required. Complex problems: generation-2 centres only")
    waiting_since: Any = _doc("string", "Date (YYYY-MM-DD) the citizen has waited since")
    cv_text: Any = _doc("string", "The CV (Danish free text)")
    icf: Any = _doc("array", "ICF categories: objects with code, qualifier 0-4, note")
    task_suggestions: Any = _doc("array", "At least three task suggestions (free text)")
    accommodations_text: Any = _doc("string", "Accommodation needs as written (Danish)")
    accommodations: Any = _doc("array", "Structured accommodation needs: objects code, value")
    accommodations_reviewed: Any = _doc(
        "object",
        "A caseworker's confirmation that the needs are complete: text_sha256 (of the "
        "accommodations_text reviewed), by, on. Set it with POST "
        "/citizens/{id}/accommodations-review",
    )
    licences_confirmed: Any = _doc(
        "object",
        "A caseworker's word on the licences held now: cv_sha256 (of the cv_text read), "
        "licences, by, on. Set it with POST /citizens/{id}/licences-confirmation",
    )


class CitizenCreate(_CitizenFields):
    """A new citizen in the ``citizens.jsonl`` shape."""

    id: Any = _doc("string", "Required. Opaque id; never a CPR number")


class CitizenUpdate(_CitizenFields):
    """Changed fields of a citizen (merge patch: ``null`` removes an optional field)."""

    id: Any = _doc("string", "If given, must equal the citizen's id")


class CitizenPublic(BaseModel):
    """A citizen's full profile (reading it is written to the audit log)."""

    id: str
    active: bool
    updated_at: datetime
    record: dict[str, Any] = Field(description="The citizen in the citizens.jsonl shape")


class ReadNeed(BaseModel):
    """One effective accommodation need and where it was read."""

    code: str
    value: float | None = None
    source: Literal["text", "structured", "icf"]
    evidence: str | None = Field(default=None, description="The words of the text it was read from")


class CitizenProfileOut(BaseModel):
    """What the software read of a citizen (``matcher profiles``), to check before matching."""

    citizen_id: str
    accommodations: list[ReadNeed] = Field(description="The effective needs the hard rules use")
    licences: list[str]
    task_areas: list[str]
    declined_areas: list[str] = Field(
        default_factory=list,
        description="Task areas the citizen's suggestions turn down ('Ikke rengøring'): their "
        "seats come after the others and batch allocation leaves them out",
    )
    occupations: list[dict[str, Any]]
    warnings: list[str] = Field(
        description="Sentences of the needs text not (fully) understood, a review or licence "
        "confirmation made for an earlier text, and task suggestions that name no task area"
    )
    needs_unclear: bool = Field(
        description="True: every seat is only 'unverified' for this citizen until the needs "
        "are completed (structured accommodations) and reviewed"
    )
    accommodations_reviewed: bool = Field(
        description="A caseworker's review covers the current accommodations_text"
    )
    licences_unclear: list[str] = Field(
        default_factory=list,
        description="Licences read only from CV sentences that tell more than the licence "
        "(time, doubt, other people, negation): a seat requiring one is 'unverified'",
    )
    licences_confirmed: bool = Field(
        default=False,
        description="A caseworker's confirmation covers the current cv_text: 'licences' are theirs",
    )
    text_sha256: str = Field(
        description="Digest of the current accommodations_text: send it to confirm a review"
    )
    cv_sha256: str = Field(
        description="Digest of the current cv_text: send it to confirm the licences"
    )


class NeedsReviewCreate(BaseModel):
    """Confirm that the needs read from the text, with the structured ones, are complete."""

    model_config = ConfigDict(extra="forbid")

    text_sha256: str = Field(
        pattern="^[0-9a-f]{64}$",
        description="text_sha256 of the profile the caseworker read; refused (409) if the "
        "text has changed since",
    )


def _once_each(value: Any) -> Any:
    """A list with each item once, in first-seen order (a form sending "B" twice names one
    licence); anything else is left for validation to refuse."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(dict.fromkeys(value))
    return value


class LicenceConfirmationCreate(BaseModel):
    """State which licences the citizen holds now, as the caseworker has checked them."""

    model_config = ConfigDict(extra="forbid")

    cv_sha256: str = Field(
        pattern="^[0-9a-f]{64}$",
        description="cv_sha256 of the profile the caseworker read; refused (409) if the CV "
        "has changed since",
    )
    licences: Annotated[
        list[Literal["B", "C", "forklift", "hygiene", "first_aid"]],
        BeforeValidator(_once_each),
    ] = Field(
        max_length=5,
        description="Every licence the citizen holds now (an empty list: none; a licence named "
        "twice counts once); it replaces what the software read from the CV",
    )


class CitizenSummary(BaseModel):
    """A citizen in a list: no personal text."""

    id: str
    active: bool
    consultant: str | None
    target_group: str


# --- centres and seats ---------------------------------------------------------------------------


class _SeatFields(_Record):
    title: Any = _doc("string", "Required. Title of the seat")
    task_area: Any = _doc("string", "Required. kitchen, canteen, warehouse, ...")
    capacity: Any = _doc("integer", "Required. Free places now")
    description: Any = _doc("string", "What the work is")
    demands: Any = _doc("object", "Demand levels 0-4, lift_kg and booleans; missing = unknown")
    hours_min: Any = _doc("number", "Fewest hours a week")
    hours_max: Any = _doc("number", "Most hours a week")
    shifts: Any = _doc("array", "Subset of day, evening, night, weekend")
    wheelchair_accessible: Any = _doc("boolean", "Wheelchair access")
    accommodations_offered: Any = _doc("array", "flexible_breaks, quiet_area, ...")
    required_licences: Any = _doc("array", "B, C, forklift, hygiene, first_aid")
    mentor_hours_per_week: Any = _doc("number", "Mentor hours a citizen takes from the centre")


class SeatCreate(_SeatFields):
    """A new seat of an existing centre, in the shape nested in ``centres.jsonl``."""

    centre_id: str = Field(description="Id of the centre the seat belongs to")
    id: Any = _doc("string", "Required. Opaque seat id")

    def as_record(self) -> dict[str, Any]:
        record = super().as_record()
        record.pop("centre_id", None)
        return record


class SeatUpdate(_SeatFields):
    """Changed fields of a seat; ``capacity`` sets the free places."""

    id: Any = _doc("string", "If given, must equal the seat's id")


class SeatPublic(BaseModel):
    """A seat with its place counts."""

    id: str
    centre_id: str
    active: bool
    places: int = Field(description="All places of the seat")
    occupied: int = Field(description="Places held by reserved or started placements")
    free: int = Field(description="Places free now")
    updated_at: datetime
    record: dict[str, Any] = Field(description="The seat as nested in centres.jsonl")


class _CentreFields(_Record):
    name: Any = _doc("string", "Required. Name of the company centre")
    sector: Any = _doc("string", "Sector")
    ownership: Any = _doc("string", "Required. private or public")
    generation: Any = _doc("integer", "Required. 1 or 2 (2 can take complex citizens)")
    postcode: Any = _doc("string", "Postcode")
    lat: Any = _doc("number", "Required. Latitude")
    lon: Any = _doc("number", "Required. Longitude")
    contact_consultant: Any = _doc("string", "Id of the centre's contact consultant")
    mentor_hours_per_week: Any = _doc("number", "Weekly mentor-hour budget")
    max_trial_persons: Any = _doc("integer", "Most citizens in trials at once")


class CentreCreate(_CentreFields):
    """A new centre with its seats, in the ``centres.jsonl`` shape."""

    id: Any = _doc("string", "Required. Opaque centre id")
    seats: Any = _doc("array", "Required. The centre's seats (may be empty)")


class CentreUpdate(_CentreFields):
    """Changed fields of a centre (seats change through ``/seats``)."""

    id: Any = _doc("string", "If given, must equal the centre's id")


class CentrePublic(BaseModel):
    """A centre and its seats."""

    id: str
    active: bool
    updated_at: datetime
    record: dict[str, Any] = Field(description="The centre's fields, without seats")
    seats: list[SeatPublic]


# --- placements ----------------------------------------------------------------------------------


class ReservationCreate(BaseModel):
    """Reserve a place in a seat for a citizen."""

    model_config = ConfigDict(extra="forbid")

    citizen_id: str = Field(min_length=1, max_length=128)
    seat_id: str = Field(min_length=1, max_length=128)
    override_reason: str | None = Field(
        default=None,
        max_length=2000,
        description="Team leaders only: why the placement may break a hard rule",
    )


class PlacementStart(BaseModel):
    """Start a reserved placement."""

    model_config = ConfigDict(extra="forbid")

    start: date | None = Field(default=None, description="Start date (default today)")


class PlacementEnd(BaseModel):
    """End a started placement with its outcome."""

    model_config = ConfigDict(extra="forbid")

    outcome: str = Field(description="completed, ordinary_hours, dropped_out, cancelled_by_company")
    end: date | None = Field(default=None, description="End date (default today)")


PlacementState = Literal["reserved", "started", "ended", "cancelled"]


class PlacementPublic(BaseModel):
    """A placement."""

    id: int
    citizen_id: str
    seat_id: str
    status: PlacementState
    reserved_at: datetime | None
    reserved_by: str | None
    start: date | None
    end: date | None
    outcome: str | None
    overridden: bool


class ReservationPublic(PlacementPublic):
    """A new reservation with the rule verdict it was made under."""

    conflicts_overridden: list[str]
    unverified: list[str] = Field(description="Needs not checkable: the seat's demand is unknown")


# --- tokens, import, audit, statistics ------------------------------------------------------------


class TokenCreate(BaseModel):
    """A new API token."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=128)
    role: Role


class TokenPublic(BaseModel):
    """A token without its secret."""

    id: int
    name: str
    role: str
    created_at: datetime
    revoked_at: datetime | None


class Me(BaseModel):
    """The caller: the name and role of the token used."""

    token_id: int
    name: str
    role: Role


class TokenCreated(TokenPublic):
    """A new token: ``token`` is shown this once and never again."""

    token: str


class DatasetBody(BaseModel):
    """A whole dataset as JSON: the contents of each file of a dataset directory."""

    model_config = ConfigDict(extra="forbid")

    meta: dict[str, Any] = Field(description="dataset.json")
    centres: list[Any] = Field(description="centres.jsonl, one object per record")
    citizens: list[Any] = Field(description="citizens.jsonl")
    history: list[Any] = Field(default_factory=list, description="history.jsonl")
    history_citizens: list[Any] = Field(default_factory=list)
    history_centres: list[Any] = Field(default_factory=list)


class ImportResult(BaseModel):
    """What an import stored."""

    centres: int
    seats: int
    citizens: int
    history_placements_added: int
    history_placements_known: int


class AuditEntryPublic(BaseModel):
    """One audit log entry."""

    id: int
    at: datetime
    actor: str
    role: str
    action: str
    object_ids: list[str]
    detail: dict[str, Any]


class Stats(BaseModel):
    """Aggregate numbers without personal data."""

    citizens_active: int
    centres_active: int
    seats_active: int
    places: int
    occupied: int
    placements_by_status: dict[str, int]
    outcomes: dict[str, int]


class Health(BaseModel):
    """Liveness."""

    status: Literal["ok"]


class ModelState(BaseModel):
    """The scoring model of this process."""

    status: Literal["idle", "loading", "ready", "failed"]
    model_id: str | None = None
    source: Literal["file", "history", "default"] | None = Field(
        default=None, description="A model file, trained on the database's history, or the default"
    )
    retraining: bool = Field(default=False, description="A newer model is being trained")


class Ready(BaseModel):
    """Readiness: the database answers, its schema is current and the scoring model is loaded."""

    status: Literal["ready"]
    database: str
    schema_revision: str
    model: ModelState


# --- ranking -------------------------------------------------------------------------------------

MatchStatus = Literal["ok", "unverified", "conflict"]


class _MatchFields(BaseModel):
    rank: int = Field(ge=1)
    score: float = Field(description="Predicted probability that the placement succeeds")
    status: MatchStatus = Field(
        description="ok; unverified (a need could not be checked: a demand is unknown); conflict"
    )
    travel_minutes: int
    reasons: list[str] = Field(description="Danish reasons a consultant can read aloud")
    conflicts: list[str] = Field(description="Broken hard rules (only with include_conflicts)")
    unverified: list[str] = Field(
        default_factory=list, description="Needs that could not be checked"
    )
    hidden_conflict_risk: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Unverified only: estimated chance that the unknown demands break a need "
        "(imputed from seats of the same task area); the score is already discounted by it",
    )


class SeatMatch(_MatchFields):
    """One seat for a citizen."""

    seat_id: str
    centre_id: str


class CitizenMatches(BaseModel):
    """Ranked seats with free places for one citizen, best first (as ``matcher rank``)."""

    citizen_id: str
    model: str
    matches: list[SeatMatch]
    no_matches: list[str] | None = Field(
        default=None, description="When nothing is listed: why, in Danish"
    )


class CitizenCandidate(_MatchFields):
    """One waiting citizen for a seat."""

    citizen_id: str


class SeatCandidates(BaseModel):
    """Ranked waiting citizens for one seat, best first (as ``matcher rank --seat``)."""

    seat_id: str
    centre_id: str
    model: str
    free_places: int = Field(description="Free places of the seat now")
    matches: list[CitizenCandidate]
    no_matches: list[str] | None = Field(
        default=None, description="When nothing is listed: why, in Danish"
    )


# --- allocation jobs -----------------------------------------------------------------------------

JobState = Literal["queued", "running", "succeeded", "failed", "interrupted", "confirmed"]


class AllocationPolicy(BaseModel):
    """How a batch allocation weighs citizens and which pairs it may use (``matcher allocate``'s
    options, with the same defaults)."""

    model_config = ConfigDict(extra="forbid")

    waiting_weight: float = Field(
        default=0.2,
        ge=0,
        le=10,
        description="Extra weight of a citizen's expected success after a year's wait",
    )
    long_wait_quota: int = Field(
        default=0,
        ge=0,
        le=100_000,
        description="At least this many seats go to citizens waiting more than 26 weeks",
    )
    include_unverified: bool = Field(
        default=False,
        description="Also use pairs where a seat's demand is unknown (discounted by their risk)",
    )
    include_declined: bool = Field(
        default=False,
        description="Also use seats in a task area the citizen's suggestions turn down",
    )
    place_max_first: bool = Field(
        default=False, description="Place as many citizens as possible, then maximise success"
    )


class AllocationCreate(AllocationPolicy):
    """Start a batch allocation of all waiting citizens to the free seats."""

    time_limit: float | None = Field(
        default=None,
        gt=0,
        le=600,
        description="Solver time limit in seconds (default 30; the service may cap it lower)",
    )

    def policy(self) -> AllocationPolicy:
        """The policy part of the request."""
        return AllocationPolicy.model_validate(self.model_dump(exclude={"time_limit"}))


class AllocationJobPublic(BaseModel):
    """A batch allocation job; ``result`` is the ``matcher allocate`` JSON once it succeeded."""

    id: str
    status: JobState
    progress: float = Field(ge=0, le=1, description="Fraction done")
    message: str = Field(description="What the job is doing (or why it failed)")
    created_at: datetime
    created_by: str
    started_at: datetime | None
    finished_at: datetime | None
    time_limit: float
    policy: AllocationPolicy = Field(description="The options the job was started with")
    data_revision: int | None = Field(description="Data revision the proposal was computed from")
    confirmed_at: datetime | None
    confirmed_by: str | None
    placement_ids: list[int] | None = Field(description="Placements created by the confirmation")
    result: dict[str, Any] | None = Field(
        description="status, objective, bound, seconds, model, assignments (with reasons), "
        "unassigned (with reasons)"
    )


class AllocationJobSummary(BaseModel):
    """A job in a list (without its result)."""

    id: str
    status: JobState
    progress: float
    message: str
    created_at: datetime
    created_by: str
    finished_at: datetime | None
