"""Ranked matches: seats for a citizen, and citizens for a seat.

Hard rules come first. Pairs in conflict with a need are never listed unless asked for, and then
last and marked; *unverified* pairs (a need could not be checked because a demand is unknown) rank
below every verified pair; within each group the model's success probability decides, except
that seats in a task area the citizen's suggestions turn down ("Ikke rengøring") come after the
group's other seats: the citizen's own wishes carry weight (ownership), and the history holds no
such "no" for the model to learn its weight from.

Safety first: a pair left unverified by an unknown *seat* demand is not proposed unless asked
for (then after the other unverified pairs, before the conflicts); by default only pairs left
unverified by the citizen's own not fully read text are listed below the verified ones. An
unverified pair's score is discounted by the chance that the seat's unknown demands hide a
conflict (:mod:`features.hidden_risk`: the unknowns imputed from seats of the same task area),
and that chance is given with the match.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

import numpy as np
from numpy.typing import NDArray

from features.hidden_risk import HiddenRisk, expected_scores
from features.pairs import CitizenArrays, area_index, pair_features
from features.rules import (
    STATUS_CONFLICT,
    STATUS_OK,
    STATUS_UNVERIFIED,
    UNCLEAR_NEEDS_RULE,
    CitizenTable,
    RuleResult,
    evaluate_pairs,
)
from matcher.dataset import Dataset, shown_value
from matcher.domain import Citizen
from matcher.errors import MatcherError
from matcher.explain import LICENCE_DA, MAX_REASONS, RULE_DA, Explainer, counted, excluded_counts
from matcher.featurize import ConsultantCodes, SeatSide, citizen_arrays, citizen_table
from matcher.model import ScoringModel
from matcher.profiles import CitizenProfile, build_profile, rule_input

STATUS_NAMES = {STATUS_OK: "ok", STATUS_UNVERIFIED: "unverified", STATUS_CONFLICT: "conflict"}


class UnknownIdError(MatcherError):
    """A citizen or seat id that is not in the dataset."""


def _unknown(kind: str, given: str) -> UnknownIdError:
    """The error for an id not in the dataset; a CPR-shaped id is never shown."""
    file = "citizens.jsonl" if kind == "citizen" else "centres.jsonl"
    return UnknownIdError(f"{file}: unknown {kind} id {shown_value(given)}")


def check_known(dataset: Dataset, citizen_id: str | None, seat_id: str | None) -> None:
    """Reject an id that is not in the dataset before any model is trained or loaded, so that a
    mistyped (or CPR-shaped) id is answered at once."""
    if citizen_id is not None and all(c.id != citizen_id for c in dataset.citizens):
        raise _unknown("citizen", citizen_id)
    if seat_id is not None and all(
        s.id != seat_id for centre in dataset.centres for s in centre.seats
    ):
        raise _unknown("seat", seat_id)


@dataclass(frozen=True)
class Scored:
    """Candidates of one query, scored and in final order."""

    rows: NDArray[np.int64]  # seat rows (citizen→seats) or citizen rows (seat→citizens)
    scores: NDArray[np.float64]
    rules: RuleResult
    order: NDArray[np.int64]  # positions into rows/scores/rules, best first


def order_by_status(
    status: NDArray[np.int8],
    scores: NDArray[np.float64],
    seat_unknown: NDArray[np.bool_] | None = None,
    declined: NDArray[np.bool_] | None = None,
) -> NDArray[np.int64]:
    """Positions ordered ok → unverified → unverified by an unknown seat demand → conflict; within
    each, pairs whose task area the citizen turned down (``declined``) last, then by descending
    score."""
    tier = status.astype(np.int64) * 4
    if seat_unknown is not None:
        tier += 2 * ((status == STATUS_UNVERIFIED) & seat_unknown)
    if declined is not None:
        tier += declined
    return np.lexsort((-scores, tier)).astype(np.int64)


def declined_areas(profile: CitizenProfile, areas: NDArray[np.int64]) -> NDArray[np.bool_]:
    """Which of the task areas ``areas`` (indices) the citizen's suggestions turn down."""
    if not profile.excluded_areas:
        return np.zeros(len(areas), bool)
    return np.isin(areas, [area_index(a) for a in profile.excluded_areas])


def proposable(rules: RuleResult) -> NDArray[np.bool_]:
    """Pairs listed by default: no broken rule, and no rule left unchecked by a seat demand."""
    return np.asarray(
        (rules.status == STATUS_OK) | ((rules.status == STATUS_UNVERIFIED) & ~rules.seat_unknown),
        bool,
    )


def _answer(
    head: dict[str, Any],
    matches: list[dict[str, Any]],
    every: RuleResult,
    top: int,
    what: str,
    whose: str,
) -> dict[str, Any]:
    """A ranking's answer; an empty one says why (``no_matches``, an extension of the spec)."""
    out = {**head, "matches": matches}
    if not matches and top > 0:
        out["no_matches"] = _no_matches(every, what, whose)
    return out


