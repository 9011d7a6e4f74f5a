"""Numbers too large for a database column are refused as 422, never a 500 (found by Schemathesis)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from matcher.dataset import MAX_PERSONS as MAX_PLACES
from service.app import create_app
from service.settings import Settings
from tests.service import sample
from tests.service.conftest import make_tokens


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_oversized_numbers_are_422(
    backend: str, db_url: str, model_file: str, request: pytest.FixtureRequest
) -> None:
    url = db_url if backend == "sqlite" else request.getfixturevalue("postgres").new_database()
    tokens = make_tokens(url)
    admin = {"Authorization": f"Bearer {tokens['admin']}"}
    consultant = {"Authorization": f"Bearer {tokens['consultant']}"}
    settings = Settings(db_url=url, model_path=model_file, preload_model=False)
    with TestClient(create_app(settings)) as client:
        assert client.post("/admin/import", json=sample.dataset(), headers=admin).is_success
        for path in (f"/placements/{2**31}", "/placements/9223372036854775808", "/placements/0"):
            response = client.get(path, headers=consultant)
            assert response.status_code == 422 and response.json()["field"] == "placement_id"
        assert client.get(f"/placements/{2**31 - 1}", headers=consultant).status_code == 404
        huge_offset = client.get("/citizens", params={"offset": 2**64}, headers=consultant)
        assert huge_offset.status_code == 422 and huge_offset.json()["field"] == "offset"
        assert client.delete(f"/tokens/{2**70}", headers=admin).status_code == 422

        for places in (MAX_PLACES + 1, 2**40, 2**70):
            patch = client.patch("/seats/c-1-en", json={"capacity": places}, headers=consultant)
            assert patch.status_code == 422 and patch.json()["field"] == "capacity", patch.text
        fine = client.patch("/seats/c-1-en", json={"capacity": MAX_PLACES}, headers=consultant)
        assert fine.status_code == 200 and fine.json()["free"] == MAX_PLACES

        data = sample.dataset()
        data["centres"][0]["seats"][0]["capacity"] = 2**40
        imported = client.post("/admin/import", json=data, headers=admin)
        assert imported.status_code == 422 and imported.json()["field"] == "seats[0].capacity"
        unchanged = client.get("/seats/c-1-kontor", headers=consultant).json()
        assert unchanged["free"] == 2  # all or nothing
