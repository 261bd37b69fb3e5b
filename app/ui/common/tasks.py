"""TaskRunner: the window's one way of running long work off the GUI thread, with progress and Cancel.

The work is plain service code given a Job (app/services/tasks.py); it runs on a worker thread of the runner's own,
one task after another, and never touches a widget. What it reports, returns or raises comes back to the GUI
thread as a queued signal and is handed to the callbacks given with the task. A Python thread, not Qt's pool:
waiting on Qt's pool from Python holds the interpreter lock the worker needs, and both stop.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from app.services.tasks import Job, Progress

T = TypeVar("T")


@dataclass
class Task(Generic[T]):
    """One piece of work handed to a runner: its job (to cancel it) and what is to be done with its outcome."""

    job: Job
    done: Callable[[T], None]
    failed: Callable[[Exception], None] | None = None
    progress: Callable[[Progress], None] | None = None
    thread: threading.Thread | None = field(default=None, repr=False)

    def cancel(self) -> None:
        self.job.cancel()

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()


class _Delivery(QObject):
    progressed = Signal(object, object)  # task, Progress
    finished = Signal(object, object)  # task, result
    failed = Signal(object, object)  # task, exception


class TaskRunner(QObject):
    """Runs tasks one at a time, each on a thread named `parallax-NAME` that first waits for the one before.

    (A thread per task rather than a pool: the pool's module alone costs the first page tens of milliseconds.)"""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = f"parallax-{name}"
        self._delivery = _Delivery(self)
        self._delivery.progressed.connect(self._on_progress)
        self._delivery.finished.connect(self._on_finished)
        self._delivery.failed.connect(self._on_failed)
        self._last: Task[Any] | None = None

    def run(
        self,
        work: Callable[[Job], T],
        done: Callable[[T], None],
        *,
        failed: Callable[[Exception], None] | None = None,
        progress: Callable[[Progress], None] | None = None,
    ) -> Task[T]:
        """Start `work` after any task before it; `done` gets its result, `failed` what it raised (Cancelled too).

        Without `failed`, an error goes to sys.excepthook on the GUI thread, where the window reports it."""
        task: Task[T] = Task(Job(), done, failed, progress)
        task.job = Job(lambda step: self._emit(self._delivery.progressed, task, step))
        before = self._last.thread if self._last is not None else None
        task.thread = threading.Thread(target=self._call, args=(work, task, before), name=self._name)
        task.thread.start()
        self._last = task
        return task

    def _call(self, work: Callable[[Job], T], task: Task[T], before: threading.Thread | None) -> None:
        if before is not None:
            before.join()  # one task at a time, in the order they were given
        try:
            result = work(task.job)
        except Exception as exc:  # whatever it is, the GUI thread hears of it
            self._emit(self._delivery.failed, task, exc)
            return
        self._emit(self._delivery.finished, task, result)

    @staticmethod
    def _emit(signal: Any, task: Task[Any], value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile: no one is waiting for it
            signal.emit(task, value)

    def _on_progress(self, task: Task[Any], step: Progress) -> None:
        if task.progress is not None:
            task.progress(step)

    def _on_finished(self, task: Task[Any], result: object) -> None:
        task.done(result)

    def _on_failed(self, task: Task[Any], error: Exception) -> None:
        if task.failed is not None:
            task.failed(error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def busy(self) -> bool:
        return self._last is not None and self._last.running

    def wait(self, timeout: float | None = None) -> None:
        """Block until the tasks started so far have run (the window is closing; tests)."""
        if self._last is not None and self._last.thread is not None:
            self._last.thread.join(timeout)

    def cancel(self) -> None:
        """Ask the task running now to stop, and wait for it."""
        if self._last is not None:
            self._last.cancel()
        self.wait()
