"""Windows started as `parallax` starts them, whose library opens only when the test lets it; and watching
`run_gui`'s own window from inside its event loop."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.bootstrap import FAILED, WindowStart, start_window
from app.services.infrastructure.storage import Library
from app.services.registry import Services, open_services
from app.ui.common.settings import WindowSettings
from app.ui.window.main_window import MainWindow
from app.ui.window.single_instance import WindowBeacon
from tests.ui.helpers import RecordingPrompter


def settings_at(path: Path) -> WindowSettings:
    return WindowSettings(QSettings(str(path), QSettings.Format.IniFormat))


class HeldOpening:
    """Opens the services as the product does, on the start's worker thread, once the test lets it go on."""

    def __init__(self) -> None:
        self.go_on = threading.Event()
        self.threads: list[str] = []

    def __call__(self, path: Path, *, read_only: bool = False) -> tuple[Library, Services]:
        self.threads.append(threading.current_thread().name)
        self.go_on.wait(20)
        return open_services(path, read_only=read_only)


class Starts:
    """Windows started for a test, each with its held opening; all closed and finished at the end."""

    def __init__(self, qtbot: QtBot) -> None:
        self._qtbot = qtbot
        self.started: list[WindowStart] = []

    def frame(
        self, db_path: Path, settings: WindowSettings, open_ids: tuple[int, ...] = (), *, read_only: bool = False
    ) -> tuple[MainWindow, HeldOpening]:
        """The window as it first goes up: its frame and the page, before the library is open."""
        held = HeldOpening()
        start = start_window(
            db_path, settings, open_ids, read_only=read_only, prompter=RecordingPrompter(), open_services=held
        )
        self.started.append(start)
        self._qtbot.addWidget(start.window)
        assert QTest.qWaitForWindowExposed(start.window)
        return start.window, held

    def let_open(self, window: MainWindow, held: HeldOpening) -> None:
        """Let the library open, and wait until the window is whole."""
        held.go_on.set()
        self._qtbot.waitUntil(lambda: window.attached or bool(window.property(FAILED)), timeout=20_000)
        assert window.attached

    def finish(self) -> None:
        for start in self.started:
            start.window.close()
            start.finish()


def when_up(act: Callable[[MainWindow], object], until: threading.Event | None = None) -> None:
    """Once run_gui's window is up (and `until` is set, if given), call `act` with it."""

    def check() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or (until is not None and not until.is_set()):
            QTimer.singleShot(20, check)
            return
        act(windows[0])

    QTimer.singleShot(0, check)


def close_when_whole(seen: dict[str, object]) -> None:
    """Once run_gui's window is whole, note what it shows and close it."""

    def watch(window: MainWindow) -> None:
        def whole() -> None:
            pane = window.documents.current_pane()
            seen["title"] = pane.document.title if pane and pane.document else ""
            seen["listed"] = window.parts.library_panel.document_ids()
            seen["layout"] = window.documents.layout_ids()
            beacons = [child for child in window.children() if isinstance(child, WindowBeacon)]
            seen["listening"] = [beacon.server.isListening() for beacon in beacons]
            window.close()

        if window.attached:
            whole()
        else:
            window.ready.connect(whole)

    when_up(watch)


def close_and_release(window: MainWindow, closed: threading.Event) -> None:
    window.close()
    closed.set()
