"""Opening the library off the GUI thread, once the window has painted its first page.

Loading the storage stack and opening (or upgrading) the library takes longer than painting the window, so the
window goes up first and the reader can read and scroll while a worker thread does the rest; what it made (or
the error it met) comes back to the GUI thread as a signal. A Python thread, not a QThread: it runs plain
service code and touches no widget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

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
        self._thread: threading.Thread | None = None
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
        if self._thread is not None:
            return
        self._window.removeEventFilter(self)
        self._thread = threading.Thread(target=self._run, name="parallax-open-library", daemon=True)
        self._thread.start()
        self.started.emit()

    def _run(self) -> None:
        try:
            self.result = self._open_library()
        except Exception as exc:  # whatever it is, the GUI thread reports it and the start ends cleanly
            self.error = exc
            self.failed.emit(exc)
            return
        self.opened.emit(self.result)

    def wait(self) -> object:
        """Block until the worker is done (an upgrade is never cut short); what it made, if anything."""
        if self._thread is not None:
            self._thread.join()
        return self.result
