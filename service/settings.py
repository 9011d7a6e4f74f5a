"""Service settings: one frozen :class:`Settings`, read from the environment on first use.

Nothing is read at import time; :func:`get_settings` reads the environment once and caches the
result, and tests or the CLI pass their own :class:`Settings` to :func:`service.app.create_app`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

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
    model_path
        A scoring model file (``matcher train``); ``None``: train on the database's history, else
        use the packaged default model.
    preload_model
        Start loading the model (and warming the ranking cache) when the service starts; else on
        first use (``/ready`` or a ranking request).
    model_wait_s
        How long a ranking request waits for a model that is still loading before 503.
    retrain_interval_s
        Retrain on grown history at most this often (seconds).
    allocation_time_limit_s
        Default solver time limit of a batch allocation job.
    allocation_max_time_limit_s
        The most a job may ask for (longer requests are cut to this).
    answer_cache_size
        Ranking answers memoised per data revision (0: rank on every request).
    freeze_gc
        Freeze the ranking cache's long-lived objects out of the garbage collector's full
        collections (:class:`service.matching.RankingCache`); ``matcher serve`` turns it on.
    """

    db_url: str = DEFAULT_DB_URL
    host: str = "127.0.0.1"
    port: int = 8000
    sqlite_busy_timeout_ms: int = 10_000
    model_path: str | None = None
    preload_model: bool = True
    model_wait_s: float = 60.0
    retrain_interval_s: float = 3600.0
    allocation_time_limit_s: float = 30.0
    allocation_max_time_limit_s: float = 600.0
    answer_cache_size: int = 4096
    freeze_gc: bool = False


#: Environment variables read by :func:`settings_from_env`, and the field each sets.
ENV_FIELDS = {
    "MATCHER_HOST": "host",
    "MATCHER_PORT": "port",
    "MATCHER_MODEL": "model_path",
    "MATCHER_RETRAIN_INTERVAL": "retrain_interval_s",
    "MATCHER_ALLOCATION_TIME_LIMIT": "allocation_time_limit_s",
    "MATCHER_ALLOCATION_MAX_TIME_LIMIT": "allocation_max_time_limit_s",
    "MATCHER_ANSWER_CACHE": "answer_cache_size",
}


def settings_from_env(environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from ``MATCHER_DB`` and the variables of :data:`ENV_FIELDS` (unset: default).

    >>> settings_from_env({"MATCHER_PORT": "9000", "MATCHER_ANSWER_CACHE": "0"}).port
    9000
    """
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {"db_url": env.get(DB_ENV) or DEFAULT_DB_URL}
    types = {f.name: f.type for f in fields(Settings)}
    for variable, name in ENV_FIELDS.items():
        raw = env.get(variable)
        if not raw:
            continue
        kind = types[name]
        if kind in ("int", int):
            values[name] = int(raw)
        elif kind in ("float", float):
            values[name] = float(raw)
        else:
            values[name] = raw
    return Settings(**values)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """:func:`settings_from_env` of the process environment, read once and cached."""
    return settings_from_env()
