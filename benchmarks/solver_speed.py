"""Solver speed and quality on random realistic allocation instances.

Run ``python -m benchmarks.solver_speed`` (``--quick`` for a short run, ``--repeats N``). Prints a
table with the median over the repeats of wall-clock seconds, objective, proven bound and gap for
the exact solver, the greedy baseline and (where a dense matrix fits) scipy's
``linear_sum_assignment`` on the seat-expanded matrix, plus the peak RSS of the process.

The instances imitate a municipality: centres and citizens scattered over a region, each citizen
feasible for seats in the nearest centres (travel time) that pass the hard rules (about a third of
the seats there), scores from a logistic model with citizen, seat and match effects minus a travel
penalty, 1-3 places per seat, a head-count limit (*rimelighedskrav*) on a third of the centres,
a priority weight 1.5 for citizens waiting more than 26 weeks, and for the budget scenarios a weekly
mentor budget per centre (1-2.2 hours per place) with mentor hours per seat (1-4 h, as in the
dataset format) and, in the harder variant, 1.5x for citizens with complex problems, so that the
hours differ per citizen (the knapsack-type case). The quota scenario guarantees a group that the
scores do not favour (a quarter of the citizens) 21 % of the places.
"""

from __future__ import annotations

import argparse
import functools
import importlib.metadata
import os
import platform
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.spatial import cKDTree

from solver import Instance, Quota, Solution, greedy, solve
from solver.validation import violations


@dataclass(frozen=True)
class Scenario:
    """One benchmark row: problem size and which side constraints are switched on."""

    name: str
    n_citizens: int
    n_seats: int
    centres_per_citizen: int
    budgets: bool = False
    citizen_hours: bool = True
    quota: bool = False
    time_limit: float = 30.0
    target_seconds: float = 0.0


def realistic_instance(
    n_citizens: int,
    n_seats: int,
    *,
    centres_per_citizen: int = 50,
    seats_per_centre: float = 3.0,
    pass_rate: float = 0.35,
    budgets: bool = False,
    citizen_hours: bool = True,
    quota: bool = False,
    seed: int = 0,
) -> Instance:
    """A random instance shaped like a municipality's batch allocation (see the module docstring)."""
    rng = np.random.default_rng(seed)
    n_centres = max(1, round(n_seats / seats_per_centre))
    seat_centre = np.sort(rng.integers(0, n_centres, n_seats))
    seat_centre[:n_centres] = np.arange(min(n_centres, n_seats))
    seat_centre.sort()
    centre_xy = rng.random((n_centres, 2))
    citizen_xy = rng.random((n_citizens, 2))
    k = min(centres_per_citizen, n_centres)
    dist, near = cKDTree(centre_xy).query(citizen_xy, k=k)
    dist = np.asarray(dist).reshape(n_citizens, k)
    near = np.asarray(near).reshape(n_citizens, k)

    # Seats of each centre, as a CSR-like table.
    seat_order = np.argsort(seat_centre, kind="stable")
    first = np.searchsorted(seat_centre[seat_order], np.arange(n_centres + 1))
    per_centre = np.diff(first)
    counts = per_centre[near]
    cit = np.repeat(np.repeat(np.arange(n_citizens), k), counts.ravel())
    cen = np.repeat(near.ravel(), counts.ravel())
    d = np.repeat(dist.ravel(), counts.ravel())
    offset = np.arange(cit.size) - np.repeat(
        np.cumsum(counts.ravel()) - counts.ravel(), counts.ravel()
    )
    seat = seat_order[first[cen] + offset]
    keep = rng.random(cit.size) < pass_rate
    cit, seat, d = cit[keep], seat[keep], d[keep]

    citizen_effect = rng.normal(0.0, 0.8, n_citizens)
    seat_effect = rng.normal(0.0, 0.6, n_seats)
    match = rng.normal(0.0, 1.0, cit.size)
    logit = -0.3 + citizen_effect[cit] + seat_effect[seat] + match - 2.0 * d / max(d.max(), 1e-9)
    score = np.round(1.0 / (1.0 + np.exp(-logit)), 4)

    capacity = rng.choice([1, 1, 1, 2, 2, 3], n_seats)
    seat_sum = np.bincount(seat_centre, weights=capacity, minlength=n_centres).astype(np.int64)
    limited = rng.random(n_centres) < 0.33
    limit = np.where(limited, np.maximum(1, (seat_sum * 0.6).astype(np.int64)), -1)
    waiting_long = rng.random(n_citizens) < 0.3
    weight = np.where(waiting_long, 1.5, 1.0)

    hours = None
    budget = None
    if budgets:
        complex_citizen = rng.random(n_citizens) < 0.35
        seat_hours = rng.choice([1.0, 1.5, 2.0, 3.0, 4.0], n_seats)
        factor = np.where(complex_citizen[cit], 1.5, 1.0) if citizen_hours else 1.0
        hours = seat_hours[seat] * factor
        budget = np.round(np.maximum(2.0, seat_sum * rng.uniform(1.0, 2.2, n_centres)) * 2) / 2
    quotas: tuple[Quota, ...] = ()
    if quota:
        # A group the scores do not favour (e.g. one target group), guaranteed a share of places.
        group = rng.random(n_citizens) < 0.25
        places = int(min(n_citizens, capacity.sum()))
        quotas = (Quota(group, int(0.35 * places * 0.6), "target group"),)
    return Instance(
        n_citizens,
        n_seats,
        arc_citizen=cit,
        arc_seat=seat,
        arc_score=score,
        seat_capacity=capacity,
        seat_centre=seat_centre,
        centre_limit=limit,
        arc_mentor_hours=hours,
        centre_mentor_budget=budget,
        citizen_weight=weight,
        quotas=quotas,
    )


