"""Keeping a library safe: checked backups, integrity checks, restores, and damaged files moved aside."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.domain.errors import StorageError
from app.services.infrastructure.storage import LibraryOpenError
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


class SafetyService:
    """Works on the library file itself, so it also works when the library cannot be opened."""

    def __init__(self, db_path: Path, keep: int = DEFAULT_KEEP) -> None:
        self.db_path = db_path
        self.keep = keep

    @property
    def folder(self) -> Path:
        return backups_folder(self.db_path)

    def backup(self, destination: Path | None = None) -> Backup:
        """A checked copy: into the backups folder (keeping the newest `keep`), or to `destination`."""
        with _translated():
            if destination is None:
                return make_backup(self.db_path, keep=self.keep)
            if destination.is_dir():
                destination = destination / f"{self.db_path.stem}-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.sqlite3"
            path = write_backup(self.db_path, destination)
            return Backup(path, datetime.now(UTC), path.stat().st_size)

    def backups(self) -> list[Backup]:
        with _translated():
            return list_backups(self.db_path)

    def due(self, now: datetime | None = None) -> bool:
        """Whether the daily backup is due: the library changed since the newest backup, a day or more ago."""
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
        with _translated():
            return check(self.db_path, full=full)

    def restore(self, backup: Path) -> Path:
        """Replace the library with a backup (checked first); returns where the current file was moved."""
        with _translated():
            return restore_file(self.db_path, backup)

    def set_damaged_aside(self) -> Path:
        """Move a library that failed its check out of the way (as .damaged-…), never deleting it."""
        with _translated():
            return set_aside(self.db_path, "damaged")

    def newest_sound_backup(self) -> Backup | None:
        """The newest backup that passes a full check, if any."""
        with _translated():
            return next((backup for backup in self.backups() if check(backup.path, full=True).ok), None)


def describe(backup: Backup) -> str:
    local = backup.made.astimezone()
    return f"{local:%Y-%m-%d %H:%M}  {backup.size / 1e6:.1f} MB  {backup.path}"
