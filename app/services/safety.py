"""Keeping a library safe: checked backups, integrity checks, restores, and damaged files moved aside."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.errors import StorageError
from app.services.infrastructure.storage import LibraryOpenError, Location, SharedAddress
from db import files as db_files
from db import safety as db_safety
from db.safety import (
    DEFAULT_KEEP,
    Backup,
    CheckReport,
    backups_folder,
    check,
    list_backups,
    make_backup,
    set_aside,
    write_backup,
)
from db.safety import restore as restore_file

if TYPE_CHECKING:
    from sqlalchemy import Engine

__all__ = ["DAILY", "DEFAULT_KEEP", "Backup", "CheckReport", "SafetyError", "SafetyService", "describe"]

DAILY = timedelta(days=1)


class SafetyError(StorageError):
    """A backup, check or restore that could not be done; the message is one line a user can act on."""


@contextlib.contextmanager
def _translated() -> Iterator[None]:
    """The storage layer's errors, in the app's family."""
    try:
        yield
    except db_safety.SafetyError as exc:
        raise SafetyError(str(exc)) from exc
    except db_files.LibraryOpenError as exc:
        raise LibraryOpenError(str(exc)) from exc


def dump_command(address: SharedAddress, *, restore: bool = False) -> str:
    """The command that backs up a shared library (or puts a backup back): PostgreSQL's own tools do it."""
    where = f"--host={address.host}" + (f" --port={address.port}" if address.port else "")
    if restore:
        return f"pg_restore {where} --username=OWNER --dbname={address.database} --clean --if-exists BACKUP.dump"
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    return (
        f"pg_dump {where} --username={address.user} --dbname={address.database} --format=custom "
        f"--file=parallax-{address.database}-{stamp}.dump"
    )


class SafetyService:
    """Works on the library file itself, so it also works when the library cannot be opened.

    A shared library is kept safe by its server: its backups are pg_dump's (the service says how), its checks
    are PostgreSQL's own (db/postgres/checks.py)."""

    def __init__(self, location: Location, engine: Engine | None = None, keep: int = DEFAULT_KEEP) -> None:
        self.location = location
        self._engine = engine
        self.keep = keep

    @property
    def shared(self) -> SharedAddress | None:
        return self.location if isinstance(self.location, SharedAddress) else None

    @property
    def db_path(self) -> Path:
        if isinstance(self.location, SharedAddress):
            raise SafetyError("a shared library has no file: its server keeps it")
        return self.location

    @property
    def folder(self) -> Path:
        return backups_folder(self.db_path)

    def backup(self, destination: Path | None = None) -> Backup:
        """A checked copy: into the backups folder (keeping the newest `keep`), or to `destination`."""
        if self.shared is not None:
            raise SafetyError(
                "a shared library is backed up on its server with PostgreSQL's pg_dump, for instance: "
                + dump_command(self.shared)
            )
        with _translated():
            if destination is None:
                return make_backup(self.db_path, keep=self.keep)
            if destination.is_dir():
                destination = destination / f"{self.db_path.stem}-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.sqlite3"
            path = write_backup(self.db_path, destination)
            return Backup(path, datetime.now(UTC), path.stat().st_size)

    def backups(self) -> list[Backup]:
        if self.shared is not None:
            return []
        with _translated():
            return list_backups(self.db_path)

    def due(self, now: datetime | None = None) -> bool:
        """Whether the daily backup is due: the library changed since the newest backup, a day or more ago."""
        if self.shared is not None:
            return False  # its server's pg_dump runs on the server's own schedule
        newest = next(iter(self.backups()), None)
        if newest is None:
            return self.db_path.exists()
        moment = now or datetime.now(UTC)
        changed = max(
            (path.stat().st_mtime for path in (self.db_path, self.db_path.with_name(self.db_path.name + "-wal"))
             if path.exists()),
            default=0.0,
        )  # fmt: skip
        return moment - newest.made >= DAILY and changed > newest.made.timestamp()

    def check(self, *, full: bool = False) -> CheckReport:
        if self.shared is not None:
            return self._check_shared(self.shared, full=full)
        with _translated():
            return check(self.db_path, full=full)

    def _check_shared(self, address: SharedAddress, *, full: bool) -> CheckReport:
        from sqlalchemy.exc import DBAPIError

        from db.postgres.checks import check_shared

        if self._engine is None:
            raise SafetyError(f"{address.display()} is not open")
        try:
            with self._engine.connect() as connection:
                problems = check_shared(connection, full=full)
        except (DBAPIError, StorageError) as exc:  # the server is not answering: nothing could be checked
            raise SafetyError(f"the server could not be asked: {getattr(exc, 'orig', None) or exc!s}") from exc
        return CheckReport(address.display(), tuple(problems), full)

    def restore(self, backup: Path) -> Path:
        """Replace the library with a backup (checked first); returns where the current file was moved."""
        if self.shared is not None:
            raise SafetyError(
                "a shared library is restored on its server by its owner with PostgreSQL's pg_restore, for "
                f"instance: {dump_command(self.shared, restore=True)}"
            )
        with _translated():
            return restore_file(self.db_path, backup)

    def set_damaged_aside(self) -> Path:
        """Move a library that failed its check out of the way (as .damaged-…), never deleting it."""
        with _translated():
            return set_aside(self.db_path, "damaged")

    def newest_sound_backup(self) -> Backup | None:
        """The newest backup that passes a full check, if any."""
        if self.shared is not None:
            return None
        with _translated():
            return next((backup for backup in self.backups() if check(backup.path, full=True).ok), None)


def describe(backup: Backup) -> str:
    local = backup.made.astimezone()
    return f"{local:%Y-%m-%d %H:%M}  {backup.size / 1e6:.1f} MB  {backup.path}"
