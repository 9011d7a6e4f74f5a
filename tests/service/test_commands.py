"""The service's ``matcher`` sub-commands."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from matcher.cli import main
from matcher.dataset import read_dataset
from service.app import create_app
from service.settings import Settings, settings_from_env


def test_token_create_prints_a_working_token_once(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["token", "create", "--role", "team_lead", "--name", "Tove", "--db", db_url]) == 0
    out, err = capsys.readouterr()
    token = out.strip()
    assert token.startswith("mt_") and len(token) > 40
    assert token not in err and "team_lead" in err
    with TestClient(create_app(Settings(db_url=db_url, preload_model=False))) as client:
        response = client.get("/placements", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200
        audit = client.get("/audit", headers={"Authorization": f"Bearer {token}"})
        assert audit.status_code == 403


def test_bad_role_is_a_usage_error(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["token", "create", "--role", "king", "--name", "x", "--db", db_url])
    assert exit_info.value.code == 2


def test_database_falls_back_to_matcher_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv("MATCHER_DB", url)
    assert main(["token", "create", "--role", "admin", "--name", "env"]) == 0
    assert (tmp_path / "env.db").exists()
    assert main(["export", "--out", str(tmp_path / "empty")]) == 0
    empty = read_dataset(tmp_path / "empty")
    assert empty.citizens == () and empty.centres == ()


def test_serve_refuses_a_bad_port(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--port", "0", "--db", "sqlite:///unused.db"]) == 2
    assert "--port" in capsys.readouterr().err


def test_serve_refuses_a_missing_model_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "none.model")
    assert main(["serve", "--model", missing, "--db", f"sqlite:///{tmp_path / 'x.db'}"]) == 2
    assert "--model" in capsys.readouterr().err


def test_settings_come_from_the_environment() -> None:
    settings = settings_from_env(
        {
            "MATCHER_DB": "sqlite:///env.db",
            "MATCHER_MODEL": "/models/m.bin",
            "MATCHER_ANSWER_CACHE": "0",
            "MATCHER_ALLOCATION_MAX_TIME_LIMIT": "12.5",
        }
    )
    assert settings.db_url == "sqlite:///env.db" and settings.model_path == "/models/m.bin"
    assert settings.answer_cache_size == 0 and settings.allocation_max_time_limit_s == 12.5
    assert settings_from_env({}) == Settings()


def test_import_of_a_missing_directory_is_bad_input(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(tmp_path / "nowhere"), "--db", db_url]) == 2
    assert "not found" in capsys.readouterr().err
