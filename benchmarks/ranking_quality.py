"""Ranking quality against the generator's truth: ``python -m benchmarks.ranking_quality``.

On a fresh synthetic municipality the model is trained on the municipality's own history; then,
for a sample of current citizens, every free seat is checked by the hard rules and ranked as
``matcher rank`` does (ok before unverified; conflicts and pairs left unverified by an unknown
seat demand not listed), by three scorers in the same run:

* ``model`` — the product's calibrated scoring model;
* ``keyword_rule`` — today's rule of thumb: a seat in one of the suggested task areas, the nearer
  the better;
* ``logistic_regression`` — a plain logistic regression on the same pair features.

Two reference rows show what is attainable: ``oracle`` ranks by the true probabilities (through
the same hard rules and listing), ``oracle_centre_unknown`` by the true probabilities with every
centre's hidden quality set to average — a perfect reader of citizens and seats that knows
centres only from what is observable. The gap between the two is what the history's few
placements per centre can at best recover. A third, ``unbiased_history``, is the plain logistic
regression trained instead on outcomes drawn from the truth for every listable pair of another
500 citizens (55,000–62,000 placements nobody chose): what the same features would give with
abundant history free of today's selection. Where ``model`` matches it, what is left to gain is
in reading citizens and seats and in the centres' quality, not in the fitting.

Reported: NDCG@10 of the listed seats against the true success probabilities, the true
probability of the rank-1 seat relative to the best free seat, true conflicts among listed seats,
and the calibration error of the model's scores against the true probabilities of the listed
seats.

NDCG@10 is given against three ideals, the 10 truly best seats among:

* *all free seats*: includes seats that truly break one of the citizen's hard rules, which no
  scorer may list (the bar asks for zero true conflicts), so not even the truth reaches 1;
* *truly admissible seats*: the free seats that break no hard rule in truth. A perfect and
  omniscient safe ranker scores 1; every scorer here is still charged for the admissible seats
  safety withholds (a seat whose unknown demand may break a need is not proposed, even when its
  truth would have been fine) and for needs read too strictly;
* *listable seats*: those the hard rules let any scorer list, so it measures the ordering alone
  and the truth scores 1 by construction.
"""

from __future__ import annotations

import argparse
import platform
import time
from dataclasses import replace
from datetime import date

import numpy as np
from numpy.typing import NDArray
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler

from benchmarks.truth import Truth
from benchmarks.world import EVALUATION_SEED, make_world, say
from features.pairs import pair_features
from features.rules import STATUS_OK, RuleResult, evaluate_pairs
from matcher.dataset import Dataset
from matcher.domain import Citizen
from matcher.featurize import ConsultantCodes, SeatSide, citizen_arrays, citizen_table
from matcher.profiles import build_profile
from matcher.ranking import order_by_status, proposable
from matcher.training import keyword_score, training_set

K = 10


def ndcg(listed_gain: NDArray[np.float64], all_gain: NDArray[np.float64], k: int = K) -> float:
    """NDCG@k of a listed order; gains are true success probabilities."""
    discount = 1.0 / np.log2(np.arange(2, k + 2))
    top = listed_gain[:k]
    ideal = np.sort(all_gain)[::-1][:k]
    idcg = float((ideal * discount[: len(ideal)]).sum())
    return float((top * discount[: len(top)]).sum()) / idcg if idcg > 0 else 1.0


def calibration_error(
    pred: NDArray[np.float64], true_p: NDArray[np.float64], bins: int = 10
) -> float:
    """Expected calibration error of predictions against true probabilities (equal-width bins)."""
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(pred, edges) - 1, 0, bins - 1)
    total = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            total += mask.mean() * abs(pred[mask].mean() - true_p[mask].mean())
    return total


def _listing(
    people: list[Citizen],
    seats: SeatSide,
    free: NDArray[np.int64],
    as_of: date | None,
    codes: ConsultantCodes,
) -> tuple[NDArray[np.int64], NDArray[np.int64], RuleResult, NDArray[np.float32]]:
    """Every (citizen, free seat) pair: rows, hard-rule verdicts and pair features."""
    profiles = [build_profile(c, as_of) for c in people]
    ci = np.repeat(np.arange(len(people)), len(free))
    si = np.tile(free, len(people))
    rules = evaluate_pairs(citizen_table(people, profiles), seats.table, ci, si)
    arrays = citizen_arrays(people, profiles, codes)
    return ci, si, rules, pair_features(arrays, seats.arrays, ci, si, rules.travel_minutes)


