"""Lower domain records and profiles to the arrays of :mod:`features.pairs` and :mod:`features.rules`.

Seats are lowered once per dataset (:class:`SeatSide`); citizens once per batch. Consultants get
integer codes shared by both sides so that continuity is a comparison of integers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from features.pairs import STRAIN_COLUMNS, CitizenArrays, SeatArrays, area_index
from features.rules import CitizenRuleInput, CitizenTable, SeatTable
from features.similarity import default_embedder
from features.vocabulary import BOOL_DEMANDS, LEVEL_DEMANDS, TASK_AREAS
from matcher.domain import Centre, Citizen, Seat
from matcher.profiles import CitizenProfile, rule_input

#: Licences that make a citizen more useful in a task area (a soft signal, not a hard rule).
LICENCE_AREAS: dict[str, tuple[str, ...]] = {
    "B": ("transport", "janitor", "maintenance", "gardening", "care"),
    "C": ("transport",),
    "forklift": ("warehouse", "production"),
    "hygiene": ("kitchen", "canteen", "waiter"),
    "first_aid": ("childcare", "care"),
}
#: Seat demands that a need makes harder even below the level where it breaks the need (a
#: citizen who cannot stand for long is also strained by some standing).
NEED_STRAIN: dict[str, tuple[str, ...]] = {
    "max_lift_kg": ("lift_kg",),
    "no_prolonged_standing": ("standing",),
    "no_prolonged_walking": ("walking",),
    "no_bending": ("bending",),
    "no_overhead_work": ("overhead",),
    "limited_hand_use": ("hand_use",),
    "quiet_environment": ("noise",),
    "no_customer_contact": ("customer_contact",),
    "no_time_pressure": ("time_pressure",),
    "simple_tasks": ("task_complexity",),
}
#: The soft strain a hard need stands for (qualifier 3 of 4).
NEED_STRAIN_LEVEL = 0.75
#: A lift of this many kilograms counts as the top of the lifting scale.
HEAVY_LIFT_KG = 25.0


class ConsultantCodes:
    """Integer codes for consultant ids; -1 for unknown. Grows as new ids are seen."""

    def __init__(self) -> None:
        self._codes: dict[str, int] = {}

    def code(self, consultant: str | None) -> int:
        if not consultant:
            return -1
        return self._codes.setdefault(consultant, len(self._codes))


def seat_text(seat: Seat) -> str:
    """The text of a seat that is compared with a citizen's suggestions and CV."""
    return f"{seat.title}. {seat.description or ''}".strip()


def citizen_text(citizen: Citizen) -> str:
    """The text of a citizen that is compared with a seat's title and description."""
    return ". ".join([*citizen.task_suggestions, citizen.cv_text])


#: What an offered accommodation takes off a demand's strain (factor on the scaled level): a
#: quiet area makes a noisy workplace bearable, a back office spares customer contact, an
#: adjustable workstation eases standing, bending and hand work, a mentor eases complexity and
#: pace, flexible breaks ease standing.
OFFER_RELIEF: dict[str, dict[str, float]] = {
    "quiet_area": {"noise": 0.4},
    "back_office_possible": {"customer_contact": 0.5},
    "adjustable_workstation": {"standing": 0.7, "hand_use": 0.7, "bending": 0.7},
    "mentor": {"task_complexity": 0.8, "time_pressure": 0.8},
    "flexible_breaks": {"standing": 0.75},
}


def demand_row(seat: Seat) -> list[float]:
    """A seat's demands scaled to 0..1 in ``STRAIN_COLUMNS`` order, after the relief its offered
    accommodations give; NaN where unknown."""
    relief = dict.fromkeys(STRAIN_COLUMNS, 1.0)
    for offer in seat.accommodations_offered or ():
        for key, factor in OFFER_RELIEF.get(offer, {}).items():
            relief[key] *= factor
    row = []
    for key in STRAIN_COLUMNS:
        value = seat.demands.get(key)
        if value is None:
            row.append(np.nan)
        elif key == "lift_kg":
            row.append(min(float(value) / HEAVY_LIFT_KG, 1.0))
        elif key in LEVEL_DEMANDS:
            row.append(float(value) / 4.0 * relief[key])
        else:
            assert key in BOOL_DEMANDS
            row.append(1.0 if value else 0.0)
    return row


