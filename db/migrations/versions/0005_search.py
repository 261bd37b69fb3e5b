"""Full-text search: FTS5 indexes over paragraphs, notes and document titles, kept in step by triggers.

Revision ID: 0005_search
Revises: 0004_notes
Create Date: 2026-11-26
"""

from alembic import op

from db.search_index import create_search_index, drop_search_index

revision = "0005_search"
down_revision = "0004_notes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_search_index(op.execute, word_forms=False)  # as the index was made then


def downgrade() -> None:
    drop_search_index(op.execute)
