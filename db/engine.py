"""Engine and session factory for a Parallax library file, with the storage rules applied."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000


class LibraryOpenError(Exception):
    """The library file cannot be used; the message is one line a user can act on."""


def _apply_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # A saved note must survive a power cut, so every commit reaches the disk.
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine for the SQLite file at `path` (created if missing); every connection gets our pragmas."""
    if path.is_dir():
        raise LibraryOpenError(f"{path} is a folder, not a library file")
    if not path.parent.is_dir():
        raise LibraryOpenError(f"cannot create {path}: folder {path.parent} does not exist")
    _check_sqlite_header(path)
    engine = create_engine(f"sqlite+pysqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _apply_pragmas)
    return engine


def _check_sqlite_header(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite gets a chance to write beside it."""
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise LibraryOpenError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if header and header != b"SQLite format 3\x00":
        raise LibraryOpenError(f"{path} is not a Parallax library (not an SQLite database)")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # Objects stay readable after commit; services copy them into frozen dataclasses anyway.
    return sessionmaker(engine, expire_on_commit=False)
