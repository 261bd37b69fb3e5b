"""Hostile files and paths given to the command line: one line, nothing changed, nothing written beside them."""

from __future__ import annotations

import json
import os
import sys
import threading
import zlib
from pathlib import Path

import pytest

from app.cli import main
from tests.cli.test_refusals_change_nothing import library_digest

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev are POSIX")


def _within(seconds: float, *argv: str) -> int:
    """main(argv) run on a thread that must end in time (a read of a FIFO would wait for ever)."""
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(main(list(argv))), daemon=True)
    worker.start()
    worker.join(seconds)
    assert result, f"parallax {' '.join(argv)} did not end within {seconds} s"
    return result[0]


@pytest.fixture
def library(db_path: Path) -> Path:
    assert main(["--db", str(db_path), "list"]) == 0
    return db_path


@posix_only
@pytest.mark.parametrize("kind", ["fifo", "/dev/zero", "/dev/urandom"])
def test_only_regular_files_are_read(
    library: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(kind)
    if kind == "fifo":
        path = tmp_path / "pipe.txt"
        os.mkfifo(path)
    before = library_digest(library)
    assert _within(30, "--db", str(library), "import", str(path)) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"parallax: error: {path.name}: this is a ")
    assert error.count("\n") == 1
    assert library_digest(library) == before


@posix_only
def test_a_file_name_that_is_not_utf8_is_shown_and_imported(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = os.path.join(os.fsencode(tmp_path), b"nagy-\xff\xfe.txt")
    with open(raw, "wb") as file:
        file.write(b"People of Hungary! The Government declares neutrality.\n")
    path = Path(os.fsdecode(raw))
    assert main(["--db", str(library), "import", "--json", str(path)]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["file"].endswith("nagy-\\xff\\xfe.txt")
    assert main(["--db", str(library), "list"]) == 0
    assert "nagy-\\xff\\xfe" in capsys.readouterr().out  # the title it fell back to, printable
    missing = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"gone-\xff.txt")))
    assert main(["--db", str(library), "import", str(missing)]) == 1
    assert capsys.readouterr().err.startswith("parallax: error: gone-\\xff.txt: cannot read it")


@posix_only
def test_a_fifo_as_the_library_is_refused_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pipe = tmp_path / "library.sqlite3"
    os.mkfifo(pipe)
    for command in (["list"], ["import", str(tmp_path / "x.txt")], ["check"]):
        assert _within(30, "--db", str(pipe), *command) == 1
        assert "is a FIFO (a pipe), not a library file" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite3"]  # no lock, no -wal beside it


@pytest.mark.parametrize("content", [b"A letter, not a library.\n", b""])
def test_nothing_is_written_beside_a_file_that_is_not_a_library(
    tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    other = tmp_path / "notes.db"
    if content:
        other.write_bytes(content)
    else:  # another program's SQLite database
        connection = sqlite3.connect(other)
        connection.execute("CREATE TABLE addresses (name TEXT)")
        connection.commit()
        connection.close()
    source = tmp_path / "source.txt"
    source.write_text("Some text.\n", encoding="utf-8")
    before = other.read_bytes()
    assert main(["--db", str(other), "import", str(source)]) == 1
    assert "not a Parallax library" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db", "source.txt"]  # no notes.db.lock
    assert other.read_bytes() == before


def test_bidi_controls_never_reach_a_title_or_the_list(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "reversed.txt"
    path.write_text("\u202eLETTER FROM BUDAPEST\u202c\n\nThe text of the letter.\n", encoding="utf-8")
    assert main(["--db", str(library), "import", str(path), "--issuer", "\u2067Nagy\u2069"]) == 0
    capsys.readouterr()
    assert main(["--db", str(library), "list"]) == 0
    listed = capsys.readouterr().out
    assert "LETTER FROM BUDAPEST — Nagy" in listed
    assert not any(char in listed for char in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_how_a_damaged_text_was_read_is_said_in_the_summary(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "damaged.txt"
    path.write_bytes("Egy magyar szöveg, néhány ékezettel.".encode() + b" \xff\xfe.\n")
    assert main(["--db", str(library), "import", str(path)]) == 0
    assert capsys.readouterr().err == (
        "parallax: note: damaged.txt: read as utf-8: 2 bytes were not valid and shown as �\n"
    )
    assert main(["--db", str(library), "import", "--json", "--duplicate", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["notices"] == ["read as utf-8: 2 bytes were not valid and shown as �"]


def _pdf_bomb(path: Path, expands_to: int) -> Path:
    """A one-page PDF whose content stream is small compressed and huge unpacked."""
    stream = zlib.compress(b"BT /F1 12 Tf 72 720 Td (Bomb) Tj ET\n" + b" " * expands_to, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>"
        ),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(out)
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="the reader's memory is limited where the OS allows it")
def test_a_pdf_that_unpacks_past_what_the_size_limit_allows_is_refused(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.services.importers.pdf import memory_limit

    bomb = _pdf_bomb(tmp_path / "bomb.pdf", expands_to=900 * 1024 * 1024)
    assert bomb.stat().st_size < 2_000_000
    assert memory_limit(2_000_000) < 900 * 1024 * 1024  # what the reader may take follows the limit
    before = library_digest(library)
    assert main(["--db", str(library), "import", "--max-mb", "2", str(bomb)]) == 1
    assert capsys.readouterr().err.startswith("parallax: error: bomb.pdf: this PDF cannot be read")
    assert library_digest(library) == before
