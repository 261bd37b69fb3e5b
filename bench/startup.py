"""Cold start to a painted window: `parallax` (on an existing library) against a bare PySide6 window.

Each run is a new process; the clock runs from spawning it to the first paint of the page (for Parallax,
the Declaration's text; for the floor, an empty QWidget). Run: python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import report, row

BARE = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched is window:
            print("painted", flush=True)
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1320, 860)
spy = FirstPaint()
app.installEventFilter(spy)
window.show()
app.exec()
"""

PARALLAX = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        parent = watched.parent() if isinstance(watched, QObject) else None
        if event.type() == QEvent.Type.Paint and parent is not None and parent.objectName() == "DocumentView":
            print("painted", flush=True)
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
spy = FirstPaint()
app.installEventFilter(spy)
from app.bootstrap import run_gui
run_gui(Path(sys.argv[1]), settings_path=Path(sys.argv[2]))
"""


def time_to_paint(code: str, *args: str) -> float:
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=os.environ)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait(timeout=60)
    if line.strip() != "painted":
        raise RuntimeError("the window never painted")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        db, settings = Path(folder) / "library.sqlite3", Path(folder) / "parallax.ini"
        first = [time_to_paint(PARALLAX, str(db), str(settings))]  # creates, migrates and seeds the library
        ours, floor = [], []
        for _ in range(runs):  # interleaved, so that drift in the machine hits both alike
            floor.append(time_to_paint(BARE))
            ours.append(time_to_paint(PARALLAX, str(db), str(settings)))
    report(
        "startup",
        [
            row("start to painted page (existing library)", ours, floor, "bare PySide6 window"),
            row("first start (new library: migrate, seed)", first, floor, "bare PySide6 window"),
        ],
        runs,
    )


if __name__ == "__main__":
    main()
