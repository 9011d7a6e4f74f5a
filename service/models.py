"""Database tables as SQLAlchemy 2 typed ORM models.

Each citizen, centre and seat keeps its full exchange record (the ``DATASET.md`` object) in a JSON
column, so that export writes back exactly what was imported, plus the few columns the service
queries or constrains. Seat capacity is enforced by the database itself: ``occupied`` is a counter
with CHECK constraints and is only ever changed by conditional ``UPDATE`` statements
(:mod:`service.placements`). ``data_revision`` counts changes to the tables the ranking reads
(bumped by triggers), and ``allocation_jobs`` keeps batch allocation jobs. The schema is created by the Alembic migrations in
``service/migrations``, never by ``create_all``; a test checks that the two agree.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Placement states. ``reserved`` and ``started`` hold a place in the seat.
RESERVED, STARTED, ENDED, CANCELLED = "reserved", "started", "ended", "cancelled"
PLACEMENT_STATES = (RESERVED, STARTED, ENDED, CANCELLED)
HOLDING_STATES = (RESERVED, STARTED)

ID = String(128)

# Deterministic constraint names keep migrations portable between SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with the project's constraint naming convention."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class DatasetMetaRow(Base):
    """Key/value store for the dataset's ``dataset.json`` (municipality, as_of, extra fields)."""

    __tablename__ = "dataset_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]]


class CitizenRow(Base):
    """A citizen: the exchange record plus the columns used for filtering."""

    __tablename__ = "citizens"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    active: Mapped[bool] = mapped_column(default=True, index=True)
    consultant: Mapped[str | None] = mapped_column(ID, index=True)
    target_group: Mapped[str] = mapped_column(String(32))
    record: Mapped[dict[str, Any]]
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CentreRow(Base):
    """A company centre; ``record`` is its exchange object without the nested seats."""

    __tablename__ = "centres"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    active: Mapped[bool] = mapped_column(default=True, index=True)
    record: Mapped[dict[str, Any]]
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SeatRow(Base):
    """A seat; ``capacity`` counts all its places, ``occupied`` those held by placements.

    The exchange format's ``capacity`` (free places now) is ``capacity - occupied``; ``record``
    holds the seat's other fields.
    """

    __tablename__ = "seats"
    __table_args__ = (
        CheckConstraint("capacity >= 0", name="capacity_nonnegative"),
        CheckConstraint("occupied >= 0", name="occupied_nonnegative"),
        CheckConstraint("occupied <= capacity", name="occupied_within_capacity"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    centre_id: Mapped[str] = mapped_column(ID, ForeignKey("centres.id"), index=True)
    #: Order of the seat within its centre (export keeps the order of the imported file).
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True, index=True)
    task_area: Mapped[str] = mapped_column(String(32), index=True)
    capacity: Mapped[int] = mapped_column(Integer)
    occupied: Mapped[int] = mapped_column(Integer, default=0)
    record: Mapped[dict[str, Any]]
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PlacementRow(Base):
    """A placement: reserved → started → ended (with outcome), or reserved → cancelled.

    Imported history rows are ``ended``. At most one holding placement per citizen is enforced by
    a partial unique index.
    """

    __tablename__ = "placements"
    __table_args__ = (
        CheckConstraint(
            "status IN ('reserved', 'started', 'ended', 'cancelled')", name="status_known"
        ),
        Index(
            "uq_placements_one_holding_per_citizen",
            "citizen_id",
            unique=True,
            sqlite_where=text("status IN ('reserved', 'started')"),
            postgresql_where=text("status IN ('reserved', 'started')"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    citizen_id: Mapped[str] = mapped_column(ID, ForeignKey("citizens.id"), index=True)
    seat_id: Mapped[str] = mapped_column(ID, ForeignKey("seats.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    reserved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    reserved_by: Mapped[str | None] = mapped_column(String(128))
    start: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(32))
    override_reason: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class TokenRow(Base):
    """An API bearer token; only the SHA-256 of the secret is stored."""

    __tablename__ = "api_tokens"
    __table_args__ = (
        CheckConstraint(
            "role IN ('consultant', 'team_lead', 'analyst', 'admin')", name="role_known"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(128))
    role: Mapped[str] = mapped_column(String(16))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AuditRow(Base):
    """One audit entry: who (actor, role) did what (action) when; ids in :class:`AuditObjectRow`.

    Append-only: database triggers refuse UPDATE and DELETE (see the initial migration).
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str] = mapped_column(String(128), index=True)
    role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(64), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AuditObjectRow(Base):
    """An id an audit entry is about (one row per id, so entries can be filtered by id)."""

    __tablename__ = "audit_objects"

    audit_id: Mapped[int] = mapped_column(ForeignKey("audit_log.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    object_id: Mapped[str] = mapped_column(ID, index=True)


class DataRevisionRow(Base):
    """The single row whose ``n`` grows with every change of citizens, centres, seats, placements.

    Database triggers bump it (migration ``0002``), so the ranking cache can tell with one cheap
    read whether what it was built from is still current.
    """

    __tablename__ = "data_revision"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger)


#: Allocation job states: waiting, working, finished (with a proposal), failed, cut short by a
#: restart, and turned into reservations.
QUEUED, RUNNING, SUCCEEDED, FAILED, INTERRUPTED, CONFIRMED = (
    "queued",
    "running",
    "succeeded",
    "failed",
    "interrupted",
    "confirmed",
)
JOB_STATES = (QUEUED, RUNNING, SUCCEEDED, FAILED, INTERRUPTED, CONFIRMED)
UNFINISHED_JOB_STATES = (QUEUED, RUNNING)


class AllocationJobRow(Base):
    """A batch allocation job: its progress, the proposal (``result``) and its confirmation."""

    __tablename__ = "allocation_jobs"
    __table_args__ = (
        CheckConstraint(
            "status IN ('queued', 'running', 'succeeded', 'failed', 'interrupted', 'confirmed')",
            name="status_known",
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    created_by: Mapped[str] = mapped_column(String(128))
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    time_limit: Mapped[float] = mapped_column(Float)
    #: The allocation options asked for (``AllocationPolicy`` fields; None: the defaults).
    policy: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: Fraction done, 0-1.
    progress: Mapped[float] = mapped_column(Float)
    #: The latest progress message (counts and phases only, never personal text).
    message: Mapped[str] = mapped_column(String(400))
    #: The data revision the proposal was computed from.
    data_revision: Mapped[int | None] = mapped_column(BigInteger)
    #: The ``matcher allocate`` JSON.
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    error: Mapped[str | None] = mapped_column(Text)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    confirmed_by: Mapped[str | None] = mapped_column(String(128))
    #: Ids of the placements the confirmation created.
    placement_ids: Mapped[list[int] | None] = mapped_column(JSON)
