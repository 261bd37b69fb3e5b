import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from pytestqt.qtbot import QtBot

from app.services.importers.base import FileImportError
from app.services.importers.detect import extract
from app.services.importers.pages import paragraphs_from_pages
from app.services.importers.scan import ScanNeedsLanguageError

LINE = 220  # PDF units between lines at 1200 dpi


def write_pdf(path: Path, pages: list[list[str]], title: str = "") -> bytes:
    """A real PDF with a text layer: each page's lines drawn top to bottom, blank strings leaving a gap."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageLayout(
        QPageLayout(writer.pageLayout().pageSize(), QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 20, 20))
    )
    writer.setTitle(title)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Serif", 11))
    for number, lines in enumerate(pages):
        if number:
            writer.newPage()
        for row, line in enumerate(lines):
            painter.drawText(0, (row + 1) * LINE, line)
    painter.end()
    return path.read_bytes()


def test_page_text_becomes_paragraphs_with_hyphens_heads_and_page_breaks_mended() -> None:
    head = "FOREIGN RELATIONS, 1955–1957, VOLUME XXV"
    pages = [
        (
            "252",
            (
                f"{head}\nThe Soviet Government declares that the relations between the socialist coun-\n"
                "tries must rest on complete equality and respect for sovereignty.\nShort end.\n\n"
                "A new paragraph begins here and runs on to the\n252"
            ),
        ),
        ("253", f"{head}\nnext page without a break in the sentence itself.\nFinal words.\n253"),
        ("254", f"{head}\nLast page text.\n254"),
    ]
    paragraphs, labels = paragraphs_from_pages(pages)
    assert paragraphs == [
        (
            "The Soviet Government declares that the relations between the socialist countries must rest on "
            "complete equality and respect for sovereignty. Short end."
        ),
        "A new paragraph begins here and runs on to the next page without a break in the sentence itself. Final words.",
        "Last page text.",
    ]
    assert labels == ["252", "252", "254"]


def test_a_real_pdf_imports_with_page_numbers_kept(qtbot: QtBot, tmp_path: Path) -> None:
    data = write_pdf(
        tmp_path / "frus.pdf",
        [
            [
                "Budapest, November 1, 1956.",
                "",
                "Prime Minister Nagy told the Soviet Ambassador this morning that new Soviet",
                "troops were entering Hungary, that the Government protested, and that Hun-",
                "gary would leave the Warsaw Pact at once.",
                "",
                "He then declared the neutrality of Hungary and asked the Secretary-General of",
                "the United Nations to put the question before the General Assembly and to help",
            ],
            ["defend it with the four great powers.", "", "Wailes"],
        ],
        title="Telegram 1956",
    )
    extracted = extract("frus.pdf", data)
    assert extracted.title == "Telegram 1956"
    assert extracted.paragraphs[:2] == (
        "Budapest, November 1, 1956.",
        (
            "Prime Minister Nagy told the Soviet Ambassador this morning that new Soviet troops were entering "
            "Hungary, that the Government protested, and that Hungary would leave the Warsaw Pact at once."
        ),
    )
    assert extracted.paragraphs[2].endswith("to help defend it with the four great powers.")  # across the page
    assert extracted.pages[2] == "1"
    assert extracted.pages[extracted.paragraphs.index("Wailes")] == "2"
    assert extracted.date_text == "November 1, 1956"


def test_a_scan_without_a_text_layer_asks_for_its_language(qtbot: QtBot, tmp_path: Path) -> None:
    writer = QPdfWriter(str(tmp_path / "scan.pdf"))
    painter = QPainter(writer)
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter.drawImage(QRectF(0, 0, 2000, 1000), image)
    painter.end()
    with pytest.raises(ScanNeedsLanguageError, match=r"a scan \(1 page to read with OCR\); give its language"):
        extract("scan.pdf", (tmp_path / "scan.pdf").read_bytes())  # read with OCR once a language is given


@pytest.mark.parametrize("data", [b"%PDF-1.7\n garbage that is not a PDF at all", b"%PDF-"])
def test_a_damaged_pdf_is_a_clear_error(data: bytes) -> None:
    with pytest.raises(FileImportError, match=r"damaged|cannot be read|no pages"):
        extract("bad.pdf", data)


def test_a_truncated_pdf_is_a_clear_error(qtbot: QtBot, tmp_path: Path) -> None:
    data = write_pdf(tmp_path / "t.pdf", [["Some text on a page."]])
    with pytest.raises(FileImportError):
        extract("t.pdf", data[: len(data) // 3])


@settings(max_examples=15, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_behind_a_pdf_header_only_raise_our_error(data: bytes) -> None:
    with contextlib.suppress(FileImportError):
        extract("random.pdf", b"%PDF-1.4\n" + data)
