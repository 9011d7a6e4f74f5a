"""A seat's capacity is never exceeded: 50 simultaneous reservations of one free place.

Through a real uvicorn server on 127.0.0.1 (a free port), on SQLite and on PostgreSQL: exactly one
request gets 201, the other 49 get 409 ``seat_full``, and the database agrees.
"""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from service.db import Database
from service.models import PlacementRow, SeatRow
from service.settings import Settings
from tests.service import sample
from tests.service.conftest import LiveServer, make_tokens

RACERS = 50


def _race_dataset() -> dict[str, Any]:
    data = sample.dataset()
    data["centres"].append(sample.centre("c-race", [sample.seat("c-race-1", capacity=1)]))
    data["citizens"].extend(sample.citizen(f"r-{i:02d}") for i in range(RACERS))
    return data


def _race(base_url: str, token: str) -> list[tuple[int, str]]:
    """Fire ``RACERS`` reservations at once (a barrier releases them together)."""
    barrier = threading.Barrier(RACERS)
    results: list[tuple[int, str]] = [(0, "")] * RACERS

    def one(i: int) -> None:
        with httpx.Client(base_url=base_url, timeout=60) as client:
            body = {"citizen_id": f"r-{i:02d}", "seat_id": "c-race-1"}
            barrier.wait()
            response = client.post(
                "/placements", json=body, headers={"Authorization": f"Bearer {token}"}
            )
            results[i] = (response.status_code, response.json().get("code", ""))

    threads = [threading.Thread(target=one, args=(i,)) for i in range(RACERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_fifty_simultaneous_reservations_of_one_place(
    backend: str, db_url: str, model_file: str, request: pytest.FixtureRequest
) -> None:
    url = db_url if backend == "sqlite" else request.getfixturevalue("postgres").new_database()
    tokens = make_tokens(url)
    with LiveServer(Settings(db_url=url, model_path=model_file)) as server:
        admin = {"Authorization": f"Bearer {tokens['admin']}"}
        imported = httpx.post(f"{server.url}/admin/import", json=_race_dataset(), headers=admin)
        assert imported.status_code == 200, imported.text
        results = _race(server.url, tokens["consultant"])
        seat = httpx.get(f"{server.url}/seats/c-race-1", headers=admin).json()

    counts = Counter(status for status, _ in results)
    assert counts == {201: 1, 409: RACERS - 1}, counts
    assert {code for status, code in results if status == 409} == {"seat_full"}
    assert (seat["places"], seat["occupied"], seat["free"]) == (1, 1, 0)

    db = Database.open(Settings(db_url=url), run_migrations=False)
    try:
        with db.read() as session:
            row = session.get(SeatRow, "c-race-1")
            assert row is not None and (row.capacity, row.occupied) == (1, 1)
            held = session.scalar(
                select(func.count())
                .select_from(PlacementRow)
                .where(PlacementRow.seat_id == "c-race-1")
            )
            assert held == 1
    finally:
        db.close()
