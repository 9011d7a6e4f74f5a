"""Ranked matches: hard rules first, unverified below ok, reasons drawn from real facts."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import numpy as np
import pytest

from features.needs import Need
from features.pairs import FEATURE_NAMES
from features.rules import STATUS_CONFLICT, UNCLEAR_NEEDS_RULE, evaluate
from matcher.domain import IcfEntry, Seat
from matcher.explain import (
    AREA_DA,
    DEMAND_DA,
    MIN_CENTRE_RECORD,
    RULE_DA,
    _lower_first,
    _matching_suggestion,
    _minutes_da,
    _notes,
    _strain_sentence,
    _told,
)
from matcher.profiles import build_profile, rule_input
from matcher.ranking import Ranker, UnknownIdError
from tests.conftest import SmallWorld

ORDER = {"ok": 0, "unverified": 1, "conflict": 2}


@pytest.fixture(scope="module")
def ranker(small_world: SmallWorld) -> Ranker:
    return Ranker(small_world.dataset, small_world.model)


def test_conflicts_are_never_listed_and_the_rule_engine_agrees(ranker: Ranker) -> None:
    for citizen in ranker.dataset.citizens[:60]:
        result = ranker.seats_for(citizen.id, top=10_000)
        listed = [m["seat_id"] for m in result["matches"]]
        assert all(m["status"] != "conflict" and not m["conflicts"] for m in result["matches"])
        rules = evaluate(rule_input(citizen, build_profile(citizen)), ranker.seats.table)
        conflicting = {
            ranker.seats.seats[i].id for i in np.flatnonzero(rules.status == STATUS_CONFLICT)
        }
        assert not conflicting & set(listed)


def _tier(match: dict[str, Any]) -> tuple[int, bool]:
    """Listing order: ok, unverified, unverified by an unknown seat demand, conflict."""
    return ORDER[match["status"]], match["status"] == "unverified" and _seat_unknown(match)


def _seat_unknown(match: dict[str, Any]) -> bool:
    return any(rule != UNCLEAR_NEEDS_RULE for rule in match["unverified"])


def test_order_is_ok_then_unverified_then_conflicts_marked_last(ranker: Ranker) -> None:
    seen_conflict = seen_unverified = False
    for citizen in ranker.dataset.citizens[:60]:
        matches = ranker.seats_for(citizen.id, top=10_000, include_conflicts=True)["matches"]
        groups = [_tier(m) for m in matches]
        assert groups == sorted(groups)
        for a, b in zip(matches, matches[1:], strict=False):
            if _tier(a) == _tier(b):
                assert a["score"] >= b["score"]
        for m in matches:
            assert 0.0 <= m["score"] <= 1.0
            assert (m["status"] == "conflict") == bool(m["conflicts"])
            assert ("hidden_conflict_risk" in m) == (m["status"] == "unverified")
            seen_conflict |= m["status"] == "conflict"
            seen_unverified |= m["status"] == "unverified"
            if m["status"] == "conflict":  # the rules it breaks come first, in words
                first = m["reasons"][0]
                assert first.startswith("Obs: Må ikke foreslås – udelukket af "), m["reasons"]
                assert all(RULE_DA[r] in first for r in m["conflicts"]), (first, m["conflicts"])
        assert [m["rank"] for m in matches] == list(range(1, len(matches) + 1))
    assert seen_conflict and seen_unverified, "the world should hold both kinds of pairs to test"


def test_seats_with_an_unknown_demand_for_a_need_are_listed_only_when_asked(ranker: Ranker) -> None:
    seen = 0
    for citizen in ranker.dataset.citizens[:80]:
        every = ranker.seats_for(citizen.id, top=10_000, include_conflicts=True)["matches"]
        risky = {m["seat_id"] for m in every if m["status"] == "unverified" and _seat_unknown(m)}
        listed = ranker.seats_for(citizen.id, top=10_000)["matches"]
        assert not risky & {m["seat_id"] for m in listed}
        for m in every:
            if m["status"] == "unverified":
                assert 0.0 <= m["hidden_conflict_risk"] <= 1.0
        seen += len(risky)
    assert seen, "the world should contain seats with unknown demands"


def _said_minutes(reason: str) -> int | None:
    """The travel minutes a reason states ("38 min.", "1 t. 25 min.", "ca. 6 timer")."""
    if m := re.search(r"(\d+) t\. (?:(\d+) min\.)?", reason):
        return 60 * int(m.group(1)) + int(m.group(2) or 0)
    if m := re.search(r"ca\. (\d+) timer", reason):
        return 60 * int(m.group(1))
    if m := re.search(r"(\d+) min\.", reason):
        return int(m.group(1))
    return None


def test_reasons_state_real_facts(ranker: Ranker) -> None:
    checked = 0
    said: set[str] = set()
    for citizen in ranker.dataset.citizens[:40]:
        profile = ranker.profile(citizen)
        for m in ranker.seats_for(citizen.id, top=5)["matches"]:
            assert len(m["reasons"]) <= 4
            assert len(set(m["reasons"])) == len(m["reasons"])
            seat = ranker.seats.seats[ranker.seats.index[m["seat_id"]]]
            for reason in m["reasons"]:
                checked += 1
                said.add(reason.split(":")[0] if reason.startswith("Opgaveforslag") else reason)
                minutes = _said_minutes(reason)
                if minutes is not None and reason.startswith("Under 5 min."):
                    assert m["travel_minutes"] < 5
                elif minutes is not None:
                    assert abs(minutes - m["travel_minutes"]) <= (30 if "ca." in reason else 0)
                if reason.endswith("er ikke blandt borgerens opgaveforslag"):
                    assert (
                        _matching_suggestion(citizen.task_suggestions, seat.task_area, seat) is None
                    )
                label = re.search(
                    r"bl\.a\. som (.+?)(?: og uddannelse eller kursus i faget)?$", reason
                )
                if label or reason.startswith("CV'et nævner "):
                    named = label.group(1) if label else reason.removeprefix("CV'et nævner ")
                    assert named in {o.label for o in profile.occupations}, reason
                if "er ukendte – afklar" in reason:
                    assert any(seat.demands.get(d) is None for d in DEMAND_DA), seat.demands
                    named = re.search(r"krav til (.+?)(?: m\.fl\.)? er ukendte", reason)
                    unknown = {DEMAND_DA[d] for d in DEMAND_DA if seat.demands.get(d) is None}
                    assert named is None or set(named.group(1).split(", ")) <= unknown, reason
                hours = re.search(r"højst (\d+) timer om ugen", reason)
                if hours:
                    assert seat.hours_max is not None and seat.hours_max < citizen.hours_per_week
                years = None if "beslægtet" in reason else re.search(r"(\d+) års erfaring", reason)
                if years:
                    area = ranker.seats.seats[ranker.seats.index[m["seat_id"]]].task_area
                    assert round(profile.experience_years.get(area, 0)) == int(years.group(1))
                if reason.startswith("Uddannelse eller kursus inden for ") or reason.endswith(
                    "og uddannelse eller kursus i faget"
                ):
                    area = ranker.seats.seats[ranker.seats.index[m["seat_id"]]].task_area
                    assert area in profile.education_areas
                cited = re.fullmatch(
                    r"Opgaveforslag: (.+)|Ønsker arbejde .+ \(opgaveforslag: (.+)\)", reason
                )
                if cited:
                    wanted = (cited.group(1) or cited.group(2)).lower()
                    assert wanted in [s.lower() for s in citizen.task_suggestions]
                if reason == "Borgerens konsulent er også virksomhedens kontaktkonsulent":
                    centre = ranker.seats.centre_of[ranker.seats.index[m["seat_id"]]]
                    assert centre.contact_consultant == citizen.consultant
    assert checked > 40
    assert "Opgaveforslag" in said  # the suggestion that matched is credited


def test_a_seat_in_an_area_the_suggestions_exclude_says_so(
    ranker: Ranker, small_world: SmallWorld
) -> None:
    citizen = ranker.dataset.citizens[0]
    wished = ranker.profile(citizen).interest
    plain_words = ("cleaning", "warehouse", "kitchen", "shop", "office", "canteen")
    area = next(
        a
        for m in ranker.seats_for(citizen.id, top=10_000)["matches"]
        if (a := ranker.seats.seats[ranker.seats.index[m["seat_id"]]].task_area) in plain_words
        and a not in wished
    )
    excluding = replace(
        citizen, task_suggestions=(*citizen.task_suggestions, f"Ikke {AREA_DA[area]}")
    )
    dataset = replace(ranker.dataset, citizens=(excluding, *ranker.dataset.citizens[1:]))
    changed = Ranker(dataset, small_world.model)
    assert changed.profile(excluding).excluded_areas == {area}
    told = f"Obs: Borgeren har fravalgt {AREA_DA[area]} i opgaveforslagene"
    matches = changed.seats_for(citizen.id, top=10_000)["matches"]
    for m in matches:
        seat = changed.seats.seats[changed.seats.index[m["seat_id"]]]
        assert (told in m["reasons"]) == (seat.task_area == area)
        assert len(m["reasons"]) <= 4
        assert not any(
            r.endswith("er ikke blandt borgerens opgaveforslag")
            for r in m["reasons"]
            if told in m["reasons"]
        )
    assert any(told in m["reasons"] for m in matches)

    # ... and comes after the seats of its status that the citizen did not turn down
    def declined(m: dict[str, Any]) -> bool:
        return changed.seats.seats[changed.seats.index[m["seat_id"]]].task_area == area

    tiers = [(*_tier(m), declined(m)) for m in matches]
    assert tiers == sorted(tiers)
    before = ranker.seats_for(citizen.id, top=10_000)["matches"]
    first = next(i for i, m in enumerate(before) if declined(m))
    assert any(_tier(m) == _tier(before[first]) for m in before[first + 1 :]), "vacuous"
    seat_id, tier = before[first]["seat_id"], _tier(before[first])
    for who, last in ((ranker, False), (changed, True)):  # the same, reversed: citizens for it
        same = [
            m["citizen_id"]
            for m in who.citizens_for(seat_id, top=10_000)["matches"]
            if _tier(m) == tier
        ]
        assert (same[-1] == citizen.id) == last


def test_citizens_for_a_seat(ranker: Ranker) -> None:
    seat = next(s for s in ranker.seats.seats if s.capacity > 0)
    result = ranker.citizens_for(seat.id, top=15)
    assert result["seat_id"] == seat.id and len(result["matches"]) <= 15
    groups = [ORDER[m["status"]] for m in result["matches"]]
    assert groups == sorted(groups) and 2 not in groups
    assert len({m["citizen_id"] for m in result["matches"]}) == len(result["matches"])


def test_unknown_ids(ranker: Ranker) -> None:
    with pytest.raises(UnknownIdError):
        ranker.seats_for("b-nobody")
    with pytest.raises(UnknownIdError, match="'c-nowhere'"):
        ranker.citizens_for("c-nowhere")


def test_an_unknown_id_shaped_like_a_cpr_number_is_not_echoed(ranker: Ranker) -> None:
    for call in (ranker.seats_for, ranker.citizens_for):
        with pytest.raises(UnknownIdError) as caught:
            call("010190-1234")
        assert "1234" not in str(caught.value) and "not shown" in str(caught.value)


def test_a_need_met_only_by_what_the_company_offers_is_told(ranker: Ranker) -> None:
    """The rules let an offered back office meet "no customer contact": the consultant must
    hear that it has to be agreed, and the seat's own level of contact is named."""
    citizen = ranker.dataset.citizens[0]
    profile = replace(
        ranker.profile(citizen), needs=(Need("no_customer_contact", None, "text", "Ingen kunder"),)
    )
    seat = Seat(
        id="s", title="Kasse", task_area="shop", capacity=1,
        demands={"customer_contact": 3}, accommodations_offered=("back_office_possible",),
    )  # fmt: skip
    assert _notes(citizen, profile, seat, 5.0) == [
        "Meget kundekontakt på pladsen – aftal med virksomheden, at borgeren arbejder i baglokalet"
    ]
    without = replace(seat, accommodations_offered=())
    assert _notes(citizen, profile, without, 5.0) == []
    walker = replace(citizen, transport="walk")
    walking = replace(profile, needs=(Need("no_prolonged_walking", None, "text", "Går dårligt"),))
    assert _notes(walker, walking, without, 38.0) == [
        "38 min. til fods hver vej, og borgeren kan ikke gå langt – aftal anden transport"
    ]
    assert _notes(walker, walking, without, 6.0) == []


