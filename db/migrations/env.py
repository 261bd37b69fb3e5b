"""Alembic environment: uses the engine handed over by db.migrate, never a URL from a file."""

from alembic import context

from db.models import Base

engine = context.config.attributes["engine"]

with engine.connect() as connection:
    # Batch mode lets SQLite alter tables by copying them; see DESIGN.md on FTS triggers.
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
