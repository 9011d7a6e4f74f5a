"""Domain records: citizens, company centres, seats and past placements.

The records mirror the dataset format (spec ``DATASET.md``) field by field. They are immutable and
carry no behaviour beyond conversion to the exchange shape: validation lives in
``matcher.dataset`` (which builds them) and every rule about them lives in ``features``.
Fields a reader does not know are kept in ``extra`` so that read → write is lossless.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

JsonDict = dict[str, Any]


def _put(out: JsonDict, key: str, value: Any) -> None:
    """Write an optional field only when it is present, so absent stays absent."""
    if value is not None:
        out[key] = value


@dataclass(frozen=True, slots=True)
class IcfEntry:
    """One ICF category with its qualifier (0-4 graded; 8/9 unspecified/not applicable)."""

    code: str
    qualifier: int
    note: str | None = None
    extra: JsonDict = field(default_factory=dict)

    def to_dict(self) -> JsonDict:
        out: JsonDict = {"code": self.code, "qualifier": self.qualifier}
        _put(out, "note", self.note)
        return {**out, **self.extra}


@dataclass(frozen=True, slots=True)
class StructuredNeed:
    """An accommodation need given in structured form (``citizens.jsonl`` ``accommodations``)."""

    code: str
    value: float | None = None
    extra: JsonDict = field(default_factory=dict)

    def to_dict(self) -> JsonDict:
        out: JsonDict = {"code": self.code}
        _put(out, "value", self.value)
        return {**out, **self.extra}


def text_digest(text: str) -> str:
    """Hex SHA-256 of a text as UTF-8: names the exact version of a text without holding it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _signed(out: JsonDict, by: str | None, on: date | None, extra: JsonDict) -> JsonDict:
    """A caseworker's record as exchanged: its own fields, who and when, unknown fields kept."""
    _put(out, "by", by)
    _put(out, "on", None if on is None else on.isoformat())
    return {**out, **extra}


@dataclass(frozen=True, slots=True)
class NeedsReview:
    """A caseworker's confirmation that a citizen's accommodation needs are complete.

    The reviewer has read ``accommodations_text`` and found that what the software read from it,
    together with the structured ``accommodations``, holds every need. It names the text it
    covers by digest, so a changed text is never covered by an old review.
    """

    text_sha256: str
    by: str | None = None
    on: date | None = None
    extra: JsonDict = field(default_factory=dict)

    def covers(self, text: str) -> bool:
        """True when this review was made of exactly ``text``."""
        return self.text_sha256 == text_digest(text)

    def to_dict(self) -> JsonDict:
        return _signed({"text_sha256": self.text_sha256}, self.by, self.on, self.extra)


@dataclass(frozen=True, slots=True)
class LicenceConfirmation:
    """A caseworker's word on which licences a citizen holds now.

    The CV reader cannot always tell a licence held now from one lost, planned or someone
    else's; the caseworker who has seen the documents can. It names the CV text it covers by
    digest, so a changed CV is never covered by an old confirmation.
    """

    cv_sha256: str
    licences: tuple[str, ...] = ()
    by: str | None = None
    on: date | None = None
    extra: JsonDict = field(default_factory=dict)

    def covers(self, text: str) -> bool:
        """True when this confirmation was made of exactly the CV ``text``."""
        return self.cv_sha256 == text_digest(text)

    def to_dict(self) -> JsonDict:
        out: JsonDict = {"cv_sha256": self.cv_sha256, "licences": list(self.licences)}
        return _signed(out, self.by, self.on, self.extra)


@dataclass(frozen=True, slots=True)
class Seat:
    """A work-trial seat; ``capacity`` is the number of free places now."""

    id: str
    title: str
    task_area: str
    capacity: int
    description: str | None = None
    #: Known demands only; a missing key means *unknown*, never zero.
    demands: JsonDict = field(default_factory=dict)
    hours_min: float | None = None
    hours_max: float | None = None
    shifts: tuple[str, ...] | None = None
    wheelchair_accessible: bool | None = None
    accommodations_offered: tuple[str, ...] | None = None
    required_licences: tuple[str, ...] | None = None
    mentor_hours_per_week: float | None = None
    extra: JsonDict = field(default_factory=dict)

    def to_dict(self) -> JsonDict:
        out: JsonDict = {
            "id": self.id,
            "title": self.title,
            "task_area": self.task_area,
            "capacity": self.capacity,
        }
        _put(out, "description", self.description)
        out["demands"] = dict(self.demands)
        _put(out, "hours_min", self.hours_min)
        _put(out, "hours_max", self.hours_max)
        _put(out, "shifts", None if self.shifts is None else list(self.shifts))
        _put(out, "wheelchair_accessible", self.wheelchair_accessible)
        offered = self.accommodations_offered
        _put(out, "accommodations_offered", None if offered is None else list(offered))
        licences = self.required_licences
        _put(out, "required_licences", None if licences is None else list(licences))
        _put(out, "mentor_hours_per_week", self.mentor_hours_per_week)
        return {**out, **self.extra}


