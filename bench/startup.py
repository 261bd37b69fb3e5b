"""Cold start to a painted window: `parallax` (on an existing library) against a bare PySide6 window; idle memory.

Each run is a new process; the clock runs from spawning it to the first paint of the page (for Parallax, the
Declaration's text; for the floor, an empty QWidget). Parallax paints its page before the library is open
(see app/bootstrap.py), so the time until the window is whole (library open, library list, notes, timeline and
menus in place) is reported beside it. Measured on the one-document library and on a generated library of 10,000
documents (built once by bench/search.py's generator into bench/results/), where the resident memory two seconds
after the window is whole is read too (Linux: /proc/self/status).

Parallax is started through its real entry point (`app.cli.main`, as the `parallax` command does), with its
settings in a fresh folder, and with Python's bytecode cache on, as on a user's machine (a warm-up run fills it).
Each Parallax start follows a bare one, and a ratio is the median of these pairs' ratios: this machine's speed
drifts by a fifth from one run to the next, and a pair shares the moment. The longest the window does not
answer while the library opens is probed with a 2 ms timer from the first paint on.
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

# Shared by both children: report the first paint of the page, then (Parallax) the whole window, then (if asked)
# the memory a while after that. The page's paintEvent is wrapped to tell when it has painted: an event filter on
# the whole application would make PySide wrap every object Qt creates, which costs a window of many parts more
# than a bare one and so would measure the observer.
CHILD = """
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

IDLE_MS = int(os.environ.get("BENCH_IDLE_MS", "0"))
painted = []
worst_gap = [0.0]  # the longest the GUI thread kept a 2 ms timer waiting, from the first paint on

def probe():
    last = [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        worst_gap[0] = max(worst_gap[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(tick)
    timer.start()
    painted.append(timer)

def rss():
    with open("/proc/self/status") as status:
        print("rss", next(line.split()[1] for line in status if line.startswith("VmRSS")), flush=True)
    os._exit(0)

def whole():
    print("whole", round(worst_gap[0] * 1000, 2), flush=True)
    if not IDLE_MS:
        os._exit(0)
    QTimer.singleShot(IDLE_MS, rss)

def watch_first_paint(page_class):
    paint = page_class.paintEvent

    def paintEvent(self, event):
        paint(self, event)
        if not painted:
            painted.append(self)
            print("painted", flush=True)
            probe()
            wait_for_whole_window(self.window())

    page_class.paintEvent = paintEvent
"""

BARE = (
    CHILD
    + """
class Page(QWidget):
    def paintEvent(self, event):
        super().paintEvent(event)

def wait_for_whole_window(_window):
    QTimer.singleShot(1000, whole)  # nothing more comes: a second of the idle window, for its timer's worst gap

watch_first_paint(Page)
app = QApplication(sys.argv[:1])
window = Page()
window.resize(1320, 860)
window.show()
app.exec()
"""
)

PARALLAX = (
    CHILD
    + """
def wait_for_whole_window(window):
    if window.attached:
        whole()
    else:
        window.ready.connect(whole)

from app.ui.reader.document_view import DocumentView  # the page: the Declaration's text

watch_first_paint(DocumentView)
from app.cli import main
main(["--db", sys.argv[1]])
"""
)


IDLE_MS = 2000


def run_child(code: str, *args: str, folder: Path, idle_ms: int = 0) -> tuple[float, float, float, float]:
    """Seconds to the first paint and to the whole window, (when `idle_ms` is given) the resident MB a while
    later, and the longest the window did not answer between its first paint and being whole (seconds)."""
    environment = {**os.environ, "BENCH_IDLE_MS": str(idle_ms), "XDG_CONFIG_HOME": str(folder / "config")}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's Python keeps compiled modules
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=environment)
    assert process.stdout is not None
    painted = process.stdout.readline()
    painted_at = time.perf_counter() - start
    whole = process.stdout.readline()
    whole_at = time.perf_counter() - start
    memory = process.stdout.readline().split() if idle_ms else []
    process.wait(timeout=60)
    if painted.strip() != "painted" or not whole.startswith("whole "):
        raise RuntimeError("the window never painted, or never became whole")
    stall = float(whole.split()[1]) / 1000
    return painted_at, whole_at, (int(memory[1]) / 1024 if memory else 0.0), stall


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
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = folder / "library.sqlite3"
        first = [run_child(PARALLAX, str(db), folder=folder)]  # creates, migrates and seeds; fills the cache
        first.append(run_child(PARALLAX, str(folder / "second.sqlite3"), folder=folder))  # with the cache filled
        run_child(BARE, folder=folder)
        ours, floor = [], []
        for _ in range(runs):  # interleaved, so that drift in the machine hits both alike
            floor.append(run_child(BARE, folder=folder))
            ours.append(run_child(PARALLAX, str(db), folder=folder))
        large = large_library(10_000)
        big, big_floor = [], []
        for _ in range(runs):
            big_floor.append(run_child(BARE, folder=folder, idle_ms=IDLE_MS))
            big.append(run_child(PARALLAX, str(large), folder=folder, idle_ms=IDLE_MS))

    def column(samples: list[tuple[float, float, float, float]], index: int) -> list[float]:
        return [sample[index] for sample in samples]

    bare = "bare PySide6 window"
    measures = [  # (measure, samples, which time, floor samples)
        ("start to painted page (existing library)", ours, 0, floor),
        ("start to the whole window (library open)", ours, 1, floor),
        ("first start to painted window (new library)", first[1:], 0, floor),
        ("first start to the whole window (migrate, seed)", first[1:], 1, floor),
        ("start to painted page, 10,000-document library", big, 0, big_floor),
        ("start to the whole window, 10,000-document library", big, 1, big_floor),
    ]
    rows = [
        row(name, column(samples, i), column(against, 0), bare, paired=True)  # the first start: too few to pair
        for name, samples, i, against in measures
    ]
    rows.append(row("longest the window does not answer while the library opens, 10,000 documents",
                    column(big, 3), column(big_floor, 3), "bare window, idle for a second"))  # fmt: skip
    memory = [sample[2] / 1000 for sample in big]  # report() shows milliseconds: MB are passed as thousandths
    memory_floor = [sample[2] / 1000 for sample in big_floor]
    rows.append(row("idle memory (MB, shown in the ms column), 10,000 documents", memory, memory_floor, bare + ", MB"))
    report("startup", rows, runs)


if __name__ == "__main__":
    main()
