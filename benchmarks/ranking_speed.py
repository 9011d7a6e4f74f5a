"""Ranking speed: one citizen against ≥ 10,000 seats, in-process: ``python -m benchmarks.ranking_speed``.

Times :meth:`matcher.ranking.Ranker.seats_for` end to end for one citizen — reading the citizen's
texts, checking every free seat's hard rules, pair features, model scores and the Danish reasons of
the top 10 — over many citizens, after one warm-up call; prints p50 and p99.
"""

from __future__ import annotations

import argparse
import gc
import platform
import time

import numpy as np

from benchmarks.world import make_world
from matcher.ranking import Ranker


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citizens", type=int, default=400)
    parser.add_argument("--centres", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=99)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--dir", help="where to keep the generated world (default: a temp dir)")
    args = parser.parse_args()
    world = make_world(args.citizens, args.centres, args.seed, args.dir)
    ranker = Ranker(world.dataset, world.model)
    n_seats = int(ranker.free.sum())
    citizens = [c.id for c in world.dataset.citizens][: args.queries]
    ranker.seats_for(citizens[0])
    ranker._profiles.clear()  # time the whole call, reading the citizen's texts included
    ranker._arrays.clear()
    # as the service does once its ranker is built (service/matching.py): the long-lived model,
    # seats and arrays leave the collector's generations, so no full collection of them lands
    # in a query
    gc.freeze()
    times = []
    for cid in citizens:
        started = time.perf_counter()
        ranker.seats_for(cid, top=10)
        times.append((time.perf_counter() - started) * 1000)
    t = np.array(times)
    print(
        f"# Ranking speed — one citizen against {n_seats} free seats ({len(ranker.seats.seats)} seats), "
        f"{len(t)} queries; {platform.processor() or platform.machine()}, {platform.python_version()}"
    )
    print(
        f"p50 {np.percentile(t, 50):.1f} ms   p99 {np.percentile(t, 99):.1f} ms   max {t.max():.1f} ms"
    )


if __name__ == "__main__":
    main()
