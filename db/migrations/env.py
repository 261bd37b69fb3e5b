"""Alembic environment: uses the engine handed over by db.migrate, never a URL from a file."""

from alembic import context

from db.models import Base
from db.search_index import is_search_table

engine = context.config.attributes["engine"]

with engine.connect() as connection:
    # Batch mode lets SQLite alter tables by copying them; see DESIGN.md on FTS triggers.
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        # The FTS5 tables are made by hand (db/search_index.py): autogenerate must not try to drop them.
        include_name=lambda name, kind, _parent: kind != "table" or not is_search_table(name),
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
