"""Batch allocation of all waiting citizens to the free seats, with reasons for everyone.

The dataset is lowered to a :class:`solver.Instance`: only pairs that pass every hard rule become
arcs (pairs with an unknown demand only when asked), each scored with the model's success
probability; seat capacities, centres' ``max_trial_persons`` and mentor budgets are constraints.
The objective is the expected number of successful placements, each citizen's term weighted up
for long waiting (:class:`Policy`). The solution is checked by :mod:`solver.validation` before
anything is returned, and every citizen is reported once: with a seat and the reasons for it, or
without one and why (no seat passes the rules — which rules excluded how many — or the possible
seats went to placements worth more). Seats in a task area the citizen's suggestions turn down
("Ikke rengøring") are not used unless asked for: the citizen's own wishes carry weight.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Final

import numpy as np
from numpy.typing import NDArray

from features.hidden_risk import HiddenRisk, expected_scores, within_risk_limit
from features.pairs import FEATURE_NAMES, area_index, pair_features
from features.rules import RULES, STATUS_OK, STATUS_UNVERIFIED, evaluate_pairs
from features.vocabulary import TASK_AREAS
from matcher.dataset import Dataset
from matcher.domain import Citizen
from matcher.errors import MatcherError
from matcher.explain import AREA_DA, Explainer, counted, excluded_counts
from matcher.featurize import ConsultantCodes, SeatSide, citizen_arrays, citizen_table
from matcher.model import ScoringModel
from matcher.profiles import CitizenProfile, build_profile
from solver import Instance, Quota, Solution, solve, violations

#: Pairs are checked and scored this many citizens at a time (bounds memory).
CHUNK_CITIZENS: Final[int] = 512
#: Waiting longer than a year adds no more weight.
WEEKS_PER_YEAR: Final[float] = 52.0


@dataclass(frozen=True)
class Policy:
    """How the allocation weighs citizens and which pairs it may use.

    ``waiting_weight``: a citizen's expected success counts ``1 + waiting_weight × min(weeks
    waited, 52) / 52`` times — waiting harms (seed documents), so with the default 0.2 a year's wait
    is worth a fifth more. ``long_wait_quota``: at least this many seats go to citizens waiting more
    than ``long_wait_weeks`` (0 = no quota). ``include_unverified``: also use pairs where a need
    could not be checked because the seat leaves a demand unknown (off by default, spec); their
    expected success is discounted by the risk that the unknowns hide a conflict, and pairs
    riskier than ``features.hidden_risk.RISK_LIMIT`` are still left out. ``include_declined``:
    also use seats in a task area the citizen's suggestions turn down (off by default).
    ``place_max_first``: place as many citizens as possible, then maximise expected success.
    """

    waiting_weight: float = 0.2
    long_wait_weeks: float = 26.0
    long_wait_quota: int = 0
    include_unverified: bool = False
    include_declined: bool = False
    place_max_first: bool = False
    time_limit: float = 30.0
    seed: int = 0


class AllocationError(MatcherError):
    """The allocation could not be made (e.g. a policy value out of range)."""


@dataclass
class _Arcs:
    citizen: list[NDArray[np.int64]]
    seat: list[NDArray[np.int64]]
    score: list[NDArray[np.float64]]
    features: list[NDArray[np.float32]]


def _weeks_waited(since: date | None, as_of: date) -> float:
    return 0.0 if since is None else max((as_of - since).days / 7.0, 0.0)


@dataclass(frozen=True)
class Problem:
    """A dataset lowered for the solver, with what is needed to explain the result."""

    instance: Instance
    citizens: tuple[Citizen, ...]
    profiles: list[CitizenProfile]
    seats: SeatSide
    free: NDArray[np.int64]  # seat rows (of ``seats``) with free places; solver seat k = free[k]
    arc_seat_row: NDArray[np.int64]  # seat row of each arc
    features: NDArray[np.float32]  # pair features of each arc
    centre_col: NDArray[np.float64]  # model centre code of each seat row
    excluded: NDArray[np.int32]  # (citizens, rules): free seats each rule excluded
    n_unverified: NDArray[np.int64]  # free seats per citizen left out as unverified
    n_declined: NDArray[np.int64]  # free seats per citizen left out: a task area turned down


def prepare(
    ds: Dataset,
    model: ScoringModel,
    policy: Policy,
    progress: Callable[[str], None] | None = None,
) -> Problem:
    """Check every (citizen, free seat) pair, score the usable ones, and build the instance."""
    say = progress or (lambda _msg: None)
    as_of = ds.meta.as_of or date.today()
    citizens = ds.citizens
    codes = ConsultantCodes()
    seats = SeatSide.build(ds.centres, codes)
    free = np.flatnonzero([s.capacity > 0 for s in seats.seats]).astype(np.int64)
    centre_col = model.centre_column(seats.centre_ids)
    say(f"allocating {len(citizens)} citizens to {len(free)} seats with free places")

    profiles = [build_profile(c, as_of) for c in citizens]
    arrays = citizen_arrays(citizens, profiles, codes)
    rule_table = citizen_table(citizens, profiles)
    hidden = HiddenRisk(seats.table, seats.arrays.area)
    n, m = len(citizens), len(free)
    excluded = np.zeros((n, len(RULES)), dtype=np.int32)
    n_unverified = np.zeros(n, dtype=np.int64)
    n_declined = np.zeros(n, dtype=np.int64)
    turned_down = np.zeros((n, len(TASK_AREAS)), dtype=bool)
    for i, profile in enumerate(profiles):
        turned_down[i, [area_index(a) for a in profile.excluded_areas]] = True
    arcs = _Arcs([], [], [], [])
    for lo in range(0, n, CHUNK_CITIZENS):
        hi = min(lo + CHUNK_CITIZENS, n)
        ci = np.repeat(np.arange(lo, hi, dtype=np.int64), m)
        si = np.tile(free, hi - lo)
        rules = evaluate_pairs(rule_table, seats.table, ci, si)
        for bit in range(len(RULES)):
            hit = (rules.conflict_bits >> np.uint32(bit) & np.uint32(1)).astype(bool)
            excluded[lo:hi, bit] = np.bincount(ci[hit] - lo, minlength=hi - lo)
        unverified = rules.status == STATUS_UNVERIFIED
        if policy.include_unverified:
            # discounted by the hidden-conflict risk, too risky ones left out
            risk = hidden.risk(rule_table, ci, si, rules)
            usable = within_risk_limit(rules.status, risk)
            n_unverified[lo:hi] = np.bincount(ci[unverified & ~usable] - lo, minlength=hi - lo)
        else:
            risk = np.zeros(len(ci))
            usable = rules.status == STATUS_OK
            n_unverified[lo:hi] = np.bincount(ci[unverified] - lo, minlength=hi - lo)
        if not policy.include_declined:
            declined = usable & turned_down[ci, seats.arrays.area[si]]
            n_declined[lo:hi] = np.bincount(ci[declined] - lo, minlength=hi - lo)
            usable &= ~declined
        keep = np.flatnonzero(usable)
        if len(keep):
            x = pair_features(arrays, seats.arrays, ci[keep], si[keep], rules.travel_minutes[keep])
            arcs.citizen.append(ci[keep])
            arcs.seat.append(si[keep])
            score = model.predict(x, centre_col[si[keep]]).astype(np.float64)
            arcs.score.append(expected_scores(rules.status[keep], score, risk[keep]))
            arcs.features.append(x)
        say(f"checked and scored citizens {hi}/{n}")

    arc_citizen = np.concatenate(arcs.citizen) if arcs.citizen else np.zeros(0, np.int64)
    arc_seat_row = np.concatenate(arcs.seat) if arcs.seat else np.zeros(0, np.int64)
    arc_score = np.clip(np.concatenate(arcs.score), 0.0, 1.0) if arcs.score else np.zeros(0)
    features = (
        np.concatenate(arcs.features)
        if arcs.features
        else np.zeros((0, len(FEATURE_NAMES)), np.float32)
    )
    instance = build_instance(ds, seats, free, arc_citizen, arc_seat_row, arc_score, policy, as_of)
    return Problem(
        instance,
        citizens,
        profiles,
        seats,
        free,
        arc_seat_row,
        features,
        centre_col,
        excluded,
        n_unverified,
        n_declined,
    )


def build_instance(
    ds: Dataset,
    seats: SeatSide,
    free: NDArray[np.int64],
    arc_citizen: NDArray[np.int64],
    arc_seat_row: NDArray[np.int64],
    arc_score: NDArray[np.float64],
    policy: Policy,
    as_of: date,
) -> Instance:
    """The solver instance for scored arcs (citizen row, seat row) of ``ds``'s free seats.

    Seats are numbered among the free ones, centres among the centres of free seats; centres'
    ``max_trial_persons`` and mentor budgets become constraints.
    """
    citizens = ds.citizens
    seat_pos = np.full(len(seats.seats), -1, dtype=np.int64)
    seat_pos[free] = np.arange(len(free))
    centre_index: dict[str, int] = {}
    seat_centre = np.array(
        [centre_index.setdefault(seats.centre_of[r].id, len(centre_index)) for r in free],
        dtype=np.int64,
    )
    centres = list({seats.centre_of[r].id: seats.centre_of[r] for r in free}.values())
    weeks = np.array([_weeks_waited(c.waiting_since, as_of) for c in citizens])
    weight = 1.0 + policy.waiting_weight * np.minimum(weeks, WEEKS_PER_YEAR) / WEEKS_PER_YEAR
    quotas: tuple[Quota, ...] = ()
    if policy.long_wait_quota:
        quotas = (
            Quota(
                citizens=np.flatnonzero(weeks > policy.long_wait_weeks),
                minimum=policy.long_wait_quota,
                name=f"waiting more than {policy.long_wait_weeks:g} weeks",
            ),
        )
    mentor = np.array([s.mentor_hours_per_week or 0.0 for s in seats.seats], dtype=np.float64)
    return Instance(
        n_citizens=len(citizens),
        n_seats=len(free),
        arc_citizen=arc_citizen,
        arc_seat=seat_pos[arc_seat_row],
        arc_score=arc_score,
        seat_capacity=np.array([seats.seats[r].capacity for r in free], dtype=np.int64),
        seat_centre=seat_centre,
        centre_limit=np.array(
            [-1 if c.max_trial_persons is None else c.max_trial_persons for c in centres],
            dtype=np.int64,
        ),
        arc_mentor_hours=mentor[arc_seat_row],
        centre_mentor_budget=np.array(
            [
                np.inf if c.mentor_hours_per_week is None else c.mentor_hours_per_week
                for c in centres
            ],
            dtype=np.float64,
        ),
        citizen_weight=weight,
        quotas=quotas,
        place_max_first=policy.place_max_first,
    )


def allocate(
    ds: Dataset,
    model: ScoringModel,
    *,
    policy: Policy | None = None,
    time_limit: float | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Allocate every citizen of ``ds`` to the free seats; the ``matcher allocate`` JSON (spec).

    ``time_limit`` overrides the policy's. Every citizen appears exactly once, in
    ``assignments`` or in ``unassigned``; the solution is validated before it is returned.
    """
    policy = policy or Policy()
    if time_limit is not None:
        policy = replace(policy, time_limit=float(time_limit))
    if not (
        0 < policy.time_limit < math.inf
        and 0 <= policy.waiting_weight < math.inf
        and policy.long_wait_quota >= 0
    ):
        raise AllocationError("time limit must be positive; waiting weight and quota non-negative")
    say = progress or (lambda _msg: None)
    started = time.perf_counter()
    problem = prepare(ds, model, policy, progress)
    instance = problem.instance
    say(f"{instance.n_arcs} usable pairs; solving (time limit {policy.time_limit:g} s)")
    solution = solve(instance, time_limit=policy.time_limit, seed=policy.seed)
    if solution.status == "infeasible":
        raise AllocationError(
            "no allocation meets the constraints: the long-wait quota of "
            f"{policy.long_wait_quota} cannot be met with the places that fit those citizens"
        )
    if solution.status == "unknown":
        raise AllocationError(
            f"no valid allocation found within {policy.time_limit:g} s; raise --time-limit"
        )
    problems = violations(instance, solution)
    if problems:  # never hand out an allocation that breaks a constraint
        raise RuntimeError("the allocation failed validation: " + "; ".join(problems[:3]))
    result = describe(problem, solution, model, policy)
    # the whole run (reading, rules, scoring, solving); the time limit bounds the solver alone
    result["seconds"] = round(time.perf_counter() - started, 3)
    say(
        f"{solution.status}: {len(result['assignments'])} placed, {len(result['unassigned'])} without a seat"
    )
    return result