@dataclass
class SeatSide:
    """Every seat of a list of centres, lowered for rules, features and the model."""

    centres: tuple[Centre, ...]
    seats: tuple[Seat, ...]
    centre_of: tuple[Centre, ...]
    table: SeatTable
    arrays: SeatArrays

    @classmethod
    def build(cls, centres: Sequence[Centre], codes: ConsultantCodes) -> SeatSide:
        pairs = [(c, s) for c in centres for s in c.seats]
        seats = tuple(s for _, s in pairs)
        centre_of = tuple(c for c, _ in pairs)
        embedder = default_embedder()
        arrays = SeatArrays(
            area=np.array([area_index(s.task_area) for s in seats], dtype=np.int64),
            embedding=embedder.transform([seat_text(s) for s in seats]).astype(np.float32),
            demand_levels=np.array([demand_row(s) for s in seats], dtype=np.float32).reshape(
                len(seats), len(STRAIN_COLUMNS)
            ),
            lift_kg=np.array([s.demands.get("lift_kg", np.nan) for s in seats], dtype=np.float32),
            hours_min=np.array(
                [np.nan if s.hours_min is None else s.hours_min for s in seats], dtype=np.float32
            ),
            consultant=np.array(
                [codes.code(c.contact_consultant) for c in centre_of], dtype=np.int64
            ),
            generation=np.array([c.generation for c in centre_of], dtype=np.int8),
            mentor_hours=np.array(
                [s.mentor_hours_per_week or 0.0 for s in seats], dtype=np.float32
            ),
            hours_max=np.array(
                [np.nan if s.hours_max is None else s.hours_max for s in seats], dtype=np.float32
            ),
            offers_mentor=np.array(
                ["mentor" in (s.accommodations_offered or ()) for s in seats], dtype=bool
            ),
        )
        table = SeatTable.from_centres([c.to_dict() for c in centres])
        return cls(tuple(centres), seats, centre_of, table, arrays)

    @cached_property
    def index(self) -> dict[str, int]:
        """Seat id → row."""
        return {s.id: i for i, s in enumerate(self.seats)}

    @cached_property
    def centre_ids(self) -> list[str]:
        """Centre id of each seat row."""
        return [c.id for c in self.centre_of]


def citizen_arrays(
    citizens: Sequence[Citizen], profiles: Sequence[CitizenProfile], codes: ConsultantCodes
) -> CitizenArrays:
    """Lower citizens and their profiles (same order) to :class:`CitizenArrays`."""
    n, areas = len(citizens), len(TASK_AREAS)
    experience = np.zeros((n, areas), np.float32)
    interest = np.zeros((n, areas), np.float32)
    soft = np.zeros((n, len(STRAIN_COLUMNS)), np.float32)
    licence_areas = np.zeros((n, areas), np.float32)
    lift_limit = np.full(n, np.inf, np.float32)
    named = np.zeros((n, areas), np.float32)
    educated = np.zeros((n, areas), np.float32)
    for i, profile in enumerate(profiles):
        for area in profile.education_areas:
            educated[i, area_index(area)] = 1.0
        for occupation in profile.occupations:
            named[i, area_index(occupation.task_area)] = 1.0
        for area, years in profile.experience_years.items():
            experience[i, area_index(area)] = years
        for area, weight in profile.interest.items():
            interest[i, area_index(area)] = weight
        for j, key in enumerate(STRAIN_COLUMNS):
            soft[i, j] = profile.soft_icf.get(key, 0.0)
        for need in profile.needs:  # a hard need also makes lower levels of its demand harder
            for key in NEED_STRAIN.get(need.code, ()):
                j = STRAIN_COLUMNS.index(key)
                soft[i, j] = max(soft[i, j], NEED_STRAIN_LEVEL)
        for licence in profile.licences:
            for area in LICENCE_AREAS.get(licence, ()):
                licence_areas[i, area_index(area)] = 1.0
        limits = [need.value for need in profile.needs if need.code == "max_lift_kg" and need.value]
        if limits:
            lift_limit[i] = min(limits)
    embedder = default_embedder()
    return CitizenArrays(
        experience=experience,
        interest=interest,
        embedding=embedder.transform([citizen_text(c) for c in citizens]).astype(np.float32),
        soft_icf=soft,
        hours=np.array([c.hours_per_week for c in citizens], np.float32),
        lift_limit=lift_limit,
        consultant=np.array([codes.code(c.consultant) for c in citizens], np.int64),
        complex=np.array([c.complex for c in citizens], bool),
        licence_areas=licence_areas,
        education=np.array([p.education_level for p in profiles], np.float32),
        n_limitations=np.array([p.n_limitations for p in profiles], np.float32),
        named_areas=named,
        educated_areas=educated,
    )


def citizen_table(citizens: Iterable[Citizen], profiles: Iterable[CitizenProfile]) -> CitizenTable:
    """Rule inputs of many citizens as one table for :func:`features.rules.evaluate_pairs`."""
    inputs: list[CitizenRuleInput] = [
        rule_input(c, p) for c, p in zip(citizens, profiles, strict=True)
    ]
    return CitizenTable.from_inputs(inputs)
