"""Opening a library: a file (SQLite) or a shared library on a PostgreSQL server, and the session factory services
share. Both have the same schema and the same services; what differs is said by `Library.shared` and
`Library.member`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app import APP_NAME
from app.domain.errors import StorageError
from db import files as db_files
from db.files import is_read_only
from db.postgres.address import AddressError, SharedAddress, is_shared_address, parse_address

if TYPE_CHECKING:  # the engine is loaded when a library is opened, not when this module is (see app/bootstrap.py)
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

__all__ = [
    "Library",
    "LibraryOpenError",
    "Location",
    "Membership",
    "PasswordNeededError",
    "SharedAddress",
    "check_library_file",
    "check_regular",
    "default_library_path",
    "describe_location",
    "is_read_only",
    "open_library",
    "parse_location",
]

LIBRARY_FILE_NAME = "library.sqlite3"

Location = Path | SharedAddress  # a library file, or a shared library's address


class LibraryOpenError(StorageError):
    """The library cannot be used (not SQLite, not a library, newer than this Parallax, damaged, unreachable…)."""


class PasswordNeededError(LibraryOpenError):
    """A shared library's server wants a password (`refused`: the one given was wrong)."""

    def __init__(self, message: str, *, refused: bool) -> None:
        super().__init__(message)
        self.refused = refused


def default_library_path() -> Path:
    """The library in the user's data folder (created on first use)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True) / LIBRARY_FILE_NAME


def parse_location(text: str) -> Location:
    """What `--db` names: a shared library's address (postgresql://…) or a library file's path."""
    if not is_shared_address(text):
        return Path(text)
    try:
        return parse_address(text)
    except AddressError as exc:
        raise LibraryOpenError(str(exc)) from exc


def describe_location(location: Location) -> str:
    """The location as shown to a user: a file's path, or an address without its password."""
    return location.display() if isinstance(location, SharedAddress) else str(location.expanduser())


@dataclass(frozen=True)
class Membership:
    """Who is using a shared library, and what the library lets them do."""

    user: str
    role: str  # owner, editor or reader ('' while the owner is setting it up)
    readers_write_notes: bool = True

    @property
    def may_edit(self) -> bool:
        """Add and change sources, links, events and shared notes."""
        return self.role in ("owner", "editor", "")

    @property
    def may_write_notes(self) -> bool:
        """Write notes at all (a reader: private ones, if the owner allows it)."""
        return self.may_edit or self.readers_write_notes


@dataclass(frozen=True)
class Library:
    """An open library: its file (None for a shared one), its engine, and a factory for one session per unit of
    work; for a shared library, its address and the member using it."""

    path: Path | None
    engine: Engine
    sessions: sessionmaker[Session]
    # Nothing can be changed: the file or its folder cannot be written, the user asked (--read-only), or a
    # reader of a shared library who may not write notes.
    read_only: bool = False
    address: SharedAddress | None = None
    member: Membership | None = None

    @property
    def shared(self) -> bool:
        return self.address is not None

    @property
    def location(self) -> Location:
        if self.address is not None:
            return self.address
        assert self.path is not None
        return self.path

    def describe(self) -> str:
        return describe_location(self.location)

    def close(self) -> None:
        self.engine.dispose()


def open_library(path: Path, *, read_only: bool = False) -> Library:
    """Open (or create) the library file at `path` and bring its schema to the current version.

    A library file that cannot be written where it is opens read-only (as does any, when asked): its schema must
    then already be current, since upgrading it would mean writing. (A shared library is opened by
    shared_storage.open_shared_library.)"""
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
