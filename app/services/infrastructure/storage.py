"""Opening a library file: where it lives, its schema, and the session factory services share."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app import APP_NAME
from app.domain.errors import StorageError
from db import files as db_files
from db.files import is_read_only

if TYPE_CHECKING:  # the engine is loaded when a library is opened, not when this module is (see app/bootstrap.py)
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

__all__ = [
    "Library", "LibraryOpenError", "check_library_file", "check_regular", "default_library_path", "is_read_only",
    "open_library",
]  # fmt: skip

LIBRARY_FILE_NAME = "library.sqlite3"


class LibraryOpenError(StorageError):
    """The library file cannot be used (not SQLite, not a library, newer than this Parallax, damaged…)."""


def default_library_path() -> Path:
    """The library in the user's data folder (created on first use)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True) / LIBRARY_FILE_NAME


@dataclass(frozen=True)
class Library:
    """An open library file: the path, its engine, and a factory for one session per unit of work."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    # Opened without writing: the file or its folder cannot be written, or the user asked (--read-only).
    read_only: bool = False

    def close(self) -> None:
        self.engine.dispose()


def open_library(path: Path, *, read_only: bool = False) -> Library:
    """Open (or create) the library at `path` and bring its schema to the current version.

    A library that cannot be written where it is opens read-only (as does any, when asked): its schema must then
    already be current, since upgrading it would mean writing."""
    from db.engine import make_engine, make_session_factory
    from db.migrate import check_current, upgrade_to_head

    path = path.expanduser()
    read_only = read_only or is_read_only(path)
    try:
        engine = make_engine(path, read_only=read_only)
        try:
            if read_only:
                check_current(engine, path)
            else:
                upgrade_to_head(engine, path)
        except BaseException:
            engine.dispose()
            raise
    except db_files.LibraryOpenError as exc:  # the storage layer's own error, in the app's family
        raise LibraryOpenError(str(exc)) from exc
    return Library(path=path.resolve(), engine=engine, sessions=make_session_factory(engine), read_only=read_only)


def check_regular(path: Path) -> None:
    """Refuse a path that is not a regular file (a FIFO, a device, a socket) before anything reads from it."""
    try:
        db_files.check_regular(path)
    except db_files.LibraryOpenError as exc:
        raise LibraryOpenError(str(exc)) from exc


def check_library_file(path: Path) -> None:
    """Refuse a path that is not a library (nor nothing yet) before anything, a lock file included, is written
    beside it."""
    try:
        db_files.check_library_file(path)
    except db_files.LibraryOpenError as exc:
        raise LibraryOpenError(str(exc)) from exc