@dataclass(frozen=True, slots=True)
class Centre:
    """A company centre (virksomhedscenter) with its seats."""

    id: str
    name: str
    ownership: str
    generation: int
    lat: float
    lon: float
    seats: tuple[Seat, ...]
    sector: str | None = None
    postcode: str | None = None
    contact_consultant: str | None = None
    mentor_hours_per_week: float | None = None
    max_trial_persons: int | None = None
    extra: JsonDict = field(default_factory=dict)

    def to_dict(self) -> JsonDict:
        out: JsonDict = {"id": self.id, "name": self.name}
        _put(out, "sector", self.sector)
        out["ownership"] = self.ownership
        out["generation"] = self.generation
        _put(out, "postcode", self.postcode)
        out["lat"] = self.lat
        out["lon"] = self.lon
        _put(out, "contact_consultant", self.contact_consultant)
        _put(out, "mentor_hours_per_week", self.mentor_hours_per_week)
        _put(out, "max_trial_persons", self.max_trial_persons)
        out["seats"] = [seat.to_dict() for seat in self.seats]
        return {**out, **self.extra}


@dataclass(frozen=True, slots=True)
class Citizen:
    """A citizen waiting for (or, in history, placed in) a work trial.

    ``age`` and ``gender`` are kept for fairness reporting only; they are never model features.
    """

    id: str
    target_group: str
    lat: float
    lon: float
    transport: str
    hours_per_week: float
    complex: bool
    age: int | None = None
    gender: str | None = None
    postcode: str | None = None
    consultant: str | None = None
    waiting_since: date | None = None
    cv_text: str = ""
    icf: tuple[IcfEntry, ...] = ()
    task_suggestions: tuple[str, ...] = ()
    accommodations_text: str = ""
    accommodations: tuple[StructuredNeed, ...] = ()
    accommodations_reviewed: NeedsReview | None = None
    licences_confirmed: LicenceConfirmation | None = None
    extra: JsonDict = field(default_factory=dict)

    def to_dict(self) -> JsonDict:
        out: JsonDict = {"id": self.id}
        _put(out, "age", self.age)
        _put(out, "gender", self.gender)
        out["target_group"] = self.target_group
        _put(out, "postcode", self.postcode)
        out["lat"] = self.lat
        out["lon"] = self.lon
        out["transport"] = self.transport
        out["hours_per_week"] = self.hours_per_week
        _put(out, "consultant", self.consultant)
        out["complex"] = self.complex
        since = self.waiting_since
        _put(out, "waiting_since", None if since is None else since.isoformat())
        out["cv_text"] = self.cv_text
        out["icf"] = [entry.to_dict() for entry in self.icf]
        out["task_suggestions"] = list(self.task_suggestions)
        out["accommodations_text"] = self.accommodations_text
        out["accommodations"] = [need.to_dict() for need in self.accommodations]
        review = self.accommodations_reviewed
        _put(out, "accommodations_reviewed", None if review is None else review.to_dict())
        confirmed = self.licences_confirmed
        _put(out, "licences_confirmed", None if confirmed is None else confirmed.to_dict())
        return {**out, **self.extra}


@dataclass(frozen=True, slots=True)
class Placement:
    """A past (or running) placement of a citizen in a seat, with its outcome when ended."""

    citizen_id: str
    seat_id: str
    start: date
    end: date | None = None
    outcome: str | None = None
    extra: JsonDict = field(default_factory=dict)

    def to_dict(self) -> JsonDict:
        out: JsonDict = {
            "citizen_id": self.citizen_id,
            "seat_id": self.seat_id,
            "start": self.start.isoformat(),
        }
        _put(out, "end", None if self.end is None else self.end.isoformat())
        _put(out, "outcome", self.outcome)
        return {**out, **self.extra}


@dataclass(frozen=True, slots=True)
class DatasetMeta:
    """The contents of ``dataset.json``."""

    municipality: str
    as_of: date | None = None
    format: str = "matcher-dataset/1"
    extra: JsonDict = field(default_factory=dict)

    def to_dict(self) -> JsonDict:
        out: JsonDict = {"format": self.format, "municipality": self.municipality}
        _put(out, "as_of", None if self.as_of is None else self.as_of.isoformat())
        return {**out, **self.extra}
