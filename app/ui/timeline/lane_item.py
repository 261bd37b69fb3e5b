"""One lane of the timeline as drawn: marks by precision, labels, cluster marks, the selection and open documents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.domain.timeline import POINT_WIDTH, Cluster, Glyph, ItemKind, Lane, LaneLayout, Shape

if TYPE_CHECKING:
    from app.ui.timeline.view import TimelineView

ROW_HEIGHT = 17
LANE_COLORS = {
    Lane.DOCUMENTS: "#3f5f8f", Lane.NOTES: "#8a5a1f", Lane.HUNGARY: "#2f7d4f", Lane.USSR: "#b03a2e",
    Lane.POLAND: "#8e44ad", Lane.SUEZ: "#b7791f", Lane.UN: "#2471a3", Lane.USA: "#34495e", Lane.OTHER: "#6d6d6d",
}  # fmt: skip


def _tint(color: QColor, base: QColor, amount: float) -> QColor:
    """`color` laid thinly over `base`, as one opaque colour (a translucent fill costs a blend per pixel)."""
    return QColor(
        round(base.red() + (color.red() - base.red()) * amount),
        round(base.green() + (color.green() - base.green()) * amount),
        round(base.blue() + (color.blue() - base.blue()) * amount),
    )


def _mark_rect(glyph: Glyph) -> QRectF:
    """A document's or note's square mark at a moment."""
    return QRectF(glyph.x0 + 1, glyph.row * ROW_HEIGHT + ROW_HEIGHT / 2 - 4.5, 9, 9)


class LaneItem(QGraphicsItem):
    """One lane of the strip: paints the glyphs and cluster marks of its layout that lie in the exposed stretch."""

    def __init__(self, strip: TimelineView, lane: Lane, rows: int) -> None:
        super().__init__()
        self.strip, self.lane, self.rows = strip, lane, rows
        self.layout = LaneLayout()
        self.width = 0.0
        self._left = 0.0  # the scene x at the strip's left edge (right of the lane names), while painting
        self._exposed = (0.0, 0.0)
        self._base = QColor("white")
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.rows * ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        exposed = option.exposedRect
        color = QColor(LANE_COLORS[self.lane])
        painter.setFont(self.strip.font())
        text_color = self.strip.palette().color(QPalette.ColorRole.Text)
        glyphs, clusters = self.layout.visible(exposed.left(), exposed.right())
        self._left = self.strip.left_edge()
        self._exposed = (exposed.left() - 8, exposed.right() + 8)
        self._base = self.strip.palette().color(QPalette.ColorRole.Base)
        marks: dict[Shape, dict[tuple[int, int, int], QRectF]] = {shape: {} for shape in Shape}
        low, high = self._exposed
        for glyph in glyphs:
            if self._mark_only(glyph):  # many at once when zoomed out: drawn together, each place once
                shape = glyph.item.shape
                if shape is Shape.POINT:
                    rect = _mark_rect(glyph)
                else:
                    left, right = max(glyph.x0, low), min(glyph.x_mark_end, high)
                    rect = QRectF(left, glyph.row * ROW_HEIGHT + ROW_HEIGHT / 2 - 5, max(right - left, 1.0), 10)
                marks[shape][(glyph.row, round(rect.left()), round(rect.right()))] = rect
                continue
            self._paint_glyph(painter, glyph, color, text_color)
        brushes = {
            Shape.POINT: QBrush(color), Shape.BAR: QBrush(color),
            Shape.DAY: QBrush(_tint(color, self._base, 0.25)), Shape.SPAN: QBrush(color, Qt.BrushStyle.BDiagPattern),
        }  # fmt: skip
        for shape, rects in marks.items():
            if rects:
                painter.setPen(Qt.PenStyle.NoPen if shape in (Shape.POINT, Shape.BAR) else QPen(color, 1))
                painter.setBrush(brushes[shape])
                painter.drawRects(list(rects.values()))
        for cluster in clusters:
            self._paint_cluster(painter, cluster, color)

    def _mark_only(self, glyph: Glyph) -> bool:
        """One of the library's own items drawn as a bare mark (no room for its label), neither selected nor open."""
        item = glyph.item
        if glyph.x1 > glyph.x_mark_end or item.hidden or item.kind is ItemKind.EVENT:
            return False
        if item.key == self.strip.selected_key:
            return False
        return not (item.kind is ItemKind.DOCUMENT and item.id in self.strip.open_documents)

    def _paint_glyph(self, painter: QPainter, glyph: Glyph, color: QColor, text_color: QColor) -> None:
        item = glyph.item
        top = glyph.row * ROW_HEIGHT
        middle = top + ROW_HEIGHT / 2
        fill = QColor(color)
        if item.hidden:
            fill.setAlpha(90)
        shape = item.shape
        painter.setPen(Qt.PenStyle.NoPen)
        if shape is Shape.POINT:
            painter.setBrush(fill)
            if item.kind is ItemKind.EVENT:
                painter.drawEllipse(QPointF(glyph.x0 + POINT_WIDTH / 2, middle), 4.5, 4.5)
            else:  # documents and notes: a square, so they read apart from events
                painter.drawRect(_mark_rect(glyph))
        else:
            # Only the stretch in view is drawn: a day zoomed to hours is thousands of pixels wide.
            left, right = max(glyph.x0, self._exposed[0]), min(glyph.x_mark_end, self._exposed[1])
            bar = QRectF(left, middle - 5, max(right - left, 1.0), 10)
            if shape is Shape.SPAN:  # approximate or month-precise: hatched
                painter.setPen(QPen(fill, 1))
                painter.setBrush(QBrush(fill, Qt.BrushStyle.BDiagPattern))
            elif shape is Shape.DAY:  # known to the day: a light band over the whole day, edged
                painter.setPen(QPen(fill, 1))
                painter.setBrush(_tint(fill, self._base, 0.25 if not item.hidden else 0.12))  # opaque: cheap
            else:
                painter.setBrush(fill)
            painter.drawRoundedRect(bar, 3, 3)
        key = item.key
        if key == self.strip.selected_key or (item.kind is ItemKind.DOCUMENT and item.id in self.strip.open_documents):
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#e0a400") if key == self.strip.selected_key else fill, 2))
            painter.drawRoundedRect(
                QRectF(glyph.x0 - 3, top + 1, glyph.x_mark_end - glyph.x0 + 6, ROW_HEIGHT - 2), 4, 4
            )
        label_x = max(glyph.x_mark_end, glyph.x0 + POINT_WIDTH) + 4
        if glyph.x1 <= glyph.x_mark_end and glyph.x_mark_end - glyph.x0 > 40:  # a wide band holds its own label,
            label_x = min(max(glyph.x0, self._left) + 6, glyph.x_mark_end - 40)  # kept in view as the strip pans
        if glyph.x1 - label_x < 12:  # a mark without room for its label (the library's own, never counted away)
            return
        painter.setPen(text_color if not item.hidden else QColor("#9a9a9a"))
        text = self.strip.label_within(item, glyph.x1 - label_x)
        painter.drawText(QPointF(label_x, middle + self.strip.text_baseline), text)

    def _paint_cluster(self, painter: QPainter, cluster: Cluster, color: QColor) -> None:
        rect = QRectF(cluster.x0, (self.rows - 1) * ROW_HEIGHT + 2, cluster.x1 - cluster.x0, ROW_HEIGHT - 4)
        fill = QColor(color)
        fill.setAlpha(45)
        painter.setPen(QPen(color, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(color.darker(130))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"+{len(cluster.items)}")
