"""What assistive technology is told of a DocumentView, which paints its text itself: its name (the document), its
description (how to move in it), and as its value the paragraph with the focus and the words selected."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleValueChangeEvent
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_views: list[type[QWidget]] = []  # the widget classes spoken for here (DocumentView), registered by themselves


class DocumentViewAccessible(QAccessibleWidget):
    def __init__(self, view: QWidget) -> None:
        super().__init__(view, QAccessible.Role.Document, "")
        self._view = view

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Value:
            spoken = getattr(self._view, "accessible_value", None)
            return str(spoken()) if callable(spoken) else ""
        return super().text(kind)


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    return DocumentViewAccessible(obj) if isinstance(obj, QWidget) and isinstance(obj, tuple(_views)) else None


def install_accessible_views(view_class: type[QWidget]) -> None:
    """Have Qt ask this module for the interface of every `view_class` (a DocumentView): once a process, as Qt's
    factory list is itself process-wide."""
    if not _views:
        QAccessible.installFactory(_factory)
    if view_class not in _views:
        _views.append(view_class)


def announce(view: QWidget, value: str) -> None:
    """Tell assistive technology, if any is listening, that the paragraph or the selection changed."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleValueChangeEvent(view, value))