def _no_matches(rules: RuleResult, what: str, whose: str) -> list[str]:
    """Why a ranking lists nothing, in Danish: no candidates, the rules that excluded them (how
    many each), or that those left could not be checked."""
    if len(rules) == 0:
        return [f"Der er ingen ledige {what}" if what == "pladser" else "Der er ingen borgere"]
    free = "ledige " if what == "pladser" else ""
    out = [f"Ingen af de {len(rules)} {free}{what} kan foreslås"]
    out += excluded_counts(rules.count_broken(), what)
    unchecked = int(np.count_nonzero(rules.status == STATUS_UNVERIFIED))
    if unchecked:
        out.append(
            f"{counted(unchecked, what)} kunne ikke kontrolleres mod {whose} "
            "skånehensyn, fordi et krav ikke er oplyst (vises sammen med konflikterne)"
        )
    return out


def _judgement(
    rules: RuleResult, pos: int, score: float, risk: float, reasons: list[str]
) -> dict[str, Any]:
    """The fields of a match that judge the pair: score, status, travel, reasons, rules."""
    status = int(rules.status[pos])
    out = {
        "score": round(score, 4),
        "status": STATUS_NAMES[status],
        "travel_minutes": int(round(float(rules.travel_minutes[pos]))),
        "reasons": reasons,
        "conflicts": rules.broken(pos),
        "unverified": rules.unchecked(pos),
    }
    if status == STATUS_CONFLICT:
        # listed only on request: the rules it breaks come first, in words
        broken = [RULE_DA.get(r, r) for r in rules.broken(pos)]
        said = f"{', '.join(broken[:-1])} og {broken[-1]}" if len(broken) > 1 else broken[0]
        out["reasons"] = [f"Obs: Må ikke foreslås – udelukket af {said}", *reasons][:MAX_REASONS]
    if status == STATUS_UNVERIFIED:
        out["hidden_conflict_risk"] = round(risk, 2)
        unchecked = rules.unchecked(pos)
        licences = [r.removeprefix("licence_") for r in unchecked if r.startswith("licence_")]
        notes: list[str] = []
        if any(r != UNCLEAR_NEEDS_RULE and not r.startswith("licence_") for r in unchecked):
            notes.append(
                f"Ikke alle krav er oplyst: ca. {round(100 * risk)} % risiko for, "
                "at pladsen ikke tager de nødvendige hensyn"
                if risk > 0
                else "Ikke alle krav er oplyst; lignende pladser tager de nødvendige hensyn"
            )
        if UNCLEAR_NEEDS_RULE in unchecked:
            notes.append("Obs: Skånehensynene er ikke fuldt forstået – gennemgå dem med borgeren")
        if licences:  # read from CV prose that left them in doubt
            held = " og ".join(LICENCE_DA.get(lic, lic) for lic in licences)
            notes.append(f"Obs: Bekræft at borgeren har {held}")
        notes = notes[:2]
        out["reasons"] = [*reasons[: MAX_REASONS - len(notes)], *notes]
    return out


