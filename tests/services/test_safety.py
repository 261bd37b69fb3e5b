"""Backups, checks and restores of a library file (the commands that run them: tests/cli/test_safety.py)."""

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.services.infrastructure.storage import Library
from app.services.registry import Services
from app.services.safety import SafetyError, SafetyService
from db.safety import list_backups, make_backup
from tests.builders import live_titles


def test_a_backup_is_a_checked_copy_and_only_the_newest_are_kept(services: Services, db_path: Path) -> None:
    safety = SafetyService(db_path, keep=3)
    start = datetime(2026, 11, 1, tzinfo=UTC)
    for day in range(5):
        make_backup(db_path, keep=3, now=start + timedelta(days=day))
    kept = safety.backups()
    assert [backup.made.day for backup in kept] == [5, 4, 3]  # newest first, the two oldest rotated out
    assert all(SafetyService(backup.path).check(full=True).ok for backup in kept)
    assert live_titles(kept[0].path) == live_titles(db_path)
    assert not list(safety.folder.glob("*.part"))  # nothing half-written is left behind
    assert safety.check(full=True).ok
    assert safety.check().ok


def test_the_daily_backup_is_due_only_after_a_change_and_a_day(services: Services, db_path: Path) -> None:
    safety = SafetyService(db_path)
    assert safety.due()  # never backed up
    made = safety.backup()
    assert not safety.due(now=made.made + timedelta(hours=3))
    assert not safety.due(now=made.made + timedelta(days=2))  # a day passed, but nothing changed since
    services.notes.create(title="Something new")
    assert safety.due(now=made.made + timedelta(days=2))


def test_restore_puts_a_backup_back_and_keeps_the_library_it_replaces(
    services: Services, db_path: Path, started: tuple[Library, Services]
) -> None:
    safety = SafetyService(db_path)
    backup = safety.backup()
    services.library.move_to_trash(1)
    started[0].close()
    aside = safety.restore(backup.path)
    assert live_titles(db_path) == live_titles(backup.path) != []
    assert live_titles(aside) == []  # the library as it was (the Declaration in the trash) is kept, not deleted
    assert aside.name.startswith(f"{db_path.name}.before-restore-")


def test_damage_is_found_and_a_damaged_backup_is_never_restored(services: Services, db_path: Path) -> None:
    safety = SafetyService(db_path)
    connection = sqlite3.connect(db_path)
    connection.execute("INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', 1, 'not the text')")
    connection.commit()
    connection.close()
    report = safety.check(full=True)
    assert not report.ok
    assert report.problems[0].startswith("search index paragraphs_fts:")
    junk = db_path.with_name("junk.sqlite3")
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(SafetyError, match="does not pass its check"):
        safety.restore(junk)
    assert live_titles(db_path)  # left as it was


def test_backup_refusals_are_one_line(services: Services, db_path: Path, tmp_path: Path) -> None:
    safety = SafetyService(db_path)
    with pytest.raises(SafetyError, match=r"folder .* does not exist"):
        safety.backup(tmp_path / "missing" / "copy.sqlite3")
    with pytest.raises(SafetyError, match="does not exist"):
        SafetyService(tmp_path / "none.sqlite3").backup()
    assert list_backups(tmp_path / "none.sqlite3") == []
