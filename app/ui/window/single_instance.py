"""A second window on the same library brings the first one forward instead of opening beside it."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMainWindow

WAIT_MS = 500


def channel_name(db_path: Path) -> str:
    """A local socket name per library file (the same file reached by another path gets the same name)."""
    digest = hashlib.sha256(str(db_path.expanduser().resolve()).encode("utf-8")).hexdigest()[:20]
    return f"parallax-{digest}"


def ask_running_window_forward(db_path: Path) -> bool:
    """Ask the window that has the library open to come to the front; False if none answered."""
    socket = QLocalSocket()
    socket.connectToServer(channel_name(db_path))
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(b"raise\n")
    socket.flush()  # usually writes it all at once; else wait for the rest
    sent = socket.bytesToWrite() == 0 or socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return sent


class WindowBeacon(QObject):
    """Listens for a second Parallax on the same library and brings `window` forward when one starts."""

    def __init__(self, db_path: Path, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.server = QLocalServer(self)
        name = channel_name(db_path)
        QLocalServer.removeServer(name)  # left behind by a window that crashed: we hold the library's lock now
        self.server.listen(name)
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        socket = self.server.nextPendingConnection()
        if socket is not None:
            socket.disconnectFromServer()
        window = self._window
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()
