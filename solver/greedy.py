"""Greedy allocation: highest value first, respecting every constraint.

This is the baseline the benchmarks compare the exact solver with (roughly how a team leader would
allocate by hand: best match first). :func:`greedy_fill` is also used by the side-constraint path
to complete a partial allocation (rounding of an LP solution) into a good feasible one.
"""

from __future__ import annotations

import time

import numpy as np

from solver.flow import centre_capacity
from solver.instance import (
    BoolArray,
    FloatArray,
    Instance,
    Int32Array,
    IntArray,
    Solution,
    empty_assignment,
    objective_of,
)

__all__ = ["BUDGET_TOLERANCE", "Residual", "greedy", "greedy_fill", "quotas_met"]

#: Mentor budgets are floats; a budget counts as kept when use <= budget + this (absolute hours).
BUDGET_TOLERANCE = 1e-9


class Residual:
    """What is left of each capacity and budget after a partial assignment (mutable scratch)."""

    def __init__(self, instance: Instance, assignment: Int32Array, capacity: IntArray) -> None:
        chosen = assignment[assignment >= 0]
        seats = instance.arc_seat[chosen]
        centres = instance.seat_centre[seats]
        self.seat = (
            np.minimum(instance.seat_capacity, instance.n_citizens)
            - np.bincount(seats, minlength=instance.n_seats)
        ).tolist()
        self.centre = (capacity - np.bincount(centres, minlength=instance.n_centres)).tolist()
        used_hours = np.bincount(
            centres, weights=instance.arc_mentor_hours[chosen], minlength=instance.n_centres
        )
        self.budget = (instance.centre_mentor_budget - used_hours + BUDGET_TOLERANCE).tolist()
        self.free_places = int(
            min(
                np.maximum(np.asarray(self.seat), 0).sum(),
                np.maximum(np.asarray(self.centre), 0).sum(),
            )
        )


def greedy_fill(
    instance: Instance,
    order: IntArray,
    assignment: Int32Array,
    capacity: IntArray | None = None,
    *,
    citizen_mask: BoolArray | None = None,
    stop_after: int | None = None,
) -> int:
    """Add arcs to ``assignment`` (in place) in the given order wherever every constraint allows.

    Parameters
    ----------
    order
        Arc indices in the order to try them.
    capacity
        Head-count capacity per centre (default: limits and seat sums).
    citizen_mask
        Only citizens where this is true may be added (used to fill quotas first).
    stop_after
        Stop after adding this many arcs.

    Returns
    -------
    How many arcs were added.
    """
    cap = centre_capacity(instance) if capacity is None else capacity
    residual = Residual(instance, assignment, cap)
    if residual.free_places <= 0:
        return 0
    free = (assignment < 0) if citizen_mask is None else (assignment < 0) & citizen_mask
    free_list = free.tolist()
    limit = residual.free_places if stop_after is None else min(stop_after, residual.free_places)
    citizens = instance.arc_citizen[order].tolist()
    seats = instance.arc_seat[order].tolist()
    centres = instance.seat_centre[instance.arc_seat[order]].tolist()
    hours = instance.arc_mentor_hours[order].tolist()
    arcs = order.tolist()
    seat_left, centre_left, budget_left = residual.seat, residual.centre, residual.budget
    added = 0
    for a, i, s, k, h in zip(arcs, citizens, seats, centres, hours, strict=True):
        if free_list[i] and seat_left[s] > 0 and centre_left[k] > 0 and budget_left[k] >= h:
            free_list[i] = False
            seat_left[s] -= 1
            centre_left[k] -= 1
            budget_left[k] -= h
            assignment[i] = a
            added += 1
            if added >= limit:
                break
    return added


def quotas_met(instance: Instance, assignment: Int32Array) -> bool:
    """True when every quota has at least its minimum of assigned citizens."""
    placed = assignment >= 0
    return all(int(placed[q.citizens].sum()) >= q.minimum for q in instance.quotas)


def value_order(instance: Instance, values: FloatArray | None = None) -> IntArray:
    """Arc indices by decreasing value (ties: lower arc index first), as int64."""
    vals = instance.arc_value if values is None else values
    return np.argsort(-vals, kind="stable").astype(np.int64)


def greedy(instance: Instance) -> Solution:
    """Greedy baseline: quota groups first (best arcs of their members), then best value first.

    With ``place_max_first`` the order is the same (a greedy has no notion of "most placed"
    beyond filling every place it can). Status is ``"feasible"`` when the quotas are met, else
    ``"unknown"``; the greedy proves no bound (``bound = inf``).

    Examples
    --------
    >>> from solver.instance import from_scores
    >>> inst = from_scores([[0.9, 0.8], [0.7, 0.1]], seat_capacity=[1, 1])
    >>> sol = greedy(inst)
    >>> round(sol.objective, 6), sol.seat_of_citizen(inst).tolist()
    (1.0, [0, 1])
    """
    start = time.perf_counter()
    assignment = empty_assignment(instance)
    cap = centre_capacity(instance)
    order = value_order(instance)
    for quota in instance.quotas:
        missing = quota.minimum - int((assignment[quota.citizens] >= 0).sum())
        if missing > 0:
            mask = np.zeros(instance.n_citizens, dtype=bool)
            mask[quota.citizens] = True
            greedy_fill(instance, order, assignment, cap, citizen_mask=mask, stop_after=missing)
    greedy_fill(instance, order, assignment, cap)
    objective = objective_of(instance, assignment)
    return Solution(
        status="feasible" if quotas_met(instance, assignment) else "unknown",
        objective=objective,
        bound=float("inf"),
        gap=float("inf"),
        seconds=time.perf_counter() - start,
        method="greedy",
        assignment=assignment,
    )
