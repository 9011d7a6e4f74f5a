"""Min-cost flow path: exact against scipy's assignment solvers and the published OR-Library optimum."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from solver import from_scores, min_cost_assignment, solve_min_cost_flow, violations
from solver.flow import max_value_flow
from solver.orlib import read_assignment
from tests.solver.reference import reference_optimum

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"


def test_assign100_reaches_the_published_optimum() -> None:
    cost = read_assignment(DATA / "orlib-assign" / "assign100.txt.gz")
    column, total = min_cost_assignment(cost)
    assert total == 305
    assert sorted(column.tolist()) == list(range(100))
    assert int(cost[np.arange(100), column].sum()) == 305


@pytest.mark.parametrize("shape", [(1, 1), (5, 5), (7, 12), (30, 30)])
def test_min_cost_assignment_matches_scipy(shape: tuple[int, int]) -> None:
    rng = np.random.default_rng(sum(shape))
    cost = rng.integers(-50, 100, shape)
    column, total = min_cost_assignment(cost)
    rows, cols = linear_sum_assignment(cost)
    assert total == int(cost[rows, cols].sum())
    assert len(set(column.tolist())) == shape[0]
    assert int(cost[np.arange(shape[0]), column].sum()) == total


def test_min_cost_assignment_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="rows <= columns"):
        min_cost_assignment(np.zeros((3, 2), dtype=int))
    with pytest.raises(ValueError, match="whole numbers"):
        min_cost_assignment([[0.5]])


@pytest.mark.parametrize("seed", range(8))
def test_flow_matches_seat_expanded_linear_sum_assignment(seed: int) -> None:
    """Without centre limits the allocation is an assignment on copies of the seats."""
    rng = np.random.default_rng(seed)
    n_c, n_s = 40, 15
    scores = np.where(rng.random((n_c, n_s)) < 0.4, rng.random((n_c, n_s)), np.nan)
    capacity = rng.integers(0, 4, n_s)
    inst = from_scores(scores, capacity, citizen_weight=rng.choice([1.0, 1.5], n_c))
    sol = solve_min_cost_flow(inst)
    assert violations(inst, sol) == []
    columns = np.repeat(np.arange(n_s), capacity)
    value = np.nan_to_num(scores[:, columns]) * inst.citizen_weight[:, None]
    rows, cols = linear_sum_assignment(value, maximize=True)
    assert sol.objective == pytest.approx(value[rows, cols].sum(), abs=1e-9)


def test_centre_limits_bind() -> None:
    rng = np.random.default_rng(3)
    scores = rng.random((20, 6))
    inst = from_scores(scores, [3] * 6, seat_centre=[0, 0, 0, 1, 1, 2], centre_limit=[2, -1, 1])
    sol = solve_min_cost_flow(inst)
    assert violations(inst, sol) == []
    assert sol.n_assigned == 2 + 6 + 1
    assert sol.objective == pytest.approx(reference_optimum(inst), abs=1e-9)


def test_rounding_bound_holds_for_awkward_scores() -> None:
    """With values that no power of ten makes whole, the bound still covers the true optimum."""
    rng = np.random.default_rng(11)
    scores = rng.random((25, 8)) * (1 / 3)
    inst = from_scores(scores, rng.integers(1, 3, 8))
    coarse = max_value_flow(inst, scale=10.0)
    assert not coarse.exact_scaling
    ref = reference_optimum(inst)
    assert ref is not None
    assert coarse.upper_bound() >= ref
    exact_value = float(inst.arc_value[coarse.assignment[coarse.assignment >= 0]].sum())
    # Optimal for the scaled problem: within n/S of the true optimum.
    assert exact_value >= ref - inst.n_citizens / 10.0


def test_max_cardinality_first_places_the_most() -> None:
    scores = np.array([[0.9, 0.8, np.nan], [0.05, np.nan, np.nan], [np.nan, 0.7, 0.01]])
    inst = from_scores(scores, [1, 1, 1])
    plain = max_value_flow(inst)
    lex = max_value_flow(inst, max_cardinality_first=True)
    assert plain.n_assigned == 2 and lex.n_assigned == 3
    assert lex.scaled_optimum / lex.scale == pytest.approx(0.8 + 0.05 + 0.01)


def test_zero_value_arcs_are_not_needed() -> None:
    inst = from_scores([[0.0, 0.0]], [1, 1])
    sol = solve_min_cost_flow(inst)
    assert sol.objective == 0.0 and sol.status == "optimal"
