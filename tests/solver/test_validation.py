"""The solver-free checker finds every kind of violation."""

from __future__ import annotations

import numpy as np

from solver.instance import Instance, Quota, Solution
from solver.validation import violations


def _inst(**kw: object) -> Instance:
    base: dict[str, object] = dict(
        n_citizens=3,
        n_seats=2,
        arc_citizen=[0, 1, 2, 2],
        arc_seat=[0, 0, 0, 1],
        arc_score=[0.5, 0.5, 0.5, 0.25],
        seat_capacity=[2, 1],
        seat_centre=[0, 0],
        centre_limit=[-1],
    )
    base.update(kw)
    return Instance(**base)  # type: ignore[arg-type]


def _sol(inst: Instance, assignment: list[int], status: str = "feasible") -> Solution:
    a = np.array(assignment, dtype=np.int32)
    obj = float(inst.arc_value[a[a >= 0]].sum())
    return Solution(status, obj, obj + 1.0, 0.5, 0.0, "hand", a)  # type: ignore[arg-type]


def test_valid_solution_has_no_violations() -> None:
    inst = _inst()
    assert violations(inst, _sol(inst, [0, 1, 3])) == []


def test_seat_centre_budget_quota_and_arc_owner() -> None:
    assert violations(_inst(), _sol(_inst(), [0, 1, 2])) == ["seat 0: 3 assigned > capacity 2"]
    limited = _inst(centre_limit=[2])
    assert violations(limited, _sol(limited, [0, 1, 3])) == ["centre 0: 3 assigned > limit 2"]
    budget = _inst(arc_mentor_hours=[1.0, 1.5, 1.0, 2.0], centre_mentor_budget=[3.0])
    assert violations(budget, _sol(budget, [0, 1, -1])) == []
    assert violations(budget, _sol(budget, [0, 1, 3])) == ["centre 0: 4.5 mentor hours > budget 3"]
    quota = _inst(quotas=[Quota(np.array([2]), 1, "long wait")])
    assert violations(quota, _sol(quota, [0, 1, -1])) == [
        "quota 0 (long wait): 0 assigned < minimum 1"
    ]
    inst = _inst()
    problems = violations(inst, _sol(inst, [1, -1, -1]))
    assert problems == ["citizen 0: assigned arc 1 belongs to citizen 1"]


def test_objective_bound_status_and_shape_checks() -> None:
    inst = _inst()
    a = np.array([0, -1, -1], dtype=np.int32)
    wrong_obj = Solution("feasible", 0.7, 1.0, 0.3, 0.0, "hand", a)
    assert violations(inst, wrong_obj) == ["objective 0.7 != recomputed 0.5"]
    low_bound = Solution("feasible", 0.5, 0.4, 0.0, 0.0, "hand", a)
    assert violations(inst, low_bound) == ["bound 0.4 < objective 0.5"]
    false_optimal = Solution("optimal", 0.5, 1.0, 0.5, 0.0, "hand", a)
    assert violations(inst, false_optimal) == ["status optimal but gap 0.5"]
    infeasible_with_people = Solution("infeasible", 0.5, 1.0, 0.5, 0.0, "hand", a)
    assert violations(inst, infeasible_with_people) == [
        "status infeasible but 1 citizen(s) assigned"
    ]
    short = Solution("feasible", 0.0, 0.0, 0.0, 0.0, "hand", np.array([-1], dtype=np.int32))
    assert violations(inst, short) == ["assignment: shape (1,), expected (3,)"]
    missing = Solution(
        "feasible", 0.0, 0.0, 0.0, 0.0, "hand", np.array([9, -1, -1], dtype=np.int32)
    )
    assert violations(inst, missing) == ["citizen 0: arc index 9 does not exist"]
