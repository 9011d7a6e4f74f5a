"""The scoring model: learns a signal, is calibrated, round-trips through a file, refuses bad files."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from features.pairs import FEATURE_NAMES
from matcher.errors import MatcherError
from matcher.metrics import probability_report
from matcher.model import (
    CONTINUITY,
    ModelError,
    ScoringModel,
    fit_model,
    load_model,
    read_header,
)

COL = {name: i for i, name in enumerate(FEATURE_NAMES)}


def toy_history(n: int, seed: int) -> tuple[np.ndarray, list[str], np.ndarray, list[str]]:
    """Pairs whose success depends on interest, travel, one good centre and, as the domain
    says, on keeping the consultant (another consultant: 22 % lower chance)."""
    rng = np.random.default_rng(seed)
    x = rng.random((n, len(FEATURE_NAMES))).astype(np.float32)
    x[:, COL["travel_minutes"]] *= 60
    x[:, COL["same_consultant"]] = rng.random(n) < 0.2
    centres = [f"c-{i}" for i in rng.integers(0, 20, n)]
    logit = 3 * x[:, COL["interest"]] - 0.04 * x[:, COL["travel_minutes"]] - 0.5
    logit += np.array([1.0 if c == "c-7" else 0.0 for c in centres])
    p = np.where(x[:, COL["same_consultant"]] > 0, 1.0, CONTINUITY) / (1 + np.exp(-logit))
    y = (rng.random(n) < p).astype(int)
    groups = [f"b-{i}" for i in rng.integers(0, n // 3, n)]
    return x, centres, y, groups


@pytest.fixture(scope="module")
def model() -> ScoringModel:
    x, centres, y, groups = toy_history(3000, seed=1)
    return fit_model(x, centres, y, groups, fingerprint="toy")


def test_learns_and_is_calibrated(model: ScoringModel) -> None:
    x, centres, y, _ = toy_history(3000, seed=2)
    p = model.predict(x, model.centre_column(centres))
    report = probability_report(y, p)
    assert report["roc_auc"] > 0.7
    assert report["ece"] < 0.05


def test_a_shared_consultant_lifts_a_pair_by_the_published_figure(model: ScoringModel) -> None:
    """Consultant continuity is the BIP figure, not the history's estimate (matcher.model)."""
    x = np.full((2, len(FEATURE_NAMES)), 0.5, np.float32)
    x[:, COL["same_consultant"]] = [0, 1]
    column = model.centre_column(["c-1", "c-1"])
    other, same = model.predict(x, column)
    assert same == pytest.approx(other / CONTINUITY)
    np.testing.assert_allclose(model.predict_slow(x, column), [other, same], atol=1e-12)


def test_a_model_without_the_continuity_step_scores_as_fitted(
    model: ScoringModel, tmp_path: Path
) -> None:
    """A model file from before the continuity step loads and scores as it was fitted."""
    bare = ScoringModel(
        estimator=model.estimator,
        model_id=model.model_id,
        fingerprint=model.fingerprint,
        centre_codes=model.centre_codes,
        continuity=None,
    )
    loaded = load_model(bare.save(tmp_path / "bare.model"))
    assert loaded.continuity is None
    x = np.full((1, len(FEATURE_NAMES)), 0.5, np.float32)
    x[:, COL["same_consultant"]] = 1
    column = np.column_stack([x, loaded.centre_column(["c-1"])])
    assert loaded.predict(x, loaded.centre_column(["c-1"]))[0] == pytest.approx(
        model.estimator.predict_proba(column)[0, 1]
    )


def test_monotone_in_interest_and_travel(model: ScoringModel) -> None:
    x = np.full((50, len(FEATURE_NAMES)), 0.5, np.float32)
    x[:, COL["interest"]] = np.linspace(0, 1, 50)
    p = model.predict(x, model.centre_column(["c-1"] * 50))
    assert np.all(np.diff(p) >= -1e-9)
    x[:, COL["interest"]] = 0.5
    x[:, COL["travel_minutes"]] = np.linspace(0, 60, 50)
    p = model.predict(x, model.centre_column(["c-1"] * 50))
    assert np.all(np.diff(p) <= 1e-9)


def test_centre_effect_and_unseen_centre(model: ScoringModel) -> None:
    x = np.full((3, len(FEATURE_NAMES)), 0.5, np.float32)
    p = model.predict(x, model.centre_column(["c-7", "c-1", "never-seen"]))
    assert p[0] > p[1]
    assert 0.0 < p[2] < 1.0


