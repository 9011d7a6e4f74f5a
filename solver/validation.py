"""Check a :class:`~solver.instance.Solution` against its instance without any solver.

Everything a solver promises is re-derived here from the arrays alone, so tests and the lead's
glue can trust an allocation without trusting the solver that produced it.
"""

from __future__ import annotations

import numpy as np

from solver.greedy import BUDGET_TOLERANCE
from solver.instance import Instance, Solution, objective_of

__all__ = ["violations"]

_STATUSES = ("optimal", "feasible", "infeasible", "unknown")


def violations(instance: Instance, solution: Solution, *, tolerance: float = 1e-6) -> list[str]:
    """List every way ``solution`` breaks ``instance``; an empty list means it is valid.

    Checked: the assignment's shape and arc indices, that each arc belongs to its citizen (so each
    citizen is placed at most once, on an existing arc), seat capacities, centre limits, mentor
    budgets, quotas (when the status claims a solution), the reported objective against an exact
    recomputation, and that the bound is not below the objective. ``tolerance`` is relative, for
    the float comparisons of objective and bound.

    Examples
    --------
    >>> from solver.instance import from_scores, Solution
    >>> import numpy as np
    >>> inst = from_scores([[0.5], [0.6]], seat_capacity=[1])
    >>> bad = Solution("feasible", 1.1, 1.1, 0.0, 0.0, "hand", np.array([0, 1], dtype=np.int32))
    >>> violations(inst, bad)
    ['seat 0: 2 assigned > capacity 1']
    """
    problems: list[str] = []
    a = np.asarray(solution.assignment)
    if solution.status not in _STATUSES:
        problems.append(f"status {solution.status!r} is not one of {_STATUSES}")
    if a.shape != (instance.n_citizens,):
        return [*problems, f"assignment: shape {a.shape}, expected ({instance.n_citizens},)"]
    if not np.issubdtype(a.dtype, np.integer):
        return [*problems, f"assignment: dtype {a.dtype} is not an integer type"]
    bad = np.flatnonzero((a < -1) | (a >= instance.n_arcs))
    if bad.size:
        return [*problems, f"citizen {int(bad[0])}: arc index {int(a[bad[0]])} does not exist"]
    placed = np.flatnonzero(a >= 0)
    chosen = a[placed]
    wrong = np.flatnonzero(instance.arc_citizen[chosen] != placed)
    for j in wrong[:5]:
        problems.append(
            f"citizen {int(placed[j])}: assigned arc {int(chosen[j])} belongs to citizen "
            f"{int(instance.arc_citizen[chosen[j]])}"
        )
    if solution.status == "infeasible" and placed.size:
        problems.append(f"status infeasible but {placed.size} citizen(s) assigned")

    seats = instance.arc_seat[chosen]
    seat_use = np.bincount(seats, minlength=instance.n_seats)
    for s in np.flatnonzero(seat_use > instance.seat_capacity)[:5]:
        problems.append(
            f"seat {int(s)}: {int(seat_use[s])} assigned > capacity {int(instance.seat_capacity[s])}"
        )
    centres = instance.seat_centre[seats]
    centre_use = np.bincount(centres, minlength=instance.n_centres)
    limited = instance.centre_limit >= 0
    for k in np.flatnonzero(limited & (centre_use > instance.centre_limit))[:5]:
        problems.append(
            f"centre {int(k)}: {int(centre_use[k])} assigned > limit {int(instance.centre_limit[k])}"
        )
    hours = np.bincount(
        centres, weights=instance.arc_mentor_hours[chosen], minlength=instance.n_centres
    )
    over = hours > instance.centre_mentor_budget + BUDGET_TOLERANCE * (
        1.0 + np.where(np.isfinite(instance.centre_mentor_budget), instance.centre_mentor_budget, 0)
    )
    for k in np.flatnonzero(over)[:5]:
        problems.append(
            f"centre {int(k)}: {hours[k]:g} mentor hours > budget "
            f"{instance.centre_mentor_budget[k]:g}"
        )
    if solution.status in ("optimal", "feasible"):
        is_placed = a >= 0
        for q, quota in enumerate(instance.quotas):
            got = int(is_placed[quota.citizens].sum())
            if got < quota.minimum:
                label = f" ({quota.name})" if quota.name else ""
                problems.append(f"quota {q}{label}: {got} assigned < minimum {quota.minimum}")

    exact = objective_of(instance, a)
    scale = tolerance * max(1.0, abs(exact))
    if not abs(solution.objective - exact) <= scale:
        problems.append(f"objective {solution.objective!r} != recomputed {exact!r}")
    if solution.status in ("optimal", "feasible") and not solution.bound >= exact - scale:
        problems.append(f"bound {solution.bound!r} < objective {exact!r}")
    if solution.status == "optimal" and not solution.gap <= 1e-6:
        problems.append(f"status optimal but gap {solution.gap!r}")
    return problems
