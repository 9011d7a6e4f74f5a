"""Feature-extraction speed: ``python -m benchmarks.profiles_speed``.

Reads every citizen of a generated municipality into a profile (needs text, ICF, CV, task
suggestions — what ``matcher profiles`` does, without writing JSON); prints citizens per second,
median of 5 runs.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time

from benchmarks.world import say
from matcher.dataset import read_dataset
from matcher.profiles import build_profile
from matcher.synthetic import generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citizens", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dir", default=None)
    args = parser.parse_args()
    import tempfile
    from pathlib import Path

    path = Path(args.dir or tempfile.mkdtemp()) / f"profiles-{args.citizens}"
    if not (path / "dataset.json").exists():
        generate(path, n_citizens=args.citizens, n_centres=100, seed=5)
    ds = read_dataset(path)
    build_profile(ds.citizens[0], ds.meta.as_of)  # load lexicons once
    rates = []
    for run in range(args.runs):
        started = time.perf_counter()
        for citizen in ds.citizens:
            build_profile(citizen, ds.meta.as_of)
        rates.append(len(ds.citizens) / (time.perf_counter() - started))
        say(f"run {run + 1}: {rates[-1]:.0f} citizens/s")
    print(
        f"# Profiles — {len(ds.citizens)} citizens, {args.runs} runs; {platform.processor() or platform.machine()}, Python {platform.python_version()}"
    )
    print(
        f"median {statistics.median(rates):.0f} citizens/s (min {min(rates):.0f}, max {max(rates):.0f})"
    )


if __name__ == "__main__":
    main()
