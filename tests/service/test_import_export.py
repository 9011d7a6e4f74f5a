"""``matcher import`` / ``matcher export`` and their API twins: all or nothing, round trip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from matcher.cli import main
from matcher.dataset import read_dataset
from service import dataset_io
from service.db import Database
from service.models import CitizenRow, PlacementRow, SeatRow
from service.settings import Settings
from tests.service import sample
from tests.service.conftest import Headers, write_dataset_dir


def _by_id(rows: list[dict[str, Any]], key: str = "id") -> dict[str, dict[str, Any]]:
    return {r[key]: r for r in rows}


def _counts(url: str) -> tuple[int, int, int]:
    db = Database.open(Settings(db_url=url), run_migrations=False)
    try:
        with db.read() as session:
            return (
                len(session.query(CitizenRow).all()),
                len(session.query(SeatRow).all()),
                len(session.query(PlacementRow).all()),
            )
    finally:
        db.close()


def test_cli_import_export_round_trip(tmp_path: Path, db_url: str) -> None:
    source = write_dataset_dir(tmp_path / "in", sample.dataset())
    assert main(["import", str(source), "--db", db_url]) == 0
    out = tmp_path / "out"
    assert main(["export", "--db", db_url, "--out", str(out)]) == 0
    original, exported = read_dataset(source), read_dataset(out)
    assert exported.meta == original.meta
    for name in ("centres", "citizens", "history_citizens", "history_centres"):
        before = sorted((r.to_dict() for r in getattr(original, name)), key=lambda r: r["id"])
        after = sorted((r.to_dict() for r in getattr(exported, name)), key=lambda r: r["id"])
        assert after == before, name
    history = sorted(json.dumps(p.to_dict(), sort_keys=True) for p in exported.history)
    assert history == sorted(json.dumps(p.to_dict(), sort_keys=True) for p in original.history)
    # Re-import of the same data changes nothing, history included.
    assert main(["import", str(out), "--db", db_url]) == 0
    assert _counts(db_url) == (5, 5, 2)


def test_reimport_updates_by_id_and_keeps_held_places(
    tmp_path: Path, db_url: str, client: TestClient, as_role: Headers
) -> None:
    data = sample.dataset()
    assert main(["import", str(write_dataset_dir(tmp_path / "a", data)), "--db", db_url]) == 0
    made = client.post(
        "/placements",
        json={"citizen_id": "b-0001", "seat_id": "c-1-kontor"},
        headers=as_role("consultant"),
    )
    assert made.status_code == 201
    data["citizens"][1]["hours_per_week"] = 11
    data["centres"][0]["seats"][0]["capacity"] = 5
    assert main(["import", str(write_dataset_dir(tmp_path / "b", data)), "--db", db_url]) == 0
    h = as_role("consultant")
    assert client.get("/citizens/b-0001", headers=h).json()["record"]["hours_per_week"] == 11
    seat = client.get("/seats/c-1-kontor", headers=h).json()
    assert (seat["free"], seat["occupied"], seat["places"]) == (5, 1, 6)
    exported = client.get("/admin/export", headers=as_role("admin")).json()
    assert _by_id(_by_id(exported["centres"])["c-1"]["seats"])["c-1-kontor"]["capacity"] == 5


def test_invalid_dataset_is_refused_with_one_line_and_nothing_stored(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = sample.dataset()
    data["citizens"][3]["transport"] = "teleport"
    source = write_dataset_dir(tmp_path / "bad", data)
    assert main(["import", str(source), "--db", db_url]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "citizens.jsonl:4" in err[0] and "transport" in err[0]
    assert _counts(db_url) == (0, 0, 0)


def test_import_is_all_or_nothing_when_the_database_fails_midway(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_dataset_dir(tmp_path / "in", sample.dataset())
    real = dataset_io.put_citizen
    calls = {"n": 0}

    def failing(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(dataset_io, "put_citizen", failing)
    assert main(["import", str(source), "--db", db_url]) == 1
    assert calls["n"] == 3
    assert _counts(db_url) == (0, 0, 0)


def test_api_import_is_validated_and_atomic(client: TestClient, as_role: Headers) -> None:
    admin = as_role("admin")
    data = sample.dataset()
    data["history"][0]["seat_id"] = "c-unknown"
    response = client.post("/admin/import", json=data, headers=admin)
    assert response.status_code == 422
    assert response.json()["field"] == "seat_id" and response.json()["file"] == "history.jsonl"
    assert client.get("/centres", headers=admin).json() == []
    ok = client.post("/admin/import", json=sample.dataset(), headers=admin)
    assert ok.json() == {
        "centres": 3,
        "seats": 5,
        "citizens": 5,
        "history_placements_added": 2,
        "history_placements_known": 0,
    }
    again = client.post("/admin/import", json=sample.dataset(), headers=admin).json()
    assert again["history_placements_added"] == 0 and again["history_placements_known"] == 2
    imports = client.get("/audit", params={"action": "dataset.import"}, headers=admin).json()
    assert len(imports) == 2


def test_export_places_inactive_records_in_the_history_files(
    loaded: TestClient, as_role: Headers
) -> None:
    h, admin = as_role("consultant"), as_role("admin")
    assert loaded.delete("/citizens/b-0001", headers=h).status_code == 200
    assert loaded.delete("/citizens/b-0003", headers=h).status_code == 200
    assert loaded.delete("/seats/c-1-kontor", headers=h).status_code == 200
    exported = loaded.get("/admin/export", headers=admin).json()
    # b-0001 is named by history; b-0003 is not and is left out.
    assert "b-0001" in _by_id(exported["history_citizens"])
    assert "b-0003" not in _by_id(exported["citizens"] + exported["history_citizens"])
    kontor = _by_id(_by_id(exported["centres"])["c-1"]["seats"])["c-1-kontor"]
    assert kontor["capacity"] == 0
    assert "c-old" in _by_id(exported["history_centres"])
