"""What the reading view draws beside the column: ¶ numbers on the left, marks for noted passages on the right."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout

from app.ui.common.style import ReaderColors
from app.ui.reader.decorations import NoteRange

NUMBER_GAP = 14.0  # between a ¶ number and the column
MARK_GAP = 10.0  # between the column and a note's mark
MARK_WIDTH = 4.0
MARK_HIT = 18.0  # how wide the clickable strip round a mark is


def note_mark(text_layout: QTextLayout, spans: list[NoteRange], left: float, width: float, y: float) -> QRectF:
    """The bar beside the lines of a block that notes quote."""
    first = text_layout.lineForTextPosition(min(start for start, _, _ in spans))
    last = text_layout.lineForTextPosition(max(end for _, end, _ in spans) - 1)
    top = first.y() if first.isValid() else 0.0
    bottom = (last.y() + last.height()) if last.isValid() else text_layout.boundingRect().height()
    return QRectF(left + width + MARK_GAP, y + top, MARK_WIDTH, max(4.0, bottom - top))


def note_tip(titles: list[str], *, on_mark: bool) -> str:
    if not titles:
        return ""
    return "Noted in: " + "; ".join(titles) + ("\n(click the mark to open the note)" if on_mark else "")


def in_mark_strip(x: float, left: float, width: float) -> bool:
    return left + width + MARK_GAP - MARK_HIT / 3 <= x <= left + width + MARK_GAP + MARK_HIT


def paint_margins(
    painter: QPainter,
    *,
    font: QFont,
    colors: ReaderColors,
    left: float,
    numbers: list[tuple[str, float]],
    marks: list[QRectF],
) -> None:
    """The ¶ numbers right-aligned to the column in one font and pen for all, then the note marks."""
    painter.setFont(font)
    painter.setPen(colors.muted)
    metrics = QFontMetricsF(font)
    for label, baseline in numbers:
        painter.drawText(QPointF(left - NUMBER_GAP - metrics.horizontalAdvance(label), baseline), label)
    for rect in marks:
        painter.fillRect(rect, colors.note_mark)