class Ranker:
    """Ranks current seats and citizens of a dataset with a scoring model.

    Seats are lowered once; citizen profiles are read on demand and cached.
    """

    def __init__(self, dataset: Dataset, model: ScoringModel, as_of: date | None = None) -> None:
        self.dataset = dataset
        self.model = model
        self.as_of = as_of or dataset.meta.as_of
        self.codes = ConsultantCodes()
        self.seats = SeatSide.build(dataset.centres, self.codes)
        self.free = np.array([s.capacity > 0 for s in self.seats.seats])
        self.seat_centre_column = model.centre_column(self.seats.centre_ids)
        self.hidden_risk = HiddenRisk(self.seats.table, self.seats.arrays.area)
        self.citizen_index = {c.id: i for i, c in enumerate(dataset.citizens)}
        self._profiles: dict[str, CitizenProfile] = {}
        self._arrays: dict[str, CitizenArrays] = {}
        self.explainer = Explainer(model)

    def profile(self, citizen: Citizen) -> CitizenProfile:
        """The citizen's profile, read once."""
        if citizen.id not in self._profiles:
            self._profiles[citizen.id] = build_profile(citizen, self.as_of)
        return self._profiles[citizen.id]

    def arrays(self, citizen: Citizen) -> CitizenArrays:
        """The citizen's model inputs (text embedding included), computed once."""
        if citizen.id not in self._arrays:
            self._arrays[citizen.id] = citizen_arrays(
                [citizen], [self.profile(citizen)], self.codes
            )
        return self._arrays[citizen.id]

    def _citizen(self, citizen_id: str) -> Citizen:
        if citizen_id not in self.citizen_index:
            raise _unknown("citizen", citizen_id)
        return self.dataset.citizens[self.citizen_index[citizen_id]]

    # --- citizen → seats -------------------------------------------------------------------------

    def seats_for(
        self, citizen_id: str, top: int = 10, include_conflicts: bool = False
    ) -> dict[str, Any]:
        """The ``matcher rank --citizen`` answer (spec ``CLI.md``)."""
        citizen = self._citizen(citizen_id)
        profile = self.profile(citizen)
        candidates = np.flatnonzero(self.free)
        table = CitizenTable.from_inputs([rule_input(citizen, profile)])
        zeros = np.zeros(len(candidates), dtype=np.int64)
        rules = evaluate_pairs(table, self.seats.table, zeros, candidates)
        arrays = self.arrays(citizen)
        every = rules
        if not include_conflicts:
            keep = np.flatnonzero(proposable(rules))
            candidates, rules, zeros = candidates[keep], rules.subset(keep), zeros[keep]
        risk = self.hidden_risk.risk(table, zeros, candidates, rules)
        x = pair_features(arrays, self.seats.arrays, zeros, candidates, rules.travel_minutes)
        scores = expected_scores(
            rules.status, self.model.predict(x, self.seat_centre_column[candidates]), risk
        )
        declined = declined_areas(profile, self.seats.arrays.area[candidates])
        order = order_by_status(rules.status, scores, rules.seat_unknown, declined)[: max(top, 0)]
        effects = self.explainer.contributions_many(
            x[order], scores[order], self.seat_centre_column[candidates[order]]
        )
        matches = []
        for rank, pos in enumerate(order, 1):
            row = int(candidates[pos])
            seat, centre = self.seats.seats[row], self.seats.centre_of[row]
            reasons = self.explainer.reasons(
                x[pos],
                float(scores[pos]),
                self.seat_centre_column[row],
                citizen,
                profile,
                centre,
                seat,
                effects[rank - 1],
            )
            matches.append(
                {
                    "rank": rank,
                    "seat_id": seat.id,
                    "centre_id": centre.id,
                    **_judgement(rules, int(pos), float(scores[pos]), float(risk[pos]), reasons),
                }
            )
        head = {"citizen_id": citizen.id, "model": self.model.model_id}
        return _answer(head, matches, every, top, "pladser", "borgerens")

    @cached_property
    def _population(self) -> tuple[CitizenTable, CitizenArrays]:
        """Rule inputs and model inputs of every current citizen, lowered once per ranker."""
        citizens = self.dataset.citizens
        profiles = [self.profile(c) for c in citizens]
        return citizen_table(citizens, profiles), citizen_arrays(citizens, profiles, self.codes)

    # --- seat → citizens -------------------------------------------------------------------------

    def citizens_for(
        self, seat_id: str, top: int = 10, include_conflicts: bool = False
    ) -> dict[str, Any]:
        """The ``matcher rank --seat`` answer: current citizens for one seat."""
        if seat_id not in self.seats.index:
            raise _unknown("seat", seat_id)
        row = self.seats.index[seat_id]
        seat, centre = self.seats.seats[row], self.seats.centre_of[row]
        citizens: Sequence[Citizen] = self.dataset.citizens
        profiles = [self.profile(c) for c in citizens]
        people = np.arange(len(citizens))
        seat_rows = np.full(len(citizens), row, dtype=np.int64)
        table, arrays = self._population
        rules = evaluate_pairs(table, self.seats.table, people, seat_rows)
        every = rules
        if not include_conflicts:
            keep = np.flatnonzero(proposable(rules))
            people, seat_rows, rules = people[keep], seat_rows[keep], rules.subset(keep)
        risk = self.hidden_risk.risk(table, people, seat_rows, rules)
        x = pair_features(arrays, self.seats.arrays, people, seat_rows, rules.travel_minutes)
        scores = expected_scores(
            rules.status, self.model.predict(x, self.seat_centre_column[seat_rows]), risk
        )
        declined = np.array(
            [seat.task_area in profiles[i].excluded_areas for i in people], dtype=bool
        )
        order = order_by_status(rules.status, scores, rules.seat_unknown, declined)[: max(top, 0)]
        effects = self.explainer.contributions_many(
            x[order], scores[order], np.full(len(order), self.seat_centre_column[row])
        )
        matches = []
        for rank, pos in enumerate(order, 1):
            citizen = citizens[int(people[pos])]
            reasons = self.explainer.reasons(
                x[pos],
                float(scores[pos]),
                self.seat_centre_column[row],
                citizen,
                profiles[int(people[pos])],
                centre,
                seat,
                effects[rank - 1],
            )
            matches.append(
                {
                    "rank": rank,
                    "citizen_id": citizen.id,
                    **_judgement(rules, int(pos), float(scores[pos]), float(risk[pos]), reasons),
                }
            )
        head = {"seat_id": seat.id, "centre_id": centre.id, "model": self.model.model_id}
        return _answer(head, matches, every, top, "borgere", "deres")
