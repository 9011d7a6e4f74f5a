"""A caseworker's word on the licences a citizen holds, over HTTP."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from features.vocabulary import LICENCES
from matcher.domain import text_digest
from service.schemas import LicenceConfirmationCreate
from tests.service import sample
from tests.service.conftest import Headers

#: A licence stated beside something that puts it in doubt: left to confirm.
CV = "Kontorelev 2010-2012. Har kørekort B, men ingen bil."
PATH = "/citizens/b-7001/licences-confirmation"


def _profile(client: TestClient, h: dict[str, str]) -> Any:
    response = client.get("/citizens/b-7001/profile", headers=h)
    assert response.status_code == 200, response.text
    return response.json()


def _driving_seat_status(client: TestClient, h: dict[str, str]) -> str | None:
    params: dict[str, Any] = {"top": 50, "include_conflicts": True}
    response = client.get("/citizens/b-7001/matches", params=params, headers=h)
    assert response.status_code == 200, response.text
    found = [m["status"] for m in response.json()["matches"] if m["seat_id"] == "c-9-bil"]
    return found[0] if found else None


def test_a_confirmation_settles_the_licences_of_exactly_its_cv(
    loaded: TestClient, as_role: Headers
) -> None:
    h, lead = as_role("consultant"), as_role("team_lead")
    seat = sample.seat("c-9-bil", required_licences=["B"], title="Budchauffør")
    assert (
        loaded.post("/centres", json=sample.centre("c-9", [seat]), headers=lead).status_code == 201
    )
    body = sample.citizen("b-7001", cv_text=CV)
    assert loaded.post("/citizens", json=body, headers=h).status_code == 201

    before = _profile(loaded, h)
    assert before["licences_unclear"] == ["B"] and before["licences_confirmed"] is False
    assert before["cv_sha256"] == text_digest(CV)
    assert _driving_seat_status(loaded, h) == "unverified"

    stale = loaded.post(
        PATH, json={"cv_sha256": text_digest("Kontorelev."), "licences": ["B"]}, headers=h
    )
    assert stale.status_code == 409, stale.text
    unknown = loaded.post(
        PATH, json={"cv_sha256": before["cv_sha256"], "licences": ["pilot"]}, headers=h
    )
    assert unknown.status_code == 422 and unknown.json()["field"].startswith("licences")

    confirmed = loaded.post(
        PATH, json={"cv_sha256": before["cv_sha256"], "licences": ["B"] * 6}, headers=h
    )
    assert confirmed.status_code == 200, confirmed.text
    after = confirmed.json()
    assert after["licences"] == ["B"] and after["licences_unclear"] == []
    assert after["licences_confirmed"] is True
    record = loaded.get("/citizens/b-7001", headers=h).json()["record"]
    word = record["licences_confirmed"]
    assert word["cv_sha256"] == text_digest(CV) and word["licences"] == ["B"]
    assert word["by"] == "test consultant" and word["on"]
    assert _driving_seat_status(loaded, h) == "ok"

    # no licence at all, in the caseworker's word: the driving seat now breaks a hard rule
    none = loaded.post(PATH, json={"cv_sha256": before["cv_sha256"], "licences": []}, headers=h)
    assert none.status_code == 200 and none.json()["licences"] == []
    assert _driving_seat_status(loaded, h) == "conflict"

    # a changed CV is not covered: the reading counts again, and the profile says so
    changed = loaded.patch("/citizens/b-7001", json={"cv_text": CV + " Kantine 2020."}, headers=h)
    assert changed.status_code == 200, changed.text
    again = _profile(loaded, h)
    assert again["licences_confirmed"] is False and again["licences_unclear"] == ["B"]
    assert any("earlier version of the CV" in w for w in again["warnings"])

    for role in ("analyst", "admin"):
        denied = loaded.post(
            PATH, json={"cv_sha256": again["cv_sha256"], "licences": []}, headers=as_role(role)
        )
        assert denied.status_code == 403
    entries = loaded.get("/audit", params={"object_id": "b-7001"}, headers=as_role("admin")).json()
    assert "citizen.licences_confirmation" in [e["action"] for e in entries]


def test_the_request_names_every_licence_of_the_vocabulary() -> None:
    field = LicenceConfirmationCreate.model_fields["licences"]
    assert set(field.annotation.__args__[0].__args__) == set(LICENCES)  # type: ignore[union-attr]
