"""Backups, integrity checks and restores of a library file, with SQLite's own backup API and checks."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from db.files import read_only_uri
from db.search_index import FTS_TABLES

BACKUP_PREFIX = "library-"
BACKUP_SUFFIX = ".sqlite3"
STAMP = "%Y%m%dT%H%M%S%fZ"
DEFAULT_KEEP = 5


class SafetyError(Exception):
    """A backup, check or restore that could not be done; the message is one line a user can act on."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime  # UTC, from its name
    size: int


@dataclass(frozen=True)
class CheckReport:
    path: Path | str  # a library file, or a shared library's address
    problems: tuple[str, ...]
    full: bool

    @property
    def ok(self) -> bool:
        return not self.problems


def backups_folder(db_path: Path) -> Path:
    """Where a library's backups are kept: a folder beside it, named after it."""
    return db_path.with_name(f"{db_path.stem}-backups")


@contextlib.contextmanager
def _connection(path: Path, *, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    if not path.is_file():
        raise SafetyError(f"{path} does not exist")
    uri = read_only_uri(path) if read_only else str(path)
    try:
        connection = sqlite3.connect(uri, uri=read_only, timeout=5)
    except sqlite3.Error as exc:
        raise SafetyError(f"cannot open {path}: {exc}") from exc
    try:
        yield connection
    finally:
        connection.close()


def check(path: Path, *, full: bool = False) -> CheckReport:
    """SQLite's quick check (or, when `full`, its integrity check, foreign keys and the search indexes)."""
    problems: list[str] = []
    try:
        with _connection(path, read_only=not full) as connection:
            header = connection.execute("PRAGMA quick_check" if not full else "PRAGMA integrity_check").fetchall()
            problems += [str(row[0]) for row in header if row[0] != "ok"]
            if full and not problems:
                problems += _deep_checks(connection)
    except sqlite3.DatabaseError as exc:  # not a database, or damaged beyond reading
        problems.append(str(exc))
    return CheckReport(path, tuple(problems), full)


def _deep_checks(connection: sqlite3.Connection) -> list[str]:
    problems = [
        f"row {row[1]} of {row[0]} points to a missing row of {row[2]}"
        for row in connection.execute("PRAGMA foreign_key_check")
    ]
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for index in sorted(FTS_TABLES & tables):
        try:  # FTS5 compares its index with the table it indexes (rank 1); nothing is written
            connection.execute(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"search index {index}: {exc}")
        finally:
            connection.rollback()
    return problems


def list_backups(db_path: Path) -> list[Backup]:
    """The library's backups, newest first."""
    folder = backups_folder(db_path)
    found = []
    for path in folder.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}") if folder.is_dir() else ():
        try:
            made = datetime.strptime(path.name[len(BACKUP_PREFIX) : -len(BACKUP_SUFFIX)], STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue  # not one of ours
        found.append(Backup(path, made, path.stat().st_size))
    return sorted(found, key=lambda backup: backup.made, reverse=True)


def write_backup(db_path: Path, target: Path) -> Path:
    """Copy the library to `target` with the backup API: into a temporary file, checked whole, then renamed."""
    if target.exists() and target.is_dir():
        raise SafetyError(f"{target} is a folder; give a file name for the backup")
    if not target.parent.is_dir():
        raise SafetyError(f"cannot write {target}: folder {target.parent} does not exist")
    partial = target.with_name(f".{target.name}.part")
    try:
        with _connection(db_path) as source:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
            finally:
                copy.close()
        report = check(partial, full=True)
        if not report.ok:
            raise SafetyError(f"the copy of {db_path} did not pass its check ({report.problems[0]}); nothing kept")
        os.replace(partial, target)
        _sync_folder(target.parent)
    except sqlite3.Error as exc:
        raise SafetyError(f"cannot back up {db_path} to {target}: {exc}") from exc
    except OSError as exc:
        raise SafetyError(f"cannot write {target}: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return target


def make_backup(db_path: Path, *, keep: int = DEFAULT_KEEP, now: datetime | None = None) -> Backup:
    """A new checked backup in the library's backups folder; only the newest `keep` are kept."""
    folder = backups_folder(db_path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise SafetyError(f"cannot create {folder}: {exc.strerror or exc}") from exc
    made = now or datetime.now(UTC)
    target = write_backup(db_path, folder / f"{BACKUP_PREFIX}{made.strftime(STAMP)}{BACKUP_SUFFIX}")
    for old in list_backups(db_path)[max(1, keep) :]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return Backup(target, made, target.stat().st_size)


def set_aside(db_path: Path, label: str) -> Path:
    """Move the library file (and its -wal and -shm) aside as `<name>.<label>-<time>`, never deleting it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = db_path.with_name(f"{db_path.name}.{label}-{stamp}")
    try:
        os.replace(db_path, aside)
        for extra in ("-wal", "-shm"):
            companion = db_path.with_name(db_path.name + extra)
            if companion.exists():
                os.replace(companion, aside.with_name(aside.name + extra))
    except OSError as exc:
        raise SafetyError(f"cannot move {db_path} aside: {exc.strerror or exc}") from exc
    return aside


def restore(db_path: Path, backup: Path) -> Path:
    """Put a backup in the library's place; the current file is moved aside first. Returns where it went."""
    report = check(backup, full=True)
    if not report.ok:
        raise SafetyError(f"{backup} does not pass its check ({report.problems[0]}); the library was left as it is")
    if db_path.exists():
        with contextlib.suppress(sqlite3.Error), _connection(db_path) as current:
            current.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # what is in the -wal goes aside inside the file
    aside = set_aside(db_path, "before-restore") if db_path.exists() else db_path
    write_backup(backup, db_path)
    return aside


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
