"""The library's safety from the command line: check, backup and backups; and the lock a window holds."""

from pathlib import Path

import pytest

from app.cli import main
from app.services.infrastructure.instance import LibraryInUseError, LibraryLock
from app.services.infrastructure.storage import Library
from app.services.registry import Services
from tests.builders import live_titles


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
    assert len(live_titles(db_path)) == 2


def test_the_check_and_backup_commands(
    db_path: Path, capsys: pytest.CaptureFixture[str], started: tuple[Library, Services]
) -> None:
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
