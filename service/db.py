"""Engine, sessions and schema migrations for SQLite (default) and PostgreSQL.

SQLite is opened in WAL mode with foreign keys on and a busy timeout. Its transactions are begun
by us rather than by the driver, so that a *write* transaction takes the write lock up front
(``BEGIN IMMEDIATE``): a deferred transaction that reads first and writes later can fail with
"database is locked" under concurrency without ever waiting, while an immediate one waits its turn
(up to the busy timeout). Read transactions stay deferred so readers never block one another.
Within one process, SQLite write transactions also queue on a Python lock first: SQLite's own busy
handler waits by sleeping in growing steps (up to 100 ms), which under load turns a queue of
sub-millisecond audit inserts into long latency tails; the lock hands over at once.
PostgreSQL uses psycopg 3 at READ COMMITTED; the conditional updates of
:mod:`service.placements` are safe there because PostgreSQL re-checks the ``WHERE`` clause of an
``UPDATE`` after waiting for a concurrent writer of the same row.

Transactions that change citizens, centres, seats or placements are opened with
:meth:`Database.write_data`, which bumps the ``data_revision`` row as its *first* statement. The
triggers of migration ``0002`` bump it again after each change; taking the row's lock first keeps
the lock order the same in every such transaction, so two of them cannot deadlock on PostgreSQL
(row lock of a seat, then the revision row, against the opposite order).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.orm import Session, sessionmaker

from service.settings import Settings

MIGRATIONS = Path(__file__).with_name("migrations")
#: Execution option that marks a connection as used for a write transaction.
_WRITE = "matcher_write"


def normalise_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL URLs that name no driver.

    >>> normalise_url("postgresql://u@/db?host=/tmp")
    'postgresql+psycopg://u@/db?host=/tmp'
    >>> normalise_url("sqlite:///matcher.db")
    'sqlite:///matcher.db'
    """
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def is_sqlite(engine: Engine) -> bool:
    """True when ``engine`` talks to SQLite."""
    return engine.dialect.name == "sqlite"


def make_engine(url: str, sqlite_busy_timeout_ms: int = 10_000) -> Engine:
    """An engine for ``url`` with the per-backend setup described in the module docstring."""
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(
            url, pool_pre_ping=True, pool_size=10, max_overflow=20, hide_parameters=True
        )
    database = parsed.database or ""
    if database and database != ":memory:":
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": sqlite_busy_timeout_ms / 1000},
        pool_size=10,
        max_overflow=20,
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to the "begin" hook below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(sqlite_busy_timeout_ms)}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        write = bool(connection.get_execution_options().get(_WRITE))
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (idempotent, safe to run concurrently)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.execution_options(**{_WRITE: True}).connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()


class Database:
    """The service's handle on one database: an engine and read/write session factories."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = threading.Lock() if is_sqlite(engine) else None
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        self._write = sessionmaker(
            bind=engine.execution_options(**{_WRITE: True}), expire_on_commit=False
        )

    @classmethod
    def open(cls, settings: Settings, run_migrations: bool = True) -> Database:
        """Connect to ``settings.db_url`` and (by default) migrate the schema to the newest revision."""
        engine = make_engine(settings.db_url, settings.sqlite_busy_timeout_ms)
        if run_migrations:
            migrate(engine)
        return cls(engine)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session in a read transaction, rolled back at the end."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in a write transaction: committed when the block succeeds, else rolled back."""
        with self._writer or nullcontext(), self._write() as session, session.begin():
            yield session

    @contextmanager
    def write_data(self) -> Iterator[Session]:
        """A write transaction that changes records the ranking reads (see the module docstring)."""
        with self.write() as session:
            session.execute(text("UPDATE data_revision SET n = n + 1 WHERE id = 1"))
            yield session

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A read transaction that sees one consistent snapshot across all its statements.

        SQLite's deferred read transaction already does (WAL); PostgreSQL needs REPEATABLE READ,
        since READ COMMITTED takes a new snapshot per statement.
        """
        with self._read() as session:
            try:
                if not is_sqlite(self.engine):
                    session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
                yield session
            finally:
                session.rollback()

    def revision(self) -> int:
        """The current data revision (grows with every change of the records the ranking reads).

        Read on a bare connection (no ORM session): it is read on every ranking request.
        """
        with self.engine.connect() as connection:
            value = connection.execute(text(_REVISION_SQL)).scalar()
        return int(value or 0)

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()


def head_revision() -> str:
    """The newest migration revision shipped with this code."""
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    return head or ""


def current_revision(session: Session) -> str:
    """The migration revision the database is at ('' when it was never migrated)."""
    from alembic.migration import MigrationContext

    context = MigrationContext.configure(session.connection())
    return context.get_current_revision() or ""


_REVISION_SQL = "SELECT n FROM data_revision WHERE id = 1"


def data_revision(session: Session) -> int:
    """The data revision as seen by ``session``'s transaction."""
    value = session.execute(text(_REVISION_SQL)).scalar()
    return int(value or 0)
