"""Tags, shared by documents (and later notes).

A tag's name is unique whatever its case: SQLite's NOCASE collation on the column; on PostgreSQL (which has no
such collation), a unique index on lower(name) beside the plain unique constraint.

Revision ID: 0002_tags
Revises: 0001_documents
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_tags"
down_revision = "0001_documents"
branch_labels = None
depends_on = None


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    name = sa.String(length=100) if postgres else sa.String(length=100, collation="NOCASE")
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", name, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_tags_name")),
    )
    op.create_table(
        "document_tags",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_document_tags_document_id_documents"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name=op.f("fk_document_tags_tag_id_tags"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id", "tag_id", name=op.f("pk_document_tags")),
    )
    op.create_index(op.f("ix_document_tags_tag_id"), "document_tags", ["tag_id"])
    if postgres:
        op.create_index("uq_tags_name_folded", "tags", [sa.text("lower(name)")], unique=True)


def downgrade() -> None:
    op.drop_index(op.f("ix_document_tags_tag_id"), table_name="document_tags")
    op.drop_table("document_tags")
    op.drop_table("tags")
