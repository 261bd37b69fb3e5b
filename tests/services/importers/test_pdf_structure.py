"""PDF: headings where the print makes them clear, and running-head removal that never takes a whole text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from pytestqt.qtbot import QtBot

from app.domain.text.blocks import BlockKind
from app.services.importers.detect import extract
from tests.services.importers.test_pdf import LINE, write_pdf


def test_a_form_of_identical_pages_is_not_taken_for_running_heads(qtbot: QtBot, tmp_path: Path) -> None:
    page = ["Application for a passport", "", "Name of the applicant:", "", "Place of birth:"]
    extracted = extract("form.pdf", write_pdf(tmp_path / "form.pdf", [page, page, page]))
    text = " ".join(extracted.paragraphs)
    assert text.count("Name of the applicant:") == 3  # every page is the document's own, none a running head
    assert text.count("Application for a passport") == 3


def test_lines_set_larger_or_bold_are_headings(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageLayout(
        QPageLayout(writer.pageLayout().pageSize(), QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 20, 20))
    )
    painter = QPainter(writer)
    body = QFont("DejaVu Serif", 11)
    lines: list[tuple[QFont, str]] = [
        (QFont("DejaVu Serif", 18), "The Hungarian Question"),
        (body, ""),
        (body, "The General Assembly met in emergency session on the fourth of November and heard the"),
        (body, "representatives of the Soviet Union and of Hungary on the situation in Budapest."),
        (body, ""),
        (QFont("DejaVu Serif", 11, QFont.Weight.Bold), "The resolution"),
        (body, ""),
        (body, "It called upon the Soviet Union to withdraw its forces from Hungary without delay and"),
        (body, "to desist from any form of intervention in the internal affairs of Hungary."),
    ]
    for row, (font, text) in enumerate(lines):
        painter.setFont(font)
        painter.drawText(0, (row + 1) * LINE, text)
    painter.end()
    extracted = extract("report.pdf", path.read_bytes())
    assert [(block.kind, block.level) for block in extracted.blocks] == [
        (BlockKind.HEADING, 1),
        (BlockKind.PARAGRAPH, 0),
        (BlockKind.HEADING, 3),
        (BlockKind.PARAGRAPH, 0),
    ]
    assert extracted.title == "The Hungarian Question"
    assert [block.number for block in extracted.blocks if block.kind is BlockKind.PARAGRAPH] == [None, None]
