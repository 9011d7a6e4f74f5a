"""CP-SAT models: the allocation with side constraints, and the generalised assignment problem.

The allocation model (one Boolean per active arc) is built in named steps — variables, citizen
rows, capacity rows, budget rows, quota rows, objective, hint — following the data -> model ->
variables -> constraints -> objective -> solve shape of the OR-Tools samples. The objective is
integer-scaled (see :func:`solver.instance.integer_scale`); mentor hours are scaled to integers
exactly when a power of ten makes them whole (hours like 1.5), otherwise conservatively (hours
rounded up, budgets down) and the result says its bound is not valid for the original problem.

CP-SAT is the wrong tool for the plain assignment at scale (it drowns in presolve), so
:mod:`solver.solve` only hands it what the LP bound could not settle: the arcs left after
reduced-cost fixing, warm-started with a feasible allocation.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from ortools.sat.python import cp_model

from solver.instance import (
    BoolArray,
    FloatArray,
    Instance,
    Int32Array,
    IntArray,
    Status,
    exact_unit,
    integer_scale,
)

__all__ = ["CpSatResult", "GapResult", "default_workers", "solve_allocation_cpsat", "solve_gap"]

#: Largest scaled objective coefficient; CP-SAT's LP relaxation works in doubles, so keep it modest.
MAX_OBJECTIVE_COEFFICIENT = 2**24


def default_workers() -> int:
    """Search workers for the GAP model: one per core, at least 1 and at most 8.

    On the 2-core target more workers than cores only time-slice the same CPU; on the OR-Library
    GAP sets 2 workers beat 4 and 8 (measured), so the portfolio stays one per core.
    """
    return max(1, min(8, os.cpu_count() or 1))


_STATUS: dict[str, Status] = {
    "OPTIMAL": "optimal",
    "FEASIBLE": "feasible",
    "INFEASIBLE": "infeasible",
    "UNKNOWN": "unknown",
}


def _integer_hours(hours: FloatArray, budgets: FloatArray) -> tuple[IntArray, IntArray, bool]:
    """Scale hours and budgets to integers: exact when a small unit (e.g. quarter hours) exists.

    Otherwise hours are rounded up and budgets down in units of 1/10**4 h: the model is then
    slightly stricter than the problem, and the caller must not use its bound.
    """
    finite = np.isfinite(budgets)
    unit = exact_unit(np.concatenate([hours, budgets[finite]]), 10.0**6)
    if unit is not None:
        h = np.rint(hours * unit).astype(np.int64)
        b = np.where(finite, np.rint(np.where(finite, budgets, 0.0) * unit), -1).astype(np.int64)
        return h, b, True
    scale = 10.0**4
    h = np.ceil(hours * scale - 1e-9).astype(np.int64)
    b = np.where(finite, np.floor(np.where(finite, budgets, 0.0) * scale + 1e-9), -1)
    return h, b.astype(np.int64), False


@dataclass(frozen=True)
class CpSatResult:
    """Outcome of :func:`solve_allocation_cpsat` (scaled integers; the caller converts)."""

    status: Status
    assignment: Int32Array
    """Citizen -> arc, for the model's arcs only (fixed ones included); all -1 without solution."""
    objective_scaled: int
    bound_scaled: float
    scale: float
    exact_objective: bool
    """True when the objective was scaled without rounding."""
    exact_hours: bool
    """True when hours and budgets were scaled without rounding (the model is not stricter
    than the problem, so its bound and infeasibility are valid for the problem)."""
    seconds: float


