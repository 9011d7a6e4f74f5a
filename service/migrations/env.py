"""Alembic environment: runs the migrations on the connection handed over by :func:`service.db.migrate`.

Run from the command line (``alembic -x url=...``) it opens its own engine the same way the service
does. On PostgreSQL a transaction-scoped advisory lock serialises concurrent upgrades (several
server processes starting at once); on SQLite the write transaction (``BEGIN IMMEDIATE``) does.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import text
from sqlalchemy.engine import Connection

from service.models import Base

#: Arbitrary constant identifying the migration lock among PostgreSQL advisory locks.
_PG_LOCK_KEY = 74_216_001


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        context.run_migrations()


def _main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from service.db import make_engine
    from service.settings import resolve_db_url

    url = context.get_x_argument(as_dictionary=True).get("url")
    engine = make_engine(resolve_db_url(url))
    with engine.connect() as own:
        _run(own)
        own.commit()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; give a database URL")
_main()
