"""Long work's side of progress and Cancel, whoever runs it: a window's worker thread, a command, a test.

A service that takes a while is handed a `Job`: it reports how far it has got, and checks between steps whether
the caller asked it to stop (`check` raises Cancelled). Nothing here knows of threads or of Qt."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from app.domain.errors import Cancelled


@dataclass(frozen=True)
class Progress:
    done: int
    total: int = 0  # 0 when unknown
    label: str = ""  # what is being worked on now ("frus.xml", "¶120")

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


class Job:
    """Progress reported by long work, and a Cancel asked for by its caller (from any thread)."""

    def __init__(self, on_progress: Callable[[Progress], None] | None = None) -> None:
        self._on_progress = on_progress
        self._cancelled = threading.Event()
        self._last = Progress(0)

    def report(self, done: int, total: int = 0, label: str = "") -> None:
        self._last = Progress(done, total, label)
        if self._on_progress is not None:
            self._on_progress(self._last)

    def report_label(self, label: str) -> None:
        """Say what is being worked on now, within the step last reported (a page of a file in a batch)."""
        self.report(self._last.done, self._last.total, label)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Stop here (raise Cancelled) if the caller asked to."""
        if self._cancelled.is_set():
            raise Cancelled
