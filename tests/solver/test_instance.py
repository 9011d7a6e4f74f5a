"""Instance construction: normalisation, read-only arrays and clear errors naming the field."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from solver.instance import Instance, Quota, from_scores, integer_scale


def _basic(**overrides: object) -> Instance:
    kwargs: dict[str, object] = dict(
        n_citizens=3,
        n_seats=2,
        arc_citizen=[0, 1, 2],
        arc_seat=[0, 0, 1],
        arc_score=[0.5, 0.25, 1.0],
        seat_capacity=[1, 2],
    )
    kwargs.update(overrides)
    return Instance(**kwargs)  # type: ignore[arg-type]


def test_defaults_and_derived_arrays() -> None:
    inst = _basic(citizen_weight=[1.0, 2.0, 0.0])
    assert inst.n_centres == 2
    assert inst.seat_centre.tolist() == [0, 1]
    assert inst.centre_limit.tolist() == [-1, -1]
    assert np.isinf(inst.centre_mentor_budget).all()
    assert inst.arc_value.tolist() == [0.5, 0.5, 0.0]
    assert inst.arc_citizen.dtype == np.int32 and inst.arc_seat.dtype == np.int32
    assert not inst.has_budgets and not inst.has_quotas


def test_arrays_are_read_only_and_copied() -> None:
    scores = np.array([0.5, 0.25, 1.0])
    inst = _basic(arc_score=scores)
    scores[0] = 0.0
    assert inst.arc_score[0] == 0.5
    with pytest.raises(ValueError):
        inst.arc_score[0] = 0.1
    with pytest.raises(AttributeError):
        inst.n_citizens = 4  # type: ignore[misc]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"arc_score": [0.5, np.nan, 1.0]}, "arc_score"),
        ({"arc_score": [0.5, 1.5, 1.0]}, "arc_score"),
        ({"arc_score": [0.5, 1.0]}, "arc_score"),
        ({"arc_citizen": [0, 1, 3]}, "arc_citizen"),
        ({"arc_seat": [0, -1, 1]}, "arc_seat"),
        ({"arc_citizen": [0, 0, 2], "arc_seat": [0, 0, 1]}, "duplicate arc"),
        ({"seat_capacity": [1, -1]}, "seat_capacity"),
        ({"seat_capacity": [1.5, 1]}, "seat_capacity"),
        ({"seat_capacity": [[1, 1]]}, "seat_capacity"),
        ({"seat_centre": [0, 2], "centre_limit": [-1, -1]}, "seat_centre"),
        ({"centre_limit": [-2, 1]}, "centre_limit"),
        ({"arc_mentor_hours": [1.0, -1.0, 0.0]}, "arc_mentor_hours"),
        ({"centre_mentor_budget": [np.nan, 1.0]}, "centre_mentor_budget"),
        ({"centre_mentor_budget": [1.0]}, "centre_mentor_budget"),
        ({"citizen_weight": [1.0, np.inf, 1.0]}, "citizen_weight"),
        ({"n_citizens": -1}, "n_citizens"),
        ({"quotas": [Quota(np.array([0, 5]), 1)]}, "quotas[0].citizens"),
        ({"quotas": [Quota(np.array([True, False]), 1)]}, "quotas[0].citizens"),
        ({"quotas": [Quota(np.array([0]), -1)]}, "quotas[0].minimum"),
    ],
)
def test_invalid_input_names_the_field(overrides: dict[str, object], field: str) -> None:
    with pytest.raises(ValueError, match=field.replace("[", r"\[").replace("]", r"\]")):
        _basic(**overrides)


def test_quota_mask_becomes_indices() -> None:
    inst = _basic(quotas=[Quota(np.array([True, False, True]), 1, "long wait")])
    assert inst.quotas[0].citizens.tolist() == [0, 2]
    assert inst.quotas[0].name == "long wait"
    assert inst.has_quotas


def test_empty_instance_is_valid() -> None:
    inst = Instance(0, 0, [], [], [], [])
    assert inst.n_arcs == 0 and inst.n_centres == 0


def test_from_scores_dense_sparse_and_mentor_hours() -> None:
    dense = np.array([[0.9, np.nan], [0.5, 0.2]])
    a = from_scores(dense, [1, 1], mentor_hours=[2.0, 3.0], centre_mentor_budget=[4.0, 4.0])
    assert a.arc_seat.tolist() == [0, 0, 1]
    assert a.arc_mentor_hours.tolist() == [2.0, 2.0, 3.0]
    b = from_scores(sp.csr_matrix(np.nan_to_num(dense)), [1, 1])
    assert b.arc_citizen.tolist() == [0, 1, 1] and b.arc_score.tolist() == [0.9, 0.5, 0.2]
    feasible = np.array([[True, True], [False, True]])
    c = from_scores(np.nan_to_num(dense), [1, 1], feasible=feasible)
    assert c.n_arcs == 3 and c.arc_score.tolist() == [0.9, 0.0, 0.2]


def test_integer_scale_finds_exact_powers_of_ten() -> None:
    assert integer_scale(np.array([0.1235, 1.5 * 0.1235]), 2**30) == (100000.0, True)
    scale, exact = integer_scale(np.array([1 / 3]), 2**20)
    assert not exact and scale == pytest.approx(3 * 2**20)
