"""Numeric features of many (citizen, seat) pairs at once, for the scoring model.

Citizens and seats are first lowered to columnar arrays (:class:`CitizenArrays`,
:class:`SeatArrays`) once; a batch of pairs is then a pair of index arrays and every feature is a
gather plus a little arithmetic, so millions of pairs take well under a second.

The features describe the *pair* (skill in the seat's task area, interest, text similarity, soft
ICF fit, travel, consultant continuity ...) and the citizen's and seat's situation; no identity
(citizen, seat or centre id) is a feature, so the model generalises to pairs nobody has tried.
Age and gender are never features.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property
from typing import Final

import numpy as np
from numpy.typing import NDArray

from features.vocabulary import DEMAND_KEYS, TASK_AREAS

FloatArray = NDArray[np.float32]
IntArray = NDArray[np.int64]

#: Names of the columns :func:`pair_features` returns, in order.
FEATURE_NAMES: Final[tuple[str, ...]] = (
    "experience_years",  # log1p of years of experience in the seat's task area
    "any_experience",  # 1 when the citizen has any experience in the seat's task area
    "interest",  # task-suggestion weight of the seat's task area (first suggestion weighs most)
    "top_interest",  # 1 when the seat's task area is the citizen's strongest suggestion
    "text_similarity",  # citizen suggestions/CV vs seat title/description
    "soft_strain",  # ICF qualifiers 1-2 weighted by the seat's demand levels (higher = harder)
    "soft_strain_max",  # the single worst (ICF problem × demand) combination
    "travel_minutes",  # estimated travel time (spec formula or supplied matrix)
    "log_travel",  # log1p of travel minutes: the first minutes matter most
    "same_consultant",  # the centre's contact consultant is the citizen's consultant
    "generation2",  # centre judged able to take complex citizens
    "complex_in_gen2",  # complex citizen in a generation-2 centre
    "mentor_hours",  # mentor time the seat offers per week
    "hours_ratio",  # citizen hours / seat minimum hours (capped)
    "lift_margin",  # citizen's lift limit minus the seat's lift demand, kg (capped)
    "unknown_demands",  # share of the seat's demands that are unknown
    "licence_bonus",  # citizen holds a licence useful in the seat's task area
    "education_level",  # citizen's education level 0-4
    "n_limitations",  # number of ICF problems graded 1-4
    "related_experience",  # years in task areas whose skills carry over to the seat's (log1p)
    "mentor_for_complex",  # complex citizen in a seat that offers a mentor
    "hours_room",  # seat maximum hours / citizen hours (capped): room to grow towards more hours
    "not_suggested",  # the seat's task area is not among the citizen's task suggestions at all
    "trained_in_area",  # the CV names an occupation in the seat's area without counted years (an education, an undated job)
    "educated_in_area",  # the CV names a completed vocational education or course in the seat's area
)

#: Task areas whose skills carry over to each other (e.g. kitchen and canteen work share food
#: handling and hygiene; warehouse, transport and production share goods handling). Experience
#: in a related area counts as ``related_experience`` for a seat.
RELATED_AREAS: Final[tuple[tuple[str, ...], ...]] = (
    ("kitchen", "canteen", "waiter"),
    ("cleaning", "janitor", "service", "maintenance"),
    ("warehouse", "transport", "production"),
    ("care", "childcare"),
    ("shop", "waiter", "service"),
    ("gardening", "maintenance", "janitor"),
)

#: Demand columns of ``CitizenArrays.soft_icf`` and ``SeatArrays.demand_levels``.
STRAIN_COLUMNS: Final[tuple[str, ...]] = DEMAND_KEYS

_AREA_INDEX: Final[dict[str, int]] = {area: i for i, area in enumerate(TASK_AREAS)}


@dataclass(frozen=True)
class CitizenArrays:
    """Columnar, model-ready facts about ``n`` citizens.

    Parameters
    ----------
    experience
        ``(n, len(TASK_AREAS))`` years of experience per task area.
    interest
        ``(n, len(TASK_AREAS))`` task-suggestion weight per task area: 1.0 for the area of the
        first suggestion, less for later ones, 0 for areas not suggested.
    embedding
        ``(n, d)`` L2-normalised text vectors of suggestions and CV.
    soft_icf
        ``(n, len(STRAIN_COLUMNS))`` soft evidence 0..1 of a limitation that makes each demand
        hard.
    hours, lift_limit
        Hours per week available; lifting limit in kg (``inf`` when none).
    consultant
        Integer code of the citizen's consultant (-1 when unknown).
    complex
        Whether the citizen has complex problems.
    licence_areas
        ``(n, len(TASK_AREAS))`` 1 where a licence the citizen holds is useful in that area.
    education, n_limitations
        Education level 0-4; number of ICF problems graded 1-4.
    named_areas
        ``(n, len(TASK_AREAS))`` 1 where the CV names an occupation in that task area.
    educated_areas
        ``(n, len(TASK_AREAS))`` 1 where the CV names a completed vocational education or
        course in that task area.
    """

    experience: FloatArray
    interest: FloatArray
    embedding: FloatArray
    soft_icf: FloatArray
    hours: FloatArray
    lift_limit: FloatArray
    consultant: IntArray
    complex: NDArray[np.bool_]
    licence_areas: FloatArray
    education: FloatArray
    n_limitations: FloatArray
    named_areas: FloatArray
    educated_areas: FloatArray

    def __post_init__(self) -> None:
        _check_rows(self, len(self.hours))


@dataclass(frozen=True)
class SeatArrays:
    """Columnar, model-ready facts about ``m`` seats.

    Parameters
    ----------
    area
        Index of the seat's task area in ``TASK_AREAS``.
    embedding
        ``(m, d)`` L2-normalised text vectors of title and description.
    demand_levels
        ``(m, len(STRAIN_COLUMNS))`` demands scaled to 0..1 (levels / 4, booleans 0 or 1,
        ``lift_kg / 25`` capped at 1); ``NaN`` where unknown.
    lift_kg, hours_min
        Heaviest regular lift (``NaN`` unknown); minimum weekly hours (``NaN`` unknown).
    consultant
        Integer code of the centre's contact consultant (-1 when unknown), same coding as citizens.
    generation, mentor_hours
        Centre generation (1 or 2); mentor hours per week the seat offers.
    hours_max, offers_mentor
        Maximum weekly hours (``NaN`` unknown); whether the seat offers a mentor.
    """

    area: IntArray
    embedding: FloatArray
    demand_levels: FloatArray
    lift_kg: FloatArray
    hours_min: FloatArray
    consultant: IntArray
    generation: NDArray[np.int8]
    mentor_hours: FloatArray
    hours_max: FloatArray
    offers_mentor: NDArray[np.bool_]

    def __post_init__(self) -> None:
        _check_rows(self, len(self.area))

    @cached_property
    def typical_demand_levels(self) -> FloatArray:
        """``demand_levels`` with each unknown filled by the mean known level of seats in the
        same task area (0.5, middling, when no seat of the area states it): a warehouse seat
        that leaves lifting unknown most likely lifts like other warehouse seats."""
        levels = self.demand_levels.astype(np.float64)
        known = ~np.isnan(levels)
        width = len(TASK_AREAS)
        out = np.empty_like(levels)
        for j in range(levels.shape[1]):
            count = np.bincount(self.area, weights=known[:, j], minlength=width)
            total = np.bincount(
                self.area, weights=np.where(known[:, j], levels[:, j], 0.0), minlength=width
            )
            typical = np.divide(total, count, out=np.full(width, 0.5), where=count > 0)
            out[:, j] = np.where(known[:, j], levels[:, j], typical[self.area])
        return out.astype(np.float32)


def _check_rows(obj: object, n: int) -> None:
    for f in fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        if len(value) != n:
            raise ValueError(f"{type(obj).__name__}.{f.name} has {len(value)} rows, expected {n}")


def _relatedness() -> NDArray[np.float32]:
    """``(areas, areas)`` 1 where two different task areas are related."""
    out = np.zeros((len(TASK_AREAS), len(TASK_AREAS)), np.float32)
    for group in RELATED_AREAS:
        for a in group:
            for b in group:
                if a != b:
                    out[_AREA_INDEX[a], _AREA_INDEX[b]] = 1.0
    return out


_RELATED: Final[NDArray[np.float32]] = _relatedness()


def area_index(area: str) -> int:
    """Index of a task area in ``TASK_AREAS`` (``KeyError`` for an unknown area)."""
    return _AREA_INDEX[area]


def _rowwise_dot(
    a: FloatArray, b: FloatArray, ai: IntArray, bi: IntArray, chunk: int
) -> FloatArray:
    """``sum(a[ai] * b[bi], axis=1)`` in chunks so memory stays bounded for millions of pairs."""
    out = np.empty(len(ai), dtype=np.float32)
    for start in range(0, len(ai), chunk):
        stop = start + chunk
        out[start:stop] = np.einsum("ij,ij->i", a[ai[start:stop]], b[bi[start:stop]])
    return out


def pair_features(
    citizens: CitizenArrays,
    seats: SeatArrays,
    citizen_idx: NDArray[np.integer],
    seat_idx: NDArray[np.integer],
    travel_minutes: NDArray[np.floating],
    *,
    chunk: int = 65536,
) -> FloatArray:
    """Feature matrix ``(n_pairs, len(FEATURE_NAMES))`` for the given pairs.

    ``travel_minutes`` is per pair (from :func:`features.rules.evaluate_pairs` or a travel matrix),
    so travel time is computed once and shared with the hard rules.
    """
    ci = np.asarray(citizen_idx, dtype=np.int64)
    si = np.asarray(seat_idx, dtype=np.int64)
    if ci.shape != si.shape or ci.ndim != 1:
        raise ValueError("citizen_idx and seat_idx must be 1-d arrays of the same length")
    travel = np.asarray(travel_minutes, dtype=np.float32)
    if travel.shape != ci.shape:
        raise ValueError("travel_minutes must have one value per pair")
    n = len(ci)
    out = np.empty((n, len(FEATURE_NAMES)), dtype=np.float32)
    area = seats.area[si]

    years = citizens.experience[ci, area]
    out[:, 0] = np.log1p(years)
    out[:, 1] = years > 0
    interest = citizens.interest[ci, area]
    out[:, 2] = interest
    out[:, 3] = (interest > 0) & (interest >= citizens.interest.max(axis=1)[ci])
    out[:, 4] = _rowwise_dot(citizens.embedding, seats.embedding, ci, si, chunk)

    levels = seats.typical_demand_levels
    strain = np.empty(n, dtype=np.float32)
    strain_max = np.empty(n, dtype=np.float32)
    for start in range(0, n, chunk):
        stop = start + chunk
        product = citizens.soft_icf[ci[start:stop]] * levels[si[start:stop]]
        strain[start:stop] = product.sum(axis=1)
        strain_max[start:stop] = product.max(axis=1)
    out[:, 5] = strain
    out[:, 6] = strain_max

    out[:, 7] = travel
    out[:, 8] = np.log1p(travel)
    seat_consultant = seats.consultant[si]
    out[:, 9] = (seat_consultant >= 0) & (seat_consultant == citizens.consultant[ci])
    gen2 = seats.generation[si] == 2
    out[:, 10] = gen2
    out[:, 11] = gen2 & citizens.complex[ci]
    out[:, 12] = seats.mentor_hours[si]
    hours_min = seats.hours_min[si]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(hours_min > 0, citizens.hours[ci] / hours_min, 3.0)
    out[:, 13] = np.clip(np.nan_to_num(ratio, nan=1.0), 0.0, 3.0)
    margin = citizens.lift_limit[ci] - seats.lift_kg[si]
    out[:, 14] = np.clip(np.nan_to_num(margin, nan=0.0, posinf=30.0), -30.0, 30.0)
    out[:, 15] = np.isnan(seats.demand_levels).mean(axis=1)[si]
    out[:, 16] = citizens.licence_areas[ci, area]
    out[:, 17] = citizens.education[ci]
    out[:, 18] = citizens.n_limitations[ci]
    related_years = citizens.experience @ _RELATED.T  # (citizens, areas): years in related areas
    out[:, 19] = np.log1p(related_years[ci, area])
    out[:, 20] = citizens.complex[ci] & seats.offers_mentor[si]
    with np.errstate(divide="ignore", invalid="ignore"):
        room = np.where(citizens.hours[ci] > 0, seats.hours_max[si] / citizens.hours[ci], 3.0)
    out[:, 21] = np.clip(np.nan_to_num(room, nan=1.0), 0.0, 3.0)
    out[:, 22] = (interest <= 0) & (citizens.interest.max(axis=1)[ci] > 0)
    out[:, 23] = (citizens.named_areas[ci, area] > 0) & (years <= 0)
    out[:, 24] = citizens.educated_areas[ci, area] > 0
    return out
