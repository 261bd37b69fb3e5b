"""Bring a library file to the current schema with Alembic, programmatically (no alembic.ini)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from db.files import VERSIONS, LibraryOpenError, newest_revision_file
from db.postgres.search_schema import is_postgres_search_name
from db.search_index import is_search_table

if TYPE_CHECKING:
    from collections.abc import Callable

    from alembic.config import Config

SCRIPT_LOCATION = str(VERSIONS.parent)
MIGRATION_LOCK = 1956_10_30  # PostgreSQL advisory lock held by an upgrade: one member migrates at a time
# Made by the migrations for PostgreSQL alone, with no model to compare them with.
POSTGRES_ONLY = frozenset({"uq_tags_name_folded"})


def include_in_comparison(dialect: str) -> Callable[[str | None, str, object], bool]:
    """What of a library's schema the models describe: not the search indexes, made by hand for each back end."""
    if dialect == "postgresql":
        return lambda name, _kind, _parent: not is_postgres_search_name(name) and name not in POSTGRES_ONLY
    return lambda name, kind, _parent: kind != "table" or not is_search_table(name)


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory(SCRIPT_LOCATION).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations have {len(heads)} heads; they must form one line")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_current(engine: Engine, db_path: Path | str, upgrade_hint: str = "") -> None:
    """For a library opened read-only (or a shared library opened by a member): refuse it unless it is a
    Parallax library at the current schema. `upgrade_hint` says who can upgrade it, if not the user here."""
    try:
        current = current_revision(engine)
    except DatabaseError as exc:
        raise LibraryOpenError(_describe(exc, db_path)) from exc
    if current is None:
        raise LibraryOpenError(f"{db_path} is not a Parallax library")
    if current == newest_revision_file():
        return
    if current > newest_revision_file():
        raise LibraryOpenError(_NEWER.format(where=db_path))
    raise LibraryOpenError(
        f"{db_path} was written by an older Parallax and must be upgraded, "
        + (upgrade_hint or "which cannot be done where it is (read-only); copy it to a folder you can write to "
           "and open the copy")
    )  # fmt: skip


_NEWER = "{where} was written by a newer version of Parallax; update Parallax to open it (it was left unchanged)"


def upgrade_to_head(engine: Engine, db_path: Path | str | None = None) -> None:
    """Migrate to head; refuse foreign or newer files; back up a library before changing its schema."""
    try:
        tables = set(inspect(engine).get_table_names())
        current = current_revision(engine)
    except DatabaseError as exc:
        raise LibraryOpenError(_describe(exc, db_path)) from exc
    if tables and current is None:
        if engine.dialect.name == "postgresql":
            raise LibraryOpenError(f"{db_path or 'this database'} has tables of its own: it is not a Parallax library")
        raise LibraryOpenError(f"{db_path or 'this file'} is an SQLite database but not a Parallax library")
    if current is not None and current == newest_revision_file():
        return  # the usual start: nothing to migrate, and no need to load Alembic
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(SCRIPT_LOCATION)
    known = {revision.revision for revision in script.walk_revisions()}
    if current is not None and current not in known:
        raise LibraryOpenError(_NEWER.format(where=db_path or "this library"))
    if current == head_revision():
        return
    if current is not None and isinstance(db_path, Path) and engine.dialect.name == "sqlite":
        backup_before_migration(db_path, current)  # on PostgreSQL, the upgrade's one transaction is the safeguard
    try:
        command.upgrade(alembic_config(engine), "head")
    except OperationalError as exc:
        raise LibraryOpenError(_describe(exc, db_path)) from exc


def backup_before_migration(db_path: Path, revision: str) -> Path:
    """Copy the library with SQLite's backup API and check the copy before any migration touches it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = db_path.with_name(f"{db_path.name}.before-{revision}-{stamp}.bak")
    source = sqlite3.connect(db_path)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        verdict = copy.execute("PRAGMA integrity_check").fetchone()
    finally:
        copy.close()
        source.close()
    if verdict is None or verdict[0] != "ok":
        raise LibraryOpenError(f"could not make a sound backup of {db_path} before upgrading it; nothing changed")
    return target


def _describe(exc: DatabaseError, db_path: Path | str | None) -> str:
    reason = str(exc.orig) if exc.orig is not None else str(exc)
    where = db_path or "the library"
    if "not a database" in reason:
        return f"{where} is not a Parallax library (not an SQLite database)"
    return f"cannot open {where}: {reason}"
