"""Word forms for search: the search keys of every paragraph, note and title, indexed beside their words.

Revision ID: 0010_word_forms
Revises: 0007_editions
Create Date: 2026-12-03

Columns are added by plain ALTER TABLE (no batch rebuild), and the search index is made anew with a `forms`
column in each table, its triggers re-created (db/search_index.py). The keys themselves are computed in Python
(they need the stemmers and dictionaries of app/domain/language), so they start out NULL and are filled in when
Parallax next opens the library, before the window or a command uses it.

On PostgreSQL there is no FTS5 index to make anew: a `forms_vector` beside each `search_vector` holds the words
and the keys (db/postgres/search_schema.py).
"""

import sqlalchemy as sa
from alembic import op

from db.postgres.search_schema import drop_forms_vector_statements, forms_vector_statements
from db.search_index import create_search_index

revision = "0010_word_forms"
down_revision = "0007_editions"
branch_labels = None
depends_on = None

_PENDING = (("documents", "ix_documents_forms_pending"), ("paragraphs", "ix_paragraphs_forms_pending"),
            ("notes", "ix_notes_forms_pending"))  # fmt: skip


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    for table, _ in _PENDING:
        op.add_column(table, sa.Column("forms", sa.Text(), nullable=True))
    op.add_column("notes", sa.Column("language", sa.String(length=35), nullable=False, server_default=""))
    pending = sa.text("forms IS NULL")
    for table, name in _PENDING:
        op.create_index(name, table, ["id"], sqlite_where=pending, postgresql_where=pending)
    op.create_index("ix_documents_language", "documents", ["language"])
    if _postgres():
        for statement in forms_vector_statements():
            op.execute(statement)
    else:
        create_search_index(op.execute)


def downgrade() -> None:
    if _postgres():
        for statement in drop_forms_vector_statements():
            op.execute(statement)
    else:
        create_search_index(op.execute, word_forms=False)
    op.drop_index("ix_documents_language", table_name="documents")
    for table, name in _PENDING:
        op.drop_index(name, table_name=table)
    # SQLite 3.35+ drops a column in place: no rebuild, so the search triggers stay as they are
    op.execute("ALTER TABLE notes DROP COLUMN language")
    for table, _ in _PENDING:
        op.execute(f"ALTER TABLE {table} DROP COLUMN forms")
