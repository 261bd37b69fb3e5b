"""The band between two panes: a ribbon joins each pair of linked paragraphs; it is also the splitter handle."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSplitter, QSplitterHandle, QWidget

from app.domain.alignment.links import AlignmentLink
from app.ui.common.style import ReaderColors
from app.ui.compare.pane_frame import PaneFrame

BAND_WIDTH = 30
GAP = 10.0  # keeps neighbouring ribbons apart, as paragraph spacing keeps paragraphs apart

LinksFor = Callable[[PaneFrame, PaneFrame], list[AlignmentLink]]


class LinkIndex:
    """Links between two documents, found quickly by the paragraphs in view on either side."""

    def __init__(self, links: list[AlignmentLink]) -> None:
        self.links = sorted(links, key=lambda link: (link.left.first, link.right.first))
        self._left_starts = [link.left.first for link in self.links]
        self._by_right = sorted(self.links, key=lambda link: link.right.first)
        self._right_starts = [link.right.first for link in self._by_right]
        self._longest_left = max((link.left.count for link in self.links), default=1)
        self._longest_right = max((link.right.count for link in self.links), default=1)

    def touching(self, left: range, right: range) -> list[AlignmentLink]:
        """Links with a paragraph in `left` (left numbers) or in `right` (right numbers)."""
        found: dict[int, AlignmentLink] = {}
        for starts, ordered, visible, longest, side in (
            (self._left_starts, self.links, left, self._longest_left, "left"),
            (self._right_starts, self._by_right, right, self._longest_right, "right"),
        ):
            first = bisect_right(starts, visible.start - longest)
            last = bisect_right(starts, visible.stop)
            for link in ordered[first:last]:
                span = link.left if side == "left" else link.right
                if span.last >= visible.start and span.first < visible.stop:
                    found[id(link)] = link
        return list(found.values())


class LinkBand(QSplitterHandle):
    link_menu_requested = Signal(object, object, object, QPoint)  # left frame, right frame, link, global point

    def __init__(self, orientation: Qt.Orientation, parent: QSplitter) -> None:
        super().__init__(orientation, parent)
        self.setObjectName("LinkBand")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paintEvent fills it all
        self._paths: list[tuple[QPainterPath, AlignmentLink]] = []

    def neighbours(self) -> tuple[PaneFrame, PaneFrame] | None:
        splitter = self.splitter()
        index = splitter.indexOf(self)
        if index < 1:
            return None
        left, right = splitter.widget(index - 1), splitter.widget(index)
        if isinstance(left, PaneFrame) and isinstance(right, PaneFrame):
            return left, right
        return None

    def _y_in_band(self, frame: PaneFrame, y: float) -> float:
        splitter = self.splitter()
        return frame.mapTo(splitter, QPoint(0, round(y))).y() - self.mapTo(splitter, QPoint(0, 0)).y()

    def _ribbons(self) -> list[tuple[QPainterPath, AlignmentLink]]:
        sides = self.neighbours()
        splitter = self.splitter()
        if sides is None or not isinstance(splitter, BandSplitter):
            return []
        left, right = sides
        index = splitter.link_index(left, right)
        if index is None or not index.links:
            return []
        visible_left = _visible_paragraphs(left)
        visible_right = _visible_paragraphs(right)
        width = float(self.width())
        ribbons = []
        for link in index.touching(visible_left, visible_right):
            left_top = self._y_in_band(left, left.pane.paragraph_extent(link.left.first)[0])
            left_bottom = self._y_in_band(left, left.pane.paragraph_extent(link.left.last)[1]) - GAP
            right_top = self._y_in_band(right, right.pane.paragraph_extent(link.right.first)[0])
            right_bottom = self._y_in_band(right, right.pane.paragraph_extent(link.right.last)[1]) - GAP
            left_bottom, right_bottom = max(left_top + 2, left_bottom), max(right_top + 2, right_bottom)
            path = QPainterPath(QPointF(0, left_top))
            path.cubicTo(QPointF(width / 2, left_top), QPointF(width / 2, right_top), QPointF(width, right_top))
            path.lineTo(QPointF(width, right_bottom))
            path.cubicTo(QPointF(width / 2, right_bottom), QPointF(width / 2, left_bottom), QPointF(0, left_bottom))
            path.closeSubpath()
            ribbons.append((path, link))
        return ribbons

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        splitter = self.splitter()
        colors = splitter.colors if isinstance(splitter, BandSplitter) else None
        painter.fillRect(self.rect(), colors.paper if colors else self.palette().window())
        if colors is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paths = self._ribbons()
        for path, link in self._paths:
            confirmed = link.origin.confirmed
            fill = QColor(colors.link if confirmed else colors.suggested)
            fill.setAlpha(110 if confirmed else 45)
            outline = QPen(colors.link if confirmed else colors.suggested, 1.0)
            if not confirmed:
                outline.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(outline)
            painter.setBrush(fill)
            painter.drawPath(path)
        painter.end()

    def drawn_links(self) -> list[AlignmentLink]:
        """The links whose ribbons the band painted last: those touching a paragraph in view on either side."""
        return [link for _path, link in self._paths]

    def link_at(self, point: QPointF) -> AlignmentLink | None:
        return next((link for path, link in self._paths if path.contains(point)), None)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        sides = self.neighbours()
        link = self.link_at(QPointF(event.pos()))
        if sides is not None and link is not None:
            self.link_menu_requested.emit(sides[0], sides[1], link, event.globalPos())


def _visible_paragraphs(frame: PaneFrame) -> range:
    pane = frame.pane
    top = max(1, int(pane.reading_position()) + 1)
    height = pane.view.viewport().height()
    bottom = top
    count = pane.paragraph_count()
    while bottom < count and pane.paragraph_extent(bottom)[1] < height + 40:
        bottom += 1
    return range(top, bottom + 1)


class BandSplitter(QSplitter):
    """A horizontal splitter whose handles are link bands."""

    link_menu_requested = Signal(object, object, object, QPoint)

    def __init__(self, links_for: LinksFor, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._links_for = links_for
        self._indexes: dict[tuple[int, int], LinkIndex] = {}
        self.colors: ReaderColors | None = None
        self.setHandleWidth(BAND_WIDTH)
        self.setChildrenCollapsible(False)

    def createHandle(self) -> QSplitterHandle:
        band = LinkBand(self.orientation(), self)
        band.link_menu_requested.connect(self.link_menu_requested)
        return band

    def bands(self) -> list[LinkBand]:
        return [band for i in range(1, self.count()) if isinstance(band := self.handle(i), LinkBand)]

    def forget_links(self) -> None:
        self._indexes.clear()
        self.repaint_bands()

    def link_index(self, left: PaneFrame, right: PaneFrame) -> LinkIndex | None:
        key = (left.pane.document_id or 0, right.pane.document_id or 0)
        if key not in self._indexes:
            self._indexes[key] = LinkIndex(self._links_for(left, right))
        return self._indexes[key]

    def repaint_bands(self) -> None:
        for band in self.bands():
            band.update()
