"""One lane of the timeline as drawn: marks by precision, labels, cluster marks, the selection and open documents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.domain.timeline import POINT_WIDTH, Cluster, Glyph, ItemKind, Lane, LaneLayout, Shape
from app.ui.common.contrast import AA_LARGE, AA_TEXT, over, readable_on

if TYPE_CHECKING:
    from app.ui.timeline.view import TimelineView

ROW_HEIGHT = 17
LANE_COLORS = {
    Lane.DOCUMENTS: "#3f5f8f", Lane.NOTES: "#8a5a1f", Lane.HUNGARY: "#2f7d4f", Lane.USSR: "#b03a2e",
    Lane.POLAND: "#8e44ad", Lane.SUEZ: "#b7791f", Lane.UN: "#2471a3", Lane.USA: "#34495e", Lane.OTHER: "#6d6d6d",
}  # fmt: skip


def lane_color(lane: Lane, background: QColor, ratio: float) -> QColor:
    """The lane's colour, lightened on a dark strip or darkened on a light one until it has `ratio` of contrast."""
    return readable_on(QColor(LANE_COLORS[lane]), background, ratio)


class LaneItem(QGraphicsItem):
    """One lane of the strip: paints the glyphs and cluster marks of its layout that lie in the exposed stretch."""

    def __init__(self, strip: TimelineView, lane: Lane, rows: int) -> None:
        super().__init__()
        self.strip, self.lane, self.rows = strip, lane, rows
        self.layout = LaneLayout()
        self.width = 0.0
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.rows * ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        exposed = option.exposedRect
        base = self.strip.palette().color(QPalette.ColorRole.Base)
        color = lane_color(self.lane, base, AA_LARGE)  # the marks stand out from the strip in either palette
        painter.setFont(self.strip.font())
        text_color = self.strip.palette().color(QPalette.ColorRole.Text)
        glyphs, clusters = self.layout.visible(exposed.left(), exposed.right())
        for glyph in glyphs:
            self._paint_glyph(painter, glyph, color, text_color)
        for cluster in clusters:
            self._paint_cluster(painter, cluster, color)

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
                painter.drawRect(QRectF(glyph.x0 + 1, middle - 4.5, 9, 9))
        else:
            bar = QRectF(glyph.x0, middle - 5, glyph.x_mark_end - glyph.x0, 10)
            if shape is Shape.SPAN:  # approximate or month-precise: hatched
                painter.setPen(QPen(fill, 1))
                painter.setBrush(QBrush(fill, Qt.BrushStyle.BDiagPattern))
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
        painter.setPen(
            text_color if not item.hidden else self.strip.palette().color(QPalette.ColorRole.PlaceholderText)
        )
        text = self.strip.label_within(item, glyph.x1 - label_x)
        painter.drawText(QPointF(label_x, middle + self.strip.text_baseline), text)

    def _paint_cluster(self, painter: QPainter, cluster: Cluster, color: QColor) -> None:
        rect = QRectF(cluster.x0, (self.rows - 1) * ROW_HEIGHT + 2, cluster.x1 - cluster.x0, ROW_HEIGHT - 4)
        fill = QColor(color)
        fill.setAlpha(45)
        painter.setPen(QPen(color, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        base = self.strip.palette().color(QPalette.ColorRole.Base)
        painter.setPen(readable_on(color, over(fill, base), AA_TEXT))  # "+N" legible in light and dark
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"+{len(cluster.items)}")
