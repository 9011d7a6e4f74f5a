"""What the software read of a citizen, and a caseworker's review of the needs, over HTTP."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from matcher.domain import text_digest
from tests.service import sample
from tests.service.conftest import Headers

#: A diagnosis line the reader cannot turn into needs, and one need it reads.
UNCLEAR_TEXT = "Borger har KOL. Må ikke løfte over 10 kg."


def _profile(client: TestClient, h: dict[str, str], citizen_id: str = "b-7000") -> Any:
    response = client.get(f"/citizens/{citizen_id}/profile", headers=h)
    assert response.status_code == 200, response.text
    return response.json()


def _statuses(client: TestClient, h: dict[str, str]) -> set[str]:
    response = client.get("/citizens/b-7000/matches", params={"top": 20}, headers=h)
    assert response.status_code == 200, response.text
    matches = response.json()["matches"]
    assert matches
    return {m["status"] for m in matches}


@pytest.fixture
def unclear(loaded: TestClient, as_role: Headers) -> TestClient:
    """The sample dataset plus citizen b-7000, whose needs text is not fully understood."""
    body = sample.citizen("b-7000", accommodations_text=UNCLEAR_TEXT)
    assert loaded.post("/citizens", json=body, headers=as_role("consultant")).status_code == 201
    return loaded


def test_review_clears_unclear_text_for_that_text_only(
    unclear: TestClient, as_role: Headers
) -> None:
    loaded = unclear
    h = as_role("consultant")
    before = _profile(loaded, h)
    assert before["needs_unclear"] is True and before["accommodations_reviewed"] is False
    assert any("KOL" in w for w in before["warnings"])
    assert {"code": "max_lift_kg", "value": 10, "source": "text"}.items() <= (
        before["accommodations"][0].items()
    )
    assert before["text_sha256"] == text_digest(UNCLEAR_TEXT)
    assert _statuses(loaded, h) == {"unverified"}

    stale = loaded.post(
        "/citizens/b-7000/accommodations-review",
        json={"text_sha256": text_digest("Borger har KOL.")},
        headers=h,
    )
    assert stale.status_code == 409, stale.text
    malformed = loaded.post(
        "/citizens/b-7000/accommodations-review", json={"text_sha256": "abc"}, headers=h
    )
    assert malformed.status_code == 422 and malformed.json()["field"] == "text_sha256"

    reviewed = loaded.post(
        "/citizens/b-7000/accommodations-review",
        json={"text_sha256": before["text_sha256"]},
        headers=h,
    )
    assert reviewed.status_code == 200, reviewed.text
    after = reviewed.json()
    assert after["needs_unclear"] is False and after["accommodations_reviewed"] is True
    assert after["accommodations"] == before["accommodations"]  # a review removes no need
    assert after["warnings"] == before["warnings"]  # what was not understood stays visible
    record = loaded.get("/citizens/b-7000", headers=h).json()["record"]
    review = record["accommodations_reviewed"]
    assert review["text_sha256"] == before["text_sha256"]
    assert review["by"] == "test consultant" and review["on"]
    assert _statuses(loaded, h) == {"ok"}

    # A changed text is not covered by the old review: unclear again, and said so.
    changed = loaded.patch(
        "/citizens/b-7000",
        json={"accommodations_text": UNCLEAR_TEXT + " Har også astma."},
        headers=h,
    )
    assert changed.status_code == 200, changed.text
    again = _profile(loaded, h)
    assert again["needs_unclear"] is True and again["accommodations_reviewed"] is False
    assert any("earlier version of the text" in w for w in again["warnings"])
    assert _statuses(loaded, h) == {"unverified"}


def test_profile_and_review_are_audited_and_for_caseworkers_only(
    unclear: TestClient, as_role: Headers
) -> None:
    loaded = unclear
    h = as_role("consultant")
    digest = _profile(loaded, h)["text_sha256"]
    path = "/citizens/b-7000/accommodations-review"
    assert loaded.post(path, json={"text_sha256": digest}, headers=h).status_code == 200
    for role in ("analyst", "admin"):
        assert loaded.get("/citizens/b-7000/profile", headers=as_role(role)).status_code == 403
        denied = loaded.post(path, json={"text_sha256": digest}, headers=as_role(role))
        assert denied.status_code == 403
    assert loaded.get("/citizens/b-0000/profile", headers=h).status_code == 404

    entries = loaded.get("/audit", params={"object_id": "b-7000"}, headers=as_role("admin")).json()
    actions = [e["action"] for e in entries]
    assert "citizen.profile" in actions and "citizen.accommodations_review" in actions


def test_a_confirmation_is_made_by_its_own_request_never_inside_a_record(
    unclear: TestClient, as_role: Headers
) -> None:
    """A record could name anyone as reviewer; only the review request records who and when."""
    h = as_role("consultant")
    digest = text_digest(UNCLEAR_TEXT)
    forged = {"text_sha256": digest, "by": "team lead", "on": "2026-01-02"}
    created = unclear.post(
        "/citizens", json=sample.citizen("b-7002", accommodations_reviewed=forged), headers=h
    )
    assert created.status_code == 422 and created.json()["field"] == "accommodations_reviewed"
    word = {"cv_sha256": text_digest("Kontorelev 2010-2012."), "licences": ["B"], "by": "x"}
    created = unclear.post(
        "/citizens", json=sample.citizen("b-7002", licences_confirmed=word), headers=h
    )
    assert created.status_code == 422 and created.json()["field"] == "licences_confirmed"
    patched = unclear.patch("/citizens/b-7000", json={"accommodations_reviewed": forged}, headers=h)
    assert patched.status_code == 422, patched.text
    assert _profile(unclear, h)["needs_unclear"] is True

    reviewed = unclear.post(
        "/citizens/b-7000/accommodations-review", json={"text_sha256": digest}, headers=h
    )
    assert reviewed.status_code == 200, reviewed.text
    record = unclear.get("/citizens/b-7000", headers=h).json()["record"]
    resent = unclear.patch("/citizens/b-7000", json=record, headers=h)  # sent back as read
    assert resent.status_code == 200, resent.text
    assert _profile(unclear, h)["needs_unclear"] is False
    redated = unclear.patch(
        "/citizens/b-7000",
        json={"accommodations_reviewed": {**record["accommodations_reviewed"], "on": "2020-01-01"}},
        headers=h,
    )
    assert redated.status_code == 422, redated.text

    withdrawn = unclear.patch("/citizens/b-7000", json={"accommodations_reviewed": None}, headers=h)
    assert withdrawn.status_code == 200, withdrawn.text
    assert _profile(unclear, h)["needs_unclear"] is True
