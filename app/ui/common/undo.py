"""UndoHistory: one Edit › Undo and Redo for the window, whichever part of it made the change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

UNDO_DEPTH = 100

Step = Callable[[], bool]  # reverses (or repeats) a change; False if there was nothing to do


class UndoHistory(QObject):
    """Each entry is a label, a step that reverses the change and, where it can be redone, one that repeats it."""

    status = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[str, Step, Step | None]] = []
        self._undone: list[tuple[str, Step, Step | None]] = []

    def push(self, label: str, undo: Step, redo: Step | None = None) -> None:
        self._entries.append((label, undo, redo))
        del self._entries[:-UNDO_DEPTH]
        self._undone.clear()

    def can_undo(self) -> bool:
        return bool(self._entries)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo(self) -> None:
        """Reverse the most recent change that can still be reversed."""
        while self._entries:
            entry = self._entries.pop()
            if entry[1]():
                if entry[2] is not None:
                    self._undone.append(entry)
                else:
                    self._undone.clear()
                self.status.emit(f"Undone: {entry[0]}.")
                return
        self.status.emit("Nothing to undo.")

    def redo(self) -> None:
        while self._undone:
            entry = self._undone.pop()
            if entry[2] is not None and entry[2]():
                self._entries.append(entry)
                self.status.emit(f"Redone: {entry[0]}.")
                return
        self.status.emit("Nothing to redo.")


def undo_where_typing(history: UndoHistory, *, redo: bool = False) -> None:
    """Edit › Undo (or Redo): in a text field being typed in, its own history; elsewhere, the window's."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit | QPlainTextEdit) and not widget.isReadOnly():
        widget.redo() if redo else widget.undo()
    elif redo:
        history.redo()
    else:
        history.undo()
