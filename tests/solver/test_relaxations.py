"""Bounds are proofs: the LP dual bound, the Lagrangian bound and the forced-arc bounds must never
fall below the true optimum (checked against an independent MILP), and the knapsack DP is exact."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy.optimize import Bounds, milp

from solver import Instance, from_scores
from solver.lp import ColumnGeneration, KnapsackLagrangian, dual_bound, lp_relaxation
from solver.solve import prepare
from tests.solver.reference import _constraints, random_instance, reference_optimum


def _parts(inst: Instance) -> dict[str, np.ndarray]:
    prep = prepare(inst)
    return {
        "capacity": prep.capacity,
        "arc_mask": prep.arc_mask,
        "budget_centres": prep.budget_centres,
    }


def _cases(n: int) -> list[Instance]:
    out = []
    for seed in range(n):
        rng = np.random.default_rng(500 + seed)
        inst = random_instance(rng, 10, 6, budgets=True, quota=seed % 2 == 0, place_max_first=False)
        if inst.n_arcs and reference_optimum(inst) is not None:
            out.append(inst)
    return out


def test_lp_and_any_dual_prices_bound_the_optimum() -> None:
    for inst in _cases(30):
        ref = reference_optimum(inst)
        assert ref is not None
        lp = lp_relaxation(inst, inst.arc_value, **_parts(inst))
        assert lp.status == "optimal"
        assert lp.bound >= ref - 1e-9
        assert lp.bound == pytest.approx(float(inst.arc_value[lp.rows.arcs] @ lp.x), abs=1e-6)
        rng = np.random.default_rng(0)
        for _ in range(5):
            y = rng.random(lp.rows.rhs.size) * rng.choice([0.0, 0.5, 2.0])
            assert dual_bound(lp.rows, inst.arc_value, y)[0] >= ref - 1e-9


def test_lagrangian_bound_is_valid_and_at_least_as_tight_as_the_lp() -> None:
    for inst in _cases(30):
        ref = reference_optimum(inst)
        assert ref is not None
        parts = _parts(inst)
        lp = lp_relaxation(inst, inst.arc_value, **parts)
        lag = KnapsackLagrangian(inst, inst.arc_value, **parts)
        start = lag.start_from_lp(lp)
        bound, chosen, _ = lag.evaluate(start)
        assert ref - 1e-9 <= bound <= lp.bound + 1e-7
        rng = np.random.default_rng(1)
        for _ in range(5):
            m = rng.random(lag.n_multipliers) * rng.choice([0.0, 0.3, 1.0, 3.0])
            assert lag.evaluate(m)[0] >= ref - 1e-9


def test_forced_bounds_cover_every_allocation_using_the_arc() -> None:
    for inst in _cases(12):
        parts = _parts(inst)
        lag = KnapsackLagrangian(inst, inst.arc_value, **parts)
        lp = lp_relaxation(inst, inst.arc_value, **parts)
        rng = np.random.default_rng(2)
        for m in (lag.start_from_lp(lp), rng.random(lag.n_multipliers)):
            bound, forced = lag.forced_bounds(m)
            assert bound == pytest.approx(lag.evaluate(m)[0])
            rows = _constraints(inst)
            for col, arc in enumerate(lag.arcs.tolist()):
                lower = np.zeros(inst.n_arcs)
                lower[arc] = 1.0
                res = milp(
                    -inst.arc_value,
                    constraints=rows,
                    integrality=np.ones(inst.n_arcs),
                    bounds=Bounds(lower, 1.0),
                )
                if res.status == 0:
                    assert forced[col] >= -res.fun - 1e-9, (col, forced[col], -res.fun)


def test_knapsack_dp_is_exact_for_one_centre() -> None:
    """One budget centre, distinct citizens: the DP optimum equals brute force over subsets."""
    for seed in range(40):
        rng = np.random.default_rng(seed)
        n_arcs = int(rng.integers(1, 9))
        n_seats = int(rng.integers(1, 4))
        scores = rng.random(n_arcs).round(3)
        seat = rng.integers(0, n_seats, n_arcs)
        hours = rng.choice([0.5, 1.0, 1.5, 2.0, 3.0], n_arcs)
        cap = rng.integers(1, 3, n_seats)
        limit = int(rng.integers(1, 5))
        budget = float(rng.choice([1.5, 2.0, 3.5, 5.0]))
        inst = Instance(
            n_arcs,
            n_seats,
            np.arange(n_arcs),
            seat,
            scores,
            cap,
            seat_centre=np.zeros(n_seats, dtype=int),
            centre_limit=[limit],
            arc_mentor_hours=hours,
            centre_mentor_budget=[budget],
        )
        parts = _parts(inst)
        parts["budget_centres"] = np.array([True])
        lag = KnapsackLagrangian(inst, inst.arc_value, **parts)
        value, chosen, _ = lag.evaluate(np.zeros(lag.n_multipliers))
        best = 0.0
        usable = np.flatnonzero(parts["arc_mask"])
        for r in range(len(usable) + 1):
            for subset in itertools.combinations(usable.tolist(), r):
                s = list(subset)
                if (
                    len(s) <= limit
                    and hours[s].sum() <= budget + 1e-9
                    and all((seat[s] == j).sum() <= cap[j] for j in range(n_seats))
                ):
                    best = max(best, float(scores[s].sum()))
        assert value == pytest.approx(best, abs=1e-9)
        picked = lag.arcs[chosen]
        assert float(scores[picked].sum()) == pytest.approx(best, abs=1e-9)


def test_column_generation_brackets_the_optimum() -> None:
    for inst in _cases(10):
        ref = reference_optimum(inst)
        assert ref is not None
        parts = _parts(inst)
        lag = KnapsackLagrangian(inst, inst.arc_value, **parts)
        lp = lp_relaxation(inst, inst.arc_value, **parts)
        cg = ColumnGeneration(lag)
        cg.run(lag.start_from_lp(lp), float("inf"), tolerance=1e-9)
        assert cg.best_bound >= ref - 1e-9
        assert cg.best_bound <= lp.bound + 1e-7
        picked = cg.master_integer(10.0)
        if picked is not None and picked.size:
            cit = lag.cit[picked]
            assert np.unique(cit).size == cit.size
            assert float(lag.values[picked].sum()) <= ref + 1e-9


def test_infeasible_lp_is_reported() -> None:
    from solver import Quota

    inst = from_scores([[0.5], [0.5]], [1], quotas=[Quota(np.array([0, 1]), 2)])
    assert lp_relaxation(inst, inst.arc_value, **_parts(inst)).status == "infeasible"
