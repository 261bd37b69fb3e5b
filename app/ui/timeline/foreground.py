"""What the timeline paints over its lanes: the range picked on the ruler, and the column of lane names."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen

from app.ui.timeline.lane_item import LANE_COLORS, ROW_HEIGHT, LaneItem

if TYPE_CHECKING:
    from app.ui.timeline.view import TimelineView

HEADER_WIDTH = 86


def paint_foreground(view: TimelineView, painter: QPainter, lanes: Sequence[LaneItem]) -> None:
    """The picked range as a light stripe over every lane; the lane names in a column pinned at the left."""
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    if view.date_range is not None:
        x0, x1 = view.time_scale.x_of(view.date_range.start), view.time_scale.x_of(view.date_range.end)
        painter.fillRect(QRectF(x0, visible.top(), x1 - x0, visible.height()), QColor(224, 164, 0, 40))
    base = view.palette().color(QPalette.ColorRole.Base)
    header = QRectF(visible.left(), visible.top(), HEADER_WIDTH, visible.height())
    painter.fillRect(header, base)
    painter.setPen(view.palette().color(QPalette.ColorRole.Mid))
    painter.drawLine(header.topRight(), header.bottomRight())
    for lane_item in lanes:
        top = lane_item.pos().y()
        painter.setPen(QColor(LANE_COLORS[lane_item.lane]))
        bold = QFont(view.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRectF(visible.left() + 6, top, HEADER_WIDTH - 8, ROW_HEIGHT),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            lane_item.lane.heading,
        )
        painter.setPen(QPen(view.palette().color(QPalette.ColorRole.Midlight), 1, Qt.PenStyle.DotLine))
        bottom = top + lane_item.rows * ROW_HEIGHT + 2
        painter.drawLine(QPointF(visible.left(), bottom), QPointF(visible.right(), bottom))
