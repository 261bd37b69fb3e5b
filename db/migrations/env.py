"""Alembic environment: uses the engine handed over by db.migrate, never a URL from a file.

Every pending migration runs in one SQLite transaction, so an upgrade stopped anywhere (a crash, a kill, a full
disk) leaves the library exactly as it was, and the next start simply runs it again. The sqlite3 driver would
otherwise commit before each CREATE or ALTER on its own.

Foreign keys are enforced after the upgrade, not during it, as SQLite's procedure for changing a table asks: a
batch migration rebuilds a table by copying it and dropping the old one, and with enforcement on, dropping
`documents` would delete every paragraph with it (ON DELETE CASCADE). The keys are checked whole before the
commit, and an upgrade that broke one is rolled back."""

from alembic import context

from db.models import Base
from db.search_index import is_search_table

engine = context.config.attributes["engine"]


class ForeignKeyViolationError(RuntimeError):
    """The upgrade left rows pointing at nothing; it was rolled back."""


with engine.connect() as connection:
    driver = connection.connection.driver_connection
    legacy_isolation = driver.isolation_level
    driver.isolation_level = None  # the driver stops opening and committing transactions behind our back
    try:
        driver.execute("PRAGMA foreign_keys = OFF")  # only possible outside a transaction
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock at once: no writer can slip in between
        # Batch mode lets SQLite alter tables by copying them; see DESIGN.md on FTS triggers.
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=True,
            transactional_ddl=True,
            # The FTS5 tables are made by hand (db/search_index.py): autogenerate must not try to drop them.
            include_name=lambda name, kind, _parent: kind != "table" or not is_search_table(name),
        )
        context.run_migrations()
        broken = driver.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise ForeignKeyViolationError(f"the upgrade would leave {len(broken)} rows pointing at nothing")
        connection.commit()
    finally:
        if driver.in_transaction:
            driver.rollback()
        driver.execute("PRAGMA foreign_keys = ON")
        driver.isolation_level = legacy_isolation
