"""Data revision counter (cache invalidation) and allocation jobs.

``data_revision`` is one row whose ``n`` grows whenever a citizen, centre, seat or placement is
inserted, updated or deleted — by database triggers, so that every writer (a second server
process, ``matcher import``, a hand-written SQL fix) invalidates the service's ranking cache.
``allocation_jobs`` persists batch allocation jobs, their progress and their result.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)
#: The tables whose contents the ranking and allocation read.
WATCHED = ("citizens", "centres", "seats", "placements")
VERBS = ("INSERT", "UPDATE", "DELETE")


def upgrade() -> None:
    op.create_table(
        "data_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("n", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_data_revision_single_row"),
        sa.PrimaryKeyConstraint("id", name="pk_data_revision"),
    )
    op.execute("INSERT INTO data_revision (id, n) VALUES (1, 0)")
    _add_triggers()
    op.create_table(
        "allocation_jobs",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("created_by", sa.String(128), nullable=False),
        sa.Column("started_at", TS, nullable=True),
        sa.Column("finished_at", TS, nullable=True),
        sa.Column("time_limit", sa.Float(), nullable=False),
        sa.Column("progress", sa.Float(), nullable=False),
        sa.Column("message", sa.String(400), nullable=False),
        sa.Column("data_revision", sa.BigInteger(), nullable=True),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("confirmed_at", TS, nullable=True),
        sa.Column("confirmed_by", sa.String(128), nullable=True),
        sa.Column("placement_ids", sa.JSON(), nullable=True),
        sa.CheckConstraint(
            "status IN ('queued', 'running', 'succeeded', 'failed', 'interrupted', 'confirmed')",
            name="ck_allocation_jobs_status_known",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_allocation_jobs"),
    )
    op.create_index("ix_allocation_jobs_status", "allocation_jobs", ["status"])
    op.create_index("ix_allocation_jobs_created_at", "allocation_jobs", ["created_at"])


def _add_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION matcher_bump_revision() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; RETURN NULL; END $$"
        )
        for table in WATCHED:
            # One bump per statement is enough to invalidate, and far cheaper on bulk imports.
            op.execute(
                f"CREATE TRIGGER {table}_bump_revision AFTER INSERT OR UPDATE OR DELETE "
                f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION matcher_bump_revision()"
            )
        return
    for table in WATCHED:
        for verb in VERBS:
            op.execute(
                f"CREATE TRIGGER {table}_bump_on_{verb.lower()} AFTER {verb} ON {table} "
                "BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END"
            )


def downgrade() -> None:
    op.drop_index("ix_allocation_jobs_created_at", table_name="allocation_jobs")
    op.drop_index("ix_allocation_jobs_status", table_name="allocation_jobs")
    op.drop_table("allocation_jobs")
    if op.get_bind().dialect.name == "postgresql":
        for table in WATCHED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_bump_revision ON {table}")
        op.execute("DROP FUNCTION IF EXISTS matcher_bump_revision()")
    else:
        for table in WATCHED:
            for verb in VERBS:
                op.execute(f"DROP TRIGGER IF EXISTS {table}_bump_on_{verb.lower()}")
    op.drop_table("data_revision")
