"""Alignment links between paragraph runs of two documents.

Revision ID: 0003_alignment_links
Revises: 0002_tags
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_alignment_links"
down_revision = "0002_tags"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alignment_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("left_document_id", sa.Integer(), nullable=False),
        sa.Column("left_first", sa.Integer(), nullable=False),
        sa.Column("left_last", sa.Integer(), nullable=False),
        sa.Column("right_document_id", sa.Integer(), nullable=False),
        sa.Column("right_first", sa.Integer(), nullable=False),
        sa.Column("right_last", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("left_document_id < right_document_id", name=op.f("ck_alignment_links_ordered_pair")),
        sa.CheckConstraint("left_first >= 1 AND left_last >= left_first", name=op.f("ck_alignment_links_left_run")),
        sa.CheckConstraint("right_first >= 1 AND right_last >= right_first", name=op.f("ck_alignment_links_right_run")),
        sa.CheckConstraint("origin IN ('user', 'suggested', 'accepted')", name=op.f("ck_alignment_links_origin")),
        sa.ForeignKeyConstraint(
            ["left_document_id"],
            ["documents.id"],
            name=op.f("fk_alignment_links_left_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["right_document_id"],
            ["documents.id"],
            name=op.f("fk_alignment_links_right_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alignment_links")),
    )
    op.create_index("ix_alignment_links_pair", "alignment_links", ["left_document_id", "right_document_id"])
    op.create_index(op.f("ix_alignment_links_right_document_id"), "alignment_links", ["right_document_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_alignment_links_right_document_id"), table_name="alignment_links")
    op.drop_index("ix_alignment_links_pair", table_name="alignment_links")
    op.drop_table("alignment_links")
