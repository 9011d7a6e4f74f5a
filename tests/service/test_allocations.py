"""Batch allocation jobs: start (202), follow, read the proposal, confirm all or nothing, restart."""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from matcher.dataset import looks_like_cpr
from service.app import create_app
from service.db import Database
from service.jobs import _new_job_id
from service.models import AllocationJobRow, PlacementRow, SeatRow
from service.records import now
from service.settings import Settings
from tests.conftest import SmallWorld
from tests.service.conftest import Headers


def _run(
    client: TestClient,
    lead: dict[str, str],
    time_limit: float = 1,
    expect: str = "succeeded",
    **options: Any,
) -> dict[str, Any]:
    """Start a job with ``options`` and wait for it to finish; returns the finished job."""
    body = {"time_limit": time_limit, **options}
    started = client.post("/allocations", json=body, headers=lead)
    assert started.status_code == 202, started.text
    job = started.json()
    assert job["status"] in ("queued", "running") and job["result"] is None
    assert started.headers["location"] == f"/allocations/{job['id']}"
    seen = set()
    deadline = time.monotonic() + 120
    while job["status"] in ("queued", "running"):
        assert time.monotonic() < deadline, job
        time.sleep(0.05)
        job = client.get(f"/allocations/{job['id']}", headers=lead).json()
        seen.add(job["status"])
        assert 0 <= job["progress"] <= 1
    assert job["status"] == expect, job
    return job


def _placements(url: str) -> int:
    db = Database.open(Settings(db_url=url), run_migrations=False)
    try:
        with db.read() as session:
            return int(session.scalar(select(func.count()).select_from(PlacementRow)) or 0)
    finally:
        db.close()


def test_allocation_job_proposes_and_confirms(
    world: TestClient, world_as: Headers, world_url: str, small_world: SmallWorld
) -> None:
    lead = world_as("team_lead")
    # One citizen already holds a place: she is not allocated again.
    holder = small_world.dataset.citizens[0].id
    seat = next(s for _, s in small_world.dataset.seats() if s.capacity > 0).id
    body = {"citizen_id": holder, "seat_id": seat, "override_reason": "Aftalt med borgeren i dag"}
    assert world.post("/placements", json=body, headers=lead).status_code == 201

    job = _run(world, lead)
    result = job["result"]
    assert job["progress"] == 1.0 and job["data_revision"] is not None
    assert result["status"] in ("optimal", "feasible") and result["model"]
    placed = [a["citizen_id"] for a in result["assignments"]]
    waiting = [u["citizen_id"] for u in result["unassigned"]]
    everyone = {c.id for c in small_world.dataset.citizens} - {holder}
    assert sorted(placed + waiting) == sorted(everyone)
    assert all(isinstance(a["reasons"], list) for a in result["assignments"])
    assert all(u["reasons"] for u in result["unassigned"])
    free = {
        s["id"]: s["free"] for s in world.get("/seats", params={"limit": 1000}, headers=lead).json()
    }
    for seat_id, n in Counter(a["seat_id"] for a in result["assignments"]).items():
        assert n <= free[seat_id]

    before = _placements(world_url)
    confirmed = world.post(f"/allocations/{job['id']}/confirm", headers=lead)
    assert confirmed.status_code == 200, confirmed.text
    body = confirmed.json()
    assert body["status"] == "confirmed" and len(body["placement_ids"]) == len(placed)
    assert _placements(world_url) == before + len(placed)
    mine = world.get("/placements", params={"citizen_id": placed[0]}, headers=lead).json()
    assert [p["status"] for p in mine] == ["reserved"]

    again = world.post(f"/allocations/{job['id']}/confirm", headers=lead)
    assert again.status_code == 409 and "already confirmed" in again.json()["message"]
    listed = world.get("/allocations", headers=lead).json()
    assert listed[0]["id"] == job["id"] and listed[0]["status"] == "confirmed"
    # One query per action: every poll above wrote an "allocation.read" entry, so on a slow
    # machine the newest page of this job's entries can hold nothing else.
    for action in (
        "allocation.start",
        "allocation.finished",
        "allocation.read",
        "allocation.confirm",
    ):
        params = {"object_id": job["id"], "action": action}
        entries = world.get("/audit", params=params, headers=world_as("admin")).json()
        assert entries and all(job["id"] in e["object_ids"] for e in entries), action


