"""Bearer tokens and roles: 401 without a valid token, 403 for a role that may not."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from service.db import Database
from service.models import TokenRow
from service.settings import Settings
from tests.service.conftest import Headers

ALL = {"consultant", "team_lead", "analyst", "admin"}
CASEWORK = {"consultant", "team_lead"}
EDIT = {"consultant", "team_lead", "admin"}

#: (method, path, json body, roles allowed). Bodies are valid enough to pass authorisation.
MATRIX: list[tuple[str, str, object, set[str]]] = [
    ("GET", "/ready", None, ALL),
    ("GET", "/metrics", None, {"analyst", "team_lead", "admin"}),
    ("GET", "/stats", None, {"analyst", "team_lead", "admin"}),
    ("GET", "/citizens", None, CASEWORK),
    ("GET", "/citizens/b-0001", None, CASEWORK),
    ("POST", "/citizens", {}, CASEWORK),
    ("PATCH", "/citizens/b-0001", {}, CASEWORK),
    ("DELETE", "/citizens/b-nobody", None, CASEWORK),
    ("GET", "/citizens/b-0001/profile", None, CASEWORK),
    ("POST", "/citizens/b-nobody/accommodations-review", {"text_sha256": "0" * 64}, CASEWORK),
    (
        "POST",
        "/citizens/b-nobody/licences-confirmation",
        {"cv_sha256": "0" * 64, "licences": []},
        CASEWORK,
    ),
    ("GET", "/centres", None, ALL),
    ("GET", "/centres/c-1", None, ALL),
    ("POST", "/centres", {}, EDIT),
    ("PATCH", "/centres/c-1", {}, EDIT),
    ("DELETE", "/centres/c-nobody", None, EDIT),
    ("GET", "/seats", None, ALL),
    ("GET", "/seats/c-1-en", None, ALL),
    ("POST", "/seats", {"centre_id": "c-1"}, EDIT),
    ("PATCH", "/seats/c-1-en", {}, EDIT),
    ("DELETE", "/seats/s-nobody", None, EDIT),
    ("GET", "/citizens/b-0001/matches", None, CASEWORK),
    ("GET", "/seats/c-1-en/candidates", None, CASEWORK),
    ("GET", "/placements", None, CASEWORK),
    ("POST", "/placements", {"citizen_id": "b-nobody", "seat_id": "c-1-en"}, CASEWORK),
    ("GET", "/placements/1", None, CASEWORK),
    ("POST", "/placements/999/start", None, CASEWORK),
    ("POST", "/placements/999/end", {"outcome": "completed"}, CASEWORK),
    ("POST", "/placements/999/cancel", None, CASEWORK),
    ("POST", "/allocations", {"time_limit": 1}, {"team_lead"}),
    ("GET", "/allocations", None, {"team_lead"}),
    ("GET", "/allocations/nope", None, {"team_lead"}),
    ("POST", "/allocations/nope/confirm", None, {"team_lead"}),
    ("GET", "/me", None, ALL),
    ("GET", "/tokens", None, {"admin"}),
    ("POST", "/tokens", {"name": "x", "role": "analyst"}, {"admin"}),
    ("DELETE", "/tokens/999", None, {"admin"}),
    ("GET", "/audit", None, {"admin"}),
    ("POST", "/admin/import", {}, {"admin"}),
    ("GET", "/admin/export", None, {"admin"}),
]


def test_every_route_is_in_the_matrix(client: TestClient) -> None:
    """Each operation of the OpenAPI schema is covered by a matrix row (a new route must be)."""
    operations = {
        (method.upper(), path)
        for path, item in client.get("/openapi.json").json()["paths"].items()
        for method in item
    }
    covered = set()
    for method, template in operations:
        pattern = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$")
        if any(m == method and pattern.match(p) for m, p, _, _ in MATRIX):
            covered.add((method, template))
    assert operations - covered == {("GET", "/health")}


@pytest.mark.parametrize(("method", "path", "body", "allowed"), MATRIX)
def test_roles(
    loaded: TestClient,
    as_role: Headers,
    method: str,
    path: str,
    body: object,
    allowed: set[str],
) -> None:
    assert loaded.request(method, path, json=body).status_code == 401
    bogus = {"Authorization": "Bearer mt_not-a-real-token"}
    assert loaded.request(method, path, json=body, headers=bogus).status_code == 401
    for role in sorted(ALL):
        status = loaded.request(method, path, json=body, headers=as_role(role)).status_code
        if role in allowed:
            assert status not in (401, 403), (role, method, path, status)
        else:
            assert status == 403, (role, method, path, status)


def test_health_needs_no_token(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}


def test_tokens_are_stored_hashed_and_can_be_revoked(
    client: TestClient, as_role: Headers, db_url: str
) -> None:
    admin = as_role("admin")
    created = client.post("/tokens", json={"name": "Anna", "role": "analyst"}, headers=admin)
    assert created.status_code == 201
    secret, token_id = created.json()["token"], created.json()["id"]
    analyst = {"Authorization": f"Bearer {secret}"}
    assert client.get("/stats", headers=analyst).status_code == 200
    listed = client.get("/tokens", headers=admin).json()
    assert all("token" not in t for t in listed)

    db = Database.open(Settings(db_url=db_url), run_migrations=False)
    with db.read() as session:
        stored = [row.token_hash for row in session.scalars(select(TokenRow))]
    db.close()
    assert secret not in stored and all(len(h) == 64 for h in stored)

    assert client.delete(f"/tokens/{token_id}", headers=admin).status_code == 200
    assert client.get("/stats", headers=analyst).status_code == 401
    assert client.delete(f"/tokens/{token_id}", headers=admin).status_code == 409
    bad_role = client.post("/tokens", json={"name": "x", "role": "king"}, headers=admin)
    assert bad_role.status_code == 422 and bad_role.json()["field"] == "role"


def test_malformed_authorization_header_is_401(client: TestClient) -> None:
    response = client.get("/centres", headers={"Authorization": "Basic Zm9vOmJhcg=="})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
