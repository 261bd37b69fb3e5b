"""UndoHistory: one Edit › Undo for the window, whichever part of it made the change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

UNDO_DEPTH = 100


class UndoHistory(QObject):
    """Each entry is a label and a function that reverses the change; it returns False if it had nothing to do."""

    status = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[str, Callable[[], bool]]] = []

    def push(self, label: str, undo: Callable[[], bool]) -> None:
        self._entries.append((label, undo))
        del self._entries[:-UNDO_DEPTH]

    def can_undo(self) -> bool:
        return bool(self._entries)

    def undo(self) -> None:
        """Reverse the most recent change that can still be reversed."""
        while self._entries:
            label, undo = self._entries.pop()
            if undo():
                self.status.emit(f"Undone: {label}.")
                return
        self.status.emit("Nothing to undo.")
