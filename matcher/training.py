"""Training the scoring model on a municipality's history, with honest validation.

Validation holds out whole citizens (a grouped split), and the model is compared in the same run
with two baselines: a keyword rule (the seat's task area is among the citizen's task suggestions,
plus distance), as consultants match today, and a plain logistic regression on the same features.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from features.pairs import FEATURE_NAMES, pair_features
from features.rules import STATUS_CONFLICT, evaluate_pairs
from features.vocabulary import SUCCESS_OUTCOMES
from matcher.dataset import Dataset
from matcher.errors import MatcherError
from matcher.featurize import ConsultantCodes, SeatSide, citizen_arrays, citizen_table
from matcher.metrics import probability_report
from matcher.model import ScoringModel, fit_model
from matcher.profiles import build_profile

COL = {name: i for i, name in enumerate(FEATURE_NAMES)}
#: Fewer placements than this cannot be split into validation and calibration folds.
MIN_PLACEMENTS = 20


class TooLittleHistoryError(MatcherError):
    """The history holds too few usable placements (or only one outcome) to train on."""


@dataclass(frozen=True)
class TrainingSet:
    """History placements as model inputs. Placements that break a hard rule are left out:
    the ranking never scores such pairs, so they would only teach the model the rules twice."""

    features: NDArray[np.float32]
    centre_ids: list[str]
    outcomes: NDArray[np.int_]
    citizen_ids: list[str]
    fingerprint: str
    excluded_conflicts: int


def fingerprint(ds: Dataset) -> str:
    """A hash of everything the model learns from: history rows and the records they name."""
    digest = hashlib.sha256()
    records: tuple[Any, ...] = (
        *ds.history,
        *ds.citizens,
        *ds.history_citizens,
        *ds.centres,
        *ds.history_centres,
    )
    for record in records:
        digest.update(json.dumps(record.to_dict(), sort_keys=True, ensure_ascii=False).encode())
    return "sha256:" + digest.hexdigest()[:32]


def training_set(ds: Dataset, progress: Callable[[str], None] | None = None) -> TrainingSet:
    """Features and outcomes of every history placement."""
    if not ds.history:
        raise MatcherError("history.jsonl: no past placements to train on")
    citizens = {c.id: c for c in (*ds.citizens, *ds.history_citizens)}
    codes = ConsultantCodes()
    seats = SeatSide.build((*ds.centres, *ds.history_centres), codes)
    people = [citizens[p.citizen_id] for p in ds.history]
    if progress:
        progress(f"reading {len(people)} placements' citizen profiles")
    profiles = [build_profile(c, p.start) for c, p in zip(people, ds.history, strict=True)]
    rows = np.arange(len(people))
    seat_rows = np.array([seats.index[p.seat_id] for p in ds.history])
    rules = evaluate_pairs(citizen_table(people, profiles), seats.table, rows, seat_rows)
    keep = rules.status != STATUS_CONFLICT
    x = pair_features(
        citizen_arrays(people, profiles, codes), seats.arrays, rows, seat_rows, rules.travel_minutes
    )
    outcomes = np.array([p.outcome in SUCCESS_OUTCOMES for p in ds.history], dtype=int)
    return TrainingSet(
        features=x[keep],
        centre_ids=[seats.centre_ids[s] for s in seat_rows[keep]],
        outcomes=outcomes[keep],
        citizen_ids=[p.citizen_id for p, k in zip(ds.history, keep, strict=True) if k],
        fingerprint=fingerprint(ds),
        excluded_conflicts=int((~keep).sum()),
    )


def keyword_score(x: NDArray[np.floating]) -> NDArray[np.float64]:
    """Today's rule of thumb: a seat in one of the suggested task areas, the nearer the better."""
    score = 0.7 * (x[:, COL["interest"]] > 0) + 0.3 * np.exp(-x[:, COL["travel_minutes"]] / 30.0)
    return np.asarray(score, dtype=np.float64)


def validate(data: TrainingSet, seed: int = 0) -> dict[str, dict[str, float]]:
    """Hold out 20 % of citizens; report the model and both baselines on them."""
    split = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=seed)
    train, test = next(split.split(data.features, data.outcomes, data.citizen_ids))
    x, y = data.features, data.outcomes
    centres = np.asarray(data.centre_ids)
    groups = np.asarray(data.citizen_ids)
    model = fit_model(
        x[train], list(centres[train]), y[train], list(groups[train]), "validation", seed=seed
    )
    report: dict[str, dict[str, float]] = {
        "model": probability_report(
            y[test], model.predict(x[test], model.centre_column(list(centres[test])))
        )
    }
    keyword = IsotonicRegression(out_of_bounds="clip").fit(keyword_score(x[train]), y[train])
    report["keyword_rule"] = probability_report(y[test], keyword.predict(keyword_score(x[test])))
    logistic = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))
    logistic.fit(x[train], y[train])
    report["logistic_regression"] = probability_report(
        y[test], logistic.predict_proba(x[test])[:, 1]
    )
    return report


def train(
    ds: Dataset, *, seed: int = 0, progress: Callable[[str], None] | None = None
) -> tuple[ScoringModel, dict[str, Any]]:
    """Validate on held-out citizens, then fit the final model on all history."""
    data = training_set(ds, progress)
    if len(data.outcomes) < MIN_PLACEMENTS or data.outcomes.min() == data.outcomes.max():
        raise TooLittleHistoryError(
            f"history.jsonl: cannot train on {len(data.outcomes)} placements (those breaking a "
            f"hard rule left out); need at least {MIN_PLACEMENTS} with both successes and failures"
        )
    if progress:
        progress(
            f"training on {len(data.outcomes)} placements "
            f"({data.outcomes.mean():.0%} successful; {data.excluded_conflicts} breaking a hard rule left out)"
        )
    report = validate(data, seed)
    model = fit_model(
        data.features, data.centre_ids, data.outcomes, data.citizen_ids, data.fingerprint, seed=seed
    )
    metrics: dict[str, Any] = {
        "validation": report,
        "placements": len(data.outcomes),
        "excluded_conflicts": data.excluded_conflicts,
    }
    return replace(model, metrics=metrics), metrics


def model_for(
    ds: Dataset, model_path: str | None = None, progress: Callable[[str], None] | None = None
) -> ScoringModel:
    """The model to score ``ds`` with: the given file, else one trained on the dataset's history,
    else (no history, or too little to train on) the packaged default model (spec ``CLI.md``)."""
    from matcher.default_model import default_model
    from matcher.model import load_model

    if model_path:
        return load_model(model_path)
    if ds.history:
        if progress:
            progress(f"no model given: training on {len(ds.history)} history placements first")
        try:
            model, _ = train(ds, progress=progress)
        except TooLittleHistoryError as exc:
            # a municipality just starting still gets results, and is told which model it got
            if progress:
                progress(f"{exc}; using the packaged default model instead")
            return default_model(progress=progress)
        return model
    if progress:
        progress("no model given and no history.jsonl: using the packaged default model")
    return default_model(progress=progress)
