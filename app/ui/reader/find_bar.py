"""FindBar: the Ctrl+F strip under a document, with next/previous and a match count."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from app.ui.common.accessibility import describe, describe_field


class FindBar(QWidget):
    query_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FindBar")
        self.field = QLineEdit(self)
        self.field.setObjectName("FindField")
        self.field.setPlaceholderText("Find in this document")
        self.field.setClearButtonEnabled(True)
        self.field.setToolTip("Enter: next match · Shift+Enter: previous · Esc: close")
        describe_field(self.field, "Find in this document", "Type words to find; Enter goes to the next match.")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("FindCount")
        self.count_label.setMinimumWidth(90)
        self.previous_button = self._button("▲", "Previous match (Shift+F3)", self.previous_requested.emit)
        self.next_button = self._button("▼", "Next match (F3)", self.next_requested.emit)
        close_button = self._button("✕", "Close (Esc)", self.close_bar)
        for button, name in ((self.previous_button, "Previous match"), (self.next_button, "Next match"),
                             (close_button, "Close the find bar")):  # fmt: skip
            describe(button, name, button.toolTip())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(close_button)
        self.field.textChanged.connect(self.query_changed.emit)
        self.field.returnPressed.connect(self._on_return)
        self.set_count(0, 0)

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def query(self) -> str:
        return self.field.text()

    def set_count(self, current: int, total: int) -> None:
        """Show 'current of total' (1-based), 'No matches', or nothing for an empty query."""
        if not self.field.text().strip():
            self.count_label.setText("")
        elif total == 0:
            self.count_label.setText("No matches")
        else:
            self.count_label.setText(f"{current} of {total}")
        self.previous_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)

    def _on_return(self) -> None:
        # QLineEdit reports Return without its modifiers, so ask the application which keys are held.
        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.previous_requested.emit()
        else:
            self.next_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.matches(QKeySequence.StandardKey.FindNext):
            self.next_requested.emit()
        elif event.matches(QKeySequence.StandardKey.FindPrevious):
            self.previous_requested.emit()
        else:
            super().keyPressEvent(event)
