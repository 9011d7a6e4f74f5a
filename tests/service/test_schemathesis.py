"""Schemathesis against the live OpenAPI schema of a real server: no 5xx on any generated request.

Every operation of the schema gets generated requests (valid and invalid bodies, odd path and
query values) with a valid admin token and again with a team leader's token (admins are refused
the casework routes with 403, so the second role reaches the ranking, placement and allocation
code). The server holds the sample municipality.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from sqlalchemy import text

from service.app import create_app
from service.db import Database
from service.settings import Settings
from tests.service import sample
from tests.service.conftest import LiveServer, make_tokens

ROLES = ("admin", "team_lead")
#: Generated requests per operation and role; about a minute for the whole schema.
EXAMPLES = 12


@pytest.fixture(scope="module")
def live_api(
    tmp_path_factory: pytest.TempPathFactory, template_db: Path, model_file: str
) -> Iterator[dict[str, Any]]:
    path = tmp_path_factory.mktemp("schemathesis") / "api.db"
    shutil.copyfile(template_db, path)
    url = f"sqlite:///{path}"
    tokens = make_tokens(url)
    db = Database.open(Settings(db_url=url), run_migrations=False)
    try:
        with db.write() as session:
            # Generated token ids are mostly small numbers: keep ours out of reach of
            # ``DELETE /tokens/{id}``, so the run does not revoke its own credentials.
            session.execute(text("UPDATE api_tokens SET id = id + 1000000000"))
    finally:
        db.close()
    server_settings = Settings(db_url=url, model_path=model_file, allocation_max_time_limit_s=1.0)
    with LiveServer(server_settings) as server:
        admin = {"Authorization": f"Bearer {tokens['admin']}"}
        imported = httpx.post(f"{server.url}/admin/import", json=sample.dataset(), headers=admin)
        assert imported.status_code == 200, imported.text
        yield {"url": server.url, "tokens": tokens}


#: The schema as the app builds it (building an app touches no database). The test checks that
#: the live server serves exactly this schema, so the cases are generated from the live one.
SCHEMA_DICT = create_app(Settings(db_url="sqlite://", preload_model=False)).openapi()
schema = schemathesis.openapi.from_dict(SCHEMA_DICT)


def test_the_live_schema_is_the_one_tested(live_api: dict[str, Any]) -> None:
    live = httpx.get(f"{live_api['url']}/openapi.json").json()
    assert live == SCHEMA_DICT


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_no_server_error(case: Any, live_api: dict[str, Any]) -> None:
    for role in ROLES:
        headers = {"Authorization": f"Bearer {live_api['tokens'][role]}"}
        response = case.call(base_url=live_api["url"], headers=headers, timeout=60)
        assert response.status_code < 500, (
            f"{case.method} {case.formatted_path} as {role}: {response.status_code} "
            f"{response.text[:300]}"
        )
