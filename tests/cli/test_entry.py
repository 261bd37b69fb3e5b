"""The command line's entry point: every failure is one line on standard error and a failing exit, whatever
the command; no traceback ever."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main
from app.services.infrastructure.storage import Library
from app.services.registry import Services
from tests.builders import FULL, fill_disk, live_titles
from tests.cli.helpers import run, run_on


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "42"], "no document with ID 42 in this library"),
        (["open", "1", "42"], "no document with ID 42 in this library"),
        (["show", "twelve"], "'twelve' is not a document ID"),
        (["show", "0"], "IDs are whole numbers from 1"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_errors_are_one_clear_line_and_a_failing_exit(
    capsys: pytest.CaptureFixture[str], db_path: Path, argv: list[str], message: str
) -> None:
    try:
        code = main(["--db", str(db_path), *argv])
    except SystemExit as exit_info:  # argparse's usage errors leave this way
        code = int(str(exit_info.code))
    captured = capsys.readouterr()
    assert code != 0
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert message in captured.err


def test_files_that_are_not_libraries_are_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    not_a_db = tmp_path / "essay.txt"
    not_a_db.write_text("The Hungarian question\n")
    code, _, err = run(capsys, "--db", str(not_a_db), "list")
    assert code == 1
    assert err == f"parallax: error: {not_a_db} is not a Parallax library (not an SQLite database)\n"
    assert not_a_db.read_text() == "The Hungarian question\n"

    code, _, err = run(capsys, "--db", str(tmp_path / "missing" / "lib.db"), "list")
    assert code == 1
    assert "does not exist" in err


def test_version_everywhere(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--version"], ["list", "--version"], ["show", "--version"]):
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 0
        assert capsys.readouterr().out == f"parallax {__version__}\n"


def test_the_installed_command_never_shows_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00\x01garbage" * 100)
    result = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(bad), "show", "1"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == f"parallax: error: {bad} is not a Parallax library (not an SQLite database)"


def test_db_without_a_path_is_one_line_said_once(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--db"])
    assert stopped.value.code == 2
    assert capsys.readouterr().err == "parallax: error: argument --db: expected one argument (see parallax --help)\n"


def test_writing_commands_refuse_a_read_only_library_and_reading_ones_work(
    started: tuple[Library, Services],
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    started[0].close()
    # What a read-only mount reports (the tests may run as root, for whom chmod would change nothing).
    monkeypatch.setattr("app.services.infrastructure.storage.is_read_only", lambda _path: True)
    code, _, err = run_on(capsys, db_path, "delete", "1")
    assert code == 1
    assert err.strip().endswith("is read-only (the file or its folder cannot be written); nothing changed")
    assert err.count("\n") == 1
    code, out, _ = run_on(capsys, db_path, "list", "--json")
    assert code == 0
    assert json.loads(out)[0]["date_display"] == "30 October 1956"
    assert len(live_titles(db_path)) == 1  # still there, not in the trash


def test_a_change_the_disk_has_no_room_for_is_one_line_that_says_nothing_changed(
    started: tuple[Library, Services], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    started[0].close()
    before = json.loads(run_on(capsys, db_path, "show", "1", "--json")[1])
    rights = ("Public domain in the United States. " * 800).strip()  # 28,800 characters: new pages
    free = fill_disk()  # the library the command opens for itself cannot grow
    try:
        code, out, err = run_on(capsys, db_path, "edit", "1", "--place", "Moscow, the Kremlin", "--rights", rights)
    finally:
        free()
    assert (code, out) == (1, "")
    assert err == f"parallax: error: {FULL}; nothing changed\n"
    assert json.loads(run_on(capsys, db_path, "show", "1", "--json")[1]) == before
