"""Batch allocation of citizens to work-trial seats: a pure library on numpy arrays.

Build an :class:`Instance` (feasible arcs with scores, capacities, optional mentor budgets and
quotas), call :func:`solve`, get a :class:`Solution` with status, exact objective, proven bound and
the chosen arc per citizen; :func:`violations` re-checks any solution without a solver.
"""

from solver.cpsat import solve_gap
from solver.flow import min_cost_assignment, solve_min_cost_flow
from solver.greedy import greedy
from solver.instance import Instance, Quota, Solution, Status, from_scores
from solver.solve import solve
from solver.validation import violations

__all__ = [
    "Instance",
    "Quota",
    "Solution",
    "Status",
    "from_scores",
    "greedy",
    "min_cost_assignment",
    "solve",
    "solve_gap",
    "solve_min_cost_flow",
    "violations",
]
