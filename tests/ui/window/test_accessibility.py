"""Every control a screen reader meets has a name and a description: a test walks every widget of the main window
and of its dialogs, and fails on one without."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QScrollBar,
    QWidget,
)

from app.domain.timeline import DateRange
from app.services.registry import Services
from app.ui.window.main_window import MainWindow
from tests.builders import edition_xml, write
from tests.ui.helpers import RecordingPrompter

MakeWindow = Callable[..., tuple[MainWindow, RecordingPrompter]]


def _qt_own(widget: QWidget) -> bool:
    """Parts Qt makes inside its own widgets (a combo box's line, a dock's title buttons, a tab bar's arrows)."""
    parent = widget.parentWidget()
    name = widget.objectName()
    inner_line = isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox))
    return name.startswith("qt_") or inner_line


def _symbol_only(button: QAbstractButton) -> bool:
    return not any(character.isalnum() for character in button.text())


def needs_description(widget: QWidget) -> bool:
    """Fields, lists, tables, views and buttons that show only a symbol or an icon."""
    if isinstance(widget, QAbstractButton):
        return _symbol_only(widget)
    if isinstance(widget, (QScrollBar, QHeaderView)):
        return False
    return isinstance(widget, (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QAbstractSlider,
                               QGraphicsView, QAbstractScrollArea))  # fmt: skip


def unnamed(root: QWidget) -> list[str]:
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if _qt_own(widget) or widget.window() is not root.window():
            continue
        if not (needs_description(widget) or isinstance(widget, QAbstractButton)):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None
        name = interface.text(QAccessible.Text.Name).strip()
        description = interface.text(QAccessible.Text.Description).strip()
        label = f"{type(widget).__name__} {widget.objectName() or '(no object name)'} in {_path(widget)}"
        if not name:
            problems.append(f"no name: {label}")
        elif needs_description(widget) and not description:
            problems.append(f"no description: {label} ({name!r})")
    return problems


def _path(widget: QWidget) -> str:
    names: list[str] = []
    parent = widget.parentWidget()
    while parent is not None and len(names) < 4:
        names.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return "/".join(reversed(names))


def test_every_control_of_the_main_window_is_named_and_described(
    make_window: MakeWindow, services: Services, nagy: int
) -> None:
    window, _ = make_window(open_ids=(1, nagy))
    window.parts.compare.terms_action.trigger()  # the shared-terms list, made when first shown
    window.parts.library_panel.set_date_range(DateRange.of_days(datetime(1956, 10, 30), datetime(1956, 11, 1)))
    pane = window.documents.current_pane()
    assert pane is not None
    pane.open_find()
    window.parts.compare.mark_term("Soviet")
    assert unnamed(window) == []


def action_named(window: MainWindow, text: str) -> QAction:
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if isinstance(menu, QMenu) else []:
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


def _import(window: MainWindow, path: Path) -> None:
    window.parts.importer.import_paths([path])


OPENERS: dict[str, Callable[[MainWindow, Path], object]] = {
    "import": lambda w, folder: _import(w, write(folder, "nagy.txt", "Radio address\n\nPeople of Hungary!\n")),
    "import edition": lambda w, folder: _import(w, write(folder, "frus.xml", edition_xml())),
    "edit description": lambda w, _folder: w.parts.librarian.edit(1),
    "trash": lambda w, _folder: w.parts.librarian.show_trash(),
    "event": lambda w, _folder: w.parts.timeline.add_event(),
    "export notes": lambda w, _folder: w.parts.exporter.export_notes(),
    "export bibliography": lambda w, _folder: w.parts.exporter.export_bibliography(),
    "document information": lambda w, _folder: action_named(w, "Document Information…").trigger(),
    "keyboard shortcuts": lambda w, _folder: action_named(w, "Keyboard Shortcuts").trigger(),
}


@pytest.mark.parametrize("which", list(OPENERS))
def test_every_control_of_the_dialogs_is_named_and_described(
    make_window: MakeWindow, which: str, tmp_path: Path
) -> None:
    window, prompter = make_window()
    seen: list[QDialog] = []

    def answer(dialog: QDialog) -> bool:
        seen.append(dialog)
        return False

    prompter.dialog_answer = answer
    opened = OPENERS[which](window, tmp_path)
    if isinstance(opened, QDialog):  # opened beside the window rather than through the prompter
        seen.append(opened)
    assert seen, "the dialog should have opened"
    for dialog in seen:
        assert unnamed(dialog) == []
        dialog.close()
