"""Pair-feature throughput: ``python -m benchmarks.pairs_speed [--pairs N] [--runs R]``.

Builds random citizen and seat arrays of realistic shape (2,000 citizens, 600 seats, 128-dim text
vectors) and times :func:`features.pairs.pair_features` on N random pairs; prints the median.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from features.pairs import STRAIN_COLUMNS, CitizenArrays, SeatArrays, pair_features
from features.vocabulary import TASK_AREAS


def random_arrays(
    n_citizens: int, n_seats: int, dim: int, rng: np.random.Generator
) -> tuple[CitizenArrays, SeatArrays]:
    """Random but well-formed arrays for timing (values do not matter, shapes and dtypes do)."""
    areas = len(TASK_AREAS)

    def unit(n: int) -> np.ndarray:
        v = rng.normal(size=(n, dim)).astype(np.float32)
        out: np.ndarray = v / np.linalg.norm(v, axis=1, keepdims=True)
        return out

    interest = rng.random((n_citizens, areas)).astype(np.float32)
    citizens = CitizenArrays(
        experience=rng.exponential(1.0, (n_citizens, areas)).astype(np.float32),
        interest=interest / interest.sum(axis=1, keepdims=True),
        embedding=unit(n_citizens),
        soft_icf=rng.random((n_citizens, len(STRAIN_COLUMNS))).astype(np.float32),
        hours=rng.uniform(8, 37, n_citizens).astype(np.float32),
        lift_limit=rng.choice([5.0, 10.0, np.inf], n_citizens).astype(np.float32),
        consultant=rng.integers(-1, 12, n_citizens),
        complex=rng.random(n_citizens) < 0.25,
        licence_areas=(rng.random((n_citizens, areas)) < 0.1).astype(np.float32),
        education=rng.integers(0, 5, n_citizens).astype(np.float32),
        n_limitations=rng.integers(0, 6, n_citizens).astype(np.float32),
        named_areas=(rng.random((n_citizens, areas)) < 0.1).astype(np.float32),
        educated_areas=(rng.random((n_citizens, areas)) < 0.05).astype(np.float32),
    )
    levels = rng.random((n_seats, len(STRAIN_COLUMNS))).astype(np.float32)
    levels[rng.random(levels.shape) < 0.03] = np.nan
    seats = SeatArrays(
        area=rng.integers(0, areas, n_seats),
        embedding=unit(n_seats),
        demand_levels=levels,
        lift_kg=rng.uniform(0, 25, n_seats).astype(np.float32),
        hours_min=rng.uniform(5, 20, n_seats).astype(np.float32),
        consultant=rng.integers(-1, 12, n_seats),
        generation=rng.integers(1, 3, n_seats).astype(np.int8),
        mentor_hours=rng.uniform(0, 4, n_seats).astype(np.float32),
        hours_max=rng.uniform(20, 37, n_seats).astype(np.float32),
        offers_mentor=rng.random(n_seats) < 0.3,
    )
    return citizens, seats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dim", type=int, default=256)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    citizens, seats = random_arrays(2000, 600, args.dim, rng)
    ci = rng.integers(0, 2000, args.pairs)
    si = rng.integers(0, 600, args.pairs)
    travel = rng.uniform(5, 90, args.pairs)
    pair_features(citizens, seats, ci[:1000], si[:1000], travel[:1000])  # warm-up
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        pair_features(citizens, seats, ci, si, travel)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"pair_features: {args.pairs:,} pairs, dim {args.dim}, {args.runs} runs")
    print(f"median {median:.3f} s -> {args.pairs / median / 1e6:.2f} M pairs/s")


if __name__ == "__main__":
    main()
