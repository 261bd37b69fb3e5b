"""Scans: page images (kept once each, by their hash), the pages of a document, and the words read on them.

Revision ID: 0013_pages
Revises: 0010_word_forms
Create Date: 2026-12-04

Three new tables and no change to an existing one, so a library upgrades with its documents, notes and search
index untouched.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_pages"
down_revision = "0012_blocks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "page_images",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(length=32), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_page_images")),
        sa.UniqueConstraint("sha256", name=op.f("uq_page_images_sha256")),
    )
    op.create_table(
        "document_pages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=16), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("image_id", sa.Integer(), nullable=True),
        sa.Column("languages", sa.String(length=64), nullable=False),
        sa.Column("setting", sa.String(length=32), nullable=False),
        sa.CheckConstraint("number >= 1", name=op.f("ck_document_pages_number_positive")),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_document_pages_document_id_documents"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["image_id"], ["page_images.id"], name=op.f("fk_document_pages_image_id_page_images"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_pages")),
        sa.UniqueConstraint("document_id", "number", name="uq_document_pages_document_number"),
    )
    op.create_index(op.f("ix_document_pages_image_id"), "document_pages", ["image_id"])
    op.create_table(
        "page_words",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("page_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("block", sa.Integer(), nullable=False),
        sa.Column("par", sa.Integer(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("x0", sa.Integer(), nullable=True),
        sa.Column("y0", sa.Integer(), nullable=True),
        sa.Column("x1", sa.Integer(), nullable=True),
        sa.Column("y1", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("ocr_text", sa.Text(), nullable=False),
        sa.Column("paragraph_number", sa.Integer(), nullable=True),
        sa.Column("start_offset", sa.Integer(), nullable=True),
        sa.Column("end_offset", sa.Integer(), nullable=True),
        sa.Column("corrected", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["page_id"], ["document_pages.id"], name=op.f("fk_page_words_page_id_document_pages"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_page_words_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_page_words")),
    )
    op.create_index("ix_page_words_page_position", "page_words", ["page_id", "position"])
    op.create_index("ix_page_words_document_paragraph", "page_words", ["document_id", "paragraph_number"])


def downgrade() -> None:
    op.drop_index("ix_page_words_document_paragraph", table_name="page_words")
    op.drop_index("ix_page_words_page_position", table_name="page_words")
    op.drop_table("page_words")
    op.drop_index(op.f("ix_document_pages_image_id"), table_name="document_pages")
    op.drop_table("document_pages")
    op.drop_table("page_images")
