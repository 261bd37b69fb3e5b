"""Windows on a shared library, started as `parallax --db postgresql://…` starts them, one per member."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.bootstrap import FAILED, WindowStart, start_window
from app.ui.common.settings import WindowSettings
from app.ui.window.main_window import MainWindow
from tests.pg_fixtures import SharedLibrary
from tests.ui.helpers import RecordingPrompter

MakeSharedWindow = Callable[..., tuple[MainWindow, RecordingPrompter]]


@pytest.fixture
def make_shared_window(qtbot: QtBot, shared_library: SharedLibrary, tmp_path: Path) -> Iterator[MakeSharedWindow]:
    """Start a member's window on the test's shared library and wait until it is whole. `password=False`: the
    address carries none, and the prompter answers the window's question with `answer`."""
    starts: list[WindowStart] = []

    def make(
        who: str = "editor", *, password: bool = True, answer: tuple[str, bool] | None = None, wait: bool = True
    ) -> tuple[MainWindow, RecordingPrompter]:
        prompter = RecordingPrompter()
        prompter.password_answer = answer
        settings = WindowSettings(QSettings(str(tmp_path / f"{who}-{len(starts)}.ini"), QSettings.Format.IniFormat))
        start = start_window(shared_library.address(who, password=password), settings, prompter=prompter)
        starts.append(start)
        window = start.window
        qtbot.addWidget(window)
        if wait:
            qtbot.waitUntil(lambda: window.attached and not window.property(FAILED), timeout=30_000)
            qtbot.waitExposed(window)
        return window, prompter

    yield make
    for start in starts:
        start.window.close()
        start.finish()
    if not shared_library.server.is_running():
        shared_library.server.start_again()
