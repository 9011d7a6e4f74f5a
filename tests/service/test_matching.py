"""Ranked matches over HTTP: the ``matcher rank`` JSON, free seats only, cache, audit, readiness."""

from __future__ import annotations

import gc
import time
from dataclasses import replace
from typing import Any

import pytest
from fastapi.testclient import TestClient

from matcher.ranking import Ranker
from service.app import create_app
from service.settings import Settings
from tests.conftest import SmallWorld
from tests.service.conftest import Headers


def _get(client: TestClient, path: str, headers: dict[str, str], **params: Any) -> Any:
    response = client.get(path, params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def _rebuilds(client: TestClient) -> int:
    rebuilds: int = client.app.state.ranking.rebuilds  # type: ignore[attr-defined]
    return rebuilds


def test_matches_are_the_matcher_rank_answer(
    world: TestClient, world_as: Headers, small_world: SmallWorld
) -> None:
    ranker = Ranker(small_world.dataset, small_world.model)
    h = world_as("consultant")
    for citizen in small_world.dataset.citizens[:5]:
        expected = ranker.seats_for(citizen.id, 7)
        assert _get(world, f"/citizens/{citizen.id}/matches", h, top=7) == expected
    seat = next(s for _, s in small_world.dataset.seats() if s.capacity > 0)
    expected = ranker.citizens_for(seat.id, 5)
    got = _get(world, f"/seats/{seat.id}/candidates", h, top=5)
    assert got.pop("free_places") == seat.capacity
    assert got == expected


def test_conflicts_only_on_request_and_last(
    world: TestClient, world_as: Headers, small_world: SmallWorld
) -> None:
    h = world_as("consultant")
    for citizen in small_world.dataset.citizens[:40]:
        plain = _get(world, f"/citizens/{citizen.id}/matches", h, top=100)["matches"]
        assert all(m["status"] != "conflict" and m["conflicts"] == [] for m in plain)
        every = _get(world, f"/citizens/{citizen.id}/matches", h, top=100, include_conflicts=True)[
            "matches"
        ]
        statuses = [m["status"] for m in every]
        if "conflict" in statuses:
            first = statuses.index("conflict")
            assert set(statuses[first:]) == {"conflict"}
            assert all(m["conflicts"] for m in every[first:])
            return
    pytest.fail("no citizen of the small world has a seat in conflict")


def test_a_full_seat_is_never_proposed(
    world: TestClient, world_as: Headers, small_world: SmallWorld
) -> None:
    consultant, lead = world_as("consultant"), world_as("team_lead")
    citizen = small_world.dataset.citizens[0].id
    best = _get(world, f"/citizens/{citizen}/matches", consultant, top=1)["matches"][0]
    seat_id = best["seat_id"]
    free = _get(world, f"/seats/{seat_id}", consultant)["free"]
    others = [c.id for c in small_world.dataset.citizens[1:]]
    taken = 0
    for other in others:
        if taken == free:
            break
        body = {
            "citizen_id": other,
            "seat_id": seat_id,
            "override_reason": "Testen fylder pladsen op med vilje",
        }
        made = world.post("/placements", json=body, headers=lead)
        assert made.status_code in (201, 409), made.text
        taken += made.status_code == 201
    assert _get(world, f"/seats/{seat_id}", consultant)["free"] == 0

    again = _get(world, f"/citizens/{citizen}/matches", consultant, top=100)["matches"]
    assert seat_id not in {m["seat_id"] for m in again}
    listed = _get(world, f"/seats/{seat_id}/candidates", consultant, top=10)
    assert listed["free_places"] == 0


def test_citizens_holding_a_place_are_not_candidates(
    world: TestClient, world_as: Headers, small_world: SmallWorld
) -> None:
    h = world_as("consultant")
    seat = next(s for _, s in small_world.dataset.seats() if s.capacity > 1)
    first = _get(world, f"/seats/{seat.id}/candidates", h, top=5)["matches"]
    top_citizen = first[0]["citizen_id"]
    made = world.post(
        "/placements", json={"citizen_id": top_citizen, "seat_id": seat.id}, headers=h
    )
    assert made.status_code == 201, made.text
    after = _get(world, f"/seats/{seat.id}/candidates", h, top=5)
    assert top_citizen not in {m["citizen_id"] for m in after["matches"]}
    assert [m["rank"] for m in after["matches"]] == list(range(1, len(after["matches"]) + 1))
    assert after["free_places"] == seat.capacity - 1
    # Continuing candidates move up one place.
    assert [m["citizen_id"] for m in after["matches"][:4]] == [m["citizen_id"] for m in first[1:5]]


def test_ranker_is_cached_per_data_revision(
    world: TestClient, world_as: Headers, small_world: SmallWorld
) -> None:
    h = world_as("consultant")
    citizens = [c.id for c in small_world.dataset.citizens[:3]]
    for citizen in citizens:
        _get(world, f"/citizens/{citizen}/matches", h)
    built = _rebuilds(world)
    assert built == 1
    for citizen in citizens:
        _get(world, f"/citizens/{citizen}/matches", h)
    assert _rebuilds(world) == built  # reads (and their audit entries) change nothing

    patch = {"hours_per_week": 5}
    assert world.patch(f"/citizens/{citizens[0]}", json=patch, headers=h).status_code == 200
    _get(world, f"/citizens/{citizens[0]}/matches", h)
    assert _rebuilds(world) == built + 1


def test_a_change_by_another_process_invalidates_the_cache(
    world: TestClient, world_as: Headers, world_settings: Settings, small_world: SmallWorld
) -> None:
    """A second app on the same database (another process) changes a seat: triggers tell."""
    h = world_as("consultant")
    citizen = small_world.dataset.citizens[0].id
    best = _get(world, f"/citizens/{citizen}/matches", h, top=1)["matches"][0]["seat_id"]
    with TestClient(create_app(world_settings)) as other:
        closed = other.patch(f"/seats/{best}", json={"capacity": 0}, headers=h)
        assert closed.status_code == 200, closed.text
    again = _get(world, f"/citizens/{citizen}/matches", h, top=100)["matches"]
    assert best not in {m["seat_id"] for m in again}


def test_every_read_of_matches_is_audited(
    world: TestClient, world_as: Headers, small_world: SmallWorld
) -> None:
    h = world_as("consultant")
    citizen = small_world.dataset.citizens[3].id
    _get(world, f"/citizens/{citizen}/matches", h, top=3)
    _get(world, f"/citizens/{citizen}/matches", h, top=4)
    seat = next(s for _, s in small_world.dataset.seats() if s.capacity > 0).id
    shown = _get(world, f"/seats/{seat}/candidates", h, top=3)["matches"]
    audit = world_as("admin")
    entries = _get(world, "/audit", audit, action="citizen.matches", object_id=citizen)
    assert [e["detail"]["top"] for e in entries] == [4, 3]
    assert all(e["role"] == "consultant" for e in entries)
    (entry,) = _get(world, "/audit", audit, action="seat.candidates", object_id=seat)
    assert entry["object_ids"] == [seat, *(m["citizen_id"] for m in shown)]


def test_unknown_deactivated_and_invalid(
    world: TestClient, world_as: Headers, small_world: SmallWorld
) -> None:
    h = world_as("consultant")
    assert world.get("/citizens/b-nobody/matches", headers=h).status_code == 404
    assert world.get("/seats/s-nobody/candidates", headers=h).status_code == 404
    citizen = small_world.dataset.citizens[5].id
    assert world.delete(f"/citizens/{citizen}", headers=h).status_code == 200
    gone = world.get(f"/citizens/{citizen}/matches", headers=h)
    assert gone.status_code == 409 and "deactivated" in gone.json()["message"]
    seat = next(s for _, s in small_world.dataset.seats()).id
    assert world.delete(f"/seats/{seat}", headers=h).status_code == 200
    assert world.get(f"/seats/{seat}/candidates", headers=h).status_code == 409
    bad = world.get(f"/citizens/{citizen}/matches", params={"top": 0}, headers=h)
    assert bad.status_code == 422 and bad.json()["field"] == "top"
    analyst = world.get(f"/citizens/{citizen}/matches", headers=world_as("analyst"))
    assert analyst.status_code == 403


def _wait_ready(client: TestClient, headers: dict[str, str], seconds: float = 60) -> Any:
    deadline = time.monotonic() + seconds
    while True:
        response = client.get("/ready", headers=headers)
        if response.status_code == 200 or time.monotonic() > deadline:
            return response
        assert response.status_code == 503
        assert response.headers["retry-after"]
        assert response.json()["model"]["status"] in ("loading", "failed")
        time.sleep(0.05)


def test_ready_waits_for_the_model(world: TestClient, world_as: Headers) -> None:
    response = _wait_ready(world, world_as("analyst"))
    assert response.status_code == 200, response.text
    model = response.json()["model"]
    assert model["status"] == "ready" and model["source"] == "file" and model["model_id"]


def test_a_model_that_cannot_load_is_not_ready(
    world_url: str, world_tokens: dict[str, str], tmp_path: Any
) -> None:
    broken = tmp_path / "broken.model"
    broken.write_bytes(b"not a model")
    settings = Settings(
        db_url=world_url, model_path=str(broken), model_wait_s=1, preload_model=False
    )
    h = {"Authorization": f"Bearer {world_tokens['consultant']}"}
    with TestClient(create_app(settings)) as client:
        response = client.get("/ready", headers=h)
        deadline = time.monotonic() + 10
        while response.json().get("model", {}).get("status") != "failed":
            assert response.status_code == 503 and time.monotonic() < deadline
            time.sleep(0.05)
            response = client.get("/ready", headers=h)
        assert response.status_code == 503
        matches = client.get("/citizens/x/matches", headers=h)
        assert matches.status_code == 503 and matches.json()["code"] == "not_ready"


def test_a_server_freezing_the_gc_still_rebuilds(
    world_settings: Settings, world_as: Headers, small_world: SmallWorld
) -> None:
    """``matcher serve`` freezes long-lived objects; snapshots must still be replaced."""
    settings = replace(world_settings, freeze_gc=True)
    h = world_as("consultant")
    citizen = small_world.dataset.citizens[1].id
    try:
        with TestClient(create_app(settings)) as client:
            best = _get(client, f"/citizens/{citizen}/matches", h, top=1)["matches"][0]
            assert gc.get_freeze_count() > 0
            closed = client.patch(f"/seats/{best['seat_id']}", json={"capacity": 0}, headers=h)
            assert closed.status_code == 200
            again = _get(client, f"/citizens/{citizen}/matches", h, top=100)["matches"]
            assert best["seat_id"] not in {m["seat_id"] for m in again}
            assert _rebuilds(client) == 2
    finally:
        gc.unfreeze()


def test_the_model_is_trained_on_history_and_retrained_when_it_grows(
    world_url: str, world_as: Headers, small_world: SmallWorld
) -> None:
    settings = Settings(db_url=world_url, preload_model=False, retrain_interval_s=0)
    h, lead = world_as("consultant"), world_as("team_lead")
    citizen = small_world.dataset.citizens[4].id
    with TestClient(create_app(settings)) as client:
        first = _get(client, f"/citizens/{citizen}/matches", h, top=1)
        ready = _wait_ready(client, h).json()["model"]
        assert ready["source"] == "history" and ready["model_id"] == first["model"]

        seat = first["matches"][0]["seat_id"]
        made = client.post("/placements", json={"citizen_id": citizen, "seat_id": seat}, headers=h)
        assert made.status_code == 201, made.text
        placement = made.json()["id"]
        assert client.post(f"/placements/{placement}/start", headers=lead).is_success
        ended = client.post(
            f"/placements/{placement}/end", json={"outcome": "completed"}, headers=lead
        )
        assert ended.is_success
        _get(client, f"/citizens/{citizen}/matches", h)  # sees the new history: retrains

        deadline = time.monotonic() + 120
        model = client.get("/ready", headers=h).json()["model"]
        while model["model_id"] == first["model"] or model["retraining"]:
            assert time.monotonic() < deadline, model
            time.sleep(0.1)
            model = client.get("/ready", headers=h).json()["model"]
        assert model["source"] == "history"
        assert _get(client, f"/citizens/{citizen}/matches", h)["model"] == model["model_id"]