def test_confirm_refuses_when_a_seat_filled_up_meanwhile(
    world: TestClient, world_as: Headers, world_url: str, small_world: SmallWorld
) -> None:
    lead = world_as("team_lead")
    job = _run(world, lead)
    assignments = job["result"]["assignments"]
    seat_id = assignments[0]["seat_id"]
    proposed = {a["citizen_id"] for a in assignments}
    # Someone not in the proposal takes every free place of a proposed seat.
    outsiders = [c.id for c in small_world.dataset.citizens if c.id not in proposed]
    free = world.get(f"/seats/{seat_id}", headers=lead).json()["free"]
    for outsider in outsiders[:free]:
        body = {
            "citizen_id": outsider,
            "seat_id": seat_id,
            "override_reason": "Akut behov, aftalt med lederen",
        }
        assert world.post("/placements", json=body, headers=lead).status_code == 201
    before = _placements(world_url)

    refused = world.post(f"/allocations/{job['id']}/confirm", headers=lead)
    assert refused.status_code == 409, refused.text
    problems = refused.json()["problems"]
    assert {p["seat_id"] for p in problems} == {seat_id}
    assert {p["reason"] for p in problems} == {"seat_full"}
    assert _placements(world_url) == before  # nothing written
    assert world.get(f"/allocations/{job['id']}", headers=lead).json()["status"] == "succeeded"


def test_allocation_options_are_kept_and_reach_the_solver(
    world: TestClient, world_as: Headers, small_world: SmallWorld
) -> None:
    lead = world_as("team_lead")
    default = _run(world, lead)
    assert default["policy"] == {
        "waiting_weight": 0.2,
        "long_wait_quota": 0,
        "include_unverified": False,
        "include_declined": False,
        "place_max_first": False,
    }
    widest = _run(world, lead, include_unverified=True, include_declined=True, place_max_first=True)
    assert widest["policy"]["include_declined"] and widest["policy"]["place_max_first"]
    # More usable pairs and placing the most citizens first can only place more.
    assert len(widest["result"]["assignments"]) >= len(default["result"]["assignments"])
    # A quota no allocation can meet fails the job and says why (options and counts only).
    everyone = len(small_world.dataset.citizens)
    failed = _run(world, lead, expect="failed", long_wait_quota=everyone * 10)
    assert failed["policy"]["long_wait_quota"] == everyone * 10
    assert "long-wait quota" in failed["message"] and failed["result"] is None
    started = world.get("/audit", params={"object_id": failed["id"], "action": "allocation.start"},
                        headers=world_as("admin")).json()  # fmt: skip
    assert started[0]["detail"]["long_wait_quota"] == everyone * 10
    for field, value in (("waiting_weight", -1), ("long_wait_quota", 1.5), ("extra", 1)):
        bad = world.post("/allocations", json={field: value}, headers=lead)
        assert bad.status_code == 422 and bad.json()["field"] == field, bad.text


def test_only_team_leads_allocate(world: TestClient, world_as: Headers) -> None:
    for role in ("consultant", "analyst", "admin"):
        assert world.post("/allocations", headers=world_as(role)).status_code == 403
    lead = world_as("team_lead")
    assert world.get("/allocations/nope", headers=lead).status_code == 404
    assert world.post("/allocations/nope/confirm", headers=lead).status_code == 404
    bad = world.post("/allocations", json={"time_limit": -1}, headers=lead)
    assert bad.status_code == 422 and bad.json()["field"] == "time_limit"


def test_unfinished_jobs_are_interrupted_by_a_restart(
    world_settings: Settings, world_tokens: dict[str, str]
) -> None:
    db = Database.open(world_settings)
    try:
        with db.write() as session:
            for job_id, status in (("j-running", "running"), ("j-queued", "queued")):
                session.add(
                    AllocationJobRow(
                        id=job_id, status=status, created_at=now(), created_by="token:1:x",
                        time_limit=5.0, progress=0.3, message="kører",
                    )
                )  # fmt: skip
    finally:
        db.close()
    lead = {"Authorization": f"Bearer {world_tokens['team_lead']}"}
    with TestClient(create_app(world_settings)) as client:
        for job_id in ("j-running", "j-queued"):
            job = client.get(f"/allocations/{job_id}", headers=lead).json()
            assert job["status"] == "interrupted" and job["finished_at"]
            refused = client.post(f"/allocations/{job_id}/confirm", headers=lead)
            assert refused.status_code == 409


def test_confirm_takes_places_atomically_in_the_database(
    world: TestClient, world_as: Headers, world_url: str
) -> None:
    lead = world_as("team_lead")
    job = _run(world, lead)
    assert world.post(f"/allocations/{job['id']}/confirm", headers=lead).status_code == 200
    per_seat = Counter(a["seat_id"] for a in job["result"]["assignments"])
    db = Database.open(Settings(db_url=world_url), run_migrations=False)
    try:
        with db.read() as session:
            for seat_id, n in per_seat.items():
                row = session.get(SeatRow, seat_id)
                assert row is not None and row.occupied == n and row.occupied <= row.capacity
    finally:
        db.close()


def test_job_ids_never_look_like_a_cpr_number() -> None:
    """The audit log masks CPR-shaped text in object ids, so a job id holding some (about one
    random UUID in 125) would leave its audit trail unfindable by its id."""
    ids = [_new_job_id() for _ in range(3000)]
    assert not [i for i in ids if looks_like_cpr(i)]
    assert len(set(ids)) == len(ids)
