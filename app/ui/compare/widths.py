"""PaneWidths: the panes of a tab share its width as the reader left them: evenly when opened, then as dragged.

Widths are kept as fractions of the row, so a window made wider or a panel folded away gives every pane its
share, instead of Qt's default of handing all the room gained to one of them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QSplitter

MIN_FRACTION = 0.08  # no pane is made narrower than this share of the row by a restored layout


def even(count: int) -> list[float]:
    return [1.0 / count] * count if count > 0 else []


def normalised(fractions: Sequence[float], count: int) -> list[float]:
    """`fractions` made fit for `count` panes (sane, summing to 1), else an even share."""
    if len(fractions) != count or count == 0 or any(not 0.0 < f < 1.0 + 1e-9 for f in fractions):
        return even(count)
    kept = [max(MIN_FRACTION, f) for f in fractions]
    total = sum(kept)
    return [f / total for f in kept]


class PaneWidths(QObject):
    """Watches a splitter: a drag records the reader's widths, a resize re-applies them."""

    def __init__(self, splitter: QSplitter) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._fractions: list[float] = []
        self._applying = False
        splitter.splitterMoved.connect(self._on_moved)
        splitter.installEventFilter(self)

    def fractions(self) -> list[float]:
        """Each pane's share of the row, left to right."""
        return list(normalised(self._fractions, self._splitter.count()))

    def set_fractions(self, fractions: Sequence[float]) -> None:
        self._fractions = normalised(fractions, self._splitter.count())
        self.apply()

    def even_out(self) -> None:
        self.set_fractions(even(self._splitter.count()))

    def swap(self, first: int, second: int) -> None:
        """Two panes changed places: their widths go with them."""
        fractions = self.fractions()
        if 0 <= first < len(fractions) and 0 <= second < len(fractions):
            fractions[first], fractions[second] = fractions[second], fractions[first]
            self.set_fractions(fractions)

    def apply(self) -> None:
        count = self._splitter.count()
        if not count:
            return
        fractions = normalised(self._fractions, count)
        room = max(count, self._splitter.width() - self._splitter.handleWidth() * (count - 1))
        sizes = [max(1, round(room * fraction)) for fraction in fractions]
        self._applying = True
        try:
            self._splitter.setSizes(sizes)
        finally:
            self._applying = False

    def _on_moved(self, _position: int, _index: int) -> None:
        if self._applying:
            return
        sizes = self._splitter.sizes()
        total = sum(sizes)
        if total > 0:
            self._fractions = [size / total for size in sizes]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._splitter and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.apply()
        return False
