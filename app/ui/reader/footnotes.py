"""Footnotes set small beneath the paragraph they belong to, under a short rule, never run into its text.

They belong to the paragraph's block (its height includes them), so paragraph numbers, passages, find and the
alignment keep counting blocks exactly as before; the notes are not part of the text that is selected or cited.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextCharFormat, QTextLayout, QTextOption

from app.domain.documents import Footnote
from app.ui.common.style import ReaderColors
from app.ui.reader.decorations import format_range

SIZE = 0.8  # of the body text
GAP = 0.7  # lines between the paragraph and its notes
RULE = 0.2  # of the column's width
SEPARATOR = "\u2028"  # a line break inside one QTextLayout
LABEL_SPACE = "\u2002"


def notes_by_paragraph(footnotes: Sequence[Footnote]) -> dict[int | None, tuple[str, ...]]:
    """Each paragraph's notes as shown ('2 Radio Kossuth, 2:28 p.m.'); None holds the heading's."""
    grouped: dict[int | None, list[str]] = {}
    for note in footnotes:
        grouped.setdefault(note.paragraph, []).append(f"{note.label}{LABEL_SPACE}{note.text}")
    return {paragraph: tuple(notes) for paragraph, notes in grouped.items()}


def notes_font(body: QFont) -> QFont:
    font = QFont(body)
    font.setPointSizeF(body.pointSizeF() * SIZE)
    return font


def lay_out_notes(notes: Sequence[str], font: QFont, width: float, line_step: float) -> tuple[QTextLayout, float]:
    """The notes set in one layout, each on its own lines with its label in bold; returns it and its height."""
    text = SEPARATOR.join(notes)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.DemiBold)
    ranges, start = [], 0
    for note in notes:
        ranges.append(format_range(start, note.index(LABEL_SPACE), bold))
        start += len(note) + 1
    layout.setFormats(ranges)
    layout.beginLayout()
    y = (line_step - QFontMetricsF(font).lineSpacing()) / 2
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0.0, y))
        y += line_step
    layout.endLayout()
    return layout, layout.lineCount() * line_step


def estimate_height(notes: Sequence[str], chars_per_line: float, line_step: float, gap: float) -> float:
    lines = sum(max(1, int(len(note) / max(1.0, chars_per_line)) + 1) for note in notes)
    return gap + lines * line_step


def paint_notes(painter: QPainter, layout: QTextLayout, at: QPointF, width: float, colors: ReaderColors) -> None:
    painter.setPen(colors.muted)
    rule_y = at.y() - 3
    painter.drawLine(QLineF(at.x(), rule_y, at.x() + width * RULE, rule_y))
    layout.draw(painter, at)
