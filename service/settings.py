"""Service settings: one frozen :class:`Settings`, read from the environment on first use.

Nothing is read at import time; :func:`get_settings` reads the environment once and caches the
result, and tests or the CLI pass their own :class:`Settings` to :func:`service.app.create_app`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

#: Environment variable naming the database URL (SQLAlchemy form or ``postgresql://...``).
DB_ENV = "MATCHER_DB"
#: The database used when neither ``--db`` nor ``MATCHER_DB`` names one.
DEFAULT_DB_URL = "sqlite:///./matcher.db"


def resolve_db_url(explicit: str | None = None) -> str:
    """The database URL to use: ``explicit`` (``--db``), else ``MATCHER_DB``, else the default.

    >>> resolve_db_url("sqlite:///x.db")
    'sqlite:///x.db'
    """
    if explicit:
        return explicit
    return os.environ.get(DB_ENV) or DEFAULT_DB_URL


@dataclass(frozen=True)
class Settings:
    """Everything the service is configured with.

    Attributes
    ----------
    db_url
        Database URL; ``sqlite:///path`` (default) or ``postgresql://...``.
    host, port
        Where ``matcher serve`` listens.
    sqlite_busy_timeout_ms
        How long a SQLite writer waits for the write lock before giving up.
    """

    db_url: str = DEFAULT_DB_URL
    host: str = "127.0.0.1"
    port: int = 8000
    sqlite_busy_timeout_ms: int = 10_000


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings from the environment (``MATCHER_DB``, ``MATCHER_HOST``, ``MATCHER_PORT``), cached."""
    return Settings(
        db_url=resolve_db_url(),
        host=os.environ.get("MATCHER_HOST", "127.0.0.1"),
        port=int(os.environ.get("MATCHER_PORT", "8000")),
    )
