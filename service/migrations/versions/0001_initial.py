"""Initial schema: dataset meta, citizens, centres, seats, placements, tokens, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.String(128)
TS = sa.DateTime(timezone=True)
HOLDING = sa.text("status IN ('reserved', 'started')")
AUDIT_TABLES = ("audit_log", "audit_objects")


def upgrade() -> None:
    op.create_table(
        "dataset_meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_dataset_meta"),
    )
    op.create_table(
        "citizens",
        sa.Column("id", ID, nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("consultant", ID, nullable=True),
        sa.Column("target_group", sa.String(32), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_citizens"),
    )
    op.create_index("ix_citizens_active", "citizens", ["active"])
    op.create_index("ix_citizens_consultant", "citizens", ["consultant"])
    op.create_table(
        "centres",
        sa.Column("id", ID, nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_centres"),
    )
    op.create_index("ix_centres_active", "centres", ["active"])
    op.create_table(
        "seats",
        sa.Column("id", ID, nullable=False),
        sa.Column("centre_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("task_area", sa.String(32), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("occupied", sa.Integer(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.CheckConstraint("capacity >= 0", name="ck_seats_capacity_nonnegative"),
        sa.CheckConstraint("occupied >= 0", name="ck_seats_occupied_nonnegative"),
        sa.CheckConstraint("occupied <= capacity", name="ck_seats_occupied_within_capacity"),
        sa.ForeignKeyConstraint(["centre_id"], ["centres.id"], name="fk_seats_centre_id_centres"),
        sa.PrimaryKeyConstraint("id", name="pk_seats"),
    )
    op.create_index("ix_seats_centre_id", "seats", ["centre_id"])
    op.create_index("ix_seats_active", "seats", ["active"])
    op.create_index("ix_seats_task_area", "seats", ["task_area"])
    op.create_table(
        "placements",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("citizen_id", ID, nullable=False),
        sa.Column("seat_id", ID, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reserved_at", TS, nullable=True),
        sa.Column("reserved_by", sa.String(128), nullable=True),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(32), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "status IN ('reserved', 'started', 'ended', 'cancelled')",
            name="ck_placements_status_known",
        ),
        sa.ForeignKeyConstraint(
            ["citizen_id"], ["citizens.id"], name="fk_placements_citizen_id_citizens"
        ),
        sa.ForeignKeyConstraint(["seat_id"], ["seats.id"], name="fk_placements_seat_id_seats"),
        sa.PrimaryKeyConstraint("id", name="pk_placements"),
    )
    op.create_index("ix_placements_citizen_id", "placements", ["citizen_id"])
    op.create_index("ix_placements_seat_id", "placements", ["seat_id"])
    op.create_index("ix_placements_status", "placements", ["status"])
    op.create_index(
        "uq_placements_one_holding_per_citizen",
        "placements",
        ["citizen_id"],
        unique=True,
        sqlite_where=HOLDING,
        postgresql_where=HOLDING,
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("revoked_at", TS, nullable=True),
        sa.CheckConstraint(
            "role IN ('consultant', 'team_lead', 'analyst', 'admin')",
            name="ck_api_tokens_role_known",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_api_tokens"),
        sa.UniqueConstraint("token_hash", name="uq_api_tokens_token_hash"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("actor", sa.String(128), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_actor", "audit_log", ["actor"])
    op.create_index("ix_audit_log_action", "audit_log", ["action"])
    op.create_table(
        "audit_objects",
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("object_id", ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"], ["audit_log.id"], name="fk_audit_objects_audit_id_audit_log"
        ),
        sa.PrimaryKeyConstraint("audit_id", "position", name="pk_audit_objects"),
    )
    op.create_index("ix_audit_objects_object_id", "audit_objects", ["object_id"])
    _make_audit_append_only()


def _make_audit_append_only() -> None:
    """Refuse UPDATE and DELETE (and TRUNCATE) on the audit tables in the database itself."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION matcher_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$"
        )
        for table in AUDIT_TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION matcher_audit_append_only()"
            )
            op.execute(
                f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION matcher_audit_append_only()"
            )
        return
    for table in AUDIT_TABLES:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in AUDIT_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION IF EXISTS matcher_audit_append_only()")
    for table in (
        "audit_objects",
        "audit_log",
        "api_tokens",
        "placements",
        "seats",
        "centres",
        "citizens",
        "dataset_meta",
    ):
        op.drop_table(table)
