"""The line a filtered list shows while a date range picked on the timeline narrows it, with a way to clear it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from app.domain.timeline import DateRange


class RangeBar(QWidget):
    clear_requested = Signal()

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RangeBar")
        self._what = what
        self.label = QLabel(self)
        self.label.setStyleSheet("color: #8a6d00")
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕ Clear")
        self.clear_button.setToolTip("Show every date again")
        self.clear_button.clicked.connect(self.clear_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.hide()

    def set_range(self, date_range: DateRange | None) -> None:
        self.label.setText(f"{self._what} dated {date_range.display()} only" if date_range else "")
        self.setVisible(date_range is not None)
