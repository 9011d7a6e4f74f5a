"""ICF code validation, implied needs (spec table) and soft signals."""

from __future__ import annotations

import pytest

from features import icf


@pytest.mark.parametrize("code", ["b130", "b1300", "d4154", "d430", "s750", "e310", "d4301"])
def test_real_categories_are_known(code: str) -> None:
    assert icf.is_known_code(code)


@pytest.mark.parametrize("code", ["b", "d4", "d430-d449", "x123", "d9999", "", "D430"])
def test_chapters_blocks_and_inventions_are_not_categories(code: str) -> None:
    assert not icf.is_known_code(code)


def implied(code: str, qualifier: int) -> dict[str, float | None]:
    return {n.code: n.value for n in icf.implied_needs([{"code": code, "qualifier": qualifier}])}


@pytest.mark.parametrize(
    ("code", "need", "value"),
    [
        ("d430", "max_lift_kg", 5),
        ("d4300", "max_lift_kg", 5),
        ("d4154", "no_prolonged_standing", None),
        ("d450", "no_prolonged_walking", None),
        ("d4500", "no_prolonged_walking", None),
        ("d4105", "no_bending", None),
        ("d4452", "no_overhead_work", None),
        ("d440", "limited_hand_use", None),
        ("d240", "no_time_pressure", None),
        ("d220", "simple_tasks", None),
        ("d710", "no_customer_contact", None),
        ("d720", "no_customer_contact", None),
        ("b130", "max_hours_per_week", 15),
        ("b455", "max_hours_per_week", 15),
    ],
)
def test_spec_table_at_qualifier_3(code: str, need: str, value: float | None) -> None:
    assert implied(code, 3) == {need: value}
    assert implied(code, 2) == {}
    assert implied(code, 8) == {} and implied(code, 9) == {}


def test_qualifier_4_fatigue_means_8_hours() -> None:
    assert implied("b130", 4) == {"max_hours_per_week": 8}
    both = icf.implied_needs([{"code": "b130", "qualifier": 3}, {"code": "b455", "qualifier": 4}])
    assert [(n.code, n.value) for n in both] == [("max_hours_per_week", 8)]


def test_sub_categories_inherit_the_cautious_rule() -> None:
    assert implied("d4301", 3) == {"max_lift_kg": 5}  # carrying in the hands is part of d430
    assert implied("b1300", 4) == {"max_hours_per_week": 8}


def test_evidence_names_the_code_never_the_note() -> None:
    (need,) = icf.implied_needs([{"code": "d240", "qualifier": 3, "note": "angst efter ulykke"}])
    assert need.source == "icf" and need.evidence == "ICF d240 (3)"


def test_bad_qualifier_is_rejected() -> None:
    with pytest.raises(ValueError):
        icf.implied_needs([{"code": "d240", "qualifier": 5}])


def test_soft_signals_grow_with_the_qualifier_and_hit_the_right_demand() -> None:
    mild = icf.soft_signals([{"code": "d4154", "qualifier": 1}])
    moderate = icf.soft_signals([{"code": "d4154", "qualifier": 2}])
    assert 0 < mild["standing"] < moderate["standing"] <= 1
    assert "lift_kg" not in moderate
    assert icf.soft_signals([{"code": "d4154", "qualifier": 0}]) == {}


def test_danish_titles() -> None:
    assert icf.title_da("d4154") == "at stå"
    assert icf.title_da("d4301") == "at løfte og bære"
    assert icf.title_da("e310") is None
