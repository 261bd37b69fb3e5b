"""A command that is refused changes nothing in the library: not a row, not a time stamp.

Each test takes a digest of every row of every table before and after the refused command.
"""

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.cli import main


def library_digest(path: Path) -> str:
    """A hash of every row of every table (the search index's own tables included)."""
    digest = hashlib.sha256()
    connection = sqlite3.connect(path)
    try:
        names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for name in sorted(names):
            digest.update(name.encode())
            for row in sorted(map(repr, connection.execute(f'SELECT * FROM "{name}"'))):
                digest.update(row.encode())
    finally:
        connection.close()
    return digest.hexdigest()


@pytest.fixture
def library(db_path: Path) -> Path:
    assert main(["--db", str(db_path), "list"]) == 0  # a new library with the Declaration in it
    return db_path


@pytest.mark.parametrize(
    "arguments",
    [
        ["edit", "1", "--paragraph", "0", "--text", "A correction"],
        ["edit", "1", "--paragraph", "21", "--text", "A correction"],
        ["edit", "1", "--paragraph", "3", "--text", "   "],
        ["edit", "1", "--place", "Budapest", "--paragraph", "0", "--text", "A correction"],
        ["edit", "1", "--date", "the thirty-second of Octember"],
        ["edit", "1", "--translation-of", "1"],
        ["edit", "999", "--place", "Budapest"],
    ],
)
def test_a_refused_edit_changes_nothing_not_even_the_time_of_the_last_change(
    library: Path, arguments: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = library_digest(library)
    assert main(["--db", str(library), *arguments]) == 1
    error = capsys.readouterr().err
    assert error.startswith("parallax: error: ")
    assert error.count("\n") == 1
    assert library_digest(library) == before


def test_an_edit_that_changes_nothing_writes_nothing(library: Path) -> None:
    before = library_digest(library)
    assert main(["--db", str(library), "edit", "1"]) == 0
    assert library_digest(library) == before


def test_an_edit_of_metadata_and_a_paragraph_is_one_change(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["--db", str(library), "edit", "1", "--place", "Moskva", "--paragraph", "2", "--text", "Corrected."]) == 0
    )
    capsys.readouterr()
    assert main(["--db", str(library), "show", "1"]) == 0
    shown = capsys.readouterr().out
    assert "Moskva" in shown
    assert "¶2  Corrected." in shown