def lsa_solve(instance: Instance) -> float | None:
    """Objective of scipy ``linear_sum_assignment`` on the seat-expanded dense matrix.

    Only applies without centre limits, budgets and quotas; returns None when it does not apply
    or the dense matrix would exceed ~1.6 GB.
    """
    if instance.has_budgets or instance.has_quotas:
        return None
    columns = np.repeat(np.arange(instance.n_seats), np.minimum(instance.seat_capacity, 10**6))
    if instance.n_citizens * columns.size > 2 * 10**8:
        return None
    first_col = np.concatenate(([0], np.cumsum(instance.seat_capacity)[:-1]))
    value = np.zeros((instance.n_citizens, columns.size))
    for copy in range(int(instance.seat_capacity.max(initial=0))):
        ok = instance.seat_capacity[instance.arc_seat] > copy
        value[instance.arc_citizen[ok], first_col[instance.arc_seat[ok]] + copy] = (
            instance.arc_value[ok]
        )
    rows, cols = linear_sum_assignment(value, maximize=True)
    return float(value[rows, cols].sum())


def _without_centre_limits(instance: Instance) -> Instance:
    """The same instance with centre limits dropped, so that the dense LSA comparison applies."""
    return Instance(
        instance.n_citizens,
        instance.n_seats,
        arc_citizen=instance.arc_citizen,
        arc_seat=instance.arc_seat,
        arc_score=instance.arc_score,
        seat_capacity=instance.seat_capacity,
        seat_centre=instance.seat_centre,
        citizen_weight=instance.citizen_weight,
    )


def _median_run(fn: Callable[[], Solution], repeats: int) -> tuple[float, Solution]:
    """Median wall-clock seconds of ``repeats`` calls, and the last solution."""
    times = []
    sol = fn()
    times.append(sol.seconds)
    for _ in range(repeats - 1):
        start = time.perf_counter()
        sol = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), sol


def peak_rss_gib() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20


