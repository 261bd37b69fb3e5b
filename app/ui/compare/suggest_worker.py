"""Suggesting an alignment off the GUI thread, with progress and Cancel (long texts take a while)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from app.domain.errors import Cancelled, ParallaxError
from app.services.alignment import AlignmentService


class SuggestWorker(QObject):
    progressed = Signal(int)  # percent
    succeeded = Signal(object)  # Suggestion
    failed = Signal(str)  # one line; empty when cancelled

    def __init__(self, service: AlignmentService, left_id: int, right_id: int) -> None:
        super().__init__()
        self._service = service
        self._ids = (left_id, right_id)
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def _progress(self, fraction: float) -> bool:
        self.progressed.emit(round(100 * fraction))
        return not self._cancelled.is_set()

    @Slot()
    def run(self) -> None:
        try:
            self.succeeded.emit(self._service.suggest(*self._ids, progress=self._progress))
        except Cancelled:
            self.failed.emit("")
        except ParallaxError as exc:
            self.failed.emit(str(exc))


def start_worker(worker: SuggestWorker) -> QThread:
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: the thread must be told to stop before the GUI thread, handling the result, waits for it.
    worker.succeeded.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return thread
