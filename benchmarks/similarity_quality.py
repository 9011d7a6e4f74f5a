"""Text-similarity quality and speed per approach: ``python -m benchmarks.similarity_quality``.

Reads the hand-labelled Danish pairs in ``tests/features/data/similarity_pairs.jsonl`` (a citizen
side - task suggestions and/or CV - and a seat side - title and description - labelled 0
unrelated, 1 somewhat, 2 good match) and reports, for every approach in
:data:`features.similarity.APPROACHES`:

- ``spearman``: Spearman rank correlation of the cosine similarity with the label;
- ``auc``: ROC AUC of good (2) against unrelated (0) pairs;
- ``mrr``: mean reciprocal rank of the first good seat when each citizen side ranks the seat
  sides labelled for it;
- ``pool_mrr``: the same against *all* seat sides of the split (seats not labelled for the
  citizen count as not relevant, so this is a pessimistic number);
- ``texts/s``: embedding throughput on 20,000 short texts recombined from the file's clauses,
  cold (token caches cleared) and warm.

Options: ``--split dev|holdout|all`` (default ``all``), ``--dim N``, ``--json`` for machine output.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr
from sklearn.metrics import roc_auc_score

from features.similarity import APPROACHES, DEFAULT_APPROACH, Embedder, clear_caches

PAIRS_PATH = Path(__file__).resolve().parents[1] / "tests/features/data/similarity_pairs.jsonl"


@dataclass(frozen=True)
class Pair:
    """One labelled (citizen text, seat text) pair."""

    group: str
    split: str
    citizen: str
    seat_id: str
    seat: str
    label: int


def load_pairs(path: Path = PAIRS_PATH, split: str = "all") -> list[Pair]:
    """Read the labelled pairs, optionally only one split (``dev`` or ``holdout``)."""
    pairs = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                pairs.append(Pair(**row))
    return [p for p in pairs if split == "all" or p.split == split]


@dataclass(frozen=True)
class Quality:
    """Quality numbers of one approach on one set of pairs."""

    spearman: float
    auc: float
    mrr: float
    pool_mrr: float


def _reciprocal_rank(scores: np.ndarray, relevant: np.ndarray) -> float:
    """1 / rank of the best-scored relevant item; ties are broken pessimistically."""
    if not relevant.any():
        return float("nan")
    best = scores[relevant].max()
    rank = 1 + int((scores[~relevant] >= best).sum())
    return 1.0 / rank


def evaluate(embedder: Embedder, pairs: Sequence[Pair]) -> Quality:
    """Quality of ``embedder`` on ``pairs`` (citizen and seat sides embedded separately)."""
    citizens = sorted({p.citizen for p in pairs})
    seat_text = {p.seat_id: p.seat for p in pairs}
    seat_ids = sorted(seat_text)
    cv = embedder.transform(citizens)
    sv = embedder.transform([seat_text[s] for s in seat_ids])
    sim = cv @ sv.T
    ci = {c: i for i, c in enumerate(citizens)}
    si = {s: i for i, s in enumerate(seat_ids)}
    scores = np.array([sim[ci[p.citizen], si[p.seat_id]] for p in pairs])
    labels = np.array([p.label for p in pairs])
    spearman = float(spearmanr(scores, labels).statistic)
    extreme = labels != 1
    auc = float(roc_auc_score(labels[extreme] == 2, scores[extreme]))

    by_citizen: dict[str, dict[str, int]] = defaultdict(dict)
    for p in pairs:
        by_citizen[p.citizen][p.seat_id] = p.label
    rr, pool_rr = [], []
    for citizen, labelled in by_citizen.items():
        row = sim[ci[citizen]]
        own = np.array([si[s] for s in labelled])
        good = np.array([labelled[s] == 2 for s in labelled])
        rr.append(_reciprocal_rank(row[own], good))
        pool_good = np.zeros(len(seat_ids), dtype=bool)
        pool_good[own[good]] = True
        pool_rr.append(_reciprocal_rank(row, pool_good))
    return Quality(spearman, auc, float(np.nanmean(rr)), float(np.nanmean(pool_rr)))


def speed_texts(pairs: Sequence[Pair], n: int, seed: int = 0) -> list[str]:
    """``n`` short texts recombined from 1-4 clauses of the labelled texts (fixed ``seed``)."""
    pieces = sorted(
        {
            c.strip()
            for p in pairs
            for c in re.split(r"[.;:]", f"{p.citizen}. {p.seat}")
            if c.strip()
        }
    )
    rng = random.Random(seed)
    return [". ".join(rng.sample(pieces, rng.randint(1, 4))) for _ in range(n)]


def throughput(embedder: Embedder, texts: Sequence[str], cold: bool) -> float:
    """Texts per second of ``embedder.transform`` on ``texts``, in batches of 1,000."""
    if cold:
        clear_caches()
    else:
        embedder.transform(texts[:2000])
    start = time.perf_counter()
    for i in range(0, len(texts), 1000):
        embedder.transform(texts[i : i + 1000])
    return len(texts) / (time.perf_counter() - start)


def main(argv: Sequence[str] | None = None) -> None:
    """Print the comparison table (or JSON) for every approach."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default="all")
    parser.add_argument("--dim", type=int, default=None, help="override every approach's dim")
    parser.add_argument("--speed-texts", type=int, default=20_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    pairs = load_pairs(split=args.split)
    all_pairs = load_pairs()
    texts = speed_texts(all_pairs, args.speed_texts)
    results = {}
    for name, build in APPROACHES.items():
        embedder = build()
        if args.dim is not None:
            embedder = replace(embedder, dim=args.dim)
        q = evaluate(embedder, pairs)
        results[name] = {
            **q.__dict__,
            "cold_texts_per_s": throughput(embedder, texts, cold=True),
            "warm_texts_per_s": throughput(embedder, texts, cold=False),
            "dim": embedder.dim,
        }
    if args.json:
        print(json.dumps(results, indent=2))
        return
    n_groups = len({p.group for p in pairs})
    print(f"{len(pairs)} pairs, {n_groups} citizen sides, split={args.split}")
    print(
        f"{'approach':<14}{'dim':>5}{'spearman':>10}{'auc':>8}{'mrr':>8}{'pool_mrr':>10}"
        f"{'cold t/s':>11}{'warm t/s':>11}"
    )
    for name, r in results.items():
        mark = " (default)" if name == DEFAULT_APPROACH else ""
        print(
            f"{name:<14}{r['dim']:>5}{r['spearman']:>10.3f}{r['auc']:>8.3f}{r['mrr']:>8.3f}"
            f"{r['pool_mrr']:>10.3f}{r['cold_texts_per_s']:>11.0f}{r['warm_texts_per_s']:>11.0f}"
            f"{mark}"
        )


if __name__ == "__main__":
    main()
