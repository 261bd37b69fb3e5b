"""Opening the library off the GUI thread, once the window has painted its first page.

Loading the storage stack and opening (or upgrading) the library takes longer than painting the window, so the
window goes up first and the reader can read and scroll while the window's task runner does the rest; what it
made (or the error it met) comes back to the GUI thread as a signal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.services.tasks import Job
from app.ui.common.tasks import TaskRunner

# Should nothing paint (a window opened minimised), the library is opened anyway after this long.
UNPAINTED_MS = 1500


class LibraryOpening(QObject):
    """Runs `open_library` on a worker thread after `window`'s first paint; emits `opened` or `failed` with it."""

    started = Signal()  # the window has painted (or waited long enough) and the worker is on its way
    opened = Signal(object)  # whatever open_library returned
    failed = Signal(object)  # the exception it raised

    def __init__(self, window: QWidget, open_library: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._open_library = open_library
        self._runner = TaskRunner("open-library", self)
        self._started = False
        self.result: object = None
        self.error: Exception | None = None  # kept too: a window closed meanwhile never receives `failed`
        # On the window alone: a filter on the whole application would make Python wrappers for every object
        # Qt creates inside, and loading their types costs the first page tens of milliseconds.
        window.installEventFilter(self)
        QTimer.singleShot(UNPAINTED_MS, self, self.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self.start)  # the window paints first, then its children: after them all
        return False

    def start(self) -> None:
        """Start opening the library now, if that has not begun (the first paint, or the fallback timer)."""
        if self._started:
            return
        self._started = True
        self._window.removeEventFilter(self)
        self._runner.run(self._work, self.opened.emit, failed=self.failed.emit)
        self.started.emit()

    def again(self, open_library: Callable[[], object]) -> None:
        """Open the library once more, another way (with the password the server asked for)."""
        self._open_library = open_library
        self.result, self.error = None, None
        self._runner.run(self._work, self.opened.emit, failed=self.failed.emit)

    def _work(self, _job: Job) -> object:
        """On the worker thread: what it made or met is kept here too, for after the window has closed."""
        try:
            self.result = self._open_library()
        except Exception as exc:
            self.error = exc
            raise
        return self.result

    def wait(self) -> object:
        """Block until the worker is done (an upgrade is never cut short); what it made, if anything."""
        self._runner.wait()
        return self.result
