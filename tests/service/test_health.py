"""Health, readiness, metrics, OpenAPI and the handling of unexpected errors."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient

from service.app import create_app
from service.db import head_revision
from service.settings import Settings
from tests.service.conftest import Headers


def test_ready_reports_database_schema_and_model(client: TestClient, as_role: Headers) -> None:
    deadline = time.monotonic() + 60
    response = client.get("/ready", headers=as_role("analyst"))
    while response.status_code == 503 and time.monotonic() < deadline:
        assert response.json()["model"]["status"] == "loading"
        time.sleep(0.05)
        response = client.get("/ready", headers=as_role("analyst"))
    body = response.json()
    model = body.pop("model")
    assert body == {"status": "ready", "database": "sqlite", "schema_revision": head_revision()}
    assert model["status"] == "ready" and model["source"] == "file"


def test_metrics_count_requests_by_route_template(loaded: TestClient, as_role: Headers) -> None:
    h = as_role("consultant")
    loaded.get("/citizens/b-0001", headers=h)
    loaded.get("/citizens/b-0002", headers=h)
    loaded.post("/placements", json={"citizen_id": "b-0001", "seat_id": "c-1-en"}, headers=h)
    loaded.post("/placements", json={"citizen_id": "b-0002", "seat_id": "c-1-en"}, headers=h)
    text = loaded.get("/metrics", headers=as_role("admin")).text
    assert (
        'matcher_http_requests_total{method="GET",route="/citizens/{citizen_id}",status="200"} 2.0'
        in text
    )
    assert 'matcher_reservations_total{result="created"} 1.0' in text
    assert 'matcher_reservations_total{result="seat_full"} 1.0' in text
    assert "b-0001" not in text


def test_stats_are_aggregates(loaded: TestClient, as_role: Headers) -> None:
    body = loaded.get("/stats", headers=as_role("analyst")).json()
    assert body["citizens_active"] == 4 and body["centres_active"] == 2
    assert body["seats_active"] == 4 and body["places"] == 6 and body["occupied"] == 0
    assert body["placements_by_status"] == {"ended": 2}
    assert body["outcomes"] == {"completed": 1, "dropped_out": 1}


def test_unexpected_errors_are_500_without_details(db_url: str, tokens: dict[str, str]) -> None:
    app = create_app(Settings(db_url=db_url, preload_model=False))

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internals /work/main/service/x.py line 12")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/boom")
    assert response.status_code == 500
    assert response.json() == {"code": "internal_error", "message": "internal error", "field": None}


def test_openapi_documents_schemas_and_security(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert "HTTPBearer" in schema["components"]["securitySchemes"]
    citizen = schema["components"]["schemas"]["CitizenCreate"]["properties"]
    assert citizen["hours_per_week"]["type"] == "number"
    reserve = schema["paths"]["/placements"]["post"]["responses"]
    assert {"201", "401", "403", "404", "409", "422"} <= set(reserve)
