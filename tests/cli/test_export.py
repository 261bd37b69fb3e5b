"""`parallax export`: each format into a file, and one line for what cannot be done."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from app.services.infrastructure.storage import Library
from app.services.registry import Services
from tests.builders import pdf_pages
from tests.cli.helpers import run

NOTE_IDS = tuple[int, int]


@pytest.fixture
def on_file(started: tuple[Library, Services], notes: NOTE_IDS) -> NOTE_IDS:
    """The research library's notes, in a file the test has let go of: the command opens it for itself."""
    started[0].close()
    return notes


def test_markdown_and_html_of_a_tag(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, on_file: NOTE_IDS
) -> None:
    target = tmp_path / "un.md"
    code, out, _ = run(capsys, "--db", str(db_path), "export", "--format", "md", "--tag", "UN", "-o", str(target))
    assert code == 0
    assert out == f"wrote {target} (1 note, 1 sources)\n"
    text = target.read_text(encoding="utf-8")
    assert "## 1. Security Council" in text
    assert "Withdrawal and neutrality" not in text
    code, _, _ = run(capsys, "--db", str(db_path), "export", "--format", "html", "-o", str(tmp_path / "all.html"))
    assert code == 0
    assert (tmp_path / "all.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def page_feet(path: Path) -> list[str]:
    """The text set lowest on each page, where the page number goes."""
    document = pdfium.PdfDocument(path)
    feet = []
    try:
        for page in document:
            text = page.get_textpage()
            boxes = [(text.get_charbox(i), text.get_text_range(i, 1)) for i in range(text.count_chars())]
            printed = [(box, char) for box, char in boxes if char.strip()]
            lowest = min(box[1] for box, _ in printed)
            feet.append("".join(char for box, char in printed if box[1] < lowest + 2))
    finally:
        document.close()
    return feet


@pytest.mark.usefixtures("qapp")  # in this process windows follow: the export must take the widgets' application
def test_a_pdf_with_selectable_text_accents_cyrillic_embedded_fonts_and_page_numbers(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, on_file: NOTE_IDS
) -> None:
    target = tmp_path / "notes.pdf"
    code, _, err = run(capsys, "--db", str(db_path), "export", "--format", "pdf", "-o", str(target))
    assert (code, err) == (0, "")
    pages = pdf_pages(target)
    text = " ".join(" ".join(page.split()) for page in pages)
    assert "Withdrawal and neutrality" in text
    assert "Ünnepélyes nyilatkozat; «Декларация» of 30 October." in text
    assert "Bibliography" in text
    assert "Soviet Presidium adopts the Declaration" in text
    assert len(pages) >= 2
    assert page_feet(target) == [str(number) for number in range(1, len(pages) + 1)]  # each page's number at its foot
    assert b"/FontFile2" in target.read_bytes()  # the fonts travel with the file


def test_bibliographies_from_the_command_line(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, started: tuple[Library, Services], nagy: int
) -> None:
    started[0].close()
    target = tmp_path / "sources.json"
    code, _, _ = run(
        capsys, "--db", str(db_path), "export", "--format", "csl-json", "--doc", str(nagy), "-o", str(target)
    )
    assert code == 0
    assert [item["id"] for item in json.loads(target.read_text(encoding="utf-8"))] == [f"parallax-{nagy}"]
    code, _, _ = run(capsys, "--db", str(db_path), "export", "--format", "chicago", "-o", str(tmp_path / "b.txt"))
    assert code == 0
    assert "Nagy, Imre" in (tmp_path / "b.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--format", "md", "--from", "1 Nov 1956"], "--from and --to go together"),
        (["--format", "md", "--from", "4 Nov 1956", "--to", "1 Nov 1956"], "--to is before --from"),
        (["--format", "md", "--from", "whenever", "--to", "1 Nov 1956"], "--from: "),
        (["--format", "md", "--tag", "Suez"], "no note is tagged “Suez”"),
        (["--format", "bibtex", "--doc", "99"], "no document with ID 99"),
        (["--format", "md", "--doc", "1"], "--doc chooses the documents of a bibliography"),
    ],
)
def test_what_cannot_be_exported_gets_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, argv: list[str], message: str
) -> None:
    target = tmp_path / "out.txt"
    code, _, err = run(capsys, "--db", str(db_path), "export", *argv, "-o", str(target))
    assert code == 1
    assert err.startswith(f"parallax: error: {message}")
    assert err.count("\n") == 1
    assert not target.exists()


def test_an_unwritable_place_is_named(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--db", str(db_path), "export", "--format", "md", "-o", str(tmp_path / "no" / "x.md"))
    assert code == 1
    assert err == f"parallax: error: cannot write {tmp_path / 'no' / 'x.md'}: folder {tmp_path / 'no'} does not exist\n"
