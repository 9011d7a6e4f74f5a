"""Citizens, centres and seats through the API: create, read, update, deactivate, validation."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.service import sample
from tests.service.conftest import Headers


def test_create_read_update_deactivate_citizen(client: TestClient, as_role: Headers) -> None:
    h = as_role("consultant")
    created = client.post("/citizens", json=sample.citizen("b-9000"), headers=h)
    assert created.status_code == 201, created.text
    assert created.json()["record"]["task_suggestions"] == ["Scanning", "Arkivering", "Post"]

    read = client.get("/citizens/b-9000", headers=h)
    assert read.status_code == 200
    assert read.json()["record"]["hours_per_week"] == 30

    patched = client.patch("/citizens/b-9000", json={"hours_per_week": 12}, headers=h)
    assert patched.status_code == 200, patched.text
    assert patched.json()["record"]["hours_per_week"] == 12
    assert patched.json()["record"]["consultant"] == "k-07"

    removed = client.patch("/citizens/b-9000", json={"consultant": None}, headers=h)
    assert "consultant" not in removed.json()["record"]

    gone = client.delete("/citizens/b-9000", headers=h)
    assert gone.status_code == 200 and gone.json()["active"] is False
    listed = client.get("/citizens", headers=h).json()
    assert "b-9000" not in [c["id"] for c in listed]
    inactive = client.get("/citizens", params={"active": False}, headers=h).json()
    assert [c["id"] for c in inactive] == ["b-9000"]
    assert set(inactive[0]) == {"id", "active", "consultant", "target_group"}


def test_citizen_validation_names_the_field(client: TestClient, as_role: Headers) -> None:
    h = as_role("consultant")
    cases: list[tuple[dict[str, Any], str]] = [
        ({**sample.citizen("b-1"), "hours_per_week": "tolv"}, "hours_per_week"),
        ({**sample.citizen("b-1"), "transport": "helicopter"}, "transport"),
        ({**sample.citizen("b-1"), "icf": [{"code": "d4300", "qualifier": 7}]}, "icf[0].qualifier"),
        ({k: v for k, v in sample.citizen("b-1").items() if k != "lat"}, "lat"),
        ({**sample.citizen("b-1"), "accommodations": [{"code": "max_lift_kg"}]},
         "accommodations[0].value"),
    ]  # fmt: skip
    for body, field in cases:
        response = client.post("/citizens", json=body, headers=h)
        assert response.status_code == 422, (field, response.text)
        assert response.json()["field"] == field
        assert "Traceback" not in response.text
    patched = client.post("/citizens", json=sample.citizen("b-2"), headers=h)
    assert patched.status_code == 201
    bad = client.patch("/citizens/b-2", json={"complex": "ja"}, headers=h)
    assert bad.status_code == 422 and bad.json()["field"] == "complex"
    renamed = client.patch("/citizens/b-2", json={"id": "b-3"}, headers=h)
    assert renamed.status_code == 422 and renamed.json()["field"] == "id"
    assert client.get("/citizens/b-2", headers=h).json()["record"]["complex"] is False


def test_cpr_shaped_ids_are_refused_and_never_echoed(client: TestClient, as_role: Headers) -> None:
    h = as_role("consultant")
    for cpr in ("010190-1234", "0101901234"):
        response = client.post("/citizens", json=sample.citizen(cpr), headers=h)
        assert response.status_code == 422
        assert response.json()["field"] == "id"
        assert cpr not in response.text
        missing = client.get(f"/citizens/{cpr}", headers=h)
        assert missing.status_code == 404
        assert cpr not in missing.text


def test_not_found_and_duplicates(loaded: TestClient, as_role: Headers) -> None:
    h = as_role("consultant")
    response = loaded.get("/citizens/b-nobody", headers=h)
    assert response.status_code == 404
    assert response.json()["code"] == "not_found" and "b-nobody" in response.json()["message"]
    dup = loaded.post("/citizens", json=sample.citizen("b-0001"), headers=h)
    assert dup.status_code == 409 and "exists" in dup.json()["message"]
    assert loaded.get("/seats/nope", headers=h).status_code == 404
    assert loaded.get("/centres/nope", headers=h).status_code == 404
    assert loaded.get("/placements/999", headers=h).status_code == 404
    unknown_route = loaded.get("/no/such/route", headers=h)
    assert unknown_route.status_code == 404 and unknown_route.json()["code"] == "not_found"


def test_centres_and_seats(loaded: TestClient, as_role: Headers) -> None:
    h = as_role("consultant")
    centre = loaded.get("/centres/c-1", headers=as_role("analyst")).json()
    assert [s["id"] for s in centre["seats"]] == ["c-1-kontor", "c-1-lager", "c-1-en"]
    assert centre["record"]["x_local_note"] == "extra fields survive a round trip"

    new_centre = sample.centre("c-9", [sample.seat("c-9-a", capacity=3)])
    created = loaded.post("/centres", json=new_centre, headers=h)
    assert created.status_code == 201, created.text
    assert created.json()["seats"][0]["free"] == 3
    dup_seat = loaded.post(
        "/centres", json=sample.centre("c-10", [sample.seat("c-9-a")]), headers=h
    )
    assert dup_seat.status_code == 409

    bad = sample.centre("c-11", [sample.seat("c-11-a", demands={"standing": 9})])
    response = loaded.post("/centres", json=bad, headers=h)
    assert response.status_code == 422 and response.json()["field"] == "seats[0].demands.standing"

    seat = {"centre_id": "c-9", **sample.seat("c-9-b", capacity=1)}
    assert loaded.post("/seats", json=seat, headers=h).status_code == 201
    bad_seat = {"centre_id": "c-9", **sample.seat("c-9-c", task_area="astronaut")}
    response = loaded.post("/seats", json=bad_seat, headers=h)
    assert response.status_code == 422 and response.json()["field"] == "task_area"
    no_centre = loaded.post("/seats", json={"centre_id": "c-404", **sample.seat("x-1")}, headers=h)
    assert no_centre.status_code == 404

    patched = loaded.patch("/seats/c-9-b", json={"capacity": 4, "title": "Ny titel"}, headers=h)
    assert patched.status_code == 200, patched.text
    assert patched.json()["free"] == 4 and patched.json()["record"]["title"] == "Ny titel"
    negative = loaded.patch("/seats/c-9-b", json={"capacity": -1}, headers=h)
    assert negative.status_code == 422 and negative.json()["field"] == "capacity"

    renamed = loaded.patch("/centres/c-9", json={"name": "Nyt navn"}, headers=h)
    assert renamed.status_code == 200 and renamed.json()["record"]["name"] == "Nyt navn"
    with_seats = loaded.patch("/centres/c-9", json={"seats": []}, headers=h)
    assert with_seats.status_code == 422 and with_seats.json()["field"] == "seats"
    bad_gen = loaded.patch("/centres/c-9", json={"generation": 3}, headers=h)
    assert bad_gen.status_code == 422 and bad_gen.json()["field"] == "generation"

    off = loaded.delete("/seats/c-9-b", headers=h)
    assert off.status_code == 200 and off.json()["active"] is False
    free_seats = loaded.get("/seats", params={"centre_id": "c-9"}, headers=h).json()
    assert [s["id"] for s in free_seats] == ["c-9-a"]
    closed = loaded.delete("/centres/c-9", headers=h)
    assert closed.status_code == 200
    assert closed.json()["active"] is False
    assert all(not s["active"] for s in closed.json()["seats"])


def test_request_validation_errors_name_the_field(loaded: TestClient, as_role: Headers) -> None:
    h = as_role("consultant")
    response = loaded.post("/placements", json={"citizen_id": "b-0001"}, headers=h)
    assert response.status_code == 422 and response.json()["field"] == "seat_id"
    response = loaded.get("/citizens", params={"limit": 0}, headers=h)
    assert response.status_code == 422 and response.json()["field"] == "limit"
    response = loaded.post(
        "/citizens", content=b"{not json", headers={**h, "Content-Type": "application/json"}
    )
    assert response.status_code == 422
