"""Running `parallax` in the test's own process, as a shell would, and reading what it printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`parallax ARGV…`: its exit code, what it printed, and what it said on standard error."""
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_on(capsys: pytest.CaptureFixture[str], db_path: Path, *argv: str) -> tuple[int, str, str]:
    """`parallax --db DB_PATH ARGV…`."""
    return run(capsys, "--db", str(db_path), *argv)
