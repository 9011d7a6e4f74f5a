"""The hard rules, pinned rule by rule against the spec's table with generated seats and needs."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from features.needs import Need
from features.rules import (
    BOOL_RULES,
    GENERATION_RULE,
    HOURS_RULE,
    LEVEL_RULES,
    OFFSET_RULES,
    STATUS_CONFLICT,
    STATUS_OK,
    STATUS_UNVERIFIED,
    UNCLEAR_NEEDS_RULE,
    WHEELCHAIR_ON_FOOT,
    CitizenRuleInput,
    CitizenTable,
    SeatTable,
    effective_needs,
    evaluate,
    evaluate_pairs,
)
from features.travel import travel_minutes
from features.vocabulary import ACCOMMODATIONS_OFFERED, SHIFTS

LAT, LON = 55.5, 9.73


def centre(
    *seats: dict[str, Any], generation: int = 2, lat: float = LAT, lon: float = LON
) -> dict[str, Any]:
    return {"id": "c-1", "generation": generation, "lat": lat, "lon": lon, "seats": list(seats)}


def seat(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"id": "s-1", "capacity": 1, "demands": {}}
    base.update(fields)
    return base


def person(
    *needs: Need,
    hours: float = 37,
    complex_: bool = False,
    licences: tuple[str, ...] = (),
    transport: str = "car",
) -> CitizenRuleInput:
    return CitizenRuleInput(needs, hours, complex_, licences, transport, LAT, LON)


def check(
    citizen: CitizenRuleInput, s: dict[str, Any], **centre_fields: Any
) -> tuple[int, list[str], list[str]]:
    result = evaluate(citizen, SeatTable.from_centres([centre(s, **centre_fields)]))
    return int(result.status[0]), result.broken(0), result.unchecked(0)


levels = st.integers(min_value=0, max_value=4)


@pytest.mark.parametrize("code", sorted(LEVEL_RULES))
@given(level=st.one_of(st.none(), levels))
@settings(max_examples=25, deadline=None)
def test_level_rules_break_at_the_spec_threshold(code: str, level: int | None) -> None:
    demand, threshold = LEVEL_RULES[code]
    demands = {} if level is None else {demand: level}
    status, broken, unchecked = check(
        person(Need(code)), seat(demands=demands, hours_min=0, shifts=["day"])
    )
    if level is None:
        assert (status, unchecked) == (STATUS_UNVERIFIED, [code])
    elif level >= threshold:
        assert status == STATUS_CONFLICT and broken == [code]
    else:
        assert status == STATUS_OK and not broken


@pytest.mark.parametrize("code", sorted(BOOL_RULES))
@given(flag=st.one_of(st.none(), st.booleans()))
@settings(max_examples=10, deadline=None)
def test_boolean_demands_break_their_need(code: str, flag: bool | None) -> None:
    demands = {} if flag is None else {BOOL_RULES[code]: flag}
    status, broken, unchecked = check(person(Need(code)), seat(demands=demands, hours_min=0))
    expected = STATUS_UNVERIFIED if flag is None else STATUS_CONFLICT if flag else STATUS_OK
    assert status == expected
    assert broken == ([code] if flag else [])


@pytest.mark.parametrize("code", sorted(OFFSET_RULES))
@given(
    level=st.one_of(st.none(), levels),
    offered=st.one_of(st.none(), st.lists(st.sampled_from(ACCOMMODATIONS_OFFERED), unique=True)),
)
@settings(max_examples=40, deadline=None)
def test_offered_accommodation_lifts_noise_and_customer_rules(
    code: str, level: int | None, offered: list[str] | None
) -> None:
    demand, threshold, offer = OFFSET_RULES[code]
    demands = {} if level is None else {demand: level}
    s = seat(demands=demands, hours_min=0, accommodations_offered=offered)
    status, broken, _ = check(person(Need(code)), s)
    has_offer = offered is not None and offer in offered
    if has_offer or (level is not None and level < threshold):
        assert status == STATUS_OK
    elif level is not None and offered is not None:
        assert status == STATUS_CONFLICT and broken == [code]
    else:
        assert status == STATUS_UNVERIFIED


@given(limit=st.integers(0, 40), lift=st.one_of(st.none(), st.integers(0, 50)))
@settings(max_examples=40, deadline=None)
def test_lift_limit(limit: int, lift: int | None) -> None:
    demands = {} if lift is None else {"lift_kg": lift}
    status, broken, _ = check(
        person(Need("max_lift_kg", limit)), seat(demands=demands, hours_min=0)
    )
    if lift is None:
        assert status == STATUS_UNVERIFIED
    else:
        assert (status == STATUS_CONFLICT) == (lift > limit)


@given(
    limit=st.integers(1, 37),
    hours_min=st.one_of(st.none(), st.integers(0, 37)),
    hours=st.integers(1, 37),
)
@settings(max_examples=60, deadline=None)
def test_hour_limits(limit: int, hours_min: int | None, hours: int) -> None:
    status, broken, unchecked = check(
        person(Need("max_hours_per_week", limit), hours=hours), seat(hours_min=hours_min)
    )
    if hours_min is None:
        assert status == STATUS_UNVERIFIED and set(unchecked) == {"max_hours_per_week", HOURS_RULE}
        return
    assert ("max_hours_per_week" in broken) == (hours_min > limit)
    assert (HOURS_RULE in broken) == (hours_min > hours)


@given(shifts=st.one_of(st.none(), st.lists(st.sampled_from(SHIFTS), unique=True)))
@settings(max_examples=30, deadline=None)
def test_day_shift_only(shifts: list[str] | None) -> None:
    status, broken, _ = check(person(Need("day_shift_only")), seat(shifts=shifts, hours_min=0))
    if shifts is None:
        assert status == STATUS_UNVERIFIED
    else:
        assert (status == STATUS_CONFLICT) == ("day" not in shifts)


@given(offered=st.one_of(st.none(), st.lists(st.sampled_from(ACCOMMODATIONS_OFFERED), unique=True)))
@settings(max_examples=30, deadline=None)
def test_flexible_breaks(offered: list[str] | None) -> None:
    status, _, _ = check(
        person(Need("flexible_breaks")), seat(accommodations_offered=offered, hours_min=0)
    )
    if offered is None:
        assert status == STATUS_UNVERIFIED
    else:
        assert (status == STATUS_CONFLICT) == ("flexible_breaks" not in offered)


@given(access=st.one_of(st.none(), st.booleans()))
@settings(max_examples=10, deadline=None)
def test_wheelchair(access: bool | None) -> None:
    status, _, _ = check(
        person(Need("wheelchair_access")), seat(wheelchair_accessible=access, hours_min=0)
    )
    assert status == {None: STATUS_UNVERIFIED, True: STATUS_OK, False: STATUS_CONFLICT}[access]


@given(
    access=st.one_of(st.none(), st.booleans()),
    walking=st.one_of(st.none(), levels),
    standing=st.one_of(st.none(), levels),
)
@settings(max_examples=40, deadline=None)
def test_work_on_foot_breaks_a_wheelchair_users_need_wherever_the_building_is_accessible(
    access: bool | None, walking: int | None, standing: int | None
) -> None:
    demands = {k: v for k, v in (("walking", walking), ("standing", standing)) if v is not None}
    status, broken, _ = check(
        person(Need("wheelchair_access")),
        seat(wheelchair_accessible=access, hours_min=0, demands=demands),
    )
    on_foot = max(walking or 0, standing or 0) >= WHEELCHAIR_ON_FOOT
    if on_foot or access is False:
        assert status == STATUS_CONFLICT and broken == ["wheelchair_access"]
    else:
        assert status == (STATUS_OK if access else STATUS_UNVERIFIED)


@given(
    limit=st.integers(5, 90),
    dlat=st.floats(-0.5, 0.5),
    dlon=st.floats(-0.5, 0.5),
    transport=st.sampled_from(["car", "public", "bike", "walk"]),
)
@settings(max_examples=60, deadline=None)
def test_travel_limit_uses_the_spec_formula(
    limit: int, dlat: float, dlon: float, transport: str
) -> None:
    citizen = CitizenRuleInput(
        [Need("max_travel_minutes", limit)], 37, False, (), transport, LAT, LON
    )
    table = SeatTable.from_centres([centre(seat(hours_min=0), lat=LAT + dlat, lon=LON + dlon)])
    result = evaluate(citizen, table)
    minutes = float(travel_minutes(LAT, LON, LAT + dlat, LON + dlon, transport))
    assert result.travel_minutes[0] == pytest.approx(minutes)
    assert (int(result.status[0]) == STATUS_CONFLICT) == (minutes > limit)


def test_travel_formula_worked_example() -> None:
    # 10 km north by public transport: 60 × 1.3 × 10 / 20 = 39 minutes
    km10 = 10 / 111.195
    assert float(travel_minutes(LAT, LON, LAT + km10, LON, "public")) == pytest.approx(
        39.0, abs=0.05
    )


@given(
    required=st.lists(st.sampled_from(["B", "C", "forklift", "hygiene", "first_aid"]), unique=True),
    held=st.lists(st.sampled_from(["B", "C", "forklift", "hygiene", "first_aid"]), unique=True),
)
@settings(max_examples=40, deadline=None)
def test_licences(required: list[str], held: list[str]) -> None:
    status, broken, _ = check(
        person(licences=tuple(held)), seat(required_licences=required, hours_min=0)
    )
    missing = {f"licence_{lic}" for lic in required if lic not in held}
    assert set(broken) == missing
    assert (status == STATUS_CONFLICT) == bool(missing)


def test_a_licence_read_from_prose_leaves_the_seat_unverified() -> None:
    """A licence read only from a sentence that is not a plain statement is no evidence for a
    seat that requires it (features.cv, ``licences_unclear``), but it is no conflict either."""
    unclear = CitizenRuleInput((), 37, False, ("B",), "car", LAT, LON, licences_unclear=("B",))
    status, broken, unchecked = check(unclear, seat(required_licences=["B"], hours_min=0))
    assert (status, broken, unchecked) == (STATUS_UNVERIFIED, [], ["licence_B"])
    status, _, unchecked = check(unclear, seat(required_licences=[], hours_min=0))
    assert (status, unchecked) == (STATUS_OK, [])
    status, _, _ = check(person(licences=("B",)), seat(required_licences=["B"], hours_min=0))
    assert status == STATUS_OK


@pytest.mark.parametrize(
    ("complex_", "generation", "ok"),
    [(True, 1, False), (True, 2, True), (False, 1, True), (False, 2, True)],
)
def test_complex_citizens_only_in_generation_2(complex_: bool, generation: int, ok: bool) -> None:
    status, broken, _ = check(person(complex_=complex_), seat(hours_min=0), generation=generation)
    assert (status == STATUS_OK) == ok
    assert (GENERATION_RULE in broken) == (not ok)


def test_several_broken_needs_are_all_named() -> None:
    s = seat(
        demands={"lift_kg": 25, "standing": 4, "noise": 4}, hours_min=20, accommodations_offered=[]
    )
    c = person(
        Need("max_lift_kg", 10), Need("no_prolonged_standing"), Need("quiet_environment"), hours=12
    )
    status, broken, _ = check(c, s)
    assert status == STATUS_CONFLICT
    assert set(broken) == {"max_lift_kg", "no_prolonged_standing", "quiet_environment", HOURS_RULE}


def test_needs_of_other_citizens_do_not_leak_between_pairs() -> None:
    table = SeatTable.from_centres(
        [
            centre(
                seat(id="a", demands={"lift_kg": 30}, hours_min=0),
                seat(id="b", demands={"lift_kg": 5}, hours_min=0),
            )
        ]
    )
    people = CitizenTable.from_inputs([person(Need("max_lift_kg", 10)), person()])
    ci = np.array([0, 0, 1, 1])
    si = np.array([0, 1, 0, 1])
    result = evaluate_pairs(people, table, ci, si)
    assert result.status.tolist() == [STATUS_CONFLICT, STATUS_OK, STATUS_OK, STATUS_OK]
    assert result.subset(np.array([0])).broken(0) == ["max_lift_kg"]
    assert result.count_broken() == {"max_lift_kg": 1}


def test_effective_needs_keep_the_strictest_value_once_per_code() -> None:
    text = [
        Need("max_lift_kg", 10, "text", "tunge løft"),
        Need("quiet_environment", None, "text", "ro"),
    ]
    structured = [Need("max_lift_kg", 8, "structured")]
    icf = [
        Need("max_lift_kg", 5, "icf", "ICF d430 (3)"),
        Need("no_bending", None, "icf", "ICF d4105 (3)"),
    ]
    needs = effective_needs(text, structured, icf)
    assert [(n.code, n.value, n.source) for n in needs] == [
        ("max_lift_kg", 5, "icf"),
        ("quiet_environment", None, "text"),
        ("no_bending", None, "icf"),
    ]


def test_unknown_demand_never_passes_silently_in_bulk() -> None:
    rng = np.random.default_rng(7)
    seats = [
        seat(
            id=f"s{i}",
            demands={} if rng.random() < 0.5 else {"standing": int(rng.integers(0, 5))},
            hours_min=0,
        )
        for i in range(200)
    ]
    result = evaluate(
        person(Need("no_prolonged_standing")), SeatTable.from_centres([centre(*seats)])
    )
    for i, s in enumerate(seats):
        level = s["demands"].get("standing")
        expected = (
            STATUS_UNVERIFIED if level is None else STATUS_CONFLICT if level >= 3 else STATUS_OK
        )
        assert result.status[i] == expected


def test_an_unclear_accommodation_text_leaves_every_seat_unverified_but_still_finds_conflicts() -> (
    None
):
    unclear = CitizenRuleInput((), 37, False, (), "car", LAT, LON, needs_unclear=True)
    status, broken, unchecked = check(unclear, seat(hours_min=10, demands={"noise": 0}))
    assert (status, broken, unchecked) == (STATUS_UNVERIFIED, [], [UNCLEAR_NEEDS_RULE])
    status, broken, _ = check(unclear, seat(hours_min=40))
    assert status == STATUS_CONFLICT and broken == [HOURS_RULE]
    assert check(person(), seat(hours_min=10))[0] == STATUS_OK
