"""The allocation problem as fully prepared, validated numpy arrays.

An :class:`Instance` is what every solver path reads. It is built once (by ``matcher.allocate`` from a
dataset, or by :func:`from_scores` in tests and benchmarks), validated on construction so that the
solvers never meet a NaN, an out-of-range index or a duplicate arc, and then never changes: all
arrays are made read-only.

The model: citizens ``i``, seats ``s`` (each seat belongs to one centre ``k``), and arcs ``a = (i, s)``
for the pairs that pass the hard rules, each with a success probability ``p_a`` in [0, 1]. With a
per-citizen priority weight ``w_i`` the objective is ``max sum_a w_i p_a x_a`` subject to

* each citizen assigned at most once,
* seat capacity ``sum_{a at s} x_a <= seat_capacity[s]``,
* centre limit ``sum_{a at k} x_a <= centre_limit[k]`` (``-1`` = no limit),
* optional mentor budget ``sum_{a at k} arc_mentor_hours[a] x_a <= centre_mentor_budget[k]``
  (``inf`` = no budget),
* optional group quotas ``#assigned citizens of group g >= minimum_g``,
* optionally lexicographic: first place as many citizens as possible, then maximise the score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from math import gcd
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
Int32Array = npt.NDArray[np.int32]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

__all__ = [
    "Instance",
    "Quota",
    "Solution",
    "Status",
    "empty_assignment",
    "exact_unit",
    "from_scores",
    "integer_scale",
    "objective_of",
    "relative_gap",
]


def _readonly(array: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """Return ``array`` with its write flag cleared, so a frozen instance is really frozen."""
    array.setflags(write=False)
    return array


def _vector(name: str, values: npt.ArrayLike, length: int | None = None) -> npt.NDArray[Any]:
    """Convert ``values`` to a 1-D array and check its length, naming the field on error."""
    array = np.array(values, copy=True)
    if array.ndim != 1:
        raise ValueError(f"{name}: expected a 1-D array, got shape {array.shape}")
    if length is not None and array.shape[0] != length:
        raise ValueError(f"{name}: expected length {length}, got {array.shape[0]}")
    return array


def _float_vector(name: str, values: npt.ArrayLike, length: int | None = None) -> FloatArray:
    """A float64 vector with no NaN (infinities are checked by the caller where they matter)."""
    array = _vector(name, values, length)
    numeric = np.issubdtype(array.dtype, np.floating) or np.issubdtype(array.dtype, np.integer)
    if array.size and (array.dtype == np.bool_ or not numeric):
        raise ValueError(f"{name}: expected numbers, got dtype {array.dtype}")
    out = array.astype(np.float64)
    if np.isnan(out).any():
        raise ValueError(f"{name}: contains NaN at index {int(np.flatnonzero(np.isnan(out))[0])}")
    return out


def _int_vector(name: str, values: npt.ArrayLike, length: int | None = None) -> IntArray:
    """An int64 vector; float input is accepted only when every value is a whole number."""
    array = _vector(name, values, length)
    if array.size == 0:
        return array.astype(np.int64)
    if np.issubdtype(array.dtype, np.integer):
        return array.astype(np.int64)
    if np.issubdtype(array.dtype, np.floating):
        if not np.isfinite(array).all():
            raise ValueError(f"{name}: contains NaN or infinity")
        if (array != np.round(array)).any():
            bad = int(np.flatnonzero(array != np.round(array))[0])
            raise ValueError(f"{name}: expected whole numbers, got {array[bad]} at index {bad}")
        return array.astype(np.int64)
    raise ValueError(f"{name}: expected integers, got dtype {array.dtype}")


def _check_range(name: str, array: npt.NDArray[Any], low: float, high: float) -> None:
    """Raise if any value lies outside ``[low, high]``, naming the first offender."""
    if array.size == 0:
        return
    bad = np.flatnonzero((array < low) | (array > high))
    if bad.size:
        i = int(bad[0])
        raise ValueError(
            f"{name}: value {array[i]} at index {i} outside [{low}, {high}] "
            f"({bad.size} value(s) out of range)"
        )


@dataclass(frozen=True, eq=False)
class Quota:
    """At least ``minimum`` assigned citizens among ``citizens`` (e.g. those waiting > 26 weeks).

    ``citizens`` is given either as a boolean mask over all citizens or as an array of citizen
    indices; :class:`Instance` normalises it to sorted, unique int64 indices.
    """

    citizens: npt.NDArray[Any]
    minimum: int
    name: str = ""


@dataclass(frozen=True, eq=False, init=False)
class Instance:
    """A batch-allocation problem: feasible arcs with scores, capacities and side constraints.

    Parameters
    ----------
    n_citizens, n_seats
        Problem size; citizens and seats are numbered ``0 .. n-1``.
    arc_citizen, arc_seat
        The feasible pairs (one arc per pair; duplicates are rejected).
    arc_score
        Success probability of each arc, in [0, 1].
    seat_capacity
        Free places per seat (>= 0).
    seat_centre
        Centre index of each seat; default: every seat is its own centre.
    centre_limit
        Max persons per centre across its seats, ``-1`` = no limit; its length defines the number
        of centres. Default: no limits.
    arc_mentor_hours, centre_mentor_budget
        Mentor hours an arc uses from its centre's weekly budget (default 0) and the budgets
        (``inf`` = no budget, the default).
    citizen_weight
        Priority weight ``w_i >= 0`` of each citizen (default 1).
    quotas
        Group minimums, see :class:`Quota`.
    place_max_first
        Lexicographic objective: maximise the number placed, then the weighted score.

    Examples
    --------
    >>> inst = Instance(2, 1, arc_citizen=[0, 1], arc_seat=[0, 0], arc_score=[0.4, 0.7],
    ...                 seat_capacity=[1])
    >>> inst.n_arcs, inst.n_centres, float(inst.arc_value[1])
    (2, 1, 0.7)
    """

    n_citizens: int
    n_seats: int
    n_centres: int
    arc_citizen: Int32Array
    arc_seat: Int32Array
    arc_score: FloatArray
    seat_capacity: IntArray
    seat_centre: Int32Array
    centre_limit: IntArray
    arc_mentor_hours: FloatArray
    centre_mentor_budget: FloatArray
    citizen_weight: FloatArray
    quotas: tuple[Quota, ...]
    place_max_first: bool
    arc_value: FloatArray
    """Objective coefficient of each arc, ``citizen_weight[arc_citizen] * arc_score``."""

    def __init__(
        self,
        n_citizens: int,
        n_seats: int,
        arc_citizen: npt.ArrayLike,
        arc_seat: npt.ArrayLike,
        arc_score: npt.ArrayLike,
        seat_capacity: npt.ArrayLike,
        seat_centre: npt.ArrayLike | None = None,
        centre_limit: npt.ArrayLike | None = None,
        arc_mentor_hours: npt.ArrayLike | None = None,
        centre_mentor_budget: npt.ArrayLike | None = None,
        citizen_weight: npt.ArrayLike | None = None,
        quotas: Sequence[Quota] = (),
        place_max_first: bool = False,
    ) -> None:
        for name, size in (("n_citizens", n_citizens), ("n_seats", n_seats)):
            if isinstance(size, bool) or not isinstance(size, int | np.integer) or size < 0:
                raise ValueError(f"{name}: expected a non-negative integer, got {size!r}")
        n_citizens = int(n_citizens)
        n_seats = int(n_seats)
        if n_citizens >= 2**31 - 1 or n_seats >= 2**31 - 1:
            raise ValueError("n_citizens/n_seats: too large for int32 indices")

        citizens = _int_vector("arc_citizen", arc_citizen)
        n_arcs = citizens.shape[0]
        seats = _int_vector("arc_seat", arc_seat, n_arcs)
        _check_range("arc_citizen", citizens, 0, n_citizens - 1)
        _check_range("arc_seat", seats, 0, n_seats - 1)
        score = _float_vector("arc_score", arc_score, n_arcs)
        _check_range("arc_score", score, 0.0, 1.0)
        if n_arcs > 1:
            key = citizens * np.int64(max(n_seats, 1)) + seats
            key.sort()
            dup = np.flatnonzero(key[1:] == key[:-1])
            if dup.size:
                k = int(key[dup[0]])
                raise ValueError(
                    f"arc_citizen/arc_seat: duplicate arc (citizen {k // max(n_seats, 1)}, "
                    f"seat {k % max(n_seats, 1)}); {dup.size} duplicate(s)"
                )

        capacity = _int_vector("seat_capacity", seat_capacity, n_seats)
        _check_range("seat_capacity", capacity, 0, np.inf)

        if seat_centre is None:
            centre = np.arange(n_seats, dtype=np.int64)
        else:
            centre = _int_vector("seat_centre", seat_centre, n_seats)
        if centre_limit is None:
            n_centres = int(centre.max()) + 1 if centre.size else 0
            limit = np.full(n_centres, -1, dtype=np.int64)
        else:
            limit = _int_vector("centre_limit", centre_limit)
            n_centres = limit.shape[0]
        _check_range("seat_centre", centre, 0, n_centres - 1)
        _check_range("centre_limit", limit, -1, np.inf)

        if arc_mentor_hours is None:
            hours = np.zeros(n_arcs, dtype=np.float64)
        else:
            hours = _float_vector("arc_mentor_hours", arc_mentor_hours, n_arcs)
            _check_range("arc_mentor_hours", hours, 0.0, np.finfo(np.float64).max)
        if centre_mentor_budget is None:
            budget = np.full(n_centres, np.inf, dtype=np.float64)
        else:
            budget = _float_vector("centre_mentor_budget", centre_mentor_budget, n_centres)
            _check_range("centre_mentor_budget", budget, 0.0, np.inf)

        if citizen_weight is None:
            weight = np.ones(n_citizens, dtype=np.float64)
        else:
            weight = _float_vector("citizen_weight", citizen_weight, n_citizens)
            _check_range("citizen_weight", weight, 0.0, np.finfo(np.float64).max)

        prepared: list[Quota] = []
        for q, quota in enumerate(quotas):
            if not isinstance(quota, Quota):
                raise ValueError(f"quotas[{q}]: expected a Quota, got {type(quota).__name__}")
            members = np.asarray(quota.citizens)
            if members.dtype == np.bool_:
                if members.shape != (n_citizens,):
                    raise ValueError(
                        f"quotas[{q}].citizens: a boolean mask needs shape ({n_citizens},), "
                        f"got {members.shape}"
                    )
                index = np.flatnonzero(members).astype(np.int64)
            else:
                index = _int_vector(f"quotas[{q}].citizens", members)
                _check_range(f"quotas[{q}].citizens", index, 0, n_citizens - 1)
                index = np.unique(index)
            minimum = quota.minimum
            if isinstance(minimum, bool) or not isinstance(minimum, int | np.integer):
                raise ValueError(f"quotas[{q}].minimum: expected an integer, got {minimum!r}")
            if minimum < 0:
                raise ValueError(f"quotas[{q}].minimum: must be >= 0, got {minimum}")
            prepared.append(Quota(_readonly(index), int(minimum), quota.name))

        set_ = object.__setattr__
        set_(self, "n_citizens", n_citizens)
        set_(self, "n_seats", n_seats)
        set_(self, "n_centres", n_centres)
        set_(self, "arc_citizen", _readonly(citizens.astype(np.int32)))
        set_(self, "arc_seat", _readonly(seats.astype(np.int32)))
        set_(self, "arc_score", _readonly(score))
        set_(self, "seat_capacity", _readonly(capacity))
        set_(self, "seat_centre", _readonly(centre.astype(np.int32)))
        set_(self, "centre_limit", _readonly(limit))
        set_(self, "arc_mentor_hours", _readonly(hours))
        set_(self, "centre_mentor_budget", _readonly(budget))
        set_(self, "citizen_weight", _readonly(weight))
        set_(self, "quotas", tuple(prepared))
        set_(self, "place_max_first", bool(place_max_first))
        set_(self, "arc_value", _readonly(weight[citizens] * score))

    @property
    def n_arcs(self) -> int:
        """Number of feasible (citizen, seat) arcs."""
        return int(self.arc_citizen.shape[0])

    @property
    def arc_centre(self) -> Int32Array:
        """Centre index of each arc (computed on demand; not stored)."""
        return self.seat_centre[self.arc_seat]

    @property
    def has_budgets(self) -> bool:
        """True when some centre has a finite mentor budget."""
        return bool(np.isfinite(self.centre_mentor_budget).any())

    @property
    def has_quotas(self) -> bool:
        """True when some quota asks for at least one citizen."""
        return any(q.minimum > 0 for q in self.quotas)

    def __repr__(self) -> str:
        return (
            f"Instance(n_citizens={self.n_citizens}, n_seats={self.n_seats}, "
            f"n_centres={self.n_centres}, n_arcs={self.n_arcs}, budgets={self.has_budgets}, "
            f"quotas={len(self.quotas)}, place_max_first={self.place_max_first})"
        )


def from_scores(
    scores: npt.ArrayLike,
    seat_capacity: npt.ArrayLike | None = None,
    *,
    feasible: npt.ArrayLike | None = None,
    seat_centre: npt.ArrayLike | None = None,
    centre_limit: npt.ArrayLike | None = None,
    mentor_hours: npt.ArrayLike | None = None,
    centre_mentor_budget: npt.ArrayLike | None = None,
    citizen_weight: npt.ArrayLike | None = None,
    quotas: Sequence[Quota] = (),
    place_max_first: bool = False,
) -> Instance:
    """Build an :class:`Instance` from a dense citizens x seats score matrix (tests, benchmarks).

    An arc exists where ``feasible`` is true (default: where the score is not NaN). Scipy sparse
    matrices are accepted too: their stored entries are the arcs. ``mentor_hours`` may be a matrix
    of the same shape (per pair) or a vector per seat.

    Examples
    --------
    >>> inst = from_scores([[0.9, np.nan], [0.5, 0.2]], seat_capacity=[1, 1])
    >>> inst.n_arcs, inst.arc_seat.tolist()
    (3, [0, 0, 1])
    """
    if hasattr(scores, "tocoo"):
        coo = scores.tocoo()
        n_citizens, n_seats = (int(x) for x in coo.shape)
        order = np.lexsort((coo.col, coo.row))
        rows = np.asarray(coo.row)[order]
        cols = np.asarray(coo.col)[order]
        data = np.asarray(coo.data, dtype=np.float64)[order]
    else:
        matrix = np.asarray(scores, dtype=np.float64)
        if matrix.ndim != 2:
            raise ValueError(f"scores: expected a 2-D matrix, got shape {matrix.shape}")
        n_citizens, n_seats = matrix.shape
        mask = ~np.isnan(matrix) if feasible is None else np.asarray(feasible, dtype=bool)
        if mask.shape != matrix.shape:
            raise ValueError(f"feasible: expected shape {matrix.shape}, got {mask.shape}")
        rows, cols = np.nonzero(mask)
        data = matrix[rows, cols]
    capacity = np.ones(n_seats, dtype=np.int64) if seat_capacity is None else seat_capacity
    hours: npt.NDArray[Any] | None = None
    if mentor_hours is not None:
        h = np.asarray(mentor_hours, dtype=np.float64)
        if h.ndim == 2:
            hours = h[rows, cols]
        elif h.ndim == 1:
            hours = h[cols]
        else:
            raise ValueError(f"mentor_hours: expected a matrix or a per-seat vector, got {h.shape}")
    return Instance(
        n_citizens,
        n_seats,
        arc_citizen=rows,
        arc_seat=cols,
        arc_score=data,
        seat_capacity=capacity,
        seat_centre=seat_centre,
        centre_limit=centre_limit,
        arc_mentor_hours=hours,
        centre_mentor_budget=centre_mentor_budget,
        citizen_weight=citizen_weight,
        quotas=quotas,
        place_max_first=place_max_first,
    )


Status = Literal["optimal", "feasible", "infeasible", "unknown"]


@dataclass(frozen=True, eq=False)
class Solution:
    """The result of an allocation, whichever path produced it.

    Attributes
    ----------
    status
        ``"optimal"``: ``objective`` is proven optimal up to the integer scaling of the scores
        (``bound - objective`` is that tolerance, far below 1e-6 relative); ``"feasible"``: a valid
        allocation with a proven ``bound`` but a gap left when the time limit hit; ``"infeasible"``:
        proven that no allocation meets the quotas (``assignment`` is all -1); ``"unknown"``: the
        time limit hit before any valid allocation was found.
    objective
        ``sum w_i p_a`` over the chosen arcs, recomputed in float64 from the instance (never the
        solver's scaled integer).
    bound
        Proven upper bound on the optimal objective (``inf`` when none is known). With
        ``place_max_first`` both refer to the score among allocations that place the most citizens.
    gap
        ``(bound - objective) / max(|bound|, 1e-9)``; 0 when optimal, ``inf`` without a solution.
    seconds
        Wall-clock time spent.
    method
        Which path produced it, e.g. ``"min_cost_flow"``, ``"lp+cp_sat"``, ``"greedy"``.
    assignment
        For each citizen the arc index it is assigned to, or -1.
    """

    status: Status
    objective: float
    bound: float
    gap: float
    seconds: float
    method: str
    assignment: Int32Array

    @property
    def n_assigned(self) -> int:
        """How many citizens got a seat."""
        return int(np.count_nonzero(self.assignment >= 0))

    def chosen_arcs(self) -> Int32Array:
        """Indices of the chosen arcs, in citizen order."""
        return self.assignment[self.assignment >= 0]

    def seat_of_citizen(self, instance: Instance) -> Int32Array:
        """For each citizen the seat index it is assigned to, or -1."""
        out = np.full(self.assignment.shape[0], -1, dtype=np.int32)
        placed = self.assignment >= 0
        out[placed] = instance.arc_seat[self.assignment[placed]]
        return out


def relative_gap(objective: float, bound: float) -> float:
    """``(bound - objective) / max(|bound|, 1e-9)``, clipped at 0; ``inf`` for a missing side."""
    if not (np.isfinite(objective) and np.isfinite(bound)):
        return float("inf")
    return max(0.0, (bound - objective) / max(abs(bound), 1e-9))


def objective_of(instance: Instance, assignment: npt.NDArray[Any]) -> float:
    """The exact float objective of an assignment (citizen -> arc index or -1)."""
    chosen = assignment[assignment >= 0]
    return float(instance.arc_value[chosen].sum(dtype=np.float64))


def integer_scale(values: FloatArray, max_scaled: float) -> tuple[float, bool]:
    """A scale ``S`` that turns ``values`` into integers, and whether it does so exactly.

    Scores usually carry a few decimals and weights like 1.5, so a power of ten often makes every
    ``S * v`` a whole number; then integer solvers are exact. Otherwise ``S`` is the largest scale
    with ``S * max|v| <= max_scaled`` and the caller must account for rounding (at most ``1/(2S)``
    per chosen arc).
    """
    finite = values[np.isfinite(values)]
    peak = float(np.abs(finite).max()) if finite.size else 0.0
    if peak == 0.0:
        return 1.0, True
    for digits in range(10):
        scale = 10.0**digits
        if scale * peak > max_scaled:
            break
        scaled = finite * scale
        if np.all(np.abs(scaled - np.rint(scaled)) <= 1e-9 * np.maximum(1.0, np.abs(scaled))):
            return scale, True
    return max_scaled / peak, False


def exact_unit(values: FloatArray, max_unit: float) -> int | None:
    """The smallest whole number ``q <= max_unit`` making every ``q * value`` whole, if any.

    Used for mentor hours: 1.5 h and 2.25 h need ``q = 4`` (quarter hours). Values are read as
    fractions with denominators up to 10**4; ``None`` when no such ``q`` exists within the cap.
    """
    distinct = np.unique(values[np.isfinite(values)])
    unit = 1
    for value in distinct.tolist():
        frac = Fraction(value).limit_denominator(10**4)
        if abs(float(frac) - value) > 1e-9 * max(1.0, abs(value)):
            return None
        unit = unit * frac.denominator // gcd(unit, frac.denominator)
        if unit > max_unit:
            return None
    return unit


def empty_assignment(instance: Instance) -> Int32Array:
    """An assignment that places nobody."""
    return np.full(instance.n_citizens, -1, dtype=np.int32)
