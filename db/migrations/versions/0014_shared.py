"""Shared libraries: who wrote a note, a link or an event, private notes, revisions checked on every save,
the members of a library and its options.

Revision ID: 0014_shared
Revises: 0011_instants
Create Date: 2026-12-03

Columns are added by plain ALTER TABLE on both back ends (on SQLite no table is rebuilt, so the search
triggers stay). A library file gets the columns and two tables it leaves empty; on PostgreSQL the authors
default to the member writing, and the policies, functions and triggers of db/postgres/policies.py are made.
"""

import sqlalchemy as sa
from alembic import op

from db.postgres.policies import drop_shared_library_statements, shared_library_statements

revision = "0014_shared"
down_revision = "0013_pages"
branch_labels = None
depends_on = None

AUTHORED = ("notes", "alignment_links", "events")
REVISED = ("notes", "alignment_links", "events")


def upgrade() -> None:
    for table in AUTHORED:
        op.add_column(table, sa.Column("author", sa.Text(), nullable=False, server_default=""))
    for table in REVISED:
        op.add_column(table, sa.Column("revision", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("notes", sa.Column("private", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("notes", sa.Column("saved_by", sa.Text(), nullable=False, server_default=""))
    op.add_column("note_revisions", sa.Column("author", sa.Text(), nullable=False, server_default=""))
    op.add_column("note_revisions", sa.Column("conflicting", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "members",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("role IN ('owner', 'editor', 'reader')", name=op.f("ck_members_role")),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_members")),
    )
    op.create_table(
        "library_options",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_library_options")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in shared_library_statements():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in drop_shared_library_statements():
            op.execute(statement)
    op.drop_table("library_options")
    op.drop_table("members")
    # SQLite 3.35+ drops a column without rebuilding the table: the search triggers stay.
    op.execute("ALTER TABLE note_revisions DROP COLUMN conflicting")
    op.execute("ALTER TABLE note_revisions DROP COLUMN author")
    op.execute("ALTER TABLE notes DROP COLUMN saved_by")
    op.execute("ALTER TABLE notes DROP COLUMN private")
    for table in REVISED:
        op.execute(f"ALTER TABLE {table} DROP COLUMN revision")
    for table in AUTHORED:
        op.execute(f"ALTER TABLE {table} DROP COLUMN author")