def test_save_load_round_trip(model: ScoringModel, tmp_path: Path) -> None:
    path = model.save(tmp_path / "model.bin")
    loaded = load_model(path)
    assert loaded.model_id == model.model_id and loaded.fingerprint == "toy"
    x, centres, _, _ = toy_history(200, seed=3)
    np.testing.assert_allclose(
        loaded.predict(x, loaded.centre_column(centres)),
        model.predict(x, model.centre_column(centres)),
    )
    assert read_header(path)["model_id"] == model.model_id
    # how many placements each centre's effect rests on travels with the model
    assert loaded.centre_placements == model.centre_placements
    assert sum(model.centre_placements.values()) > 0


def rewrite_header(path: Path, change: dict[str, object]) -> None:
    raw = path.read_bytes()
    magic, header, payload = raw.split(b"\n", 2)
    meta = json.loads(header)
    meta.update(change)
    path.write_bytes(magic + b"\n" + json.dumps(meta).encode() + b"\n" + payload)


def test_incompatible_versions_fail_clearly(model: ScoringModel, tmp_path: Path) -> None:
    path = model.save(tmp_path / "old.bin")
    rewrite_header(path, {"versions": {**model.versions, "scikit-learn": "0.24.2"}})
    with pytest.raises(ModelError, match=r"made with scikit-learn 0\.24\.2.*retrain"):
        load_model(path)
    rewrite_header(path, {"versions": {**model.versions, "scipy": "0.19.1"}})
    with pytest.raises(ModelError, match=r"made with scipy 0\.19\.1.*retrain"):
        load_model(path)


def test_corrupt_and_foreign_files_fail_clearly(model: ScoringModel, tmp_path: Path) -> None:
    path = model.save(tmp_path / "m.bin")
    path.write_bytes(path.read_bytes()[:-10])
    with pytest.raises(ModelError, match="corrupt"):
        load_model(path)
    other = tmp_path / "x.bin"
    other.write_bytes(b"hello")
    with pytest.raises(ModelError, match="not a matcher model"):
        load_model(other)
    with pytest.raises(ModelError, match="not found"):
        load_model(tmp_path / "missing.bin")


def test_cannot_train_on_one_class() -> None:
    x, centres, y, groups = toy_history(100, seed=4)
    with pytest.raises(MatcherError, match="both successes and failures"):
        fit_model(x, centres, np.zeros_like(y), groups, fingerprint="none")


def test_fast_numpy_path_equals_scikit_learn(model: ScoringModel) -> None:
    x, centres, _, _ = toy_history(500, seed=3)
    x[:20] *= 50  # far outside the training range
    column = model.centre_column(centres)
    column[:7] = -1.0  # unseen centres get the prior
    assert model.fast is not None
    np.testing.assert_allclose(model.predict(x, column), model.predict_slow(x, column), atol=1e-12)


def test_centre_effect_is_net_of_the_citizens_it_received() -> None:
    """Half the centres only ever received citizens who wanted their tasks, so their raw success
    rates are high; the model must rate a centre by what it adds for the same citizen."""
    rng = np.random.default_rng(5)
    n, k = 6000, 40
    x = rng.random((n, len(FEATURE_NAMES))).astype(np.float32)
    centre = rng.integers(0, k, n)
    keen = centre % 2 == 0  # even centres get keen citizens only
    x[keen, COL["interest"]] = 0.7 + 0.3 * x[keen, COL["interest"]]
    effect = rng.normal(0.0, 0.5, k)
    logit = 4 * x[:, COL["interest"]] - 2.0 + effect[centre]
    y = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    ids = [f"c-{c}" for c in range(k)]
    model = fit_model(x, [ids[c] for c in centre], y, [f"b-{i}" for i in range(n)], "toy")
    same = np.full((k, len(FEATURE_NAMES)), 0.5, np.float32)
    p = model.predict(same, model.centre_column(ids))
    rated = np.log(p / (1 - p))
    even = np.arange(k) % 2 == 0
    bias = (rated[even] - effect[even]).mean() - (rated[~even] - effect[~even]).mean()
    assert abs(bias) < 0.25  # the raw success rate as the centre feature: 0.67
    assert np.corrcoef(rated, effect)[0, 1] > 0.7
