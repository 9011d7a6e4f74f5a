"""Fixtures of the service tests: databases (SQLite, PostgreSQL), tokens, clients, sample data."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

with warnings.catch_warnings():
    # Starlette asks for "httpx2" in its TestClient; httpx works and is what FastAPI documents.
    warnings.filterwarnings("ignore", message=".*httpx.*")
    from fastapi.testclient import TestClient

from service.app import create_app
from service.auth import ROLES, create_token
from service.db import Database, migrate
from service.settings import Settings
from tests.service import sample
from tests.service.pg import PostgresServer

Headers = Callable[[str], dict[str, str]]


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty SQLite file, copied for each test (migrating once is faster)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = Database.open(Settings(db_url=f"sqlite:///{path}"), run_migrations=False)
    migrate(db.engine)
    db.close()
    return path


@pytest.fixture
def db_url(tmp_path: Path, template_db: Path) -> str:
    """A fresh migrated SQLite database of this test."""
    path = tmp_path / "matcher.db"
    shutil.copyfile(template_db, path)
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A private PostgreSQL server for the whole session."""
    server = PostgresServer().start()
    try:
        yield server
    finally:
        server.stop()


def make_tokens(url: str) -> dict[str, str]:
    """One token per role (plus a second consultant) in the database at ``url``."""
    db = Database.open(Settings(db_url=url))
    try:
        with db.write() as session:
            tokens = {role: create_token(session, f"test {role}", role)[1] for role in ROLES}
            tokens["consultant2"] = create_token(session, "test consultant 2", "consultant")[1]
    finally:
        db.close()
    return tokens


@pytest.fixture
def tokens(db_url: str) -> dict[str, str]:
    """Secrets of one token per role."""
    return make_tokens(db_url)


@pytest.fixture
def as_role(tokens: dict[str, str]) -> Headers:
    """``as_role("admin")`` → the Authorization header of that role's token."""

    def headers(role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {tokens[role]}"}

    return headers


@pytest.fixture
def client(db_url: str, tokens: dict[str, str], model_file: str) -> Iterator[TestClient]:
    """A TestClient of an app on this test's database (lifespan run), scoring with the small
    world's model (so no test trains or builds the default model)."""
    settings = Settings(db_url=db_url, model_path=model_file, preload_model=False)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


# --- a synthetic municipality in the database, and its model ---------------------------------------


@pytest.fixture(scope="session")
def model_file(small_world: Any, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The small world's model as a file (``Settings.model_path``): no training in the tests."""
    path = tmp_path_factory.mktemp("model") / "small.model"
    small_world.model.save(path)
    return str(path)


@pytest.fixture(scope="session")
def world_template(small_world: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file with the small world imported (by ``matcher import``)."""
    from matcher.cli import main

    path = tmp_path_factory.mktemp("world-db") / "world.db"
    assert main(["import", str(small_world.path), "--db", f"sqlite:///{path}"]) == 0
    return path


@pytest.fixture
def world_url(tmp_path: Path, world_template: Path) -> str:
    """A fresh copy of the small world's database for this test."""
    path = tmp_path / "world.db"
    shutil.copyfile(world_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def world_tokens(world_url: str) -> dict[str, str]:
    """One token per role in the world database."""
    return make_tokens(world_url)


@pytest.fixture
def world_settings(world_url: str, model_file: str) -> Settings:
    """Settings of an app on the world database with the small world's model."""
    return Settings(db_url=world_url, model_path=model_file, preload_model=False)


@pytest.fixture
def world_as(world_tokens: dict[str, str]) -> Headers:
    """``world_as("consultant")`` → that role's Authorization header in the world database."""

    def headers(role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {world_tokens[role]}"}

    return headers


@pytest.fixture
def world(world_settings: Settings, world_tokens: dict[str, str]) -> Iterator[TestClient]:
    """A TestClient of an app on the world database (lifespan run)."""
    with TestClient(create_app(world_settings)) as test_client:
        yield test_client


def import_sample(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Import the sample dataset through the API; returns the import summary."""
    response = client.post("/admin/import", json=sample.dataset(), headers=headers)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


@pytest.fixture
def loaded(client: TestClient, as_role: Headers) -> TestClient:
    """The client with the sample dataset imported."""
    import_sample(client, as_role("admin"))
    return client


def write_dataset_dir(directory: Path, data: dict[str, Any]) -> Path:
    """Write sample-shaped ``data`` as a dataset directory."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "dataset.json").write_text(json.dumps(data["meta"]), encoding="utf-8")
    for name in ("centres", "citizens", "history", "history_citizens", "history_centres"):
        rows = data.get(name) or []
        if rows or name in ("centres", "citizens"):
            text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
            (directory / f"{name}.jsonl").write_text(text, encoding="utf-8")
    return directory


class LiveServer:
    """A real uvicorn server on 127.0.0.1 in a background thread."""

    def __init__(self, settings: Settings) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        config = uvicorn.Config(
            create_app(settings),
            host="127.0.0.1",
            port=self.port,
            access_log=False,
            # Leave logging alone so that uvicorn's records propagate to the root logger, where
            # the privacy test captures them (uvicorn's own config would detach them).
            log_config=None,
            log_level="info",
            limit_concurrency=200,
            backlog=256,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
