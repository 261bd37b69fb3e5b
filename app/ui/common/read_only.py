"""A library that cannot be written: the window says so in a banner, and every way of changing the library is off."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QPlainTextEdit, QVBoxLayout, QWidget

READ_ONLY_PROPERTY = "libraryReadOnly"
READER_PROPERTY = "libraryReader"  # a reader of a shared library: notes of their own, nothing else
WRITES_PROPERTY = "changesLibrary"
NOTES_PROPERTY = "changesNotes"
REFUSAL = "This library is read-only: nothing in it can be changed from here."
READER_REFUSAL = "You are a reader of this shared library: you can write private notes of your own, nothing else."

P = ParamSpec("P")
R = TypeVar("R")
Owner = TypeVar("Owner", bound=QObject)


Marked = TypeVar("Marked", bound=QObject)


def writes(thing: Marked) -> Marked:
    """Mark an action, button or field as one that changes the library, so that a read-only window turns it off."""
    thing.setProperty(WRITES_PROPERTY, True)
    return thing


def writes_notes(thing: Marked) -> Marked:
    """Mark something that changes notes alone: a reader of a shared library keeps it (for their own notes)."""
    thing.setProperty(NOTES_PROPERTY, True)
    return writes(thing)


def _window_of(obj: QObject | None) -> QMainWindow | None:
    while obj is not None and not isinstance(obj, QWidget):
        obj = obj.parent()
    window = obj.window() if isinstance(obj, QWidget) else None
    return window if isinstance(window, QMainWindow) else None


def library_read_only(obj: QObject | None) -> bool:
    """Whether the window `obj` belongs to shows a library that cannot be written."""
    window = _window_of(obj)
    return window is not None and bool(window.property(READ_ONLY_PROPERTY))


def refused(obj: QObject, *, notes: bool = False) -> bool:
    """True (after saying why in the status bar) when the library behind `obj` cannot be changed (`notes`: a
    change of notes alone, which a reader of a shared library may make to their own)."""
    window = _window_of(obj)
    reader = window is not None and bool(window.property(READER_PROPERTY)) and not notes
    if not library_read_only(obj) and not reader:
        return False
    if window is not None:
        window.statusBar().showMessage(READER_REFUSAL if reader else REFUSAL, 8000)
    return True


def _guard(notes: bool) -> Callable[[Callable[Concatenate[Owner, P], R]], Callable[Concatenate[Owner, P], R | None]]:
    def decorate(method: Callable[Concatenate[Owner, P], R]) -> Callable[Concatenate[Owner, P], R | None]:
        def guarded(owner: Owner, /, *args: P.args, **kwargs: P.kwargs) -> R | None:
            if refused(owner, notes=notes):
                return None
            return method(owner, *args, **kwargs)

        guarded.__name__, guarded.__doc__ = method.__name__, method.__doc__
        return guarded

    return decorate


unless_read_only = _guard(notes=False)
"""A controller's slot that changes the library does nothing but say why, in a read-only (or reader's) window."""
unless_notes_read_only = _guard(notes=True)
"""The same, for a slot that changes notes alone: a reader of a shared library keeps it."""


def make_read_only(window: QMainWindow, location: str) -> QLabel:
    """Show `window` as reading a read-only library: a banner above the panes, changing actions and widgets off."""
    window.setProperty(READ_ONLY_PROPERTY, True)
    _turn_off(window, keep_notes=False)
    return show_banner(window, location)


def make_reader(window: QMainWindow) -> None:
    """A reader of a shared library: what changes documents, links and events off; notes of their own kept."""
    window.setProperty(READER_PROPERTY, True)
    _turn_off(window, keep_notes=True)


def _turn_off(window: QMainWindow, *, keep_notes: bool) -> None:
    window.setAcceptDrops(False)
    group = QActionGroup(window)
    group.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
    for action in window.findChildren(QAction):
        if action.property(WRITES_PROPERTY) and not (keep_notes and action.property(NOTES_PROPERTY)):
            group.addAction(action)
    group.setEnabled(False)  # an action in a disabled group stays off, whatever enables it later
    for widget in window.findChildren(QWidget):
        if not widget.property(WRITES_PROPERTY) or (keep_notes and widget.property(NOTES_PROPERTY)):
            continue
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setReadOnly(True)
        else:
            widget.setEnabled(False)


def show_banner(window: QMainWindow, location: str) -> QLabel:
    """The yellow line above the panes saying the library is read-only (once: the frame may have put it up)."""
    existing = window.findChild(QLabel, "ReadOnlyBanner")
    if isinstance(existing, QLabel):
        return existing
    banner = QLabel(
        f"<b>Read-only.</b> The library {html.escape(location)} is open for reading only: its file or folder "
        "cannot be written, or --read-only was given. You can read, compare, search and copy; importing, editing, "
        "notes and backups are off. To change it, copy it to a folder you can write to and open the copy.",
        window,
    )
    banner.setObjectName("ReadOnlyBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet("QLabel#ReadOnlyBanner { background: #fff3c4; color: #3d3200; padding: 6px 10px; }")
    holder = QWidget(window)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    central = window.takeCentralWidget()
    if central is not None:
        layout.addWidget(central, 1)
    window.setCentralWidget(holder)
    return banner
