"""Allocation quality against the generator's truth: ``python -m benchmarks.allocation_quality``.

On a fresh synthetic municipality (the model trained on its own history) every method allocates
the current citizens to the free seats under the same capacities, centre limits and mentor
budgets; each is judged by the truth: expected successful placements (the sum of the true success
probabilities of the pairs it chose) and true rule violations. Methods, all in the same run:

* ``matcher allocate`` — the product (hard rules, model scores, optimal solver);
* ``today's practice`` — longest-waiting citizen first; the first task suggestion whose area has
  a free seat, the nearest such seat (it is given the benefit of our rule engine: no seat our
  rules mark as a conflict);
* ``random feasible`` — citizens in random order, each to a random seat that passes the rules;
* ``greedy`` — the solver's greedy baseline on the model's scores;
* ``oracle`` — optimal on the *true* probabilities over every truly allowed pair (an upper bound
  no real method can reach).

The share of the possible gain captured is (ours − practice) / (oracle − practice).
"""

from __future__ import annotations

import argparse
import platform
import time

import numpy as np
from numpy.typing import NDArray

from benchmarks.world import EVALUATION_SEED, make_world, say
from features.pairs import area_index
from features.rules import STATUS_CONFLICT, evaluate_pairs
from matcher.allocate import Policy, build_instance, prepare
from matcher.featurize import citizen_table
from solver import solve, violations
from solver.greedy import greedy, greedy_fill
from solver.instance import Instance, Solution, empty_assignment


def fill(instance: Instance, order: NDArray[np.int64]) -> NDArray[np.int32]:
    assignment = empty_assignment(instance)
    greedy_fill(instance, order, assignment)
    return assignment


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citizens", type=int, default=2000)
    parser.add_argument("--centres", type=int, default=250)
    parser.add_argument("--seed", type=int, default=EVALUATION_SEED)
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--dir", help="where to keep the generated world (default: a temp dir)")
    args = parser.parse_args()

    world = make_world(args.citizens, args.centres, args.seed, args.dir)
    ds, model, truth = world.dataset, world.model, world.truth
    as_of = ds.meta.as_of
    assert as_of is not None
    policy = Policy(time_limit=args.time_limit)
    started = time.perf_counter()
    problem = prepare(ds, model, policy)
    ours = solve(problem.instance, time_limit=policy.time_limit, seed=0)
    seconds = time.perf_counter() - started
    assert not violations(problem.instance, ours)
    ids = [c.id for c in ds.citizens]
    seat_ids = [s.id for s in problem.seats.seats]

    def judge(
        arc_citizen: NDArray[np.integer],
        arc_row: NDArray[np.integer],
        assignment: NDArray[np.integer],
    ) -> tuple[float, int, int]:
        chosen = assignment[assignment >= 0]
        c = [ids[i] for i in arc_citizen[chosen]]
        s = [seat_ids[r] for r in arc_row[chosen]]
        return float(truth.probability(c, s).sum()), int(truth.conflict(c, s).sum()), len(chosen)

    rows: dict[str, tuple[float, int, int]] = {}
    rows["matcher allocate"] = judge(
        problem.instance.arc_citizen, problem.arc_seat_row, ours.assignment
    )
    rows["greedy (model scores)"] = judge(
        problem.instance.arc_citizen, problem.arc_seat_row, greedy(problem.instance).assignment
    )

    # every pair our rules allow (unverified too: practice does not look at unknown demands)
    n, free = len(ds.citizens), problem.free
    ci = np.repeat(np.arange(n, dtype=np.int64), len(free))
    si = np.tile(free, n)
    rules = evaluate_pairs(
        citizen_table(ds.citizens, problem.profiles), problem.seats.table, ci, si
    )
    keep = rules.status != STATUS_CONFLICT
    a_c, a_s, minutes = ci[keep], si[keep], rules.travel_minutes[keep]
    allowed = build_instance(
        ds, problem.seats, free, a_c, a_s, np.zeros(len(a_c)), Policy(waiting_weight=0), as_of
    )

    # today's practice: longest waiting first; first suggested area with a seat; nearest seat
    waiting = np.array([(c.waiting_since or as_of).toordinal() for c in ds.citizens])
    citizen_rank = np.argsort(np.argsort(waiting, kind="stable"))
    seat_area = np.array([area_index(problem.seats.seats[r].task_area) for r in a_s])
    preference = np.full(len(a_c), 99.0)
    for i, profile in enumerate(problem.profiles):
        wanted = sorted(profile.interest, key=lambda a: -profile.interest[a])
        for k, area in enumerate(wanted):
            preference[(a_c == i) & (seat_area == area_index(area))] = k
    order = np.lexsort((minutes, preference, citizen_rank[a_c])).astype(np.int64)
    rows["today's practice"] = judge(a_c, a_s, fill(allowed, order))
    rng = np.random.default_rng(1)
    random_order = np.lexsort((rng.random(len(a_c)), rng.permutation(n)[a_c])).astype(np.int64)
    rows["random feasible"] = judge(a_c, a_s, fill(allowed, random_order))

    # oracle: optimal on the true probabilities over every truly allowed pair
    c_all = [ids[i] for i in ci]
    s_all = [seat_ids[r] for r in si]
    true_p = truth.probability(c_all, s_all)
    ok = ~truth.conflict(c_all, s_all)
    oracle_inst = build_instance(
        ds, problem.seats, free, ci[ok], si[ok], true_p[ok], Policy(waiting_weight=0), as_of
    )
    oracle: Solution = solve(oracle_inst, time_limit=policy.time_limit, seed=0)
    rows["oracle (true probabilities)"] = judge(ci[ok], si[ok], oracle.assignment)

    print(
        f"# Allocation quality — {len(ds.citizens)} citizens, {len(free)} free seats "
        f"({int(problem.instance.seat_capacity.sum())} places), seed {args.seed}; "
        f"{platform.processor() or platform.machine()}"
    )
    print(
        f"matcher allocate: {ours.status} in {seconds:.1f} s end to end ({ours.method}), gap {ours.gap:.2e}"
    )
    print(f"{'method':30} {'expected successes':>19} {'placed':>7} {'true violations':>16}")
    for name, (value, bad, placed) in rows.items():
        print(f"{name:30} {value:19.1f} {placed:7d} {bad:16d}")
    practice, best, mine = (
        rows["today's practice"][0],
        rows["oracle (true probabilities)"][0],
        rows["matcher allocate"][0],
    )
    share = (mine - practice) / (best - practice) if best > practice else float("nan")
    print(
        f"share of the possible gain captured: (ours - practice) / (oracle - practice) = {share:.2f}"
    )
    say("done")


if __name__ == "__main__":
    main()
