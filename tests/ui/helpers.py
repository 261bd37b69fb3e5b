"""What the window tests share: windows started as `parallax` starts them, a prompter that records what would
be shown, and the reader's own gestures.

The data the tests put in the library comes from tests/builders.py; this is only what needs Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from app.bootstrap import FAILED, OpenedLibrary, WindowStart, start_window
from app.services.infrastructure.storage import Library
from app.ui.common.settings import WindowSettings
from app.ui.compare.compare_view import CompareView
from app.ui.reader.document_pane import DocumentPane
from app.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
LEFT = Qt.MouseButton.LeftButton

Found = TypeVar("Found", bound=QObject)
# A window with a note open in its editor, the prompter answering for it, and the note's ID (tests/ui/notes).
Editing = tuple["MainWindow", "RecordingPrompter", int]


class RecordingPrompter:
    """Records what would be shown; answers dialogs with `dialog_answer` (which may fill them in first)."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.abouts: list[tuple[str, str]] = []
        self.dialogs: list[QDialog] = []
        self.files_to_open: list[Path] = []
        self.choice: str | None = None
        self.choices_offered: list[list[str]] = []
        self.dialog_answer: Callable[[QDialog], bool] = lambda _dialog: False
        self.number: int | None = None
        self.numbers_asked: list[tuple[str, int]] = []
        self.picked: int | None = None
        self.picks_offered: list[list[str]] = []
        self.text_answer: str | None = None
        self.texts_asked: list[str] = []
        self.save_path: Path | None = None
        self.saves_asked: list[tuple[str, Path]] = []
        self.printer_answer: Callable[[QPrinter], bool] = lambda _printer: False
        self.password_answer: tuple[str, bool] | None = None
        self.passwords_asked: list[str] = []

    def info(self, title: str, message: str) -> None:
        self.infos.append((title, message))

    def open_files(self, title: str, file_filter: str) -> list[Path]:
        return list(self.files_to_open)

    def ask_number(self, title: str, label: str, value: int, minimum: int, maximum: int) -> int | None:
        self.numbers_asked.append((label, value))
        return self.number

    def pick(self, title: str, label: str, items: list[str]) -> int | None:
        self.picks_offered.append(items)
        return self.picked

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        self.texts_asked.append(text)
        return self.text_answer

    def choose(self, title: str, message: str, choices: list[str]) -> str | None:
        self.choices_offered.append(choices)
        return self.choice

    def error(self, title: str, message: str) -> None:
        self.errors.append((title, message))

    def about(self, title: str, html: str) -> None:
        self.abouts.append((title, html))

    def run_dialog(self, dialog: QDialog) -> bool:
        self.dialogs.append(dialog)
        return self.dialog_answer(dialog)

    def save_file(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        self.saves_asked.append((title, suggested))
        return self.save_path

    def set_up_printer(self, printer: QPrinter) -> bool:
        return self.printer_answer(printer)

    def ask_password(self, title: str, label: str, offer_keyring: bool) -> tuple[str, bool] | None:
        self.passwords_asked.append(label)
        return self.password_answer


class WindowMaker:
    """Starts windows as `parallax` does (the frame and first page, then the library opened on a worker thread,
    then the window made whole and the last session restored), on the test's library; all closed at the end."""

    def __init__(self, qtbot: QtBot, db_path: Path, settings_path: Path) -> None:
        self._qtbot, self._db_path, self._settings_path = qtbot, db_path, settings_path
        self.starts: list[WindowStart] = []

    def begin(
        self, open_ids: tuple[int, ...] = (), *, read_only: bool = False, prompter: RecordingPrompter | None = None
    ) -> tuple[MainWindow, RecordingPrompter]:
        """Start a window and return at once, while its library is still opening."""
        prompter = prompter or RecordingPrompter()
        settings = WindowSettings(QSettings(str(self._settings_path), QSettings.Format.IniFormat))
        start = start_window(self._db_path, settings, open_ids, read_only=read_only, prompter=prompter)
        self.starts.append(start)
        self._qtbot.addWidget(start.window)
        return start.window, prompter

    def __call__(
        self, open_ids: tuple[int, ...] = (), *, read_only: bool = False
    ) -> tuple[MainWindow, RecordingPrompter]:
        """Start a window and wait until it is whole, on the screen and active (keyboard shortcuts go to the
        active window, as on a desktop)."""
        window, prompter = self.begin(open_ids, read_only=read_only)
        self._qtbot.waitUntil(lambda: window.attached and not window.property(FAILED), timeout=20_000)
        assert QTest.qWaitForWindowExposed(window)
        window.activateWindow()
        self._qtbot.waitUntil(window.isActiveWindow)
        return window, prompter

    def library_of(self, window: MainWindow) -> Library:
        """The library a window opened for itself (to make its disk full, say)."""
        start = next(start for start in self.starts if start.window is window)
        opened = start.opening.result
        assert isinstance(opened, OpenedLibrary)
        return opened.library

    def let_go(self, window: MainWindow) -> None:
        """What `parallax` does once its window has closed: wait for the work under way, let go of the library."""
        start = next(start for start in self.starts if start.window is window)
        self.starts.remove(start)
        start.window.close()
        start.finish()

    def finish(self) -> None:
        for start in self.starts:
            start.window.close()
            start.finish()


# -- finding what is on screen ----------------------------------------------------------------------------------


def child(parent: QObject, kind: type[Found], name: str = "") -> Found:
    """The child of `parent` of that kind (and object name, if given): the test fails here if there is none."""
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} {name!r} in {type(parent).__name__}"
    return found


