"""Words drawn over a page image from their boxes, and found from a rectangle dragged on it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from app.domain.pages import PageWord

BoxRect = Callable[[PageWord], QRectF | None]

CURRENT = QColor(230, 120, 0)  # the word clicked in the text
SELECTED = QColor(40, 90, 200, 70)
NOTED = QColor(235, 190, 40, 90)  # a passage a note quotes
DOUBTFUL = QColor(200, 100, 0)  # read with low confidence: a dotted line under it, as in the text


@dataclass
class WordMarks:
    """What is marked on the pages: the word clicked, the words selected, the words of noted passages."""

    current: PageWord | None = None
    selected: set[tuple[int, int, int]] = field(default_factory=set)  # (page, paragraph, start) of each
    noted: set[tuple[int, int, int]] = field(default_factory=set)
    show_doubtful: bool = True

    @staticmethod
    def key(word: PageWord) -> tuple[int, int, int]:
        return word.page, word.paragraph or 0, word.start

    def select(self, words: Iterable[PageWord]) -> None:
        self.selected = {self.key(word) for word in words if word.paragraph is not None}

    def note(self, words: Iterable[PageWord]) -> None:
        self.noted = {self.key(word) for word in words if word.paragraph is not None}


def paint_marks(painter: QPainter, marks: WordMarks, words: Sequence[PageWord], page: int, box_rect: BoxRect) -> None:
    """Tint the page's words that are selected or noted, underline the doubtful ones, outline the current one."""
    if not (marks.selected or marks.noted or marks.show_doubtful or marks.current):
        return
    dotted = QPen(DOUBTFUL, 1.5, Qt.PenStyle.DotLine)
    for word in words:
        rect = box_rect(word)
        if rect is None:
            continue
        key = marks.key(word)
        if key in marks.noted:
            painter.fillRect(rect.adjusted(-2, -2, 2, 2), NOTED)
        if key in marks.selected:
            painter.fillRect(rect.adjusted(-2, -2, 2, 2), SELECTED)
        if marks.show_doubtful and word.doubtful:
            painter.setPen(dotted)
            painter.drawLine(rect.bottomLeft() + _down(2), rect.bottomRight() + _down(2))
    current = marks.current
    if current is not None and current.page == page and (rect := box_rect(current)) is not None:
        painter.setPen(QPen(CURRENT, 2.5))
        painter.setBrush(QColor(CURRENT.red(), CURRENT.green(), CURRENT.blue(), 50))
        painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)


def _down(pixels: float) -> QPointF:
    return QPointF(0, pixels)


def words_in_rect(words: Sequence[PageWord], rect: QRectF, box_rect: BoxRect) -> list[PageWord]:
    """The words whose boxes the rectangle touches (viewport coordinates)."""
    return [word for word in words if (box := box_rect(word)) is not None and box.intersects(rect)]