def solve_allocation_cpsat(
    instance: Instance,
    values: FloatArray,
    *,
    capacity: IntArray,
    arc_mask: BoolArray,
    budget_centres: BoolArray,
    fixed_one: BoolArray | None = None,
    min_assigned: int = 0,
    hint: Int32Array | None = None,
    time_limit: float = 30.0,
    seed: int = 0,
    num_workers: int | None = None,
    objective_scale: float | None = None,
) -> CpSatResult:
    """Maximise ``sum values[a] x_a`` over the arcs in ``arc_mask`` with every constraint.

    Parameters
    ----------
    capacity
        Head-count capacity per centre (limits, and budgets that reduced to head counts).
    budget_centres
        Centres whose mentor budget is modelled as a knapsack row.
    fixed_one
        Arcs forced to 1 (from reduced-cost fixing).
    min_assigned
        At least this many citizens placed (phase 2 of the lexicographic objective).
    hint
        A (preferably feasible) assignment to start from.
    objective_scale
        Scale for the objective; default :func:`solver.instance.integer_scale`.
    """
    start = time.perf_counter()
    arcs = np.flatnonzero(arc_mask)
    if objective_scale is None:
        scale, exact_obj = integer_scale(values[arcs], float(MAX_OBJECTIVE_COEFFICIENT))
    else:
        scale = objective_scale
        exact_obj = bool(np.all(np.rint(values[arcs] * scale) == values[arcs] * scale))
    coef = np.rint(values[arcs] * scale).astype(np.int64)

    model = cp_model.CpModel()
    x = _add_variables(model, arcs.size)
    cit = instance.arc_citizen[arcs]
    seat = instance.arc_seat[arcs]
    centre = instance.seat_centre[seat]
    _add_citizen_constraints(model, x, cit)
    _add_capacity_constraints(model, x, seat, instance.seat_capacity)
    _add_capacity_constraints(model, x, centre, capacity)
    exact_hours = _add_budget_constraints(model, x, instance, arcs, centre, budget_centres)
    _add_quota_constraints(model, x, instance, cit, min_assigned)
    if fixed_one is not None:
        for j in np.flatnonzero(fixed_one[arcs]).tolist():
            model.add(x[j] == 1)
    _add_objective(model, x, coef)
    if hint is not None:
        _add_hint(model, x, arcs, hint, cit)

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.05, float(time_limit))
    solver.parameters.random_seed = int(seed)
    # Measured on 2 cores (reduced allocation models after fixing, 700-2,600 arcs): one worker
    # with the full LP linearisation proved optimality 2-3x more often than portfolios of 2-8
    # workers, whose small portfolios miss the LP-heavy workers that close knapsack gaps. One
    # worker is also deterministic for a given seed.
    solver.parameters.num_workers = num_workers if num_workers is not None else 1
    solver.parameters.linearization_level = 2
    code = solver.solve(model)
    status = _STATUS.get(solver.status_name(code))
    if status is None:
        raise RuntimeError(f"CP-SAT rejected the model: {solver.status_name(code)}")

    assignment = np.full(instance.n_citizens, -1, dtype=np.int32)
    objective_scaled = 0
    bound_scaled = float("inf")
    if status in ("optimal", "feasible"):
        chosen = np.flatnonzero([solver.boolean_value(v) for v in x])
        assignment[cit[chosen]] = arcs[chosen].astype(np.int32)
        objective_scaled = int(round(solver.objective_value))
        bound_scaled = float(solver.best_objective_bound)
    elif status == "infeasible":
        bound_scaled = float("-inf")
    return CpSatResult(
        status=status,
        assignment=assignment,
        objective_scaled=objective_scaled,
        bound_scaled=bound_scaled,
        scale=scale,
        exact_objective=exact_obj,
        exact_hours=exact_hours,
        seconds=time.perf_counter() - start,
    )


def _add_variables(model: cp_model.CpModel, n: int) -> list[cp_model.IntVar]:
    """One Boolean per active arc."""
    return [model.new_bool_var(f"x{j}") for j in range(n)]


def _groups(keys: npt.NDArray[np.integer]) -> list[tuple[int, list[int]]]:
    """Positions grouped by key, as (key, positions) pairs."""
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    cuts = np.flatnonzero(np.diff(sorted_keys)) + 1
    out: list[tuple[int, list[int]]] = []
    for part in np.split(order, cuts):
        if part.size:
            out.append((int(keys[part[0]]), part.tolist()))
    return out


def _add_citizen_constraints(
    model: cp_model.CpModel, x: list[cp_model.IntVar], cit: npt.NDArray[np.integer]
) -> None:
    """Each citizen at most once."""
    for _, pos in _groups(cit):
        if len(pos) > 1:
            model.add_at_most_one(x[j] for j in pos)


def _add_capacity_constraints(
    model: cp_model.CpModel,
    x: list[cp_model.IntVar],
    owner: npt.NDArray[np.integer],
    capacity: npt.NDArray[np.integer],
) -> None:
    """Head counts per seat (or per centre) within capacity; rows that cannot bind are skipped."""
    for key, pos in _groups(owner):
        cap = int(capacity[key])
        if len(pos) > cap:
            model.add(sum(x[j] for j in pos) <= cap)


def _add_budget_constraints(
    model: cp_model.CpModel,
    x: list[cp_model.IntVar],
    instance: Instance,
    arcs: IntArray,
    centre: npt.NDArray[np.integer],
    budget_centres: BoolArray,
) -> bool:
    """Mentor hours per centre within budget (knapsack rows); returns whether scaling was exact."""
    hours, budgets, exact = _integer_hours(
        instance.arc_mentor_hours[arcs], instance.centre_mentor_budget
    )
    for key, pos in _groups(centre):
        if not budget_centres[key]:
            continue
        if int(hours[pos].sum()) <= budgets[key]:
            continue
        model.add(sum(int(hours[j]) * x[j] for j in pos if hours[j] > 0) <= int(budgets[key]))
    return exact


