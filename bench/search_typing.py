"""Typing into the search box of a window on the 100,000-document library: does the window stay responsive?

A query is typed a key every 90 ms, with a pause after each word long enough for the search to run (so every
word is searched, on the worker, and its results shown). A 2 ms timer probes the GUI thread the whole time;
the measure is how late it fires: the worst stall and the 95th percentile, the lag a user would feel in the
next keystroke or repaint. The floor is the same typing into a bare QLineEdit in a bare window, same probe.
Needs the library bench/search.py builds. Run: python bench/search_typing.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import RESULTS, report, row

if TYPE_CHECKING:  # Qt itself is loaded in main, after the platform is chosen
    from PySide6.QtWidgets import QLineEdit

QUERIES = ("soviet", "legation", "sov* -legation")  # words of the generated paragraphs
KEY_MS, PAUSE_MS, PROBE_MS = 90, 450, 2


def type_and_probe(box: QLineEdit, app: object, text: str) -> list[float]:
    """Type `text` into `box` key by key, returning how late each probe of the event loop came (seconds)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    delays: list[float] = []
    clock = QElapsedTimer()
    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(PROBE_MS)
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e9
        delays.append(max(0.0, now - last[0] - PROBE_MS / 1000))
        last[0] = now

    probe.timeout.connect(tick)

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    clock.start()
    probe.start()
    for character in text:
        QTest.keyClicks(box, character)
        wait(PAUSE_MS if character == " " else KEY_MS)
    wait(PAUSE_MS)
    probe.stop()
    return delays


def measure(make_box: Callable[[], QLineEdit], runs: int, app: object) -> tuple[list[float], list[float]]:
    """The worst and the 95th-percentile delay of the probe, per run."""
    worst, p95 = [], []
    for run in range(runs):
        box = make_box()
        box.clear()
        delays = type_and_probe(box, app, QUERIES[run % len(QUERIES)])
        worst.append(max(delays))
        p95.append(statistics.quantiles(delays, n=20)[-1])
    return worst, p95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=6)
    args = parser.parse_args()
    db = RESULTS / f"search-{args.documents}.sqlite3"
    if not db.exists():
        sys.exit(f"build the library first: python bench/search.py --documents {args.documents}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

    from app.bootstrap import open_settings, start_window

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        start = start_window(db, open_settings(Path(folder) / "parallax.ini"))  # as `parallax` starts a window
        window = start.window
        window.resize(1320, 860)
        while not window.attached:  # the library opens on its worker thread
            app.processEvents()
            time.sleep(0.01)
        bare = QMainWindow()
        bare_box = QLineEdit(bare)
        bare.setCentralWidget(bare_box)
        bare.resize(1320, 860)
        bare.show()
        app.processEvents()
        started = time.perf_counter()
        ours_worst, ours_p95 = measure(lambda: window.parts.search.box, args.runs, app)
        floor_worst, floor_p95 = measure(lambda: bare_box, args.runs, app)
        window.parts.search.wait()
        app.processEvents()
        shown = window.parts.search.view.summary.text()
        print(f"typed for {time.perf_counter() - started:.0f} s; last search: {shown}", file=sys.stderr)
        if not window.parts.search.view.hits:  # the typing must have searched, or the figures mean nothing
            sys.exit("the searches typed found nothing: the benchmark did not measure searching")
        window.close()
        start.finish()
    report(
        "search_typing",
        [
            row(
                f"worst GUI stall typing 3 queries, {args.documents:,} documents",
                ours_worst,
                floor_worst,
                "bare QLineEdit, same typing",
            ),
            row("95th-percentile GUI delay while typing", ours_p95, floor_p95, "bare QLineEdit, same typing"),
        ],
        args.runs,
    )


if __name__ == "__main__":
    main()
