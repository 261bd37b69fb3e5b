"""What can be known of a library file before SQLAlchemy is loaded: whether it can be written, how to open it
without writing, whether it is SQLite at all, and which schema revision is the current one.

The window's first page is read with these and the standard sqlite3 module alone, so nothing here may import
SQLAlchemy or Alembic (tests/test_startup_imports.py holds that)."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

VERSIONS = Path(__file__).with_name("migrations") / "versions"


class LibraryOpenError(Exception):
    """The library file cannot be used; the message is one line a user can act on."""


def newest_revision_file() -> str:
    """The head revision, read from file names alone (NNNN_name.py, revision id = file stem).

    This lets a start on an up-to-date library skip importing Alembic; tests hold the convention.
    """
    return max(path.stem for path in VERSIONS.glob("[0-9][0-9][0-9][0-9]_*.py"))


def is_read_only(path: Path) -> bool:
    """A library that cannot be written where it is: the file or its folder is read-only (a disc, a locked share)."""
    return path.is_file() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads `path` without writing a byte, even where SQLite could not make its -shm file."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not (wal.exists() and wal.stat().st_size):
        # Nothing can change the file here; SQLite may then skip locking (and its -shm file) altogether.
        uri += "&immutable=1"
    return uri


def what_it_is(mode: int) -> str:
    """'a FIFO', 'a device', 'a folder', 'a socket' for a file that is not a regular file."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (a pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_regular(path: Path) -> None:
    """Refuse, without opening it, a path that is there but is not a regular file: reading a FIFO waits for ever,
    a device never ends."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise LibraryOpenError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(mode):
        raise LibraryOpenError(f"{path} is {what_it_is(mode)}, not a library file")


def check_library_file(path: Path) -> None:
    """Refuse a path that is not a Parallax library (or the place for a new one) before anything is written beside
    it: not a regular file, not SQLite, or an SQLite database of another program."""
    check_regular(path)
    check_sqlite_header(path)
    if not path.is_file() or not path.stat().st_size:
        return
    try:  # read without writing a byte, even a -shm file
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, timeout=0.5)
        try:
            names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except sqlite3.Error:
        return  # damaged or locked: the library's own opening says so, or a check and a restore deal with it
    if names and "alembic_version" not in names:
        raise LibraryOpenError(f"{path} is an SQLite database but not a Parallax library; nothing was written")


def check_sqlite_header(path: Path) -> None:
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
