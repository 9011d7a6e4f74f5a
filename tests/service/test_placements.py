"""Placements: reserve, hard rules and overrides, start, end, cancel, capacity."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi.testclient import TestClient

from tests.service.conftest import Headers


def _reserve(
    client: TestClient, headers: dict[str, str], citizen: str, seat: str, **extra: Any
) -> httpx.Response:
    return client.post(
        "/placements", json={"citizen_id": citizen, "seat_id": seat, **extra}, headers=headers
    )


def _seat(client: TestClient, headers: dict[str, str], seat_id: str) -> dict[str, Any]:
    response = client.get(f"/seats/{seat_id}", headers=headers)
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


def test_reserve_start_end_frees_the_place(loaded: TestClient, as_role: Headers) -> None:
    h = as_role("consultant")
    made = _reserve(loaded, h, "b-0001", "c-1-en")
    assert made.status_code == 201, made.text
    placement = made.json()
    assert placement["status"] == "reserved" and placement["conflicts_overridden"] == []
    assert _seat(loaded, h, "c-1-en")["free"] == 0

    started = loaded.post(
        f"/placements/{placement['id']}/start", json={"start": "2026-11-09"}, headers=h
    )
    assert started.status_code == 200 and started.json()["start"] == "2026-11-09"
    again = loaded.post(f"/placements/{placement['id']}/start", headers=h)
    assert again.status_code == 409 and "started" in again.json()["message"]

    early = loaded.post(
        f"/placements/{placement['id']}/end",
        json={"outcome": "completed", "end": "2026-01-01"},
        headers=h,
    )
    assert early.status_code == 422 and early.json()["field"] == "end"
    bad = loaded.post(f"/placements/{placement['id']}/end", json={"outcome": "great"}, headers=h)
    assert bad.status_code == 422 and bad.json()["field"] == "outcome"
    ended = loaded.post(
        f"/placements/{placement['id']}/end",
        json={"outcome": "completed", "end": "2027-02-05"},
        headers=h,
    )
    assert ended.status_code == 200, ended.text
    assert ended.json()["status"] == "ended" and ended.json()["outcome"] == "completed"
    twice = loaded.post(
        f"/placements/{placement['id']}/end", json={"outcome": "completed"}, headers=h
    )
    assert twice.status_code == 409
    assert _seat(loaded, h, "c-1-en")["free"] == 1
    history = loaded.get(
        "/placements", params={"citizen_id": "b-0001", "status": "ended"}, headers=h
    )
    assert len(history.json()) == 2  # the imported one and this one


def test_full_seat_and_one_place_per_citizen(loaded: TestClient, as_role: Headers) -> None:
    h = as_role("consultant")
    assert _reserve(loaded, h, "b-0001", "c-1-en").status_code == 201
    full = _reserve(loaded, h, "b-0002", "c-1-en")
    assert full.status_code == 409 and full.json()["code"] == "seat_full"
    twice = _reserve(loaded, h, "b-0001", "c-1-kontor")
    assert twice.status_code == 409 and "already holds" in twice.json()["message"]
    seat = _seat(loaded, h, "c-1-en")
    assert (seat["places"], seat["occupied"], seat["free"]) == (1, 1, 0)
    assert loaded.get("/citizens", headers=h).status_code == 200
    blocked = loaded.delete("/citizens/b-0001", headers=h)
    assert blocked.status_code == 409


def test_cancel_frees_the_place(loaded: TestClient, as_role: Headers) -> None:
    h = as_role("team_lead")
    placement = _reserve(loaded, h, "b-0002", "c-2-kontor").json()
    assert _seat(loaded, h, "c-2-kontor")["free"] == 0
    cancelled = loaded.post(f"/placements/{placement['id']}/cancel", headers=h)
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    assert _seat(loaded, h, "c-2-kontor")["free"] == 1
    assert loaded.post(f"/placements/{placement['id']}/cancel", headers=h).status_code == 409
    assert loaded.post(f"/placements/{placement['id']}/start", headers=h).status_code == 409


def test_deactivated_records_take_no_reservation(loaded: TestClient, as_role: Headers) -> None:
    h = as_role("consultant")
    assert loaded.delete("/seats/c-1-kontor", headers=h).status_code == 200
    response = _reserve(loaded, h, "b-0001", "c-1-kontor")
    assert response.status_code == 409 and "deactivated" in response.json()["message"]
    assert loaded.delete("/citizens/b-0003", headers=h).status_code == 200
    response = _reserve(loaded, h, "b-0003", "c-1-en")
    assert response.status_code == 409 and "deactivated" in response.json()["message"]
    assert _reserve(loaded, h, "b-nobody", "c-1-en").status_code == 404
    assert _reserve(loaded, h, "b-0001", "s-nothing").status_code == 404


def test_hard_rule_refusal_and_team_lead_override(loaded: TestClient, as_role: Headers) -> None:
    consultant, lead, admin = as_role("consultant"), as_role("team_lead"), as_role("admin")
    # b-0412 may lift at most 10 kg; the warehouse seat needs 25 kg.
    refused = _reserve(loaded, consultant, "b-0412", "c-1-lager")
    assert refused.status_code == 409, refused.text
    body = refused.json()
    assert body["code"] == "hard_rule_conflict"
    assert body["conflicts"] and all(isinstance(c, str) for c in body["conflicts"])
    assert _seat(loaded, consultant, "c-1-lager")["occupied"] == 0

    not_allowed = _reserve(
        loaded, consultant, "b-0412", "c-1-lager", override_reason="Borgeren ønsker det selv"
    )
    assert not_allowed.status_code == 403
    too_short = _reserve(loaded, lead, "b-0412", "c-1-lager", override_reason="ok")
    assert too_short.status_code == 422 and too_short.json()["field"] == "override_reason"

    reason = "Virksomheden fjerner tunge løft fra opgaverne i praktikken"
    made = _reserve(loaded, lead, "b-0412", "c-1-lager", override_reason=reason)
    assert made.status_code == 201, made.text
    assert made.json()["overridden"] is True
    assert made.json()["conflicts_overridden"] == body["conflicts"]

    entries = loaded.get("/audit", params={"action": "placement.override"}, headers=admin).json()
    assert len(entries) == 1
    assert entries[0]["detail"]["reason"] == reason
    assert entries[0]["role"] == "team_lead"
    assert {"b-0412", "c-1-lager", str(made.json()["id"])} <= set(entries[0]["object_ids"])
    refusals = loaded.get("/audit", params={"action": "placement.refused"}, headers=admin).json()
    assert [e["detail"]["reason"] for e in refusals] == ["hard_rule_conflict"]


def test_a_fitting_pair_is_reserved_without_override(loaded: TestClient, as_role: Headers) -> None:
    made = _reserve(loaded, as_role("consultant"), "b-0412", "c-1-kontor")
    assert made.status_code == 201, made.text
    assert made.json()["overridden"] is False


def test_override_reason_without_conflict_is_not_recorded(
    loaded: TestClient, as_role: Headers
) -> None:
    lead = as_role("team_lead")
    made = _reserve(loaded, lead, "b-0002", "c-1-kontor", override_reason="For en sikkerheds skyld")
    assert made.status_code == 201 and made.json()["overridden"] is False
    entries = loaded.get(
        "/audit", params={"action": "placement.override"}, headers=as_role("admin")
    )
    assert entries.json() == []


def test_lowering_capacity_below_held_places_is_impossible(
    loaded: TestClient, as_role: Headers
) -> None:
    h = as_role("consultant")
    assert _reserve(loaded, h, "b-0001", "c-1-kontor").status_code == 201
    # capacity is the number of *free* places: 0 free keeps the held one.
    patched = loaded.patch("/seats/c-1-kontor", json={"capacity": 0}, headers=h)
    assert patched.status_code == 200
    assert (patched.json()["places"], patched.json()["occupied"]) == (1, 1)
    assert _reserve(loaded, h, "b-0002", "c-1-kontor").json()["code"] == "seat_full"
