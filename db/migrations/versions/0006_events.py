"""Timeline events: bundled and the user's own, with links to documents and notes.

Revision ID: 0006_events
Revises: 0005_search
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_events"
down_revision = "0005_search"
branch_labels = None
depends_on = None


def _link_table(name: str, other: str, column: str) -> None:
    op.create_table(
        name,
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column(column, sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f(f"fk_{name}_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            [column], [f"{other}.id"], name=op.f(f"fk_{name}_{column}_{other}"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("event_id", column, name=op.f(f"pk_{name}")),
    )
    op.create_index(op.f(f"ix_{name}_{column}"), name, [column])


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundled_key", sa.String(length=100), nullable=True),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("date_edtf", sa.String(length=64), nullable=False),
        sa.Column("date_lo", sa.DateTime(), nullable=False),
        sa.Column("date_hi", sa.DateTime(), nullable=False),
        sa.Column("date_precision", sa.String(length=8), nullable=False),
        sa.Column("date_approximate", sa.Boolean(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("edited", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "category IN ('hungary', 'ussr', 'poland', 'suez', 'un', 'usa', 'other')", name=op.f("ck_events_category")
        ),
        sa.CheckConstraint("date_precision IN ('time', 'day', 'month', 'year')", name=op.f("ck_events_date_precision")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("bundled_key", name=op.f("uq_events_bundled_key")),
    )
    op.create_index("ix_events_date_range", "events", ["date_lo", "date_hi"])
    op.create_index(op.f("ix_events_deleted_at"), "events", ["deleted_at"])
    _link_table("event_documents", "documents", "document_id")
    _link_table("event_notes", "notes", "note_id")


def downgrade() -> None:
    op.drop_table("event_notes")
    op.drop_table("event_documents")
    op.drop_index(op.f("ix_events_deleted_at"), table_name="events")
    op.drop_index("ix_events_date_range", table_name="events")
    op.drop_table("events")
