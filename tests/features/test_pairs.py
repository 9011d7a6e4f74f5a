"""Pair features: each column means what FEATURE_NAMES says, for any batch size."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.pairs_speed import random_arrays
from features.pairs import (
    FEATURE_NAMES,
    STRAIN_COLUMNS,
    CitizenArrays,
    SeatArrays,
    area_index,
    pair_features,
)
from features.vocabulary import TASK_AREAS

COL = {name: i for i, name in enumerate(FEATURE_NAMES)}
A = len(TASK_AREAS)
S = len(STRAIN_COLUMNS)


def one_citizen(**overrides: object) -> CitizenArrays:
    experience = np.zeros((1, A), np.float32)
    experience[0, area_index("warehouse")] = 3.0
    interest = np.zeros((1, A), np.float32)
    interest[0, area_index("warehouse")] = 0.6
    interest[0, area_index("shop")] = 0.4
    soft = np.zeros((1, S), np.float32)
    soft[0, STRAIN_COLUMNS.index("standing")] = 0.5
    values: dict[str, object] = dict(
        experience=experience,
        interest=interest,
        embedding=np.array([[1.0, 0.0]], np.float32),
        soft_icf=soft,
        hours=np.array([20.0], np.float32),
        lift_limit=np.array([10.0], np.float32),
        consultant=np.array([3]),
        complex=np.array([True]),
        licence_areas=np.zeros((1, A), np.float32),
        education=np.array([2.0], np.float32),
        n_limitations=np.array([1.0], np.float32),
        named_areas=np.zeros((1, len(TASK_AREAS)), np.float32),
        educated_areas=np.zeros((1, len(TASK_AREAS)), np.float32),
    )
    values.update(overrides)
    return CitizenArrays(**values)  # type: ignore[arg-type]


def two_seats() -> SeatArrays:
    levels = np.zeros((2, S), np.float32)
    levels[:, STRAIN_COLUMNS.index("standing")] = [0.75, 0.25]
    levels[1, STRAIN_COLUMNS.index("noise")] = np.nan
    return SeatArrays(
        area=np.array([area_index("warehouse"), area_index("office")]),
        embedding=np.array([[0.6, 0.8], [0.0, 1.0]], np.float32),
        demand_levels=levels,
        lift_kg=np.array([20.0, np.nan], np.float32),
        hours_min=np.array([10.0, 0.0], np.float32),
        consultant=np.array([3, 4]),
        generation=np.array([2, 1], np.int8),
        mentor_hours=np.array([2.0, 1.0], np.float32),
        hours_max=np.array([30.0, np.nan], np.float32),
        offers_mentor=np.array([True, False]),
    )


def features_of(citizens: CitizenArrays, seats: SeatArrays) -> np.ndarray:
    return pair_features(
        citizens, seats, np.array([0, 0]), np.array([0, 1]), np.array([14.0, 40.0])
    )


def test_each_column_means_what_it_says() -> None:
    x = features_of(one_citizen(), two_seats())
    assert x.shape == (2, len(FEATURE_NAMES)) and x.dtype == np.float32
    assert x[0, COL["experience_years"]] == pytest.approx(np.log1p(3.0))
    assert x[:, COL["any_experience"]].tolist() == [1.0, 0.0]
    assert x[:, COL["interest"]].tolist() == pytest.approx([0.6, 0.0])
    assert x[:, COL["top_interest"]].tolist() == [1.0, 0.0]
    assert x[:, COL["text_similarity"]].tolist() == pytest.approx([0.6, 0.0])
    assert x[0, COL["soft_strain"]] == pytest.approx(0.5 * 0.75)
    assert x[:, COL["travel_minutes"]].tolist() == [14.0, 40.0]
    assert x[:, COL["same_consultant"]].tolist() == [1.0, 0.0]
    assert x[:, COL["complex_in_gen2"]].tolist() == [1.0, 0.0]
    assert x[0, COL["hours_ratio"]] == pytest.approx(2.0)
    assert x[0, COL["lift_margin"]] == pytest.approx(-10.0)
    assert x[1, COL["lift_margin"]] == 0.0, "unknown lift gives no margin either way"
    assert x[1, COL["unknown_demands"]] == pytest.approx(1 / S)


def test_an_education_counts_in_its_own_area_only() -> None:
    educated = np.zeros((1, A), np.float32)
    educated[0, area_index("office")] = 1.0
    x = features_of(one_citizen(educated_areas=educated), two_seats())
    assert x[:, COL["educated_in_area"]].tolist() == [0.0, 1.0]
    assert features_of(one_citizen(), two_seats())[:, COL["educated_in_area"]].tolist() == [0, 0]


def test_unknown_consultants_are_never_the_same() -> None:
    citizen = one_citizen(consultant=np.array([-1]))
    seats = two_seats()
    seats = SeatArrays(**{**seats.__dict__, "consultant": np.array([-1, -1])})
    assert features_of(citizen, seats)[:, COL["same_consultant"]].tolist() == [0.0, 0.0]


def test_no_identity_or_protected_feature() -> None:
    banned = ("id", "age", "gender", "centre", "citizen")
    assert not [n for n in FEATURE_NAMES if any(b in n.split("_") for b in banned)]


def test_chunking_does_not_change_results() -> None:
    rng = np.random.default_rng(7)
    citizens, seats = random_arrays(50, 30, 16, rng)
    ci, si = rng.integers(0, 50, 1000), rng.integers(0, 30, 1000)
    travel = rng.uniform(0, 60, 1000)
    whole = pair_features(citizens, seats, ci, si, travel)
    chunked = pair_features(citizens, seats, ci, si, travel, chunk=7)
    np.testing.assert_allclose(whole, chunked, rtol=1e-6)
    assert np.isfinite(whole).all()


def test_mismatched_inputs_are_refused() -> None:
    citizens, seats = one_citizen(), two_seats()
    with pytest.raises(ValueError, match="same length"):
        pair_features(citizens, seats, np.array([0]), np.array([0, 1]), np.array([1.0]))
    with pytest.raises(ValueError, match="one value per pair"):
        pair_features(citizens, seats, np.array([0]), np.array([0]), np.array([1.0, 2.0]))
    with pytest.raises(ValueError, match="has 1 rows, expected 2"):
        one_citizen(hours=np.array([20.0, 30.0], np.float32), lift_limit=np.array([1.0, 2.0]))
