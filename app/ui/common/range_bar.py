"""The banner a filtered list shows while a date range picked on the timeline narrows it, with one click to clear.

It is drawn in the palette's highlight colours, over the whole width of the list, so that a list narrowed to a
few days is never mistaken for the whole library."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from app.domain.timeline import DateRange
from app.ui.common.accessibility import describe

STYLE = (
    "QWidget#RangeBar { background: palette(highlight); border-radius: 4px; }"
    "QWidget#RangeBar QLabel { color: palette(highlighted-text); font-weight: bold; }"
    "QWidget#RangeBar QToolButton { color: palette(highlighted-text); font-weight: bold;"
    " border: 1px solid palette(highlighted-text); border-radius: 3px; padding: 1px 6px; }"
)


class RangeBar(QWidget):
    clear_requested = Signal()

    def __init__(self, template: str, parent: QWidget | None = None) -> None:
        """`template`: the banner's sentence, with {dates} where the range goes."""
        super().__init__(parent)
        self.setObjectName("RangeBar")
        self._template = template
        self.setStyleSheet(STYLE)
        self.setAutoFillBackground(True)
        self.label = QLabel(self)
        self.label.setObjectName("RangeBarText")
        self.label.setWordWrap(True)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕ Clear")
        self.clear_button.setToolTip("Show every date again (Esc in the timeline)")
        describe(self.clear_button, "Clear the dates", "Shows everything again, whatever its date.")
        self.clear_button.clicked.connect(self.clear_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.hide()

    def set_range(self, date_range: DateRange | None) -> None:
        self.label.setText(self._template.format(dates=date_range.display()) if date_range else "")
        self.setVisible(date_range is not None)