def describe(
    problem: Problem, solution: Solution, model: ScoringModel, policy: Policy
) -> dict[str, Any]:
    """The ``matcher allocate`` JSON of a solution, with reasons for every citizen."""
    instance = problem.instance
    arc_score = instance.arc_score
    arc_citizen = instance.arc_citizen
    n = instance.n_citizens
    explainer = Explainer(model)
    chosen = solution.chosen_arcs()
    effects = dict(
        zip(
            chosen.tolist(),
            explainer.contributions_many(
                problem.features[chosen],
                arc_score[chosen],
                problem.centre_col[problem.arc_seat_row[chosen]],
            ),
            strict=True,
        )
    )
    best_feasible = np.full(n, -1.0)
    np.maximum.at(best_feasible, arc_citizen, arc_score)
    feasible_count = np.bincount(arc_citizen, minlength=n)
    assignments: list[dict[str, Any]] = []
    unassigned: list[dict[str, Any]] = []
    for i, citizen in enumerate(problem.citizens):
        arc = int(solution.assignment[i])
        if arc >= 0:
            row = int(problem.arc_seat_row[arc])
            seat, centre = problem.seats.seats[row], problem.seats.centre_of[row]
            score = float(arc_score[arc])
            reasons = explainer.reasons(
                problem.features[arc],
                score,
                problem.centre_col[row],
                citizen,
                problem.profiles[i],
                centre,
                seat,
                effects[arc],
            )
            assignments.append(
                {
                    "citizen_id": citizen.id,
                    "seat_id": seat.id,
                    "centre_id": centre.id,
                    "score": round(score, 4),
                    "reasons": reasons,
                }
            )
        else:
            unassigned.append(
                {
                    "citizen_id": citizen.id,
                    "reasons": _unassigned_reasons(
                        int(feasible_count[i]),
                        float(best_feasible[i]),
                        problem.excluded[i],
                        int(problem.n_unverified[i]),
                        len(problem.free),
                        problem.profiles[i].needs_unclear,
                        _declined_reason(int(problem.n_declined[i]), problem.profiles[i]),
                    ),
                }
            )
    finite = np.isfinite
    return {
        "status": solution.status,
        "objective": round(float(solution.objective), 4),
        "bound": round(float(solution.bound), 4) if finite(solution.bound) else None,
        "gap": round(float(solution.gap), 6) if finite(solution.gap) else None,
        "seconds": round(float(solution.seconds), 3),
        "solver_seconds": round(float(solution.seconds), 3),
        "method": solution.method,
        "model": model.model_id,
        "expected_successes": round(float(arc_score[chosen].sum()), 4),
        "assignments": assignments,
        "unassigned": unassigned,
    }


