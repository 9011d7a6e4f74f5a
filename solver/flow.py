"""Exact fast path: batch allocation as a min-cost flow (OR-Tools ``SimpleMinCostFlow``).

When only capacities bind (seat capacities, centre limits, and mentor budgets that reduce to a
head count), the allocation is a flow on the network

    source -> citizen (cap 1) -> seat (cap 1 per arc) -> centre (seat capacity) -> sink (centre limit)

with cost ``-round(S * w_i * p_a)`` on the citizen -> seat arcs, and the constraint matrix is
totally unimodular, so the optimal flow is integral and the allocation is optimal.

"Not assigning" must stay allowed: the source has supply ``n`` and a zero-cost bypass arc
source -> sink of capacity ``n`` takes whatever is not worth placing. With ``place_max_first`` the
bypass is left out and ``SolveMaxFlowWithMinCost`` computes the maximum flow (most citizens placed)
of minimum cost (best score among those), i.e. the lexicographic optimum.

Rounding error bound
--------------------
The solver needs integer costs, so arc values ``v_a`` are scaled by ``S`` and rounded. Each
rounding moves an arc by at most ``1/(2S)``, so for any allocation with ``k`` placed citizens the
scaled objective divided by ``S`` is within ``k/(2S)`` of the exact one. The allocation found is
optimal for the scaled problem, hence its exact objective is within ``(k* + k)/(2S)`` of the true
optimum, and ``bound = (scaled optimum + k_max/2) / S`` is a proven upper bound (``k_max`` = the
most citizens any allocation can place). When a power of ten makes every ``S * v_a`` a whole
number (scores with a few decimals, weights like 1.5) that ``S`` is used and there is no rounding
at all: ``bound == objective``. Otherwise ``S = 2**26 / max v`` and the gap is below 1e-7 relative
on realistic instances.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from ortools.graph.python import min_cost_flow

from solver.instance import (
    BoolArray,
    FloatArray,
    Instance,
    Int32Array,
    IntArray,
    Solution,
    empty_assignment,
    integer_scale,
    objective_of,
    relative_gap,
)

__all__ = [
    "FlowResult",
    "centre_capacity",
    "max_value_flow",
    "min_cost_assignment",
    "solve_min_cost_flow",
]

#: Default largest scaled arc cost. Cost scaling needs about log_5(n * C) refine phases, so larger
#: costs cost a little time; 2**26 keeps the rounding gap far below any meaningful difference.
DEFAULT_MAX_SCALED_COST = 2**26
#: OR-Tools multiplies costs by (number of nodes + 1) internally; keep that product, and any total
#: cost, far from the int64 limit.
_INT64_HEADROOM = 2**62


@dataclass(frozen=True)
class FlowResult:
    """Raw result of :func:`max_value_flow` (before it is turned into a :class:`Solution`)."""

    assignment: Int32Array
    scaled_optimum: int
    """Optimal value of the scaled integer objective, ``sum round(S * v_a)`` over chosen arcs."""
    scale: float
    exact_scaling: bool
    """True when every ``S * v_a`` was a whole number (no rounding error)."""
    n_assigned: int
    max_assignable: int
    """An upper bound on how many citizens any allocation can place (used in the error bound)."""

    def upper_bound(self) -> float:
        """Proven upper bound on the exact objective (see the module docstring)."""
        if self.exact_scaling:
            return self.scaled_optimum / self.scale
        return (self.scaled_optimum + 0.5 * self.max_assignable) / self.scale


def centre_capacity(instance: Instance) -> IntArray:
    """Head-count capacity of each centre: its limit, or the sum of its seats' capacities.

    Capped at the number of citizens so that every capacity is a small int64.
    """
    seat_cap = np.minimum(instance.seat_capacity, instance.n_citizens)
    total = np.bincount(instance.seat_centre, weights=seat_cap, minlength=instance.n_centres)
    cap = np.minimum(total.astype(np.int64), instance.n_citizens)
    limited = instance.centre_limit >= 0
    cap[limited] = np.minimum(cap[limited], instance.centre_limit[limited])
    return cap


def max_value_flow(
    instance: Instance,
    values: FloatArray | None = None,
    *,
    capacity: IntArray | None = None,
    arc_mask: BoolArray | None = None,
    max_cardinality_first: bool | None = None,
    scale: float | None = None,
    max_scaled_cost: int = DEFAULT_MAX_SCALED_COST,
) -> FlowResult:
    """Maximise ``sum values[a] x_a`` under citizen, seat and centre head-count capacities.

    Parameters
    ----------
    instance
        The problem; budgets and quotas are ignored here (the caller decides whether they bind).
    values
        Objective coefficient per arc (default ``instance.arc_value``). Negative values are allowed
        (Lagrangian prices); such arcs are only used when ``max_cardinality_first`` needs them.
    capacity
        Head-count capacity per centre (default :func:`centre_capacity`).
    arc_mask
        Arcs that may be used (default all).
    max_cardinality_first
        Place as many citizens as possible first (default ``instance.place_max_first``).
    scale
        Integer scale ``S``; default chosen from ``max_scaled_cost`` and overflow limits.
    """
    vals = instance.arc_value if values is None else np.asarray(values, dtype=np.float64)
    lexicographic = (
        instance.place_max_first if max_cardinality_first is None else bool(max_cardinality_first)
    )
    cap_centre = centre_capacity(instance) if capacity is None else np.asarray(capacity)
    usable = np.ones(instance.n_arcs, dtype=bool) if arc_mask is None else arc_mask.copy()
    usable &= instance.seat_capacity[instance.arc_seat] > 0
    usable &= cap_centre[instance.arc_centre] > 0
    if not lexicographic:
        usable &= vals > 0.0
    used = np.flatnonzero(usable)

    n_c, n_s, n_k = instance.n_citizens, instance.n_seats, instance.n_centres
    source = 0
    citizen0, seat0, centre0 = 1, 1 + n_c, 1 + n_c + n_s
    sink = centre0 + n_k
    n_nodes = sink + 1

    arc_cit = instance.arc_citizen[used]
    arc_val = vals[used]
    citizens = np.unique(arc_cit)
    seat_cap = np.minimum(instance.seat_capacity, n_c)
    max_assignable = int(min(citizens.size, int(seat_cap.sum()), int(cap_centre.sum())))

    if scale is None:
        safe = _INT64_HEADROOM // ((n_nodes + 1) * max(1, n_c) + 1)
        s, exact = integer_scale(arc_val, float(min(max_scaled_cost, max(1, safe))))
    else:
        s = scale
        exact = bool(np.all(np.rint(arc_val * s) == arc_val * s))
    costs = -np.rint(arc_val * s).astype(np.int64)

    smcf = min_cost_flow.SimpleMinCostFlow()
    # The instance arcs go in first, so flow arc j is instance arc used[j].
    smcf.add_arcs_with_capacity_and_unit_cost(
        (citizen0 + arc_cit).astype(np.int32),
        (seat0 + instance.arc_seat[used]).astype(np.int32),
        np.ones(used.size, dtype=np.int64),
        costs,
    )
    smcf.add_arcs_with_capacity_and_unit_cost(
        np.zeros(citizens.size, dtype=np.int32),
        (citizen0 + citizens).astype(np.int32),
        np.ones(citizens.size, dtype=np.int64),
        np.zeros(citizens.size, dtype=np.int64),
    )
    smcf.add_arcs_with_capacity_and_unit_cost(
        (seat0 + np.arange(n_s)).astype(np.int32),
        (centre0 + instance.seat_centre).astype(np.int32),
        seat_cap.astype(np.int64),
        np.zeros(n_s, dtype=np.int64),
    )
    smcf.add_arcs_with_capacity_and_unit_cost(
        (centre0 + np.arange(n_k)).astype(np.int32),
        np.full(n_k, sink, dtype=np.int32),
        cap_centre.astype(np.int64),
        np.zeros(n_k, dtype=np.int64),
    )
    supply = int(citizens.size)
    if not lexicographic:
        smcf.add_arc_with_capacity_and_unit_cost(source, sink, supply, 0)
    smcf.set_node_supply(source, supply)
    smcf.set_node_supply(sink, -supply)

    status = smcf.solve_max_flow_with_min_cost() if lexicographic else smcf.solve()
    if status != smcf.OPTIMAL:
        raise RuntimeError(f"min-cost flow failed with status {status}")

    flows = smcf.flows(np.arange(used.size, dtype=np.int32)) if used.size else np.zeros(0)
    chosen = used[np.asarray(flows) > 0]
    assignment = empty_assignment(instance)
    assignment[instance.arc_citizen[chosen]] = chosen.astype(np.int32)
    return FlowResult(
        assignment=assignment,
        scaled_optimum=-int(smcf.optimal_cost()),
        scale=s,
        exact_scaling=exact,
        n_assigned=int(chosen.size),
        max_assignable=int(chosen.size) if lexicographic else max_assignable,
    )


def solve_min_cost_flow(
    instance: Instance,
    *,
    capacity: IntArray | None = None,
    arc_mask: BoolArray | None = None,
    max_scaled_cost: int = DEFAULT_MAX_SCALED_COST,
) -> Solution:
    """Solve a capacity-only instance exactly; budgets and quotas of ``instance`` are ignored.

    ``capacity`` (per centre head count) and ``arc_mask`` let :func:`solver.solve.solve` pass
    mentor budgets that reduce to head counts.

    Examples
    --------
    >>> from solver.instance import from_scores
    >>> inst = from_scores([[0.9, 0.8], [0.7, 0.1]], seat_capacity=[1, 1])
    >>> sol = solve_min_cost_flow(inst)
    >>> sol.status, round(sol.objective, 6), sol.seat_of_citizen(inst).tolist()
    ('optimal', 1.5, [1, 0])
    """
    start = time.perf_counter()
    result = max_value_flow(
        instance, capacity=capacity, arc_mask=arc_mask, max_scaled_cost=max_scaled_cost
    )
    objective = objective_of(instance, result.assignment)
    bound = max(result.upper_bound(), objective)
    return Solution(
        status="optimal",
        objective=objective,
        bound=bound,
        gap=relative_gap(objective, bound),
        seconds=time.perf_counter() - start,
        method="min_cost_flow",
        assignment=result.assignment,
    )


def min_cost_assignment(cost: npt.ArrayLike) -> tuple[IntArray, int]:
    """Exact minimum-cost assignment on an integer cost matrix (rows <= columns).

    Every row is assigned to a distinct column. Integer costs need no scaling, so the result is
    exactly optimal. Used for the OR-Library linear assignment instances (a minimisation), and as
    an independent check of the flow model.

    Returns
    -------
    (column of each row, total cost)

    Examples
    --------
    >>> min_cost_assignment([[4, 1, 3], [2, 0, 5], [3, 2, 2]])
    (array([1, 0, 2]), 5)
    """
    matrix = np.asarray(cost)
    if matrix.ndim != 2 or matrix.shape[0] > matrix.shape[1]:
        raise ValueError(f"cost: expected a matrix with rows <= columns, got shape {matrix.shape}")
    if not np.issubdtype(matrix.dtype, np.integer) and (
        not np.all(np.isfinite(matrix)) or np.any(matrix != np.rint(matrix))
    ):
        raise ValueError("cost: expected whole numbers (scale the costs first)")
    matrix = matrix.astype(np.int64)
    n_rows, n_cols = matrix.shape
    if n_rows == 0:
        return np.zeros(0, dtype=np.int64), 0
    rows, cols = np.divmod(np.arange(n_rows * n_cols, dtype=np.int64), n_cols)
    smcf = min_cost_flow.SimpleMinCostFlow()
    smcf.add_arcs_with_capacity_and_unit_cost(
        rows.astype(np.int32),
        (n_rows + cols).astype(np.int32),
        np.ones(rows.size, dtype=np.int64),
        matrix.ravel(),
    )
    sink = n_rows + n_cols
    # Columns drain into one sink so that rectangular problems balance.
    smcf.add_arcs_with_capacity_and_unit_cost(
        (n_rows + np.arange(n_cols)).astype(np.int32),
        np.full(n_cols, sink, dtype=np.int32),
        np.ones(n_cols, dtype=np.int64),
        np.zeros(n_cols, dtype=np.int64),
    )
    smcf.set_nodes_supplies(
        np.append(np.arange(n_rows), sink).astype(np.int32),
        np.append(np.ones(n_rows, dtype=np.int64), -n_rows),
    )
    status = smcf.solve()
    if status != smcf.OPTIMAL:
        raise RuntimeError(f"min-cost flow failed with status {status}")
    flows = np.asarray(smcf.flows(np.arange(rows.size, dtype=np.int32)))
    chosen = np.flatnonzero(flows > 0)
    column = np.full(n_rows, -1, dtype=np.int64)
    column[rows[chosen]] = cols[chosen]
    return column, int(smcf.optimal_cost())