def test_strain_names_the_seats_own_level_and_what_eases_it(ranker: Ranker) -> None:
    citizen = replace(ranker.dataset.citizens[0], icf=(IcfEntry("d720", 3),))
    seat = Seat(
        id="s", title="Kasse", task_area="shop", capacity=1,
        demands={"customer_contact": 3}, accommodations_offered=("back_office_possible",),
    )  # fmt: skip
    said = _strain_sentence(citizen, seat)
    assert said is not None and said.startswith(
        "Meget kundekontakt (virksomheden tilbyder arbejde i baglokalet) – store vanskeligheder med"
    ), said


def test_small_wordings() -> None:
    assert _lower_first("Pakning af varer") == "pakning af varer"
    assert _lower_first("SFO") == "SFO" and _lower_first("IT-support") == "IT-support"
    assert [_minutes_da(m) for m in (38, 60, 85, 353)] == [
        "38 min.",
        "1 t.",
        "1 t. 25 min.",
        "ca. 6 timer",
    ]
    told = ["Obs: Løft op til 20 kg – store vanskeligheder med at løfte (ICF d4300)"]
    assert _told("Løft op til 20 kg", told) and not _told("Løft op til 2 kg", ["Samme"])


def test_an_empty_ranking_says_why(ranker: Ranker, small_world: SmallWorld) -> None:
    citizen = ranker.dataset.citizens[0]
    strict = replace(citizen, accommodations_text="Kan højst arbejde 1 time om ugen.")
    dataset = replace(ranker.dataset, citizens=(strict, *ranker.dataset.citizens[1:]))
    answer = Ranker(dataset, small_world.model).seats_for(citizen.id)
    assert answer["matches"] == []
    why = " ".join(answer["no_matches"])
    assert "udelukket af timetal over skånehensynet" in why, why
    assert "no_matches" not in ranker.seats_for(citizen.id)


def test_a_centres_record_is_told_only_when_it_rests_on_enough_placements(
    ranker: Ranker,
) -> None:
    explainer = ranker.explainer
    counts = explainer.model.centre_placements
    citizen = ranker.dataset.citizens[0]
    profile = ranker.profile(citizen)
    x = np.zeros(len(FEATURE_NAMES), dtype=np.float32)
    seen = set()
    for row, centre in enumerate(ranker.seats.centre_of):
        seat = ranker.seats.seats[row]
        said = explainer._say("centre", True, x, citizen, profile, centre, seat)
        assert (said is not None) == (counts.get(centre.id, 0) >= MIN_CENTRE_RECORD)
        seen.add(said is not None)
    assert seen == {True, False}, "the world should hold centres with little and much record"
