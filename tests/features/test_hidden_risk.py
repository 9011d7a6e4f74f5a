"""Hidden-conflict risk: unknown seat facts imputed from seats of the same kind."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from features.hidden_risk import (
    RISK_LIMIT,
    HiddenRisk,
    expected_scores,
    hidden_conflict_risk,
    within_risk_limit,
)
from features.needs import Need
from features.rules import (
    STATUS_CONFLICT,
    STATUS_OK,
    STATUS_UNVERIFIED,
    CitizenRuleInput,
    CitizenTable,
    SeatTable,
    evaluate_pairs,
)

LAT, LON = 55.5, 9.73
WAREHOUSE, OFFICE = 0, 1


def seat(n: int, lift: float | None, **fields: Any) -> dict[str, Any]:
    demands = {} if lift is None else {"lift_kg": lift}
    return {
        "id": f"s-{n}",
        "capacity": 1,
        "demands": demands,
        "hours_min": 0,
        "shifts": ["day"],
        **fields,
    }


def world() -> tuple[SeatTable, np.ndarray]:
    """Warehouse seats mostly lift heavy, office seats never; one unknown lift of each kind."""
    seats = [
        seat(0, 25),
        seat(1, 20),
        seat(2, 5),
        seat(3, None),  # warehouse, lift unknown
        seat(4, 0),
        seat(5, 0),
        seat(6, None),  # office, lift unknown
        seat(7, 30),  # warehouse, known conflict for a 10 kg limit
    ]
    centre = {"id": "c-1", "generation": 2, "lat": LAT, "lon": LON, "seats": seats}
    group = np.array([WAREHOUSE] * 4 + [OFFICE] * 3 + [WAREHOUSE])
    return SeatTable.from_centres([centre]), group


def citizens(*, unclear: bool = False) -> CitizenTable:
    needs = (Need("max_lift_kg", 10.0),)
    return CitizenTable.from_inputs(
        [CitizenRuleInput(needs, 37, False, (), "car", LAT, LON, needs_unclear=unclear)]
    )


def risk_of(table: CitizenTable) -> tuple[np.ndarray, np.ndarray]:
    seats, group = world()
    ci = np.zeros(len(seats), np.int64)
    si = np.arange(len(seats), dtype=np.int64)
    result = evaluate_pairs(table, seats, ci, si)
    return result.status, hidden_conflict_risk(table, seats, ci, si, result, group, draws=200)


def test_unknown_demands_take_the_risk_of_their_kind() -> None:
    status, risk = risk_of(citizens())
    assert status[3] == status[6] == STATUS_UNVERIFIED
    # two of the three warehouse seats with a known lift break a 10 kg limit
    assert 0.55 < risk[3] < 0.8
    assert risk[6] == 0.0, "every office seat with a known lift is within the limit"
    assert status[0] == STATUS_CONFLICT and risk[0] == 1.0
    assert status[2] == STATUS_OK and risk[2] == 0.0


def test_unread_text_alone_adds_no_seat_risk() -> None:
    status, risk = risk_of(citizens(unclear=True))
    assert status[2] == STATUS_UNVERIFIED and risk[2] == 0.0
    assert risk[3] > 0.5


def test_deterministic_and_shared_across_requests() -> None:
    seats, group = world()
    table = citizens()
    ci, si = np.zeros(2, np.int64), np.array([3, 6])
    result = evaluate_pairs(table, seats, ci, si)
    estimator = HiddenRisk(seats, group)
    assert np.array_equal(
        estimator.risk(table, ci, si, result), estimator.risk(table, ci, si, result)
    )
    assert np.array_equal(
        estimator.risk(table, ci, si, result),
        hidden_conflict_risk(table, seats, ci, si, result, group),
    )


def test_listing_and_discount() -> None:
    status = np.array([STATUS_OK, STATUS_UNVERIFIED, STATUS_UNVERIFIED, STATUS_CONFLICT], np.int8)
    risk = np.array([0.0, RISK_LIMIT, RISK_LIMIT + 0.05, 1.0])
    assert within_risk_limit(status, risk).tolist() == [True, True, False, False]
    scores = np.full(4, 0.5)
    assert expected_scores(status, scores, risk).tolist() == pytest.approx(
        [0.5, 0.5 * (1 - RISK_LIMIT), 0.5 * (1 - RISK_LIMIT - 0.05), 0.5]
    )