def button(dialog: QDialog, which: QDialogButtonBox.StandardButton) -> QPushButton:
    """One of the dialog's standard buttons (Ok, Save…)."""
    found = child(dialog, QDialogButtonBox).button(which)
    assert found is not None
    return found


def menu_action(window: QMainWindow, menu_title: str, text: str) -> QAction:
    """The action of the menu bar's `menu_title` menu called `text` (written without its & shortcut marks)."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == menu_title)
    assert isinstance(menu, QMenu)
    return next(action for action in menu.actions() if action.text().replace("&", "") == text)


def menu_texts(window: QMainWindow, menu_title: str) -> list[str]:
    """What the menu bar's `menu_title` menu offers, in order (separators left out)."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == menu_title)
    assert isinstance(menu, QMenu)
    return [action.text().replace("&", "") for action in menu.actions() if action.text()]


def current_pane(window: MainWindow) -> DocumentPane:
    """The pane being read."""
    pane = window.documents.current_pane()
    assert pane is not None
    return pane


def current_view(window: MainWindow) -> CompareView:
    """The tab in front, with its panes side by side."""
    view = window.documents.current_view()
    assert view is not None
    return view


def panes(window: MainWindow) -> list[DocumentPane]:
    """The panes of the tab in front, left to right."""
    return current_view(window).panes()


def note_in_editor(window: MainWindow) -> int | None:
    """The ID of the note open in the editor (None: no note is open)."""
    note = window.parts.notes.editor.note
    return note.id if note is not None else None


def noted(pane: DocumentPane) -> list[str]:
    """The text of each passage marked as noted in the pane."""
    blocks = pane.view.blocks()
    return [
        blocks[index].text[start:end]
        for index, ranges in sorted(pane.view.decorations.notes.items())
        for start, end, _title in ranges
    ]


# -- the reader's gestures --------------------------------------------------------------------------------------


def point_at(pane: DocumentPane, number: int, char: int) -> QPoint:
    """Where character `char` of ¶`number` is on screen (scrolled into view first)."""
    block = pane.block_of(number)
    pane.view.ensure_visible(block, char)
    return pane.view.point_of(block, char)


def drag_select(qtbot: QtBot, pane: DocumentPane, number: int, words: str) -> None:
    """Select `words` of ¶`number` with the mouse, as a reader does."""
    text = pane.view.blocks()[pane.block_of(number)].text
    start = text.index(words)
    first, last = point_at(pane, number, start), point_at(pane, number, start + len(words))
    viewport = pane.view.viewport()
    qtbot.mousePress(viewport, LEFT, pos=first)
    qtbot.mouseMove(viewport, last)
    qtbot.mouseRelease(viewport, LEFT, pos=last)
    assert pane.view.selected_text() == words
