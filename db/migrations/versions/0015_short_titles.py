"""Short titles: what a document is called where room is short, as the user set it.

Revision ID: 0015_short_titles
Revises: 0010_word_forms
Create Date: 2026-12-04

One column by plain ALTER TABLE (no batch rebuild, so the search triggers on `documents` stay as they are); an
empty short title means the one made from the title, so every document already in the library has one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_short_titles"
down_revision = "0014_shared"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("short_title", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    op.execute("ALTER TABLE documents DROP COLUMN short_title")  # SQLite 3.35+, no rebuild: triggers stay