def _add_quota_constraints(
    model: cp_model.CpModel,
    x: list[cp_model.IntVar],
    instance: Instance,
    cit: npt.NDArray[np.integer],
    min_assigned: int,
) -> None:
    """Group minimums, and the head-count floor of the lexicographic second phase."""
    member = np.zeros(instance.n_citizens, dtype=bool)
    for quota in instance.quotas:
        if quota.minimum <= 0:
            continue
        member[:] = False
        member[quota.citizens] = True
        pos = np.flatnonzero(member[cit]).tolist()
        model.add(sum(x[j] for j in pos) >= quota.minimum)
    if min_assigned > 0:
        model.add(sum(x) >= min_assigned)


def _add_objective(model: cp_model.CpModel, x: list[cp_model.IntVar], coef: IntArray) -> None:
    """Maximise the integer-scaled weighted score."""
    model.maximize(cp_model.LinearExpr.weighted_sum(x, coef.tolist()))


def _add_hint(
    model: cp_model.CpModel,
    x: list[cp_model.IntVar],
    arcs: IntArray,
    hint: Int32Array,
    cit: npt.NDArray[np.integer],
) -> None:
    """Warm start: hint every variable (1 where the hint uses the arc), so the hint is complete."""
    chosen = hint[cit] == arcs
    for var, on in zip(x, chosen.tolist(), strict=True):
        model.add_hint(var, on)


@dataclass(frozen=True)
class GapResult:
    """Outcome of :func:`solve_gap` in the problem's own (integer) units."""

    status: Status
    objective: float
    bound: float
    agent_of_job: IntArray
    seconds: float

    @property
    def gap(self) -> float:
        """Relative gap between objective and bound (0 when proven optimal)."""
        if not (np.isfinite(self.objective) and np.isfinite(self.bound)):
            return float("inf")
        return abs(self.bound - self.objective) / max(abs(self.bound), 1e-9)


def solve_gap(
    cost: npt.ArrayLike,
    weight: npt.ArrayLike,
    capacity: npt.ArrayLike,
    *,
    minimise: bool = True,
    time_limit: float = 60.0,
    seed: int = 0,
    num_workers: int | None = None,
) -> GapResult:
    """Generalised assignment: every job to exactly one agent within the agents' capacities.

    ``cost``/``weight`` are agents x jobs integer matrices, ``capacity`` per agent. The objective
    (total cost) is minimised by default — the usual convention for the OR-Library GAP sets in
    their published optima tables — or maximised with ``minimise=False`` (OR-Library's own gapinfo
    reports maxima for gap1..gap12).

    Examples
    --------
    >>> r = solve_gap([[1, 9], [9, 1]], [[2, 2], [2, 2]], [2, 2])
    >>> r.status, r.objective, r.agent_of_job.tolist()
    ('optimal', 2.0, [0, 1])
    """
    start = time.perf_counter()
    c = np.asarray(cost, dtype=np.int64)
    w = np.asarray(weight, dtype=np.int64)
    cap = np.asarray(capacity, dtype=np.int64)
    if c.ndim != 2 or w.shape != c.shape or cap.shape != (c.shape[0],):
        raise ValueError(
            f"cost/weight/capacity: shapes {c.shape}, {w.shape}, {cap.shape} do not fit"
        )
    m, n = c.shape
    model = cp_model.CpModel()
    x = [[model.new_bool_var(f"x{i}_{j}") for j in range(n)] for i in range(m)]
    for j in range(n):
        model.add_exactly_one(x[i][j] for i in range(m))
    for i in range(m):
        model.add(cp_model.LinearExpr.weighted_sum(x[i], w[i].tolist()) <= int(cap[i]))
    objective = cp_model.LinearExpr.weighted_sum(
        [x[i][j] for i in range(m) for j in range(n)], c.ravel().tolist()
    )
    if minimise:
        model.minimize(objective)
    else:
        model.maximize(objective)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = float(time_limit)
    solver.parameters.random_seed = int(seed)
    solver.parameters.num_workers = num_workers if num_workers is not None else default_workers()
    code = solver.solve(model)
    status = _STATUS.get(solver.status_name(code))
    if status is None:
        raise RuntimeError(f"CP-SAT rejected the model: {solver.status_name(code)}")
    agent = np.full(n, -1, dtype=np.int64)
    value = bound = float("nan")
    if status in ("optimal", "feasible"):
        for j in range(n):
            for i in range(m):
                if solver.boolean_value(x[i][j]):
                    agent[j] = i
        value = float(solver.objective_value)
        bound = float(solver.best_objective_bound)
    return GapResult(status, value, bound, agent, time.perf_counter() - start)