def _unassigned_reasons(
    feasible: int,
    best: float,
    excluded: NDArray[np.int32],
    unverified: int,
    free_seats: int,
    needs_unclear: bool = False,
    declined: str | None = None,
) -> list[str]:
    """Why a citizen got no seat, in Danish, and what would change it."""
    if free_seats == 0:
        return ["Der er ingen ledige pladser i denne kørsel"]
    if feasible:
        chance = f" (bedste forventede succes {best:.0%})" if best >= 0.01 else ""
        # a place may also stay empty: its centre's mentor hours or trial persons are used up
        if feasible == 1:
            told = (
                f"Den ene plads, der passer{chance}, er givet til en anden borger eller kan ikke "
                "bruges, fordi virksomhedens mentortimer eller antal praktikanter er brugt op"
            )
        else:
            told = (
                f"De {feasible} pladser, der passer{chance}, er givet til andre borgere eller kan "
                "ikke bruges, fordi virksomhedernes mentortimer eller antal praktikanter er brugt op"
            )
        return [
            f"{told}; fordelingen giver flest forløb, der kan forventes at lykkes",
            *([declined] if declined else []),
        ]
    if unverified and needs_unclear:
        # the needs read leave seats, but none can be checked against the needs not read
        return [
            "Borgerens skånehensyn er ikke fuldt forstået, så ingen plads kan kontrolleres "
            f"({counted(unverified, 'pladser')} overholder de hensyn, der er læst)",
            "Konsulenten skal læse teksten, tilføje de hensyn der mangler, og bekræfte dem",
            *_excluded_counts(excluded),
            *([declined] if declined else []),
        ]
    head = "Ingen ledig plads overholder alle skånehensyn og regler"
    reasons = [f"{head} uden for de opgaveområder, borgeren har fravalgt" if declined else head]
    reasons.extend(_excluded_counts(excluded))
    if unverified:
        reasons.append(
            f"{counted(unverified, 'pladser')} kunne ikke kontrolleres, fordi virksomheden ikke har oplyst "
            "alle krav"
        )
    if declined:
        reasons.append(declined)
    return reasons


def _excluded_counts(excluded: NDArray[np.int32]) -> list[str]:
    """How many seats each hard rule excluded, most first: "23 pladser udelukket af løftekrav,
    5 af kulde"."""
    return excluded_counts({RULES[k]: int(c) for k, c in enumerate(excluded) if c > 0}, "pladser")


def _declined_reason(count: int, profile: CitizenProfile) -> str | None:
    """The seats left out because the citizen turned their task area down, in Danish."""
    if not count:
        return None
    *most, last = sorted(AREA_DA[a] for a in profile.excluded_areas)
    areas = f"{', '.join(most)} og {last}" if most else last
    return f"{counted(count, 'pladser')} inden for {areas} er ikke brugt, fordi borgeren har fravalgt det"
