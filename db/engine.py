"""Engine and session factory for a Parallax library file, with the storage rules applied."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from db.files import LibraryOpenError, check_sqlite_header, is_read_only, read_only_uri

__all__ = ["LibraryOpenError", "is_read_only", "make_engine", "make_session_factory", "read_only_uri"]

BUSY_TIMEOUT_MS = 5000


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


def _apply_read_only_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA query_only = ON")  # a second guard: no statement may write, whatever asks
    finally:
        cursor.close()


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine for the SQLite file at `path` (created if missing); every connection gets our pragmas.

    Read-only, the file must exist, and nothing is written to it or beside it."""
    if read_only:
        if not path.is_file():
            raise LibraryOpenError(f"{path} does not exist, and a library opened read-only cannot be created")
        check_sqlite_header(path)
        uri = read_only_uri(path)
        timeout = BUSY_TIMEOUT_MS / 1000
        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False),
        )
        event.listen(engine, "connect", _apply_read_only_pragmas)
        return engine
    if path.is_dir():
        raise LibraryOpenError(f"{path} is a folder, not a library file")
    if not path.parent.is_dir():
        raise LibraryOpenError(f"cannot create {path}: folder {path.parent} does not exist")
    check_sqlite_header(path)
    engine = create_engine(f"sqlite+pysqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _apply_pragmas)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # Objects stay readable after commit; services copy them into frozen dataclasses anyway.
    return sessionmaker(engine, expire_on_commit=False)
