"""The closed vocabularies of the dataset format (spec ``DATASET.md``, version 1).

This is the single home of every enumerated value the format allows: the dataset reader
validates against these sets, the feature extraction emits only these codes, and the hard-rule
engine iterates over them. ``features`` is the lowest layer, so the vocabulary lives here and
``matcher`` imports it.
"""

from __future__ import annotations

from typing import Final

TASK_AREAS: Final[tuple[str, ...]] = (
    "kitchen",
    "canteen",
    "waiter",
    "janitor",
    "service",
    "cleaning",
    "transport",
    "warehouse",
    "care",
    "shop",
    "production",
    "office",
    "childcare",
    "maintenance",
    "gardening",
    "other",
)

#: Seat demands rated on the 0-4 scale (none ... nearly all of the shift / very high).
LEVEL_DEMANDS: Final[tuple[str, ...]] = (
    "standing",
    "walking",
    "bending",
    "overhead",
    "hand_use",
    "noise",
    "customer_contact",
    "time_pressure",
    "task_complexity",
)
#: Seat demands that are plain booleans.
BOOL_DEMANDS: Final[tuple[str, ...]] = (
    "works_alone",
    "wet_work",
    "cold",
    "chemicals",
    "driving",
)
#: ``lift_kg`` is the heaviest regular lift in kilograms (a non-negative number).
DEMAND_KEYS: Final[tuple[str, ...]] = ("lift_kg", *LEVEL_DEMANDS, *BOOL_DEMANDS)

SHIFTS: Final[tuple[str, ...]] = ("day", "evening", "night", "weekend")

ACCOMMODATIONS_OFFERED: Final[tuple[str, ...]] = (
    "flexible_breaks",
    "quiet_area",
    "reduced_hours",
    "back_office_possible",
    "mentor",
    "adjustable_workstation",
)

LICENCES: Final[tuple[str, ...]] = ("B", "C", "forklift", "hygiene", "first_aid")

TARGET_GROUPS: Final[tuple[str, ...]] = (
    "aktivitetsparat",
    "ressourceforloeb",
    "jobafklaring",
    "sygedagpenge",
    "fleksjob",
    "other",
)

TRANSPORTS: Final[tuple[str, ...]] = ("car", "public", "bike", "walk")

OWNERSHIPS: Final[tuple[str, ...]] = ("private", "public")

GENERATIONS: Final[tuple[int, ...]] = (1, 2)

OUTCOMES: Final[tuple[str, ...]] = (
    "completed",
    "ordinary_hours",
    "dropped_out",
    "cancelled_by_company",
)
#: Outcomes that count as a successful placement.
SUCCESS_OUTCOMES: Final[frozenset[str]] = frozenset({"completed", "ordinary_hours"})

#: Accommodation codes (skånehensyn) mapped to the unit of their value, or ``None`` when the
#: code takes no value.
ACCOMMODATION_CODES: Final[dict[str, str | None]] = {
    "max_lift_kg": "kg",
    "no_prolonged_standing": None,
    "no_prolonged_walking": None,
    "no_bending": None,
    "no_overhead_work": None,
    "limited_hand_use": None,
    "max_hours_per_week": "hours",
    "day_shift_only": None,
    "quiet_environment": None,
    "no_customer_contact": None,
    "not_alone": None,
    "no_time_pressure": None,
    "simple_tasks": None,
    "flexible_breaks": None,
    "no_wet_work": None,
    "no_cold_environment": None,
    "no_chemicals": None,
    "wheelchair_access": None,
    "max_travel_minutes": "minutes",
    "no_driving": None,
}

#: "ingen tunge løft" with no number means this many kilograms (spec).
DEFAULT_MAX_LIFT_KG: Final[float] = 10.0

#: Where an accommodation need came from (``profiles`` output field ``source``).
NEED_SOURCES: Final[tuple[str, ...]] = ("text", "structured", "icf")

#: Valid ICF qualifiers: 0-4 grade the problem; 8 (not specified) and 9 (not applicable) are
#: accepted and carry no grade.
ICF_QUALIFIERS: Final[frozenset[int]] = frozenset({0, 1, 2, 3, 4, 8, 9})
ICF_UNGRADED_QUALIFIERS: Final[frozenset[int]] = frozenset({8, 9})