def machine_info() -> str:
    """One line describing the machine and library versions."""
    import scipy

    return (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, numpy {np.__version__}, scipy {scipy.__version__}, "
        f"ortools {importlib.metadata.version('ortools')}"
    )


SCENARIOS = [
    Scenario("2k/600 capacity-only", 2_000, 600, 60, target_seconds=2.0),
    Scenario("20k/8k capacity-only", 20_000, 8_000, 50, target_seconds=20.0),
    Scenario("100k/40k capacity-only", 100_000, 40_000, 50, target_seconds=120.0),
    Scenario("2k/600 budgets, seat hours", 2_000, 600, 60, budgets=True, citizen_hours=False),
    Scenario("2k/600 budgets", 2_000, 600, 60, budgets=True),
    Scenario("2k/600 budgets+quota", 2_000, 600, 60, budgets=True, quota=True),
]


def main(argv: list[str] | None = None) -> int:
    """Run the scenarios and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="skip the 100k scenario")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--scenarios", nargs="*", help="substrings of scenario names to run")
    args = parser.parse_args(argv)

    print(machine_info())
    print(f"medians of {args.repeats} runs; gap = (bound - objective) / bound")
    header = (
        f"{'scenario':<27}{'arcs':>10}  {'method':<26}{'status':>9}{'seconds':>9}"
        f"{'objective':>13}{'bound':>13}{'gap':>10}{'greedy gap':>11}{'greedy s':>9}"
        f"{'lsa obj':>13}{'lsa s':>8}"
    )
    print(header)
    failed = False
    for sc in SCENARIOS:
        if args.quick and sc.n_citizens > 50_000:
            continue
        if args.scenarios and not any(s in sc.name for s in args.scenarios):
            continue
        inst = realistic_instance(
            sc.n_citizens,
            sc.n_seats,
            centres_per_citizen=sc.centres_per_citizen,
            budgets=sc.budgets,
            citizen_hours=sc.citizen_hours,
            quota=sc.quota,
            seed=args.seed,
        )
        secs, sol = _median_run(
            functools.partial(solve, inst, time_limit=sc.time_limit, seed=args.seed),
            args.repeats,
        )
        problems = violations(inst, sol)
        g_secs, g_sol = _median_run(functools.partial(greedy, inst), args.repeats)
        g_gap = (sol.bound - g_sol.objective) / sol.bound if sol.bound > 0 else 0.0
        lsa_obj = lsa_secs = None
        if not sc.budgets and not sc.quota:
            plain = _without_centre_limits(inst)
            start = time.perf_counter()
            lsa_obj = lsa_solve(plain)
            lsa_secs = time.perf_counter() - start
            if lsa_obj is not None:
                flow_plain = solve(plain)
                if abs(flow_plain.objective - lsa_obj) > 1e-6 * max(1.0, lsa_obj):
                    problems.append(f"flow {flow_plain.objective} != lsa {lsa_obj} (no limits)")
        lsa_text = (
            f"{lsa_obj:>13.3f}{lsa_secs:>8.2f}" if lsa_obj is not None else f"{'n/a':>13}{'':>8}"
        )
        print(
            f"{sc.name:<27}{inst.n_arcs:>10,}  {sol.method:<26}{sol.status:>9}{secs:>9.2f}"
            f"{sol.objective:>13.3f}{sol.bound:>13.3f}{sol.gap:>10.2e}{g_gap:>11.2%}{g_secs:>9.2f}"
            f"{lsa_text}",
            flush=True,
        )
        if problems:
            failed = True
            print("   VIOLATIONS:", problems[:5])
        if sc.target_seconds and secs > sc.target_seconds:
            print(f"   slower than the target {sc.target_seconds} s")
    print(f"peak RSS {peak_rss_gib():.2f} GiB (whole process, incl. instance generation)")
    if "lsa" in header:
        print(
            "lsa = scipy linear_sum_assignment on the seat-expanded matrix without centre limits;"
        )
        print("      its objective is compared with the flow on the same relaxed instance.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
