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
    """What is marked on the pages, by page: the word clicked, the words selected, the words of noted passages, the
    words read with low confidence. Painting a page looks only at these, never at all of its words."""

    current: PageWord | None = None
    selected: dict[int, list[PageWord]] = field(default_factory=dict)
    noted: dict[int, list[PageWord]] = field(default_factory=dict)
    doubtful: dict[int, list[PageWord]] = field(default_factory=dict)

    @staticmethod
    def by_page(words: Iterable[PageWord]) -> dict[int, list[PageWord]]:
        grouped: dict[int, list[PageWord]] = {}
        for word in words:
            if word.paragraph is not None and word.box is not None:
                grouped.setdefault(word.page, []).append(word)
        return grouped

    def select(self, words: Iterable[PageWord]) -> None:
        self.selected = self.by_page(words)

    def note(self, words: Iterable[PageWord]) -> None:
        self.noted = self.by_page(words)

    def count(self, marks: dict[int, list[PageWord]]) -> int:
        return sum(len(words) for words in marks.values())


def paint_marks(painter: QPainter, marks: WordMarks, page: int, box_rect: BoxRect) -> None:
    """Tint the page's words that are selected or noted, underline the doubtful ones, outline the current one."""
    for words, color in ((marks.noted.get(page, ()), NOTED), (marks.selected.get(page, ()), SELECTED)):
        for word in words:
            if (rect := box_rect(word)) is not None:
                painter.fillRect(rect.adjusted(-2, -2, 2, 2), color)
    doubtful = marks.doubtful.get(page, ())
    if doubtful:
        painter.setPen(QPen(DOUBTFUL, 1.5, Qt.PenStyle.DotLine))
        for word in doubtful:
            if (rect := box_rect(word)) is not None:
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
