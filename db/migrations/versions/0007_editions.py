"""Editions: collections of documents imported together, documents' numbers in their publication, footnotes.

Revision ID: 0007_editions
Revises: 0006_events
Create Date: 2026-11-27

`documents` gains one column by plain ALTER TABLE (no batch rebuild, so its search triggers stay as they are);
which collection a document belongs to is a table of its own for the same reason.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_editions"
down_revision = "0006_events"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "collections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("citation", sa.Text(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collections")),
    )
    op.add_column("documents", sa.Column("source_number", sa.String(length=32), nullable=False, server_default=""))
    op.create_table(
        "collection_documents",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("collection_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_collection_documents_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["collection_id"],
            ["collections.id"],
            name=op.f("fk_collection_documents_collection_id_collections"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_collection_documents")),
    )
    op.create_index(op.f("ix_collection_documents_collection_id"), "collection_documents", ["collection_id"])
    op.create_table(
        "footnotes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("paragraph_number", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_footnotes_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_footnotes")),
    )
    op.create_index("ix_footnotes_document_position", "footnotes", ["document_id", "position"])


def downgrade() -> None:
    op.drop_index("ix_footnotes_document_position", table_name="footnotes")
    op.drop_table("footnotes")
    op.drop_index(op.f("ix_collection_documents_collection_id"), table_name="collection_documents")
    op.drop_table("collection_documents")
    op.execute("ALTER TABLE documents DROP COLUMN source_number")  # SQLite 3.35+, no rebuild: triggers stay
    op.drop_table("collections")
