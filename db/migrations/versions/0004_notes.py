"""Research notes: their passages (anchors), tags, links between notes, and kept revisions.

Revision ID: 0004_notes
Revises: 0003_alignment_links
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_notes"
down_revision = "0003_alignment_links"
branch_labels = None
depends_on = None


def _note_fk(table: str, column: str = "note_id") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["notes.id"], name=op.f(f"fk_{table}_{column}_notes"), ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("date_edtf", sa.String(length=64), nullable=False),
        sa.Column("date_lo", sa.DateTime(), nullable=True),
        sa.Column("date_hi", sa.DateTime(), nullable=True),
        sa.Column("date_precision", sa.String(length=8), nullable=True),
        sa.Column("date_approximate", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "date_precision IS NULL OR date_precision IN ('time', 'day', 'month', 'year')",
            name=op.f("ck_notes_date_precision"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
    )
    op.create_index("ix_notes_date_range", "notes", ["date_lo", "date_hi"])
    op.create_index(op.f("ix_notes_deleted_at"), "notes", ["deleted_at"])
    op.create_table(
        "note_links",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("source_id <> target_id", name=op.f("ck_note_links_not_self")),
        _note_fk("note_links", "source_id"),
        _note_fk("note_links", "target_id"),
        sa.PrimaryKeyConstraint("source_id", "target_id", name=op.f("pk_note_links")),
    )
    op.create_index(op.f("ix_note_links_target_id"), "note_links", ["target_id"])
    op.create_table(
        "note_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        _note_fk("note_revisions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_revisions")),
    )
    op.create_index("ix_note_revisions_note_saved", "note_revisions", ["note_id", "saved_at"])
    op.create_table(
        "note_tags",
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        _note_fk("note_tags"),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name=op.f("fk_note_tags_tag_id_tags"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("note_id", "tag_id", name=op.f("pk_note_tags")),
    )
    op.create_index(op.f("ix_note_tags_tag_id"), "note_tags", ["tag_id"])
    op.create_table(
        "passage_anchors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("prefix", sa.Text(), nullable=False),
        sa.Column("suffix", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("orphaned", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("start_offset >= 0 AND end_offset > start_offset", name=op.f("ck_passage_anchors_offsets")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_passage_anchors_document_id_documents"),
            ondelete="CASCADE",
        ),
        _note_fk("passage_anchors"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_passage_anchors")),
    )
    op.create_index(op.f("ix_passage_anchors_document_id"), "passage_anchors", ["document_id"])
    op.create_index(op.f("ix_passage_anchors_note_id"), "passage_anchors", ["note_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_passage_anchors_note_id"), table_name="passage_anchors")
    op.drop_index(op.f("ix_passage_anchors_document_id"), table_name="passage_anchors")
    op.drop_table("passage_anchors")
    op.drop_index(op.f("ix_note_tags_tag_id"), table_name="note_tags")
    op.drop_table("note_tags")
    op.drop_index("ix_note_revisions_note_saved", table_name="note_revisions")
    op.drop_table("note_revisions")
    op.drop_index(op.f("ix_note_links_target_id"), table_name="note_links")
    op.drop_table("note_links")
    op.drop_index(op.f("ix_notes_deleted_at"), table_name="notes")
    op.drop_index("ix_notes_date_range", table_name="notes")
    op.drop_table("notes")
