"""OR-Library benchmarks: linear assignment (exact optima) and generalised assignment (gaps).

Run ``python -m benchmarks.orlib`` (all), or e.g.
``python -m benchmarks.orlib --set gap --time-limit 10 --instances gap1- chu1997/a`` for a quick run.

* ``assign100`` .. ``assign800`` (minimisation): our min-cost-flow assignment and scipy's
  ``linear_sum_assignment`` on the same matrix, both checked against the published optimum;
  median seconds over ``--repeats`` runs.
* GAP sets (cattrysse1994 = OR-Library gap1..gap12, chu1997 = gapa..gapd, a Yagiura subset),
  solved as minimisation with CP-SAT under ``--time-limit`` seconds each; reported against the
  published optimum / best known solution in ``optima.csv``.

Data: ``benchmarks/data/orlib-assign`` and ``benchmarks/data/orlib-gap`` (see their SOURCE.md).
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

from benchmarks.solver_speed import machine_info
from solver import min_cost_assignment, solve_gap
from solver.orlib import read_assignment, read_gap

DATA = Path(__file__).resolve().parent / "data"


def _selected(name: str, patterns: list[str] | None) -> bool:
    """True when no filter is given or some pattern is a substring of ``name``."""
    return not patterns or any(p in name for p in patterns)


def run_assignment(patterns: list[str] | None, repeats: int) -> bool:
    """Solve the linear assignment instances; return True when every optimum is reproduced."""
    folder = DATA / "orlib-assign"
    with open(folder / "optima.csv", newline="") as fh:
        optima = {row["instance"]: int(row["optimum_min_cost"]) for row in csv.DictReader(fh)}
    print(f"\nlinear assignment (minimise), medians of {repeats} runs")
    print(
        f"{'instance':<12}{'n':>6}{'optimum':>9}{'flow':>8}{'flow s':>9}{'scipy':>8}{'scipy s':>9}  ok"
    )
    all_ok = True
    for name, optimum in optima.items():
        if not _selected(name, patterns):
            continue
        cost = read_assignment(folder / f"{name}.txt.gz")
        flow_times, lsa_times = [], []
        flow_cost = lsa_cost = -1
        for _ in range(repeats):
            start = time.perf_counter()
            _, flow_cost = min_cost_assignment(cost)
            flow_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            rows, cols = linear_sum_assignment(cost)
            lsa_times.append(time.perf_counter() - start)
            lsa_cost = int(cost[rows, cols].sum())
        ok = flow_cost == optimum == lsa_cost
        all_ok &= ok
        print(
            f"{name:<12}{cost.shape[0]:>6}{optimum:>9}{flow_cost:>8}"
            f"{statistics.median(flow_times):>9.3f}{lsa_cost:>8}{statistics.median(lsa_times):>9.3f}"
            f"  {'yes' if ok else 'NO'}",
            flush=True,
        )
    return all_ok


def run_gap(patterns: list[str] | None, time_limit: float, seed: int) -> bool:
    """Solve the GAP instances (minimisation); return True when no result beats a proven optimum."""
    folder = DATA / "orlib-gap"
    with open(folder / "optima.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    print(f"\ngeneralised assignment (minimise), CP-SAT, time limit {time_limit:g} s per instance")
    print(
        f"{'instance':<26}{'m x n':>9}{'status':>10}{'cost':>8}{'bound':>9}{'gap':>8}"
        f"{'best known':>11}{'vs best':>9}{'seconds':>9}"
    )
    consistent = True
    gaps, excess, proven = [], [], 0
    for row in rows:
        name = row["instance"]
        if not _selected(name, patterns):
            continue
        (problem,) = read_gap(folder / "instances" / name)
        result = solve_gap(
            problem.cost, problem.weight, problem.capacity, time_limit=time_limit, seed=seed
        )
        best = float(row["min_optimum"] or row["min_best_known_solution"])
        known_bound = float(row["min_best_known_bound"])
        vs_best = (result.objective - best) / best if np.isfinite(result.objective) else np.inf
        # A proven optimum below the best known bound, or a bound above the best known
        # solution, would mean a wrong model.
        if result.status in ("optimal", "feasible"):
            if result.objective < known_bound - 1e-9 or result.bound > best + 1e-9:
                consistent = False
            gaps.append(result.gap)
            excess.append(vs_best)
            proven += result.status == "optimal"
        else:
            consistent = consistent and result.status == "unknown"
        print(
            f"{name:<26}{f'{problem.n_agents}x{problem.n_jobs}':>9}{result.status:>10}"
            f"{result.objective:>8.0f}{result.bound:>9.0f}{result.gap:>8.2%}"
            f"{best:>11.0f}{vs_best:>9.2%}{result.seconds:>9.2f}",
            flush=True,
        )
    if gaps:
        print(
            f"{len(gaps)} instances: {proven} proven optimal, median gap {statistics.median(gaps):.2%},"
            f" max gap {max(gaps):.2%}, max excess over best known {max(excess):.2%}"
        )
    return consistent


def main(argv: list[str] | None = None) -> int:
    """Parse options, run the selected sets, return a process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["assign", "gap", "all"], default="all")
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds per GAP instance")
    parser.add_argument("--instances", nargs="*", help="substrings of instance names to run")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    print(machine_info())
    ok = True
    if args.set in ("assign", "all"):
        ok &= run_assignment(args.instances, args.repeats)
    if args.set in ("gap", "all"):
        ok &= run_gap(args.instances, args.time_limit, args.seed)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
