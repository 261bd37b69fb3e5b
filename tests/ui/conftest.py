"""The real main window over a fresh library, with a prompter that records instead of showing boxes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.bootstrap import FAILED, OpenedLibrary, WindowStart, start_window
from app.services.infrastructure.storage import Library
from app.services.registry import Services
from app.ui.common.settings import WindowSettings
from app.ui.window.main_window import MainWindow


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


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "parallax.ini"


@pytest.fixture
def make_window(
    qtbot: QtBot, services: Services, db_path: Path, settings_path: Path
) -> Iterator[Callable[..., tuple[MainWindow, RecordingPrompter]]]:
    """Start a window as `parallax` does (the frame and first page, then the library opened on a worker thread,
    then the window made whole and the last session restored), on the test's library, and wait until it is whole.

    `services` is there for the test to prepare and check the library with; the window opens its own, as at start."""
    starts: list[WindowStart] = []

    def make(open_ids: tuple[int, ...] = (), *, read_only: bool = False) -> tuple[MainWindow, RecordingPrompter]:
        prompter = RecordingPrompter()
        settings = WindowSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
        start = start_window(db_path, settings, open_ids, read_only=read_only, prompter=prompter)
        starts.append(start)
        window = start.window
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.attached and not window.property(FAILED), timeout=20_000)
        qtbot.waitExposed(window)
        window.activateWindow()  # keyboard shortcuts go to the active window, as on a desktop
        qtbot.waitUntil(window.isActiveWindow)
        return window, prompter

    make.starts = starts  # type: ignore[attr-defined] - read by `library_of`
    yield make
    for start in starts:
        start.window.close()
        start.finish()


@pytest.fixture
def library_of(make_window: Callable[..., tuple[MainWindow, RecordingPrompter]]) -> Callable[[MainWindow], Library]:
    """The library a window opened for itself (to make its disk full, say)."""

    def library(window: MainWindow) -> Library:
        start = next(start for start in make_window.starts if start.window is window)  # type: ignore[attr-defined]
        opened = start.opening.result
        assert isinstance(opened, OpenedLibrary)
        return opened.library

    return library


@pytest.fixture
def window(make_window: Callable[..., tuple[MainWindow, RecordingPrompter]]) -> MainWindow:
    return make_window()[0]
