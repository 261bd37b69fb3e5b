"""The window's one catch: a ParallaxError that reaches the event loop from any part becomes a status line."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QMainWindow

from app.domain.errors import ParallaxError

STATUS_MS = 10_000


def report_errors(window: QMainWindow) -> Callable[[], None]:
    """Report what Parallax cannot do in `window`'s status bar; anything else goes on to the hook before (which
    prints it, or in tests fails the test). Returns what puts the hook before back."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, ParallaxError) and window.isVisible():
            window.statusBar().showMessage(f"Not done: {error}.", STATUS_MS)
            return
        previous(kind, error, trace)

    sys.excepthook = hook

    def restore() -> None:
        if sys.excepthook is hook:  # unless someone put their own in since
            sys.excepthook = previous

    return restore
