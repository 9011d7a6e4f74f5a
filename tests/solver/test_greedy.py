"""The greedy baseline is feasible, fills quotas first and never beats the optimum."""

from __future__ import annotations

import numpy as np

from solver import Quota, from_scores, greedy, solve, violations
from tests.solver.reference import random_instance


def test_greedy_takes_best_first() -> None:
    inst = from_scores([[0.9, 0.8], [0.7, 0.1]], [1, 1])
    sol = greedy(inst)
    assert sol.seat_of_citizen(inst).tolist() == [0, 1]
    assert solve(inst).objective > sol.objective


def test_greedy_respects_every_constraint() -> None:
    for seed in range(40):
        rng = np.random.default_rng(seed)
        inst = random_instance(rng, 15, 6, budgets=True, quota=True, place_max_first=False)
        sol = greedy(inst)
        assert violations(inst, sol) == []
        best = solve(inst, time_limit=10.0)
        if sol.status == "feasible" and best.status == "optimal":
            assert sol.objective <= best.objective + 1e-9


def test_greedy_fills_quota_first() -> None:
    inst = from_scores([[0.9], [0.2]], [1], quotas=[Quota(np.array([1]), 1)])
    sol = greedy(inst)
    assert sol.status == "feasible" and sol.seat_of_citizen(inst).tolist() == [-1, 0]
    impossible = from_scores([[0.9], [np.nan]], [1], quotas=[Quota(np.array([1]), 1)])
    assert greedy(impossible).status == "unknown"
