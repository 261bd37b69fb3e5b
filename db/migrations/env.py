"""Alembic environment: uses the engine handed over by db.migrate, never a URL from a file.

Every pending migration runs in one transaction, so an upgrade stopped anywhere (a crash, a kill, a full disk,
a server going away) leaves the library exactly as it was, and the next start simply runs it again.

On SQLite the sqlite3 driver would otherwise commit before each CREATE or ALTER on its own. Foreign keys are
enforced after the upgrade, not during it, as SQLite's procedure for changing a table asks: a batch migration
rebuilds a table by copying it and dropping the old one, and with enforcement on, dropping `documents` would
delete every paragraph with it (ON DELETE CASCADE). The keys are checked whole before the commit, and an upgrade
that broke one is rolled back.

On PostgreSQL, DDL is transactional and ALTER TABLE rebuilds nothing; an advisory lock held to the commit makes
two members starting at once migrate one after the other (the second finds nothing left to do)."""

from alembic import context
from sqlalchemy import Connection, text

from db.migrate import MIGRATION_LOCK, include_in_comparison
from db.models import Base

engine = context.config.attributes["engine"]


class ForeignKeyViolationError(RuntimeError):
    """The upgrade left rows pointing at nothing; it was rolled back."""


def _configure(connection: Connection, dialect: str) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=dialect == "sqlite",  # batch mode lets SQLite alter tables by copying them
        transactional_ddl=True,
        # The search indexes are made by hand (db/search_index.py, db/postgres/search_schema.py).
        include_name=include_in_comparison(dialect),
    )


def _run_on_postgres() -> None:
    with engine.connect() as connection, connection.begin():
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        _configure(connection, "postgresql")
        context.run_migrations()


def _run_on_sqlite() -> None:
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        legacy_isolation = driver.isolation_level
        driver.isolation_level = None  # the driver stops opening and committing transactions behind our back
        try:
            driver.execute("PRAGMA foreign_keys = OFF")  # only possible outside a transaction
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock at once: no writer can slip in between
            _configure(connection, "sqlite")
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


if engine.dialect.name == "postgresql":
    _run_on_postgres()
else:
    _run_on_sqlite()
