"""Ranking and allocation on PostgreSQL: the revision triggers, snapshot reads and the confirming
transaction behave there as on SQLite (the private server of ``tests/service/pg.py``)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from matcher.ranking import Ranker
from service.app import create_app
from service.db import Database
from service.models import PlacementRow
from service.settings import Settings
from tests.conftest import SmallWorld
from tests.service.conftest import make_tokens
from tests.service.pg import PostgresServer


def _world_body(world: SmallWorld) -> dict[str, Any]:
    ds = world.dataset
    return {
        "meta": ds.meta.to_dict(),
        "centres": [c.to_dict() for c in ds.centres],
        "citizens": [c.to_dict() for c in ds.citizens],
        "history": [p.to_dict() for p in ds.history],
        "history_citizens": [c.to_dict() for c in ds.history_citizens],
        "history_centres": [c.to_dict() for c in ds.history_centres],
    }


@pytest.fixture
def pg_world(
    postgres: PostgresServer, model_file: str, small_world: SmallWorld
) -> Iterator[tuple[TestClient, dict[str, str], str]]:
    url = postgres.new_database()
    tokens = make_tokens(url)
    settings = Settings(db_url=url, model_path=model_file, preload_model=False)
    with TestClient(create_app(settings)) as client:
        admin = {"Authorization": f"Bearer {tokens['admin']}"}
        imported = client.post("/admin/import", json=_world_body(small_world), headers=admin)
        assert imported.status_code == 200, imported.text
        yield client, tokens, url


def test_ranking_and_allocation_on_postgres(
    pg_world: tuple[TestClient, dict[str, str], str], small_world: SmallWorld
) -> None:
    client, tokens, url = pg_world
    consultant = {"Authorization": f"Bearer {tokens['consultant']}"}
    lead = {"Authorization": f"Bearer {tokens['team_lead']}"}
    citizen = small_world.dataset.citizens[2].id
    expected = Ranker(small_world.dataset, small_world.model).seats_for(citizen, 5)
    got = client.get(f"/citizens/{citizen}/matches", params={"top": 5}, headers=consultant)
    assert got.status_code == 200 and got.json() == expected

    # Closing the best seat is seen at once (statement triggers bump the revision).
    best = expected["matches"][0]["seat_id"]
    assert client.patch(f"/seats/{best}", json={"capacity": 0}, headers=consultant).is_success
    again = client.get(f"/citizens/{citizen}/matches", params={"top": 50}, headers=consultant)
    assert best not in {m["seat_id"] for m in again.json()["matches"]}

    job = client.post("/allocations", json={"time_limit": 1}, headers=lead).json()
    deadline = time.monotonic() + 120
    while job["status"] in ("queued", "running"):
        assert time.monotonic() < deadline
        time.sleep(0.05)
        job = client.get(f"/allocations/{job['id']}", headers=lead).json()
    assert job["status"] == "succeeded", job
    assignments = job["result"]["assignments"]
    assert assignments and best not in {a["seat_id"] for a in assignments}
    confirmed = client.post(f"/allocations/{job['id']}/confirm", headers=lead)
    assert confirmed.status_code == 200, confirmed.text

    db = Database.open(Settings(db_url=url), run_migrations=False)
    try:
        with db.read() as session:
            held = session.scalar(
                select(func.count())
                .select_from(PlacementRow)
                .where(PlacementRow.status == "reserved")
            )
    finally:
        db.close()
    assert held == len(assignments)
