"""The timeline's pointer and keys: zoom with Ctrl+wheel and +/−, pan by dragging and with the arrows, click to
select, click a count to zoom into it, double-click or Enter to open, hover for a card."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QToolTip

from app.domain.timeline import Cluster, TimelineItem
from app.ui.timeline.card import card_html, cluster_html

if TYPE_CHECKING:
    from app.ui.timeline.view import TimelineView

ZOOM_STEP = 1.25
DRAG_START = 5  # px the pointer moves before a press becomes a pan


class TimelineInput:
    """What the view's pointer and key events do; each handler says whether it took the event."""

    def __init__(self, view: TimelineView) -> None:
        self.view = view
        self._press: QPoint | None = None
        self._dragging = False
        self._scroll_at_press = 0

    def wheel(self, event: QWheelEvent) -> bool:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        steps = event.angleDelta().y() / 120
        if steps:
            self.view.zoom(ZOOM_STEP**steps, int(event.position().x()))
        event.accept()
        return True

    def key(self, event: QKeyEvent) -> bool:
        view, key = self.view, event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            view.zoom(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            view.zoom(1 / ZOOM_STEP)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            view.pan((-0.2 if key == Qt.Key.Key_Left else 0.2) * (3 if event.modifiers() else 1))
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            view.fit()
        elif key == Qt.Key.Key_Delete and view.selected_key is not None:
            view.delete_requested.emit()
        elif key == Qt.Key.Key_Escape and view.date_range is not None:
            view.set_range(None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and view.selected_key is not None:
            item = next((item for item in view.all_items() if item.key == view.selected_key), None)
            if item is not None:
                view.item_activated.emit(item, bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))
        else:
            return False
        return True

    def press(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self._press = event.position().toPoint()
        self._dragging = False
        self._scroll_at_press = self.view.horizontalScrollBar().value()
        event.accept()
        return True

    def move(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if not self._dragging and (point - self._press).manhattanLength() >= DRAG_START:
                self._dragging = True
            if self._dragging:
                self.view.stop_fitting()
                self.view.horizontalScrollBar().setValue(self._scroll_at_press - (point.x() - self._press.x()))
            return
        self._hover(point, event.globalPosition().toPoint())

    def release(self, event: QMouseEvent) -> None:
        view = self.view
        if self._press is not None and event.button() == Qt.MouseButton.LeftButton and not self._dragging:
            thing = view.thing_at(self._press)
            if isinstance(thing, Cluster):
                view.zoom_into(thing)
            else:
                view.select_key(thing.key if thing else None)
                view.item_selected.emit(thing)
        self._press, self._dragging = None, False

    def double_click(self, event: QMouseEvent) -> bool:
        thing = self.view.thing_at(event.position().toPoint())
        if not isinstance(thing, TimelineItem):
            return False
        beside = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        self.view.item_activated.emit(thing, beside)
        return True

    def _hover(self, point: QPoint, global_point: QPoint) -> None:
        thing = self.view.thing_at(point)
        if isinstance(thing, TimelineItem):
            QToolTip.showText(global_point, card_html(thing), self.view.viewport())
        elif isinstance(thing, Cluster):
            QToolTip.showText(global_point, cluster_html(thing), self.view.viewport())
        else:
            QToolTip.hideText()
