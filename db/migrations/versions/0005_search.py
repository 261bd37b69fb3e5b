"""Full-text search: FTS5 indexes over paragraphs, notes and document titles, kept in step by triggers.

On PostgreSQL: generated tsvector columns over the same texts, with GIN indexes (db/postgres/search_schema.py).

Revision ID: 0005_search
Revises: 0004_notes
Create Date: 2026-11-26
"""

from alembic import op

from db.postgres.search_schema import create_postgres_search, drop_postgres_search
from db.search_index import create_search_index, drop_search_index

revision = "0005_search"
down_revision = "0004_notes"
branch_labels = None
depends_on = None


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if _postgres():
        create_postgres_search(op.execute)
    else:
        create_search_index(op.execute, word_forms=False)  # as the index was made then


def downgrade() -> None:
    (drop_postgres_search if _postgres() else drop_search_index)(op.execute)
