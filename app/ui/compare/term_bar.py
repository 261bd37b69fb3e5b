"""TermBar: the term marked in every pane, its count in each, and next/previous."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from app.ui.common.accessibility import describe


class TermBar(QWidget):
    step_requested = Signal(int)  # +1 next, -1 previous (in the pane the reader is in)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TermBar")
        self.label = QLabel(self)
        self.label.setObjectName("TermCounts")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        buttons = []
        for text, tip, slot in (
            ("▲", "Previous occurrence in this pane (Shift+F3)", lambda: self.step_requested.emit(-1)),
            ("▼", "Next occurrence in this pane (F3)", lambda: self.step_requested.emit(1)),
            ("✕", "Stop marking this term (Esc)", self.closed.emit),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            describe(button, tip.partition(" (")[0], tip)
            buttons.append(button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 4, 2)
        layout.addWidget(self.label, 1)
        for button in buttons:
            layout.addWidget(button)

    def show_counts(self, term: str, counts: list[tuple[str, int]]) -> None:
        per_pane = " · ".join(f"{title}: {count}" for title, count in counts)
        self.label.setText(f"“{term}” — {per_pane}")
        self.label.setToolTip(self.label.text())
        self.show()
