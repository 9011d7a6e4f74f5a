"""Independent reference solutions for tiny instances (scipy MILP) and instance strategies."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp

from solver.instance import Instance, Quota


def _constraints(inst: Instance) -> list[LinearConstraint]:
    """Every constraint of the allocation as MILP rows, built straight from the definition."""
    n = inst.n_arcs
    cols = np.arange(n)
    rows: list[LinearConstraint] = []

    def group(owner: np.ndarray, size: int, weights: np.ndarray, upper: np.ndarray) -> None:
        if size == 0 or n == 0:
            return
        a = sp.csr_matrix((weights, (owner, cols)), shape=(size, n))
        rows.append(LinearConstraint(a, -np.inf, upper))

    group(inst.arc_citizen, inst.n_citizens, np.ones(n), np.ones(inst.n_citizens))
    group(inst.arc_seat, inst.n_seats, np.ones(n), inst.seat_capacity.astype(float))
    limit = np.where(inst.centre_limit >= 0, inst.centre_limit, np.inf).astype(float)
    group(inst.arc_centre, inst.n_centres, np.ones(n), limit)
    group(inst.arc_centre, inst.n_centres, inst.arc_mentor_hours, inst.centre_mentor_budget)
    for quota in inst.quotas:
        member = np.isin(inst.arc_citizen, quota.citizens).astype(float)
        rows.append(LinearConstraint(member.reshape(1, -1), quota.minimum, np.inf))
    return rows


def reference_optimum(inst: Instance) -> float | None:
    """Optimal objective by MILP (lexicographic when asked); None when infeasible."""
    n = inst.n_arcs
    if n == 0:
        return 0.0 if all(q.minimum == 0 for q in inst.quotas) else None
    rows = _constraints(inst)
    integrality = np.ones(n)
    bounds = Bounds(0, 1)
    if inst.place_max_first:
        first = milp(-np.ones(n), constraints=rows, integrality=integrality, bounds=bounds)
        if first.status == 2:
            return None
        assert first.status == 0
        count = round(-first.fun)
        rows = [*rows, LinearConstraint(np.ones((1, n)), count, count)]
    res = milp(-inst.arc_value, constraints=rows, integrality=integrality, bounds=bounds)
    if res.status == 2:
        return None
    assert res.status == 0, res.message
    return float(-res.fun)


def random_instance(
    rng: np.random.Generator,
    n_citizens: int,
    n_seats: int,
    *,
    budgets: bool,
    quota: bool,
    place_max_first: bool,
    density: float = 0.6,
) -> Instance:
    """A random small instance; budgets tight enough to bind, quotas that may be infeasible."""
    n_k = int(rng.integers(1, max(1, n_seats) + 1)) if n_seats else 0
    seat_centre = rng.integers(0, max(n_k, 1), n_seats)
    mask = rng.random((n_citizens, n_seats)) < density
    cit, seat = np.nonzero(mask)
    grid = rng.random() < 0.5
    scores = (
        rng.choice([0.0, 0.1, 0.25, 0.5, 0.75, 1.0], cit.size) if grid else rng.random(cit.size)
    )
    hours = budget = None
    if budgets:
        hours = rng.choice([0.0, 0.5, 1.0, 1.5, 2.5, 3.0], cit.size)
        budget = rng.choice([np.inf, 0.0, 1.0, 2.0, 3.5, 5.0], n_k)
    quotas: list[Quota] = []
    if quota and n_citizens:
        members = rng.random(n_citizens) < 0.5
        quotas.append(Quota(members, int(rng.integers(0, 5))))
    return Instance(
        n_citizens,
        n_seats,
        arc_citizen=cit,
        arc_seat=seat,
        arc_score=scores,
        seat_capacity=rng.choice([0, 1, 1, 2, 3], n_seats),
        seat_centre=seat_centre,
        centre_limit=rng.integers(-1, 3, n_k),
        arc_mentor_hours=hours,
        centre_mentor_budget=budget,
        citizen_weight=rng.choice([0.0, 1.0, 1.0, 1.5, 2.0], n_citizens),
        quotas=quotas,
        place_max_first=place_max_first,
    )


@st.composite
def instances(
    draw: st.DrawFn,
    *,
    budgets: bool = True,
    quotas: bool = True,
    lexicographic: bool = True,
    max_citizens: int = 8,
    max_seats: int = 5,
) -> Instance:
    """Small random instances with every feature the model has (sizes drawn by hypothesis)."""
    return random_instance(
        np.random.default_rng(draw(st.integers(0, 2**32 - 1))),
        draw(st.integers(0, max_citizens)),
        draw(st.integers(0, max_seats)),
        budgets=budgets and draw(st.booleans()),
        quota=quotas and draw(st.booleans()),
        place_max_first=lexicographic and draw(st.booleans()),
        density=draw(st.sampled_from([0.3, 0.6, 1.0])),
    )


def budget_instance(rng: np.random.Generator, n_citizens: int, n_seats: int) -> Instance:
    """A harder instance: ~3 seats per centre, mentor budgets of 1-2.2 hours per place and hours
    that differ per citizen (1.5x for complex problems), each citizen feasible for ~30 seats."""
    n_centres = max(1, n_seats // 3)
    seat_centre = rng.integers(0, n_centres, n_seats)
    mask = rng.random((n_citizens, n_seats)) < min(1.0, 30 / max(n_seats, 1))
    cit, seat = np.nonzero(mask)
    scores = np.round(rng.random(cit.size), 3)
    capacity = rng.choice([1, 1, 2, 3], n_seats)
    places = np.bincount(seat_centre, weights=capacity, minlength=n_centres)
    budget = np.round(np.maximum(2.0, places * rng.uniform(1.0, 2.2, n_centres)) * 2) / 2
    complex_citizen = rng.random(n_citizens) < 0.35
    hours = rng.choice([1.0, 1.5, 2.0, 3.0, 4.0], n_seats)[seat]
    hours = hours * np.where(complex_citizen[cit], 1.5, 1.0)
    return Instance(
        n_citizens,
        n_seats,
        arc_citizen=cit,
        arc_seat=seat,
        arc_score=scores,
        seat_capacity=capacity,
        seat_centre=seat_centre,
        centre_limit=np.full(n_centres, -1),
        arc_mentor_hours=hours,
        centre_mentor_budget=budget,
        citizen_weight=rng.choice([1.0, 1.5], n_citizens),
    )
