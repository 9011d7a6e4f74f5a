"""The hard rules: the one place that decides whether a (citizen, seat) pair may be proposed.

A pair is

* ``conflict`` when a seat's demand breaks one of the citizen's effective accommodation needs
  (spec ``DATASET.md``, table "Accommodation codes"), a required licence is not evidenced, a
  complex citizen meets a generation-1 centre, or the seat's minimum hours exceed the citizen's;
* ``unverified`` when no rule is broken but some rule could not be checked because the seat
  leaves the demand it depends on unknown (a missing demand is *unknown*, not zero), or because
  a sentence of the citizen's accommodation text was not (fully) understood, so a need may be
  missing from the check;
* ``ok`` otherwise.

Everything is vectorised over pairs: seats are lowered once to a :class:`SeatTable`, citizens to a
:class:`CitizenTable`, and :func:`evaluate_pairs` checks any list of (citizen row, seat row) pairs
with a handful of numpy operations per rule. Results carry one bit per rule, so the names of the
broken and unchecked rules can be read back for any pair.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, Final

import numpy as np
from numpy.typing import NDArray

from features.needs import Need
from features.travel import transport_code, travel_minutes
from features.vocabulary import (
    ACCOMMODATION_CODES,
    ACCOMMODATIONS_OFFERED,
    BOOL_DEMANDS,
    LEVEL_DEMANDS,
    LICENCES,
    NEED_SOURCES,
)

STATUS_OK: Final[int] = 0
STATUS_UNVERIFIED: Final[int] = 1
STATUS_CONFLICT: Final[int] = 2

#: Rules that do not come from an accommodation need.
GENERATION_RULE: Final[str] = "complex_needs_generation_2"
HOURS_RULE: Final[str] = "hours_per_week"
LICENCE_RULES: Final[tuple[str, ...]] = tuple(f"licence_{lic}" for lic in LICENCES)
#: Not a rule of its own: the citizen's accommodation text holds a need-like sentence the reader
#: did not (fully) understand, so no pair of that citizen counts as verified.
UNCLEAR_NEEDS_RULE: Final[str] = "accommodations_text_unclear"

#: Every rule, in bit order of :class:`RuleResult` masks.
RULES: Final[tuple[str, ...]] = (
    *ACCOMMODATION_CODES,
    GENERATION_RULE,
    HOURS_RULE,
    *LICENCE_RULES,
    UNCLEAR_NEEDS_RULE,
)
_BIT: Final[dict[str, int]] = {name: i for i, name in enumerate(RULES)}
assert len(RULES) <= 32

#: The walking or standing level from which a seat breaks a wheelchair user's need even where
#: its building is accessible: the spec's threshold for walking and standing needs (an extension
#: of its ``wheelchair_access`` rule, which reads only the access flag).
WHEELCHAIR_ON_FOOT: Final = 3
#: Level demands and the threshold at which they break a need (spec table): need → (demand, level).
LEVEL_RULES: Final[dict[str, tuple[str, int]]] = {
    "no_prolonged_standing": ("standing", 3),
    "no_prolonged_walking": ("walking", 3),
    "no_bending": ("bending", 3),
    "no_overhead_work": ("overhead", 2),
    "limited_hand_use": ("hand_use", 3),
    "no_time_pressure": ("time_pressure", 3),
    "simple_tasks": ("task_complexity", 3),
}
#: Boolean demands that break a need when true.
BOOL_RULES: Final[dict[str, str]] = {
    "not_alone": "works_alone",
    "no_wet_work": "wet_work",
    "no_cold_environment": "cold",
    "no_chemicals": "chemicals",
    "no_driving": "driving",
}
#: Level demands that break a need unless the seat offers an accommodation: need → (demand,
#: level, offer).
OFFSET_RULES: Final[dict[str, tuple[str, int, str]]] = {
    "quiet_environment": ("noise", 3, "quiet_area"),
    "no_customer_contact": ("customer_contact", 2, "back_office_possible"),
}

_NEED_CODES: Final[tuple[str, ...]] = tuple(ACCOMMODATION_CODES)
_SOURCE_RANK: Final[dict[str, int]] = {s: i for i, s in enumerate(NEED_SOURCES)}


def effective_needs(*sources: Iterable[Need]) -> list[Need]:
    """The union of needs from several sources, one need per code.

    When a code appears more than once the strictest value wins (the smallest kg, hours or
    minutes); on a tie the earlier source is kept (text, then structured, then ICF). The order is
    the order of first appearance.
    """
    best: dict[str, Need] = {}
    for source in sources:
        for need in source:
            old = best.get(need.code)
            if (
                old is None
                or need.value is not None
                and old.value is not None
                and need.value < old.value
            ):
                best[need.code] = need
    return list(best.values())


# --- seats ---------------------------------------------------------------------------------------


def _level(seats: Sequence[Mapping[str, Any]], key: str) -> NDArray[np.float64]:
    """A demand per seat as float, NaN where the seat leaves it unknown."""
    out = np.full(len(seats), np.nan)
    for i, seat in enumerate(seats):
        value = (seat.get("demands") or {}).get(key)
        if value is not None:
            out[i] = float(value)
    return out


@dataclass(frozen=True)
class SeatTable:
    """The rule-relevant facts of many seats as columns (one row per seat).

    Unknown facts are NaN (numbers and booleans stored as 0/1) or ``known=False`` masks.
    """

    seat_ids: tuple[str, ...]
    centre_ids: tuple[str, ...]
    demand: Mapping[str, NDArray[np.float64]]  # demand key → value per seat (NaN unknown)
    hours_min: NDArray[np.float64]
    shifts_known: NDArray[np.bool_]
    has_day_shift: NDArray[np.bool_]
    offers_known: NDArray[np.bool_]
    offers: Mapping[str, NDArray[np.bool_]]  # accommodation offered → per seat
    wheelchair: NDArray[np.float64]  # 1 accessible, 0 not, NaN unknown
    licences_required: NDArray[np.uint32]  # bit per ``LICENCES`` entry
    generation: NDArray[np.int8]
    lat: NDArray[np.float64]
    lon: NDArray[np.float64]

    def __len__(self) -> int:
        return len(self.seat_ids)

    def take(self, rows: NDArray[np.int64]) -> SeatTable:
        """The seats ``rows`` (repeats allowed) as a table of their own."""
        picked: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple):
                picked[f.name] = tuple(value[r] for r in rows)
            elif isinstance(value, Mapping):
                picked[f.name] = {key: column[rows] for key, column in value.items()}
            else:
                picked[f.name] = value[rows]
        return SeatTable(**picked)

    @classmethod
    def from_centres(cls, centres: Sequence[Mapping[str, Any]]) -> SeatTable:
        """Lower centres in the dataset shape (``centres.jsonl`` objects) to columns."""
        rows = [(c, s) for c in centres for s in c.get("seats", ())]
        seats = [s for _, s in rows]
        n = len(seats)
        demand = {key: _level(seats, key) for key in ("lift_kg", *LEVEL_DEMANDS, *BOOL_DEMANDS)}
        shifts = [s.get("shifts") for s in seats]
        offered = [s.get("accommodations_offered") for s in seats]
        licences = np.zeros(n, np.uint32)
        for i, seat in enumerate(seats):
            for lic in seat.get("required_licences") or ():
                licences[i] |= np.uint32(1 << LICENCES.index(lic))
        return cls(
            seat_ids=tuple(str(s["id"]) for s in seats),
            centre_ids=tuple(str(c["id"]) for c, _ in rows),
            demand=demand,
            hours_min=np.array(
                [np.nan if s.get("hours_min") is None else float(s["hours_min"]) for s in seats],
                dtype=np.float64,
            ),
            shifts_known=np.array([s is not None for s in shifts], dtype=bool),
            has_day_shift=np.array([s is not None and "day" in s for s in shifts], dtype=bool),
            offers_known=np.array([o is not None for o in offered], dtype=bool),
            offers={
                name: np.array([o is not None and name in o for o in offered], dtype=bool)
                for name in ACCOMMODATIONS_OFFERED
            },
            wheelchair=np.array(
                [
                    np.nan
                    if s.get("wheelchair_accessible") is None
                    else float(bool(s["wheelchair_accessible"]))
                    for s in seats
                ],
                dtype=np.float64,
            ),
            licences_required=licences,
            generation=np.array([int(c["generation"]) for c, _ in rows], dtype=np.int8),
            lat=np.array([float(c["lat"]) for c, _ in rows], dtype=np.float64),
            lon=np.array([float(c["lon"]) for c, _ in rows], dtype=np.float64),
        )


# --- citizens ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CitizenRuleInput:
    """What the hard rules need to know about one citizen."""

    needs: Sequence[Need]
    hours_per_week: float
    complex: bool
    licences: Iterable[str]
    transport: str
    lat: float
    lon: float
    #: A sentence of the accommodation text was not (fully) understood: a need may be missing.
    needs_unclear: bool = False
    #: Licences of ``licences`` read only from CV sentences that are not plain statements: a
    #: seat requiring one is unverified, not ok.
    licences_unclear: Iterable[str] = ()


@dataclass(frozen=True)
class CitizenTable:
    """Rule inputs of many citizens as columns (one row per citizen)."""

    has_need: NDArray[np.bool_]  # (n, len(_NEED_CODES))
    need_value: NDArray[np.float64]  # (n, len(_NEED_CODES)); +inf where the need has no value
    hours: NDArray[np.float64]
    complex: NDArray[np.bool_]
    licences: NDArray[np.uint32]
    transport: NDArray[np.int64]
    lat: NDArray[np.float64]
    lon: NDArray[np.float64]
    needs_unclear: NDArray[np.bool_]
    licences_unclear: NDArray[np.uint32] | None = None  # bit per ``LICENCES`` entry

    def __len__(self) -> int:
        return len(self.hours)

    @classmethod
    def from_inputs(cls, inputs: Sequence[CitizenRuleInput]) -> CitizenTable:
        n, k = len(inputs), len(_NEED_CODES)
        has = np.zeros((n, k), dtype=bool)
        value = np.full((n, k), np.inf)
        licences = np.zeros(n, np.uint32)
        unclear = np.zeros(n, np.uint32)
        for i, person in enumerate(inputs):
            for lic in person.licences_unclear:
                if lic in LICENCES:
                    unclear[i] |= np.uint32(1 << LICENCES.index(lic))
            for need in person.needs:
                j = _NEED_CODES.index(need.code)
                has[i, j] = True
                if need.value is not None:
                    value[i, j] = min(value[i, j], float(need.value))
            for lic in person.licences:
                if lic in LICENCES:
                    licences[i] |= np.uint32(1 << LICENCES.index(lic))
        return cls(
            has_need=has,
            need_value=value,
            hours=np.array([float(p.hours_per_week) for p in inputs], dtype=np.float64),
            complex=np.array([bool(p.complex) for p in inputs], dtype=bool),
            licences=licences,
            transport=np.array([transport_code(p.transport) for p in inputs], dtype=np.int64),
            lat=np.array([float(p.lat) for p in inputs], dtype=np.float64),
            lon=np.array([float(p.lon) for p in inputs], dtype=np.float64),
            needs_unclear=np.array([bool(p.needs_unclear) for p in inputs], dtype=bool),
            licences_unclear=unclear,
        )


# --- results -------------------------------------------------------------------------------------


def _names(bits: int) -> list[str]:
    return [name for name, i in _BIT.items() if bits >> i & 1]


@dataclass(frozen=True)
class RuleResult:
    """Rule outcome of many pairs: status, broken and unchecked rules (bit masks), travel time."""

    status: NDArray[np.int8]
    conflict_bits: NDArray[np.uint32]
    unknown_bits: NDArray[np.uint32]
    travel_minutes: NDArray[np.float64]

    def __len__(self) -> int:
        return len(self.status)

    def broken(self, i: int) -> list[str]:
        """Names of the rules pair ``i`` breaks (accommodation codes first)."""
        return _names(int(self.conflict_bits[i]))

    def unchecked(self, i: int) -> list[str]:
        """Names of the rules pair ``i`` could not check because a demand is unknown."""
        return _names(int(self.unknown_bits[i]))

    @property
    def seat_unknown(self) -> NDArray[np.bool_]:
        """Pairs with a rule left unchecked by an unknown seat fact (not only by the citizen's
        unread text)."""
        unclear = np.uint32(1 << _BIT[UNCLEAR_NEEDS_RULE])
        return np.asarray((self.unknown_bits & ~unclear) != 0, bool)

    def subset(self, idx: NDArray[np.int64] | NDArray[np.bool_]) -> RuleResult:
        """The results of the pairs selected by ``idx`` (positions or a mask)."""
        return RuleResult(
            self.status[idx],
            self.conflict_bits[idx],
            self.unknown_bits[idx],
            self.travel_minutes[idx],
        )

    def count_broken(self) -> dict[str, int]:
        """How many pairs break each rule (rules broken by no pair are left out)."""
        out: dict[str, int] = {}
        for name, i in _BIT.items():
            count = int(np.count_nonzero(self.conflict_bits >> np.uint32(i) & np.uint32(1)))
            if count:
                out[name] = count
        return out


# --- evaluation ----------------------------------------------------------------------------------


def evaluate_pairs(
    citizens: CitizenTable,
    seats: SeatTable,
    citizen_rows: NDArray[np.int64],
    seat_rows: NDArray[np.int64],
    travel: NDArray[np.float64] | None = None,
) -> RuleResult:
    """Check every hard rule for the pairs ``(citizen_rows[k], seat_rows[k])``.

    ``travel`` may give the minutes of each pair from a supplied travel matrix; by default the
    spec's estimate from coordinates and the citizen's transport mode is used.
    """
    ci = np.asarray(citizen_rows, dtype=np.int64)
    si = np.asarray(seat_rows, dtype=np.int64)
    if ci.shape != si.shape or ci.ndim != 1:
        raise ValueError("citizen_rows and seat_rows must be 1-d arrays of the same length")
    m = len(ci)
    conflict = np.zeros(m, np.uint32)
    unknown = np.zeros(m, np.uint32)

    def mark(rule: str, broken: NDArray[np.bool_], unsure: NDArray[np.bool_] | None = None) -> None:
        bit = np.uint32(1 << _BIT[rule])
        conflict[broken] |= bit
        if unsure is not None:
            unknown[unsure & ~broken] |= bit

    if travel is None:
        minutes = travel_minutes(
            citizens.lat[ci], citizens.lon[ci], seats.lat[si], seats.lon[si], citizens.transport[ci]
        )
    else:
        minutes = np.asarray(travel, dtype=np.float64)
        if minutes.shape != ci.shape:
            raise ValueError("travel must have one value per pair")

    has = citizens.has_need
    col = {code: j for j, code in enumerate(_NEED_CODES)}

    def need(code: str) -> NDArray[np.intp]:
        """Positions of the pairs whose citizen has the need."""
        return np.flatnonzero(has[ci, col[code]])

    def level_rule(code: str, demand: str, threshold: float, offer: str | None = None) -> None:
        pos = need(code)
        if not len(pos):
            return
        level = seats.demand[demand][si[pos]]
        broken = level >= threshold
        unsure = np.isnan(level)
        if offer is not None:
            offered = seats.offers[offer][si[pos]]
            offer_known = seats.offers_known[si[pos]]
            unsure = (unsure & ~offered) | (broken & ~offer_known)
            broken = broken & offer_known & ~offered
        _set(code, pos, broken, unsure)

    def _set(
        code: str, pos: NDArray[np.intp], broken: NDArray[np.bool_], unsure: NDArray[np.bool_]
    ) -> None:
        b = np.zeros(m, bool)
        u = np.zeros(m, bool)
        b[pos] = broken
        u[pos] = unsure
        mark(code, b, u)

    # accommodation needs with a limit value
    pos = need("max_lift_kg")
    if len(pos):
        lift = seats.demand["lift_kg"][si[pos]]
        _set(
            "max_lift_kg",
            pos,
            lift > citizens.need_value[ci[pos], col["max_lift_kg"]],
            np.isnan(lift),
        )
    pos = need("max_hours_per_week")
    if len(pos):
        low = seats.hours_min[si[pos]]
        limit = citizens.need_value[ci[pos], col["max_hours_per_week"]]
        _set("max_hours_per_week", pos, low > limit, np.isnan(low))
    pos = need("max_travel_minutes")
    if len(pos):
        limit = citizens.need_value[ci[pos], col["max_travel_minutes"]]
        _set("max_travel_minutes", pos, minutes[pos] > limit, np.zeros(len(pos), bool))

    for code, (demand, threshold) in LEVEL_RULES.items():
        level_rule(code, demand, threshold)
    for code, (demand, threshold, offer) in OFFSET_RULES.items():
        level_rule(code, demand, threshold, offer)
    for code, demand in BOOL_RULES.items():
        level_rule(code, demand, 1.0)

    pos = need("day_shift_only")
    if len(pos):
        known = seats.shifts_known[si[pos]]
        _set("day_shift_only", pos, known & ~seats.has_day_shift[si[pos]], ~known)
    pos = need("flexible_breaks")
    if len(pos):
        known = seats.offers_known[si[pos]]
        _set("flexible_breaks", pos, known & ~seats.offers["flexible_breaks"][si[pos]], ~known)
    pos = need("wheelchair_access")
    if len(pos):
        # a seat whose work is walking or standing most of the shift cannot be done from a
        # wheelchair, whatever its building's access (a known level only: the access flag
        # decides what is unknown)
        access = seats.wheelchair[si[pos]]
        on_foot = (seats.demand["walking"][si[pos]] >= WHEELCHAIR_ON_FOOT) | (
            seats.demand["standing"][si[pos]] >= WHEELCHAIR_ON_FOOT
        )
        broken = (access == 0.0) | on_foot
        _set("wheelchair_access", pos, broken, np.isnan(access) & ~broken)

    # rules that do not come from a need
    mark(GENERATION_RULE, citizens.complex[ci] & (seats.generation[si] != 2))
    low = seats.hours_min[si]
    mark(HOURS_RULE, low > citizens.hours[ci], np.isnan(low))
    missing = seats.licences_required[si] & ~citizens.licences[ci]
    unclear = (
        seats.licences_required[si] & citizens.licences_unclear[ci]
        if citizens.licences_unclear is not None
        else np.zeros_like(missing)
    )
    for k, rule in enumerate(LICENCE_RULES):
        bit = np.uint32(k)
        mark(
            rule,
            (missing >> bit & np.uint32(1)).astype(bool),
            (unclear >> bit & np.uint32(1)).astype(bool),  # read from prose: confirm it
        )
    mark(UNCLEAR_NEEDS_RULE, np.zeros(m, bool), citizens.needs_unclear[ci])

    status = np.where(
        conflict != 0, STATUS_CONFLICT, np.where(unknown != 0, STATUS_UNVERIFIED, STATUS_OK)
    )
    return RuleResult(status.astype(np.int8), conflict, unknown, minutes)


def evaluate(
    citizen: CitizenRuleInput,
    seats: SeatTable,
    seat_rows: NDArray[np.int64] | None = None,
    travel: NDArray[np.float64] | None = None,
) -> RuleResult:
    """Check one citizen against many seats (all seats when ``seat_rows`` is None)."""
    rows = (
        np.arange(len(seats), dtype=np.int64)
        if seat_rows is None
        else np.asarray(seat_rows, np.int64)
    )
    table = CitizenTable.from_inputs([citizen])
    return evaluate_pairs(table, seats, np.zeros(len(rows), np.int64), rows, travel)
