"""Documents and their numbered paragraphs.

Revision ID: 0001_documents
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_documents"
down_revision = None
branch_labels = None
depends_on = None

KINDS = (
    "'declaration', 'speech', 'broadcast', 'telegram', 'letter', "
    "'resolution', 'minutes', 'newspaper article', 'memoir', 'other'"
)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("issuer", sa.Text(), nullable=False),
        sa.Column("date_edtf", sa.String(length=64), nullable=False),
        sa.Column("date_lo", sa.DateTime(), nullable=True),
        sa.Column("date_hi", sa.DateTime(), nullable=True),
        sa.Column("date_precision", sa.String(length=8), nullable=True),
        sa.Column("date_approximate", sa.Boolean(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("source_publication", sa.Text(), nullable=False),
        sa.Column("source_editor", sa.Text(), nullable=False),
        sa.Column("source_publisher", sa.Text(), nullable=False),
        sa.Column("source_place", sa.Text(), nullable=False),
        sa.Column("source_year", sa.String(length=32), nullable=False),
        sa.Column("source_pages", sa.String(length=64), nullable=False),
        sa.Column("archive", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("rights", sa.Text(), nullable=False),
        sa.Column("translation_of_id", sa.Integer(), nullable=True),
        sa.Column("original_format", sa.String(length=64), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("bundle_key", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(f"kind IN ({KINDS})", name=op.f("ck_documents_kind")),
        sa.CheckConstraint(
            "date_precision IS NULL OR date_precision IN ('time', 'day', 'month', 'year')",
            name=op.f("ck_documents_date_precision"),
        ),
        sa.ForeignKeyConstraint(
            ["translation_of_id"],
            ["documents.id"],
            name=op.f("fk_documents_translation_of_id_documents"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("bundle_key", name=op.f("uq_documents_bundle_key")),
    )
    op.create_index(op.f("ix_documents_content_hash"), "documents", ["content_hash"])
    op.create_index("ix_documents_date_range", "documents", ["date_lo", "date_hi"])
    op.create_index(op.f("ix_documents_deleted_at"), "documents", ["deleted_at"])

    op.create_table(
        "paragraphs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("page", sa.String(length=16), nullable=True),
        sa.CheckConstraint("number >= 1", name=op.f("ck_paragraphs_number_positive")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_paragraphs_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paragraphs")),
        sa.UniqueConstraint("document_id", "number", name="uq_paragraphs_document_number"),
    )


def downgrade() -> None:
    op.drop_table("paragraphs")
    op.drop_index(op.f("ix_documents_deleted_at"), table_name="documents")
    op.drop_index("ix_documents_date_range", table_name="documents")
    op.drop_index(op.f("ix_documents_content_hash"), table_name="documents")
    op.drop_table("documents")