def _unbiased_logistic(
    people: list[Citizen],
    seats: SeatSide,
    free: NDArray[np.int64],
    codes: ConsultantCodes,
    ds: Dataset,
    truth: Truth,
    rng: np.random.Generator,
) -> Pipeline:
    """The plain logistic regression, trained on truth-drawn outcomes of every listable pair."""
    ci, si, rules, x = _listing(people, seats, free, ds.meta.as_of, codes)
    keep = proposable(rules)
    p = truth.probability([people[i].id for i in ci[keep]], [seats.seats[r].id for r in si[keep]])
    outcomes = rng.random(len(p)) < p
    say(f"unbiased reference: {len(p)} truth-drawn placements of {len(people)} other citizens")
    return make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)).fit(x[keep], outcomes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citizens", type=int, default=2000)
    parser.add_argument("--centres", type=int, default=250)
    parser.add_argument("--seed", type=int, default=EVALUATION_SEED)
    parser.add_argument("--sample", type=int, default=500, help="citizens to rank")
    parser.add_argument("--dir", help="where to keep the generated world (default: a temp dir)")
    args = parser.parse_args()

    world = make_world(args.citizens, args.centres, args.seed, args.dir)
    ds, model, truth = world.dataset, world.model, world.truth
    data = training_set(ds)
    logistic = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))
    logistic.fit(data.features, data.outcomes)

    rng = np.random.default_rng(0)
    sample = min(args.sample, len(ds.citizens))
    chosen = rng.choice(len(ds.citizens), sample, replace=False)
    people = [ds.citizens[i] for i in chosen]
    others = np.setdiff1d(np.arange(len(ds.citizens)), chosen)
    others = np.random.default_rng(1).permutation(others)[:sample]
    codes = ConsultantCodes()
    seats = SeatSide.build(ds.centres, codes)
    free = np.flatnonzero([s.capacity > 0 for s in seats.seats])
    ci, si, rules, x = _listing(people, seats, free, ds.meta.as_of, codes)
    centre_col = model.centre_column(seats.centre_ids)
    unbiased = _unbiased_logistic(
        [ds.citizens[i] for i in others], seats, free, codes, ds, truth, np.random.default_rng(2)
    )
    started = time.perf_counter()
    scores = {
        "model": model.predict(x, centre_col[si]),
        "keyword_rule": keyword_score(x),
        "logistic_regression": logistic.predict_proba(x)[:, 1],
        "unbiased_history": unbiased.predict_proba(x)[:, 1],
    }
    say(f"scored {len(x)} pairs in {time.perf_counter() - started:.2f} s")
    seat_ids = [seats.seats[r].id for r in si]
    citizen_ids = [people[i].id for i in ci]
    true_p = truth.probability(citizen_ids, seat_ids)
    hidden = truth.world
    centre_blind = Truth(replace(hidden, ce_quality=np.zeros_like(hidden.ce_quality)))
    scores["oracle"] = true_p
    scores["oracle_centre_unknown"] = centre_blind.probability(citizen_ids, seat_ids)
    true_conflict = truth.conflict(citizen_ids, seat_ids)
    listed_by_default, seat_unknown = proposable(rules), rules.seat_unknown

    results: dict[str, dict[str, list[float]]] = {
        name: {
            "ndcg": [],
            "ndcg_admissible": [],
            "ndcg_listable": [],
            "top1": [],
            "conflicts": [],
            "conflicts_ok": [],
        }
        for name in scores
    }
    listed_pred: list[float] = []
    listed_true: list[float] = []
    m = len(free)
    nothing = 0
    for p in range(len(people)):
        block = slice(p * m, (p + 1) * m)
        status = rules.status[block]
        listed = np.flatnonzero(listed_by_default[block])
        if not len(listed):  # no seat passes the hard rules: nothing to rank
            nothing += 1
            continue
        gains = true_p[block]
        admissible = gains[~true_conflict[block]]
        best = gains.max()
        for name, s in scores.items():
            order = listed[
                order_by_status(status[listed], s[block][listed], seat_unknown[block][listed])
            ][:K]
            results[name]["ndcg"].append(ndcg(gains[order], gains))
            results[name]["ndcg_admissible"].append(ndcg(gains[order], admissible))
            results[name]["ndcg_listable"].append(ndcg(gains[order], gains[listed]))
            results[name]["top1"].append(gains[order[0]] / best if best > 0 else 1.0)
            bad = true_conflict[block][order]
            results[name]["conflicts"].append(float(bad.sum()))
            results[name]["conflicts_ok"].append(float((bad & (status[order] == STATUS_OK)).sum()))
            if name == "model":
                listed_pred.extend(s[block][order])
                listed_true.extend(gains[order])

    print(
        f"# Ranking quality — {ds.meta.municipality}: {len(ds.citizens)} citizens, {len(seats.seats)} seats "
        f"({m} free), seed {args.seed}, {len(people)} citizens ranked; {platform.processor() or platform.machine()}"
    )
    print(
        f"{nothing} citizens have no seat to list (every seat breaks a hard rule or leaves one unchecked; left out of the averages)"
    )
    print(f"{'':22} {'NDCG@10, ideal among seats that are:':>38}")
    print(
        f"{'scorer':22} {'all free':>10} {'admissible':>12} {'listable':>10} {'rank-1/best':>12}"
        "   true conflicts listed: as ok / as unverified"
    )
    for name, r in results.items():
        ok_bad, all_bad = int(np.sum(r["conflicts_ok"])), int(np.sum(r["conflicts"]))
        print(
            f"{name:22} {np.mean(r['ndcg']):10.3f} {np.mean(r['ndcg_admissible']):12.3f}"
            f" {np.mean(r['ndcg_listable']):10.3f} {np.mean(r['top1']):12.3f}"
            f"   {ok_bad} / {all_bad - ok_bad}"
        )
    ece = calibration_error(np.array(listed_pred), np.array(listed_true))
    print(f"model calibration error vs true probabilities (listed top-{K}): {ece:.3f}")
    report = world.metrics["validation"]
    print("held-out history (20 % of citizens):  ROC AUC / Brier / ECE")
    for name, v in report.items():
        print(f"  {name:22} {v['roc_auc']:.3f} / {v['brier']:.3f} / {v['ece']:.3f}")


if __name__ == "__main__":
    main()
