"""Cold start to a painted window: `parallax` (on an existing library) against a bare PySide6 window; idle memory.

Each run is a new process; the clock runs from spawning it to the first paint of the page (for Parallax,
the Declaration's text; for the floor, an empty QWidget). Measured on the one-document library and on a
generated library of 10,000 documents (built once by bench/search.py's generator into bench/results/), where
the resident memory two seconds after the first paint is read too (Linux: /proc/self/status).
Run: python bench/startup.py [--runs N]
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
from common import RESULTS, report, row

# Shared by both children: report the first paint of the page, and (if asked) the memory a while after it.
CHILD = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

IDLE_MS = int(os.environ.get("BENCH_IDLE_MS", "0"))

def rss():
    with open("/proc/self/status") as status:
        print("rss", next(line.split()[1] for line in status if line.startswith("VmRSS")), flush=True)
    os._exit(0)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and is_page(watched):
            print("painted", flush=True)
            if not IDLE_MS:
                os._exit(0)
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(IDLE_MS, rss)
        return False

app = QApplication(sys.argv[:1])
spy = FirstPaint()
app.installEventFilter(spy)
"""

BARE = (
    CHILD
    + """
window = QWidget()
window.resize(1320, 860)

def is_page(watched):
    return watched is window

window.show()
app.exec()
"""
)

PARALLAX = (
    CHILD
    + """
def is_page(watched):  # the Declaration's text
    parent = watched.parent() if isinstance(watched, QObject) else None
    return parent is not None and parent.objectName() == "DocumentView"

from app.bootstrap import run_gui
run_gui(Path(sys.argv[1]), settings_path=Path(sys.argv[2]))
"""
)


IDLE_MS = 2000


def time_to_paint(code: str, *args: str) -> float:
    return run_child(code, *args)[0]


def run_child(code: str, *args: str, idle_ms: int = 0) -> tuple[float, float]:
    """Seconds to the first paint, and (when `idle_ms` is given) the resident MB that long after it."""
    start = time.perf_counter()
    environment = {**os.environ, "BENCH_IDLE_MS": str(idle_ms)}
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=environment)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    memory = process.stdout.readline().split() if idle_ms else []
    process.wait(timeout=60)
    if line.strip() != "painted":
        raise RuntimeError("the window never painted")
    return elapsed, (int(memory[1]) / 1024 if memory else 0.0)


def large_library(documents: int) -> Path:
    """The generated library of bench/search.py, built once and kept in bench/results/."""
    from search import build

    db = RESULTS / f"search-{documents}.sqlite3"
    if not db.exists():
        RESULTS.mkdir(exist_ok=True)
        build(db, documents)
    return db


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
        large = large_library(10_000)
        big, big_floor, memory, memory_floor = [], [], [], []
        for _ in range(max(3, runs // 2)):
            seconds, megabytes = run_child(BARE, idle_ms=IDLE_MS)
            big_floor.append(seconds)
            memory_floor.append(megabytes / 1000)  # report() shows milliseconds: MB are passed as thousandths
            seconds, megabytes = run_child(PARALLAX, str(large), str(settings), idle_ms=IDLE_MS)
            big.append(seconds)
            memory.append(megabytes / 1000)
    report(
        "startup",
        [
            row("start to painted page (existing library)", ours, floor, "bare PySide6 window"),
            row("first start (new library: migrate, seed)", first, floor, "bare PySide6 window"),
            row("start to painted page, 10,000-document library", big, big_floor, "bare PySide6 window"),
            row(
                "idle memory (MB, shown in the ms column), 10,000 documents",
                memory,
                memory_floor,
                "bare PySide6 window, MB",
            ),
        ],
        runs,
    )


if __name__ == "__main__":
    main()
