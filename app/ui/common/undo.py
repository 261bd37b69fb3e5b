"""UndoHistory: one Edit › Undo and Redo for the window, whichever part of it made the change.

Its entries are the Changes the services return (app/services/changes.py): the history runs their steps and
announces what they touched on the app's signals, so every view showing it refreshes. Parts that hold unsaved
work (the note editor) are asked first, through `before_step`, whether a step may run now."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from app.domain.errors import ParallaxError
from app.services.changes import Change, Step
from app.ui.common.signals import AppSignals

UNDO_DEPTH = 100


class UndoHistory:
    def __init__(self, signals: AppSignals) -> None:
        self._signals = signals
        self._entries: list[Change[Any]] = []
        self._undone: list[Change[Any]] = []
        self.before_step: list[Callable[[Change[Any]], bool]] = []  # each may refuse (False) a step for now

    def record(self, change: Change[Any]) -> None:
        """A change just made (its effects already announced by whoever made it): now undoable."""
        if not change.undo:
            return
        self._entries.append(change)
        del self._entries[:-UNDO_DEPTH]
        self._undone.clear()

    def can_undo(self) -> bool:
        return bool(self._entries)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def _run(self, change: Change[Any], steps: tuple[Step, ...]) -> bool:
        if not all(allowed(change) for allowed in self.before_step):
            return False
        try:
            for step in steps:
                step.run()
        except ParallaxError:
            return False  # no longer possible (the thing was changed meanwhile): the next entry is tried
        finally:
            self._signals.announce(change)
        return True

    def undo(self) -> None:
        """Reverse the most recent change that can still be reversed."""
        while self._entries:
            change = self._entries.pop()
            if self._run(change, change.undo):
                if change.redo:
                    self._undone.append(change)
                else:
                    self._undone.clear()
                self._signals.status.emit(f"Undone: {change.label}.")
                return
        self._signals.status.emit("Nothing to undo.")

    def redo(self) -> None:
        while self._undone:
            change = self._undone.pop()
            if self._run(change, change.redo):
                self._entries.append(change)
                self._signals.status.emit(f"Redone: {change.label}.")
                return
        self._signals.status.emit("Nothing to redo.")


def undo_where_typing(history: UndoHistory, *, redo: bool = False) -> None:
    """Edit › Undo (or Redo): in a text field being typed in, its own history; elsewhere, the window's."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit | QPlainTextEdit) and not widget.isReadOnly():
        widget.redo() if redo else widget.undo()
    elif redo:
        history.redo()
    else:
        history.undo()
