"""Blocks: a document's text as blocks of a kind (paragraph, heading, dateline, list item, …), in order.

Revision ID: 0012_blocks
Revises: 0011_instants
Create Date: 2026-12-03

`documents` gains a description (what a web page says of itself, for one). `paragraphs` gains a position (the
reading order), a kind, a level and a label, and its `number` (the ¶ number) may now be empty, for the blocks
that take none. Every row of an existing library is a paragraph and keeps its
number, which also becomes its position, so no note, link or citation moves. SQLite cannot make a column
nullable in place: the table is rebuilt by hand (rows and ids copied as they are), and its search triggers, which
go with the old table, are made again with the index rebuilt (db/search_index.py); the rows' search keys
(`forms`) are copied with them, and the index of rows waiting for keys is made again. PostgreSQL alters the
table in place.
"""

import sqlalchemy as sa
from alembic import op

from db.search_index import create_search_index

revision = "0012_blocks"
down_revision = "0011_instants"
branch_labels = None
depends_on = None

NUMBERED = "'paragraph', 'list item', 'quotation'"
KINDS = f"{NUMBERED}, 'heading', 'dateline', 'table row', 'closer', 'editorial'"
PENDING = "ix_paragraphs_forms_pending"  # the rows whose search keys are still to be made (0010_word_forms)


def _create(name: str, *, blocks: bool) -> None:
    columns: list[sa.Column[object]] = [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
    ]
    constraints: list[sa.schema.SchemaItem] = [
        sa.CheckConstraint("number >= 1", name=op.f("ck_paragraphs_number_positive")),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_paragraphs_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paragraphs")),
        sa.UniqueConstraint("document_id", "number", name=op.f("uq_paragraphs_document_number")),
    ]
    if blocks:
        columns += [
            sa.Column("position", sa.Integer(), nullable=False),
            sa.Column("number", sa.Integer(), nullable=True),
            sa.Column("kind", sa.String(length=16), nullable=False),
            sa.Column("level", sa.Integer(), nullable=False),
            sa.Column("label", sa.String(length=32), nullable=False),
        ]
        constraints += [
            sa.UniqueConstraint("document_id", "position", name=op.f("uq_paragraphs_document_position")),
            sa.CheckConstraint("position >= 1", name=op.f("ck_paragraphs_position_positive")),
            sa.CheckConstraint(f"kind IN ({KINDS})", name=op.f("ck_paragraphs_kind")),
            sa.CheckConstraint(
                f"(kind IN ({NUMBERED})) = (number IS NOT NULL)", name=op.f("ck_paragraphs_numbered_kinds")
            ),
        ]
    else:
        columns.append(sa.Column("number", sa.Integer(), nullable=False))
    columns += [
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("page", sa.String(length=16), nullable=True),
        sa.Column("forms", sa.Text(), nullable=True),
    ]
    op.create_table(name, *columns, *constraints)


def _replace_paragraphs(name: str) -> None:
    """The rebuilt table in the place of the old, with its index of rows without keys and the search index."""
    op.drop_table("paragraphs")
    op.rename_table(name, "paragraphs")
    op.create_index(PENDING, "paragraphs", ["id"], sqlite_where=sa.text("forms IS NULL"))
    create_search_index(op.execute)


def _on_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _upgrade_in_place() -> None:
    """PostgreSQL changes the table in place: its search columns, triggers and policies stay as they are."""
    op.add_column("paragraphs", sa.Column("position", sa.Integer(), nullable=True))
    op.add_column("paragraphs", sa.Column("kind", sa.String(length=16), nullable=False, server_default="paragraph"))
    op.add_column("paragraphs", sa.Column("level", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("paragraphs", sa.Column("label", sa.String(length=32), nullable=False, server_default=""))
    op.execute("UPDATE paragraphs SET position = number")
    op.alter_column("paragraphs", "position", nullable=False)
    op.alter_column("paragraphs", "number", nullable=True)
    op.create_unique_constraint(op.f("uq_paragraphs_document_position"), "paragraphs", ["document_id", "position"])
    op.create_check_constraint(op.f("ck_paragraphs_position_positive"), "paragraphs", "position >= 1")
    op.create_check_constraint(op.f("ck_paragraphs_kind"), "paragraphs", f"kind IN ({KINDS})")
    op.create_check_constraint(
        op.f("ck_paragraphs_numbered_kinds"), "paragraphs", f"(kind IN ({NUMBERED})) = (number IS NOT NULL)"
    )


def _downgrade_in_place() -> None:
    op.execute("DELETE FROM paragraphs WHERE number IS NULL")
    for name in ("ck_paragraphs_numbered_kinds", "ck_paragraphs_kind", "ck_paragraphs_position_positive"):
        op.drop_constraint(op.f(name), "paragraphs", type_="check")
    op.drop_constraint(op.f("uq_paragraphs_document_position"), "paragraphs", type_="unique")
    for column in ("label", "level", "kind", "position"):
        op.drop_column("paragraphs", column)
    op.alter_column("paragraphs", "number", nullable=False)


def upgrade() -> None:
    # A plain ALTER TABLE: documents is not rebuilt, so its search triggers stay as they are.
    op.add_column("documents", sa.Column("description", sa.Text(), nullable=False, server_default=""))
    if _on_postgresql():
        _upgrade_in_place()
        return
    _create("paragraphs_with_blocks", blocks=True)
    op.execute(
        "INSERT INTO paragraphs_with_blocks "
        "(id, document_id, position, number, kind, level, label, text, page, forms) "
        "SELECT id, document_id, number, number, 'paragraph', 0, '', text, page, forms FROM paragraphs"
    )
    _replace_paragraphs("paragraphs_with_blocks")


def downgrade() -> None:
    # Blocks without a number (headings, datelines, …) have no place in the older schema: they are left out.
    if _on_postgresql():
        _downgrade_in_place()
        op.drop_column("documents", "description")
        return
    _create("paragraphs_without_blocks", blocks=False)
    op.execute(
        "INSERT INTO paragraphs_without_blocks (id, document_id, number, text, page, forms) "
        "SELECT id, document_id, number, text, page, forms FROM paragraphs WHERE number IS NOT NULL"
    )
    _replace_paragraphs("paragraphs_without_blocks")
    op.execute("ALTER TABLE documents DROP COLUMN description")  # SQLite 3.35+, no rebuild: triggers stay
