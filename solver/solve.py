"""The entry point: :func:`solve` picks the path that proves optimality cheapest.

1. **Empty** (no citizens, no usable arc or place): optimal with objective 0, or infeasible when a
   quota asks for anyone.
2. **Capacity-only** (no quota; every mentor budget either never binds or is a head count because
   the centre's arcs all cost the same hours): exact min-cost flow (:mod:`solver.flow`).
3. **Side constraints** (knapsack-type budgets, quotas):

   a. LP relaxation with HiGHS: a rigorous dual bound, prices, an almost integral solution
      (:mod:`solver.lp`); an infeasible LP proves the quotas infeasible;
   b. incumbent: the LP solution rounded and completed greedily (quota groups first), or the
      plain greedy, whichever is better;
   c. column generation over centre patterns, priced by an exact knapsack DP per centre: a bound
      as tight as the convex hull of every centre's knapsack (the LP bound is not: it takes
      fractions of a person where a budget holds only a few), and from its master MIP a
      near-optimal allocation; repeated while time remains and the gap is open;
   d. reduced-cost fixing with both the LP and the Lagrangian prices: arcs that no allocation
      better than the incumbent can use are removed;
   e. CP-SAT on what is left (if small enough), warm-started with the incumbent, to close the gap;
   f. bound = ``min(LP bound, Lagrangian bound, max(incumbent, CP-SAT bound))``.

   With ``place_max_first`` this runs twice: first maximise the head count, then the score with
   "at least that many placed" as a constraint.

Measured (2 cores, see ``benchmarks/solver_speed.py``): 2,000 citizens / 600 seats with mentor
budgets that differ per citizen are solved to a proven gap below 1e-5 within 30 s, where
off-the-shelf MIP and CP-SAT on the full model give no usable solution.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from solver.cpsat import solve_allocation_cpsat
from solver.flow import centre_capacity, solve_min_cost_flow
from solver.greedy import BUDGET_TOLERANCE, greedy_fill, quotas_met, value_order
from solver.instance import (
    BoolArray,
    FloatArray,
    Instance,
    Int32Array,
    IntArray,
    Solution,
    Status,
    empty_assignment,
    objective_of,
    relative_gap,
)
from solver.lp import ColumnGeneration, KnapsackLagrangian, LpResult, lp_relaxation

__all__ = ["Prepared", "prepare", "solve"]

#: Relative gap under which a solution is reported as optimal.
OPTIMALITY_GAP = 1e-6
#: CP-SAT only gets the arcs left after reduced-cost fixing, and only when they are this few:
#: on larger models it spends its time in presolve (ARCHITECTURE.md, measured at 20,000 citizens).
CP_SAT_MAX_ARCS = 25_000


@dataclass(frozen=True)
class Prepared:
    """Budgets folded into the network where possible (see :func:`prepare`)."""

    capacity: IntArray
    """Head-count capacity per centre: limit, seat sum, and budgets that are head counts."""
    arc_mask: BoolArray
    """Arcs that can be used at all (a place exists, the arc's hours fit the budget)."""
    budget_centres: BoolArray
    """Centres whose budget is a real knapsack constraint (hours differ between arcs)."""


def prepare(instance: Instance) -> Prepared:
    """Reduce mentor budgets to head counts where that is exact, and drop unusable arcs.

    A budget that even the most hours-hungry arcs at full head count cannot exceed never binds.
    When every arc of a centre costs the same ``h`` hours, the budget is just one more capacity:
    at most ``floor(budget / h)`` persons. Only the remaining budgets need the knapsack machinery.
    """
    cap = centre_capacity(instance)
    arc_centre = instance.arc_centre
    mask = instance.seat_capacity[instance.arc_seat] > 0
    mask &= cap[arc_centre] > 0
    n_k = instance.n_centres
    budget = instance.centre_mentor_budget
    finite = np.isfinite(budget)
    if not finite.any():
        return Prepared(capacity=cap, arc_mask=mask, budget_centres=np.zeros(n_k, dtype=bool))
    hours = instance.arc_mentor_hours
    mask &= hours <= budget[arc_centre] + BUDGET_TOLERANCE
    sel = mask & finite[arc_centre]
    k = arc_centre[sel]
    h = hours[sel]
    h_max = np.zeros(n_k)
    np.maximum.at(h_max, k, h)
    h_min = np.full(n_k, np.inf)
    np.minimum.at(h_min, k, h)
    arcs_per_centre = np.bincount(k, minlength=n_k)
    most = np.minimum(cap, arcs_per_centre)
    never_binds = h_max * most <= budget + BUDGET_TOLERANCE
    budget_centres = finite & ~never_binds & (arcs_per_centre > 0)
    uniform = budget_centres & (h_min == h_max) & (h_max > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        heads = np.floor(budget / np.where(uniform, h_max, 1.0) + 1e-9)
    cap = cap.copy()
    cap[uniform] = np.minimum(cap[uniform], heads[uniform].astype(np.int64))
    budget_centres &= ~uniform
    return Prepared(
        capacity=cap, arc_mask=mask & (cap[arc_centre] > 0), budget_centres=budget_centres
    )


def solve(
    instance: Instance,
    time_limit: float = 30.0,
    seed: int = 0,
    *,
    num_workers: int | None = None,
    gap_limit: float = OPTIMALITY_GAP,
) -> Solution:
    """Allocate citizens to seats optimally (or with a proven gap when the time limit hits).

    Parameters
    ----------
    instance
        The problem.
    time_limit
        Wall-clock seconds for the side-constraint path (the flow path needs no limit).
    seed
        Random seed for CP-SAT.
    num_workers
        CP-SAT search workers for the final proof stage (default 1, see :mod:`solver.cpsat`).
    gap_limit
        Stop early once the allocation is proven within this relative gap of the optimum
        (status ``"feasible"`` unless the gap is below 1e-6). The default insists on optimality
        until the time limit.

    Returns
    -------
    Solution
        Never raises for infeasible or empty problems: see ``Solution.status``.

    Examples
    --------
    >>> from solver.instance import from_scores, Quota
    >>> import numpy as np
    >>> inst = from_scores([[0.9, 0.8], [0.7, 0.1]], seat_capacity=[1, 1])
    >>> sol = solve(inst)
    >>> sol.status, round(sol.objective, 6), sol.method
    ('optimal', 1.5, 'min_cost_flow')
    >>> bad = from_scores([[0.9]], seat_capacity=[1], quotas=[Quota(np.array([0]), 2)])
    >>> solve(bad).status
    'infeasible'
    """
    start = time.perf_counter()
    prep = prepare(instance)
    if instance.n_citizens == 0 or not prep.arc_mask.any():
        return _empty(instance, start)
    if not prep.budget_centres.any() and not instance.has_quotas:
        sol = solve_min_cost_flow(instance, capacity=prep.capacity, arc_mask=prep.arc_mask)
        return _replace_seconds(sol, start)
    return _solve_side(instance, prep, time_limit, seed, num_workers, gap_limit, start)


def _empty(instance: Instance, start: float) -> Solution:
    """Nobody can be placed: optimal 0, unless a quota asks for someone."""
    infeasible = instance.has_quotas
    return Solution(
        status="infeasible" if infeasible else "optimal",
        objective=0.0,
        bound=float("-inf") if infeasible else 0.0,
        gap=float("inf") if infeasible else 0.0,
        seconds=time.perf_counter() - start,
        method="trivial",
        assignment=empty_assignment(instance),
    )


def _replace_seconds(sol: Solution, start: float) -> Solution:
    """The same solution with the total wall-clock time (preparation included)."""
    return Solution(
        sol.status,
        sol.objective,
        sol.bound,
        sol.gap,
        time.perf_counter() - start,
        sol.method,
        sol.assignment,
    )


@dataclass(frozen=True)
class _Phase:
    """Outcome of one optimisation phase of the side-constraint path."""

    status: Status
    assignment: Int32Array
    objective: float
    bound: float
    method: str


def _solve_side(
    instance: Instance,
    prep: Prepared,
    time_limit: float,
    seed: int,
    num_workers: int | None,
    gap_limit: float,
    start: float,
) -> Solution:
    """The side-constraint pipeline, once, or twice for the lexicographic objective."""
    deadline = start + max(0.1, time_limit)
    values = instance.arc_value
    if instance.place_max_first:
        ones = np.ones(instance.n_arcs)
        # Head counts are whole numbers: the first phase must be exact, whatever gap_limit says.
        first = _optimise(
            instance,
            ones,
            prep,
            0,
            start + 0.4 * (deadline - start),
            seed,
            num_workers,
            OPTIMALITY_GAP,
            None,
        )
        if first.status in ("infeasible", "unknown"):
            return _finish(instance, first, start)
        placed = int((first.assignment >= 0).sum())
        second = _optimise(
            instance, values, prep, placed, deadline, seed, num_workers, gap_limit, first.assignment
        )
        if second.status == "optimal" and first.status != "optimal":
            second = _Phase(
                "feasible", second.assignment, second.objective, second.bound, second.method
            )
        return _finish(instance, second, start)
    phase = _optimise(instance, values, prep, 0, deadline, seed, num_workers, gap_limit, None)
    return _finish(instance, phase, start)


def _finish(instance: Instance, phase: _Phase, start: float) -> Solution:
    """Turn a phase result into the public :class:`Solution`."""
    objective = objective_of(instance, phase.assignment)
    return Solution(
        status=phase.status,
        objective=objective,
        bound=phase.bound,
        gap=relative_gap(objective, phase.bound) if phase.status != "infeasible" else float("inf"),
        seconds=time.perf_counter() - start,
        method=phase.method,
        assignment=phase.assignment,
    )


def _feasible(instance: Instance, assignment: Int32Array, min_assigned: int) -> bool:
    """Quotas and head-count floor met (capacities and budgets are kept by construction)."""
    return quotas_met(instance, assignment) and int((assignment >= 0).sum()) >= min_assigned


def _incumbent(
    instance: Instance,
    values: FloatArray,
    prep: Prepared,
    min_assigned: int,
    orders: list[IntArray],
    hint: Int32Array | None,
) -> tuple[Int32Array | None, float]:
    """Best feasible allocation among greedy completions in the given arc orders (and the hint)."""
    best: Int32Array | None = None
    best_value = float("-inf")
    candidates: list[Int32Array] = []
    for order in orders:
        assignment = empty_assignment(instance)
        for quota in instance.quotas:
            missing = quota.minimum - int((assignment[quota.citizens] >= 0).sum())
            if missing > 0:
                member = np.zeros(instance.n_citizens, dtype=bool)
                member[quota.citizens] = True
                greedy_fill(
                    instance,
                    order,
                    assignment,
                    prep.capacity,
                    citizen_mask=member,
                    stop_after=missing,
                )
        greedy_fill(instance, order, assignment, prep.capacity)
        candidates.append(assignment)
    if hint is not None:
        completed = hint.copy()
        greedy_fill(instance, orders[0], completed, prep.capacity)
        candidates.append(completed)
    for assignment in candidates:
        if not _feasible(instance, assignment, min_assigned):
            continue
        chosen = assignment[assignment >= 0]
        value = float(values[chosen].sum())
        if value > best_value:
            best, best_value = assignment, value
    return best, best_value


def _optimise(
    instance: Instance,
    values: FloatArray,
    prep: Prepared,
    min_assigned: int,
    deadline: float,
    seed: int,
    num_workers: int | None,
    gap_limit: float,
    hint: Int32Array | None,
) -> _Phase:
    """Maximise ``sum values x`` with all side constraints (and a head-count floor)."""
    lp = lp_relaxation(
        instance,
        values,
        capacity=prep.capacity,
        arc_mask=prep.arc_mask,
        budget_centres=prep.budget_centres,
        min_assigned=min_assigned,
        time_limit=max(0.1, deadline - time.perf_counter()),
    )
    if lp.status == "infeasible":
        return _Phase("infeasible", empty_assignment(instance), 0.0, float("-inf"), "lp")
    lp_bound = lp.bound if lp.status == "optimal" else float("inf")

    usable = (
        prep.arc_mask & (values > 0)
        if min_assigned == 0 and not instance.has_quotas
        else (prep.arc_mask)
    )
    plain = value_order(instance, np.where(usable, values, -np.inf))
    plain = plain[usable[plain]]
    orders = [plain]
    if lp.status == "optimal":
        # Round the LP: integral arcs first, then fractional ones by LP value, then the rest
        # by reduced cost (the LP's own measure of how much an arc is worth).
        key = np.lexsort((-lp.reduced, -np.round(lp.x, 6)))
        orders.insert(0, lp.rows.arcs[key])
    incumbent, inc_value = _incumbent(instance, values, prep, min_assigned, orders, hint)
    bound = lp_bound
    method = "lp+rounding"
    if _proven(inc_value, bound):
        return _Phase(
            "optimal", _as_assignment(incumbent), inc_value, max(inc_value, bound), method
        )

    # Column generation on centre patterns: a much tighter bound than the LP where budgets hold
    # a few persons, and (from its master MIP) usually a near-optimal allocation.
    lag = KnapsackLagrangian(
        instance,
        values,
        capacity=prep.capacity,
        arc_mask=prep.arc_mask,
        budget_centres=prep.budget_centres,
        min_assigned=min_assigned,
    )
    cg = ColumnGeneration(lag)
    if incumbent is not None:
        cg.add_solution(_columns_of(lag, incumbent))
    multipliers = lag.start_from_lp(lp)
    method = "column_generation"
    while True:
        now = time.perf_counter()
        converged = cg.run(
            multipliers,
            now + 0.5 * max(0.0, deadline - now),
            tolerance=0.25 * OPTIMALITY_GAP * max(1.0, abs(bound)),
        )
        multipliers = cg.best_multipliers if cg.best_multipliers is not None else multipliers
        bound = min(bound, cg.best_bound)
        if _proven(inc_value, bound, gap_limit):
            break
        picked = cg.master_integer(
            min(10.0, 0.3 * (deadline - time.perf_counter())), gap=0.25 * gap_limit
        )
        if picked is not None:
            candidate = empty_assignment(instance)
            order = np.concatenate([lag.arcs[picked], _rest_by_value(instance, values, prep)])
            greedy_fill(instance, order, candidate, prep.capacity)
            if _feasible(instance, candidate, min_assigned):
                value = float(values[candidate[candidate >= 0]].sum())
                if value > inc_value:
                    incumbent, inc_value = candidate, value
        if converged or _proven(inc_value, bound, gap_limit):
            break
        if deadline - time.perf_counter() < 1.0:
            break
    if _proven(inc_value, bound, gap_limit):
        early: Status = "optimal" if _proven(inc_value, bound) else "feasible"
        return _Phase(early, _as_assignment(incumbent), inc_value, max(inc_value, bound), method)

    mask, fixed_one = _reduced_cost_fixing(instance, prep, lp, lag, cg, incumbent, inc_value)
    n_free = int(np.count_nonzero(mask & ~fixed_one))
    # Building a CP-SAT model costs roughly 20 microseconds per arc; keep it inside the limit.
    remaining = deadline - time.perf_counter() - 2e-5 * n_free
    if remaining < 0.2 or n_free > CP_SAT_MAX_ARCS:
        return _fallback(instance, incumbent, inc_value, bound, method)
    cp = solve_allocation_cpsat(
        instance,
        values,
        capacity=prep.capacity,
        arc_mask=mask,
        budget_centres=prep.budget_centres,
        fixed_one=fixed_one,
        min_assigned=min_assigned,
        hint=incumbent,
        time_limit=remaining,
        seed=seed,
        num_workers=num_workers,
    )
    method += "+cp_sat"
    best, best_value = incumbent, inc_value
    if cp.status in ("optimal", "feasible"):
        value = float(values[cp.assignment[cp.assignment >= 0]].sum())
        if value > best_value:
            best, best_value = cp.assignment, value
    if cp.exact_hours:
        # The CP-SAT model holds every allocation better than the incumbent (reduced-cost fixing
        # removes only worse ones), so its bound, or its infeasibility, bounds the optimum
        # together with the incumbent.
        if cp.status == "infeasible":
            cp_bound = float("-inf")
        else:
            slack_units = 0.0 if cp.exact_objective else 0.5 * instance.n_citizens
            cp_bound = (cp.bound_scaled + slack_units) / cp.scale
        bound = min(bound, max(best_value, cp_bound))
    if best is None:
        proven = cp.status == "infeasible" and cp.exact_hours
        status: Status = "infeasible" if proven else "unknown"
        return _Phase(status, empty_assignment(instance), 0.0, bound, method)
    bound = max(bound, best_value)
    gap = relative_gap(best_value, bound)
    return _Phase(
        "optimal" if gap <= OPTIMALITY_GAP else "feasible", best, best_value, bound, method
    )


def _proven(value: float, bound: float, limit: float = OPTIMALITY_GAP) -> bool:
    """True when an allocation of this value is within ``limit`` (relative) of the bound."""
    return bool(np.isfinite(value)) and relative_gap(value, max(bound, value)) <= limit


def _as_assignment(assignment: Int32Array | None) -> Int32Array:
    """The incumbent, which :func:`_proven` guarantees exists when it is called."""
    if assignment is None:
        raise AssertionError("a proven optimum needs an allocation")
    return assignment


def _columns_of(lag: KnapsackLagrangian, assignment: Int32Array) -> IntArray:
    """Positions in the relaxation's columns of the arcs an assignment uses."""
    return np.searchsorted(lag.arcs, assignment[assignment >= 0]).astype(np.int64)


def _rest_by_value(instance: Instance, values: FloatArray, prep: Prepared) -> IntArray:
    """Usable arcs with positive value, best first (to complete a partial allocation)."""
    usable = prep.arc_mask & (values > 0)
    order = value_order(instance, np.where(usable, values, -np.inf))
    return order[usable[order]]


def _reduced_cost_fixing(
    instance: Instance,
    prep: Prepared,
    lp: LpResult,
    lag: KnapsackLagrangian,
    cg: ColumnGeneration,
    incumbent: Int32Array | None,
    inc_value: float,
) -> tuple[BoolArray, BoolArray]:
    """Arcs that no allocation better than the incumbent can use (or can skip).

    LP prices: using an arc with reduced cost ``r < 0`` caps the value at ``L_LP - |r|``, skipping
    one with ``r > 0`` at ``L_LP - r``. Lagrangian prices: using an arc caps the value at the
    Lagrangian bound with that arc forced into its centre
    (:meth:`~solver.lp.KnapsackLagrangian.forced_bounds`). An arc whose cap is below the
    incumbent is fixed.
    """
    mask = prep.arc_mask.copy()
    fixed_one = np.zeros(instance.n_arcs, dtype=bool)
    if incumbent is None:
        return mask, fixed_one
    margin = 1e-9 * (1.0 + abs(inc_value))
    if lp.status == "optimal":
        slack = lp.bound - inc_value + margin
        mask[lp.rows.arcs[-lp.reduced > slack]] = False
        fixed_one[lp.rows.arcs[lp.reduced > slack]] = True
    if cg.best_multipliers is not None:
        _, forced = lag.forced_bounds(cg.best_multipliers)
        mask[lag.arcs[forced < inc_value - margin]] = False
    fixed_one &= mask
    return mask, fixed_one


def _fallback(
    instance: Instance,
    incumbent: Int32Array | None,
    inc_value: float,
    bound: float,
    method: str,
) -> _Phase:
    """No time left for CP-SAT: report the incumbent (or nothing) with the LP bound."""
    if incumbent is None:
        return _Phase("unknown", empty_assignment(instance), 0.0, bound, method)
    bound = max(bound, inc_value)
    gap = relative_gap(inc_value, bound)
    status: Status = "optimal" if gap <= OPTIMALITY_GAP else "feasible"
    return _Phase(status, incumbent, inc_value, bound, method)
