"""The timeline's date ruler: ticks that adapt to the zoom, and a range picked by dragging along it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.ui.timeline.view import TimelineView

PICK_HINT = "Drag along the ruler to pick dates: the library, notes and search then show only those (Esc clears)."


class Ruler(QWidget):
    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.setObjectName("TimelineRuler")
        self.view = view
        self.setToolTip(PICK_HINT)
        self.setCursor(Qt.CursorShape.IBeamCursor)
        self._press_x: int | None = None
        self._drag_x = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        date_range = self.view.date_range
        if self._press_x is not None and abs(self._drag_x - self._press_x) > 2:
            left, right = sorted((self._press_x, self._drag_x))
            painter.fillRect(QRectF(left, 0, right - left, self.height()), QColor(224, 164, 0, 90))
        elif date_range is not None:
            left = self.view.mapFromScene(QPointF(self.view.time_scale.x_of(date_range.start), 0)).x()
            right = self.view.mapFromScene(QPointF(self.view.time_scale.x_of(date_range.end), 0)).x()
            painter.fillRect(QRectF(left, 0, right - left, self.height()), QColor(224, 164, 0, 90))
        text = palette.color(QPalette.ColorRole.WindowText)
        font = QFont(self.view.font())
        label_end = {True: -1e9, False: -1e9}  # where the last major and minor labels end: none may overlap
        for x, label, major in self.view.ticks():
            if x < self.view.label_margin:
                continue
            painter.setPen(QPen(text if major else palette.color(QPalette.ColorRole.Mid), 1))
            painter.drawLine(x, self.height() - (14 if major else 7), x, self.height())
            font.setBold(major)
            painter.setFont(font)
            width = painter.fontMetrics().horizontalAdvance(label)
            if x + 3 > label_end[major] + 6:
                painter.setPen(text)
                painter.drawText(x + 3, self.height() - 18 if major else self.height() - 9, label)
                label_end[major] = x + 3 + width
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text)  # the day in view, whatever the zoom: a tick may not be on screen
        painter.drawText(
            QRectF(4, 0, self.view.label_margin - 8, self.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            self.view.day_caption(),
        )
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_x = self._drag_x = int(event.position().x())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press_x is not None:
            self._drag_x = int(event.position().x())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press_x is None:
            return
        start, end = self._press_x, int(event.position().x())
        self._press_x = None
        if abs(end - start) > 2:
            self.view.set_range(self.view.range_between(min(start, end), max(start, end)))
        self.update()
