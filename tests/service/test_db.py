"""The database layer: migrations, SQLite setup, constraints that hold without the API."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from service import audit
from service.db import Database, head_revision, migrate, normalise_url
from service.models import Base, CentreRow, SeatRow
from service.settings import DEFAULT_DB_URL, Settings, resolve_db_url
from tests.service.pg import PostgresServer


def _open(url: str) -> Database:
    return Database.open(Settings(db_url=url))


def _schema_diff(db: Database) -> list[object]:
    with db.engine.connect() as connection:
        return list(compare_metadata(MigrationContext.configure(connection), Base.metadata))


def test_migrations_build_the_models_schema_on_sqlite(db_url: str) -> None:
    db = _open(db_url)
    try:
        assert _schema_diff(db) == []
        migrate(db.engine)  # idempotent
        with db.read() as session:
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
            revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert revision == head_revision()
    finally:
        db.close()


def test_migrations_build_the_models_schema_on_postgres(postgres: PostgresServer) -> None:
    db = _open(postgres.new_database())
    try:
        assert _schema_diff(db) == []
        migrate(db.engine)
    finally:
        db.close()


def _seat_and_audit(db: Database) -> None:
    now = datetime.now(UTC)
    with db.write() as session:
        session.add(CentreRow(id="c", active=True, record={}, updated_at=now))
        session.flush()
        session.add(
            SeatRow(
                id="s", centre_id="c", position=0, active=True, task_area="office",
                capacity=1, occupied=1, record={}, updated_at=now,
            )
        )  # fmt: skip
        audit.record(session, "tester", "admin", "test.action", ["s"], {"n": 1})


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_database_enforces_capacity_and_append_only_audit(
    backend: str, db_url: str, request: pytest.FixtureRequest
) -> None:
    url = db_url if backend == "sqlite" else request.getfixturevalue("postgres").new_database()
    db = _open(url)
    try:
        _seat_and_audit(db)
        with pytest.raises(IntegrityError), db.write() as session:
            session.execute(text("UPDATE seats SET occupied = 2 WHERE id = 's'"))
        with pytest.raises(IntegrityError), db.write() as session:
            session.execute(text("UPDATE seats SET occupied = -1 WHERE id = 's'"))
        for statement in (
            "UPDATE audit_log SET actor = 'someone else'",
            "DELETE FROM audit_log",
            "DELETE FROM audit_objects",
        ):
            with pytest.raises(DBAPIError), db.write() as session:
                session.execute(text(statement))
        with db.read() as session:
            entries = audit.query(session, action="test.action", object_id="s")
        assert [e.actor for e in entries] == ["tester"]
    finally:
        db.close()


def test_audit_masks_cpr_shaped_strings(db_url: str) -> None:
    db = _open(db_url)
    try:
        with db.write() as session:
            audit.record(
                session, "a", "team_lead", "x", ["0101901234"], {"reason": "se 010190-1234"}
            )
        with db.read() as session:
            (entry,) = audit.query(session, action="x")
        assert entry.object_ids == [audit.MASK]
        assert entry.detail == {"reason": f"se {audit.MASK}"}
    finally:
        db.close()


def test_database_url_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MATCHER_DB", raising=False)
    assert resolve_db_url(None) == DEFAULT_DB_URL
    monkeypatch.setenv("MATCHER_DB", "sqlite:///env.db")
    assert resolve_db_url(None) == "sqlite:///env.db"
    assert resolve_db_url("sqlite:///flag.db") == "sqlite:///flag.db"
    assert normalise_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    assert normalise_url("postgresql+psycopg://u@h/d") == "postgresql+psycopg://u@h/d"
