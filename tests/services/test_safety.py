"""Backups, checks and restores of a library file; the lock that keeps a second writer away."""

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.services.infrastructure.instance import LibraryInUseError, LibraryLock
from app.services.registry import Services
from app.services.safety import SafetyError, SafetyService
from db.safety import list_backups, make_backup


def titles(db_path: Path) -> list[str]:
    connection = sqlite3.connect(db_path)
    try:
        return [row[0] for row in connection.execute("SELECT title FROM documents WHERE deleted_at IS NULL")]
    finally:
        connection.close()


def test_a_backup_is_a_checked_copy_and_only_the_newest_are_kept(services: Services, db_path: Path) -> None:
    safety = SafetyService(db_path, keep=3)
    start = datetime(2026, 11, 1, tzinfo=UTC)
    for day in range(5):
        make_backup(db_path, keep=3, now=start + timedelta(days=day))
    kept = safety.backups()
    assert [backup.made.day for backup in kept] == [5, 4, 3]  # newest first, the two oldest rotated out
    assert all(SafetyService(backup.path).check(full=True).ok for backup in kept)
    assert titles(kept[0].path) == titles(db_path)
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
    services: Services, db_path: Path, started: tuple
) -> None:
    safety = SafetyService(db_path)
    backup = safety.backup()
    services.library.move_to_trash(1)
    started[0].close()
    aside = safety.restore(backup.path)
    assert titles(db_path) == titles(backup.path) != []
    assert titles(aside) == []  # the library as it was (the Declaration in the trash) is kept, not deleted
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
    assert titles(db_path)  # left as it was


def test_backup_refusals_are_one_line(services: Services, db_path: Path, tmp_path: Path) -> None:
    safety = SafetyService(db_path)
    with pytest.raises(SafetyError, match=r"folder .* does not exist"):
        safety.backup(tmp_path / "missing" / "copy.sqlite3")
    with pytest.raises(SafetyError, match="does not exist"):
        SafetyService(tmp_path / "none.sqlite3").backup()
    assert list_backups(tmp_path / "none.sqlite3") == []


def test_a_window_holding_the_library_keeps_writing_commands_out_but_not_reading_ones(
    services: Services, db_path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "telegram.txt"
    source.write_text("Budapest, 1 November. Nagy declares neutrality.", encoding="utf-8")
    with LibraryLock(db_path):  # as the window holds it
        with pytest.raises(LibraryInUseError, match="already open in Parallax"):
            LibraryLock(db_path).acquire()
        assert main(["--db", str(db_path), "import", str(source)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("parallax: error: the library")
        assert "is already open in Parallax (process" in err
        assert main(["--db", str(db_path), "list"]) == 0  # reading is fine
        assert main(["--db", str(db_path), "backup"]) == 0
        capsys.readouterr()
    assert main(["--db", str(db_path), "import", str(source)]) == 0
    assert len(titles(db_path)) == 2


def test_the_check_and_backup_commands(db_path: Path, capsys: pytest.CaptureFixture[str], started: tuple) -> None:
    assert main(["--db", str(db_path), "check"]) == 0
    assert capsys.readouterr().out.endswith(": ok (full check, search indexes included)\n")
    assert main(["--db", str(db_path), "backups"]) == 0
    assert capsys.readouterr().out.startswith("No backups yet in ")
    assert main(["--db", str(db_path), "backup"]) == 0
    assert main(["--db", str(db_path), "backups", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"path":' in out
    assert main(["--db", str(db_path.with_name("missing.sqlite3")), "check"]) == 1
    assert capsys.readouterr().err.endswith("missing.sqlite3 does not exist\n")
