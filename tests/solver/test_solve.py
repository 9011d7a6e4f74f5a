"""solve(): optimal against an independent MILP, statuses for empty and infeasible input."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings

from solver import Instance, Quota, from_scores, greedy, solve, solve_min_cost_flow, violations
from solver.cpsat import solve_allocation_cpsat
from solver.flow import centre_capacity
from solver.solve import prepare
from tests.solver.reference import budget_instance, instances, random_instance, reference_optimum


def _check_optimal(inst: Instance, time_limit: float = 10.0) -> None:
    sol = solve(inst, time_limit=time_limit)
    assert violations(inst, sol) == []
    ref = reference_optimum(inst)
    if ref is None:
        assert sol.status == "infeasible"
        assert sol.n_assigned == 0
    else:
        assert sol.status == "optimal", sol
        assert sol.objective == pytest.approx(ref, rel=1e-6, abs=1e-9)
        assert sol.bound >= ref - 1e-9


@settings(max_examples=120, deadline=None)
@given(instances())
def test_solve_matches_milp_on_small_random_instances(inst: Instance) -> None:
    _check_optimal(inst)


@pytest.mark.parametrize("seed", range(60))
def test_side_constraints_match_milp(seed: int) -> None:
    """Medium instances with binding budgets and quotas: the LP + CP-SAT path must be exact."""
    rng = np.random.default_rng(1000 + seed)
    inst = random_instance(
        rng, 14, 7, budgets=True, quota=seed % 2 == 0, place_max_first=seed % 3 == 0
    )
    _check_optimal(inst)


def test_cp_sat_and_flow_agree_on_capacity_only_instances() -> None:
    for seed in range(15):
        rng = np.random.default_rng(seed)
        inst = random_instance(rng, 12, 6, budgets=False, quota=False, place_max_first=False)
        flow = solve_min_cost_flow(inst)
        cp = solve_allocation_cpsat(
            inst,
            inst.arc_value,
            capacity=centre_capacity(inst),
            arc_mask=np.ones(inst.n_arcs, dtype=bool),
            budget_centres=np.zeros(inst.n_centres, dtype=bool),
            time_limit=10.0,
        )
        assert cp.status == "optimal"
        cp_value = float(inst.arc_value[cp.assignment[cp.assignment >= 0]].sum())
        assert cp_value == pytest.approx(flow.objective, abs=1e-9)


def test_empty_inputs_are_optimal_zero() -> None:
    for inst in (
        Instance(0, 0, [], [], [], []),
        Instance(3, 0, [], [], [], []),
        Instance(0, 2, [], [], [], [1, 1]),
        Instance(2, 2, [], [], [], [1, 1]),
        from_scores([[0.5, 0.7]], seat_capacity=[0, 0]),
        from_scores([[0.5, 0.7]], seat_capacity=[1, 1], centre_limit=[0, 0]),
    ):
        sol = solve(inst)
        assert (sol.status, sol.objective, sol.bound, sol.n_assigned) == ("optimal", 0.0, 0.0, 0)
        assert violations(inst, sol) == []


def test_infeasible_quota_is_a_status_not_an_exception() -> None:
    # Two group members but one place: "at least two of them" cannot be met.
    inst = from_scores(
        [[0.5, 0.4], [0.9, 0.1], [0.3, 0.2]],
        seat_capacity=[1, 1],
        seat_centre=[0, 0],
        centre_limit=[1],
        quotas=[Quota(np.array([0, 2]), 2)],
    )
    sol = solve(inst)
    assert sol.status == "infeasible" and sol.n_assigned == 0
    assert violations(inst, sol) == []
    no_arcs = Instance(2, 1, [], [], [], [1], quotas=[Quota(np.array([0]), 1)])
    assert solve(no_arcs).status == "infeasible"


def test_quota_changes_the_allocation() -> None:
    scores = [[0.9], [0.2]]
    plain = solve(from_scores(scores, [1]))
    assert plain.assignment.tolist() == [0, -1]
    quota = solve(from_scores(scores, [1], quotas=[Quota(np.array([1]), 1)]))
    assert quota.status == "optimal" and quota.assignment.tolist() == [-1, 1]


def test_place_max_first_trades_score_for_head_count() -> None:
    # Citizen 0 is the best fit for both seats; citizen 1 only fits seat 0.
    scores = np.array([[0.9, 0.8], [0.1, np.nan]])
    best_score = solve(from_scores(scores, [1, 1]))
    assert best_score.objective == pytest.approx(0.9)
    most_placed = solve(from_scores(scores, [1, 1], place_max_first=True))
    assert most_placed.n_assigned == 2 and most_placed.objective == pytest.approx(0.9)
    for budget, placed in ((3.5, 2), (3.0, 1)):
        inst = from_scores(
            scores,
            [1, 1],
            mentor_hours=[[1.0, 1.5], [2.0, 0.0]],
            seat_centre=[0, 0],
            centre_mentor_budget=[budget],
            place_max_first=True,
        )
        sol = solve(inst)
        assert violations(inst, sol) == []
        assert (sol.status, sol.n_assigned) == ("optimal", placed)
        assert sol.objective == pytest.approx(0.9)


def test_uniform_mentor_hours_become_a_head_count() -> None:
    inst = from_scores(
        np.full((4, 2), 0.5),
        [3, 3],
        seat_centre=[0, 0],
        mentor_hours=[2.0, 2.0],
        centre_mentor_budget=[5.0],
    )
    prep = prepare(inst)
    assert prep.capacity.tolist() == [2] and not prep.budget_centres.any()
    sol = solve(inst)
    assert sol.method == "min_cost_flow" and sol.n_assigned == 2


def test_citizen_weights_prioritise() -> None:
    scores = [[0.5], [0.6]]
    assert solve(from_scores(scores, [1])).assignment.tolist() == [-1, 1]
    weighted = solve(from_scores(scores, [1], citizen_weight=[1.5, 1.0]))
    assert weighted.assignment.tolist() == [0, -1]


def test_solution_is_at_least_as_good_as_greedy_and_bound_holds() -> None:
    for seed in range(10):
        rng = np.random.default_rng(seed)
        inst = random_instance(rng, 30, 10, budgets=True, quota=False, place_max_first=False)
        sol, base = solve(inst, time_limit=10.0), greedy(inst)
        assert violations(inst, base) == []
        assert sol.objective >= base.objective - 1e-9
        assert sol.bound >= sol.objective


def test_non_decimal_scores_keep_a_proven_bound() -> None:
    rng = np.random.default_rng(5)
    scores = rng.random((40, 12)) / 3.0
    inst = from_scores(scores, rng.integers(1, 3, 12))
    sol = solve(inst)
    ref = reference_optimum(inst)
    assert ref is not None
    assert sol.bound >= ref - 1e-12
    assert sol.objective >= ref - 1e-6
    assert sol.gap < 1e-6


def test_time_limit_is_kept_and_the_answer_is_still_valid() -> None:
    inst = budget_instance(np.random.default_rng(3), 800, 240)
    sol = solve(inst, time_limit=1.0)
    assert sol.seconds < 1.0 + 1.5
    assert sol.status in ("optimal", "feasible")
    assert violations(inst, sol) == []
    assert sol.bound >= sol.objective > 0.0


def test_budget_instances_are_solved_to_optimality() -> None:
    for seed in range(3):
        inst = budget_instance(np.random.default_rng(seed), 45, 18)
        _check_optimal(inst)


def test_gap_limit_stops_early_with_a_proven_gap() -> None:
    inst = budget_instance(np.random.default_rng(4), 200, 60)
    loose = solve(inst, time_limit=20.0, gap_limit=0.02)
    assert violations(inst, loose) == []
    assert loose.status in ("optimal", "feasible") and loose.gap <= 0.02
