"""No CPR number and no health text in any log record or audit entry of a full API session.

Every log record of every logger (uvicorn's and SQLAlchemy's SQL log included, at DEBUG) is
captured while a real uvicorn server serves a session that touches every kind of personal data.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator

import httpx
import pytest

from matcher.dataset import looks_like_cpr
from service.settings import Settings
from tests.service import sample
from tests.service.conftest import LiveServer, make_tokens

CLIENT_LOGGERS = ("httpx", "httpcore")


class Capture(logging.Handler):
    """Keeps every record it sees, with its formatted exception text."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.texts: list[str] = []
        self.formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")

    def emit(self, record: logging.LogRecord) -> None:
        # The test's own HTTP client (httpx, httpcore) logs the URLs it requests; it is not the
        # service, so its records are left out.
        if not record.name.startswith(CLIENT_LOGGERS):
            self.texts.append(self.format(record))


@pytest.fixture
def capture() -> Iterator[Capture]:
    handler = Capture()
    names = ["", "uvicorn", "uvicorn.error", "uvicorn.access", "sqlalchemy.engine", "service"]
    loggers = [logging.getLogger(n) for n in names]
    saved = [(lg, lg.level) for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
    try:
        yield handler
    finally:
        for lg, level in saved:
            lg.removeHandler(handler)
            lg.setLevel(level)


def _allocate(http: httpx.Client, lead: dict[str, str]) -> None:
    """Run a batch allocation to the end and confirm it."""
    job = http.post("/allocations", json={"time_limit": 5}, headers=lead).json()
    deadline = time.monotonic() + 60
    while job["status"] in ("queued", "running") and time.monotonic() < deadline:
        time.sleep(0.05)
        job = http.get(f"/allocations/{job['id']}", headers=lead).json()
    assert job["status"] == "succeeded", job
    assert http.post(f"/allocations/{job['id']}/confirm", headers=lead).is_success


def _session(url: str, tokens: dict[str, str], model_file: str) -> list[dict[str, object]]:
    """A full API session; returns the whole audit log at its end."""

    def auth(role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {tokens[role]}"}

    settings = Settings(db_url=url, model_path=model_file)
    with LiveServer(settings) as server, httpx.Client(base_url=server.url) as http:
        assert http.post("/admin/import", json=sample.dataset(), headers=auth("admin")).is_success
        consultant, lead = auth("consultant"), auth("team_lead")
        assert http.get("/citizens/b-0412", headers=consultant).json()["record"]["cv_text"]
        patch = {"accommodations_text": sample.ACCOMMODATIONS_TEXT + " Også migræne."}
        assert http.patch("/citizens/b-0412", json=patch, headers=consultant).is_success
        read = http.get("/citizens/b-0412/profile", headers=consultant).json()
        assert any("migræne" in w for w in read["warnings"])  # the caseworker sees the text
        review = {"text_sha256": read["text_sha256"]}
        path = "/citizens/b-0412/accommodations-review"
        assert http.post(path, json=review, headers=consultant).is_success
        bad = {**sample.citizen("b-7"), "cv_text": 17, "accommodations_text": "migræne"}
        assert http.post("/citizens", json=bad, headers=consultant).status_code == 422
        cpr_id = sample.citizen(sample.CPR_IN_TEXT)
        assert http.post("/citizens", json=cpr_id, headers=consultant).status_code == 422
        assert http.get(f"/citizens/{sample.CPR_IN_TEXT}", headers=consultant).status_code == 404
        body = {"citizen_id": "b-0412", "seat_id": "c-1-lager"}
        assert http.post("/placements", json=body, headers=consultant).status_code == 409
        reason = {**body, "override_reason": "Opgaverne tilpasses, ingen løft over 10 kg"}
        placement = http.post("/placements", json=reason, headers=lead).json()
        assert http.post(f"/placements/{placement['id']}/start", headers=lead).is_success
        end = {"outcome": "completed"}
        assert http.post(f"/placements/{placement['id']}/end", json=end, headers=lead).is_success
        matches = http.get("/citizens/b-0412/matches?include_conflicts=true", headers=lead)
        assert matches.is_success and matches.json()["matches"]
        assert http.get("/seats/c-1-kontor/candidates", headers=consultant).is_success
        _allocate(http, lead)
        assert http.get("/admin/export", headers=auth("admin")).is_success
        assert http.get("/metrics", headers=auth("analyst")).is_success
        entries: list[dict[str, object]] = http.get(
            "/audit", params={"limit": 1000}, headers=auth("admin")
        ).json()
    return entries


def test_no_cpr_or_health_text_in_logs_or_audit(
    db_url: str, model_file: str, capture: Capture
) -> None:
    entries = _session(db_url, make_tokens(db_url), model_file)
    secrets = (*sample.SECRETS, "migræne")
    assert len(capture.texts) > 20, "the session should have produced log records"
    assert any("uvicorn" in t for t in capture.texts)
    assert any(t.startswith("service.access") for t in capture.texts)
    for text in capture.texts:
        assert not looks_like_cpr(text), text
        assert not any(secret in text for secret in secrets), text
    audit_text = json.dumps(entries, ensure_ascii=False)
    assert not looks_like_cpr(audit_text)
    assert not any(secret in audit_text for secret in secrets)
    actions = [e["action"] for e in entries]
    for action in (
        "dataset.import", "citizen.read", "citizen.update", "citizen.profile",
        "citizen.accommodations_review", "placement.refused",
        "placement.reserve", "placement.override", "placement.start", "placement.end",
        "citizen.matches", "seat.candidates", "allocation.start", "allocation.finished",
        "allocation.read", "allocation.confirm", "dataset.export",
    ):  # fmt: skip
        assert action in actions, action
