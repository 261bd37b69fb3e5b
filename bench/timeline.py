"""The timeline with 10,000 items: building it, and one zoom or pan frame, against a bare QGraphicsView.

The library gets 8,000 events (days, times, approximate days, ranges, months) over October–November 1956 in
the seven categories, 1,000 dated documents and 1,000 dated notes. Measured in the window's TimelineView:
building (reading the items, packing the lanes, the first paint), one zoom step (repacking at the new scale
and painting) and one pan step (painting), each ending with the frame painted. The floor is a bare
QGraphicsView holding 10,000 QGraphicsRectItems with a text each, zoomed by its transform and scrolled.
Run: python bench/timeline.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import report, row

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QGraphicsView

EVENTS, DOCUMENTS, NOTES = 8_000, 1_000, 1_000
CATEGORIES = ("hungary", "ussr", "poland", "suez", "un", "usa", "other")


def _edtf(rng: random.Random) -> str:
    day = datetime(1956, 10, 1) + timedelta(days=rng.randrange(61))
    kind = rng.random()
    if kind < 0.6:
        return f"{day:%Y-%m-%d}"
    if kind < 0.75:
        return f"{day:%Y-%m-%d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}"
    if kind < 0.85:
        return f"{day:%Y-%m-%d}~"
    if kind < 0.97:
        return f"{day:%Y-%m-%d}/{day + timedelta(days=rng.randint(1, 4)):%Y-%m-%d}"
    return f"{day:%Y-%m}"


def build(db: Path) -> None:
    from app.domain.dates.historical import HistoricalDate
    from app.domain.documents import DocumentMetadata
    from app.services.library import NewDocument
    from app.services.registry import open_services

    library, services = open_services(db)
    rng = random.Random(1956)
    words = ["legation", "troops", "withdrawal", "neutrality", "declaration", "assembly", "ceasefire", "appeal"]
    documents = [DocumentMetadata(title=f"Telegram {n} on the {rng.choice(words)}", date_edtf=_edtf(rng))
                 for n in range(DOCUMENTS)]  # fmt: skip
    services.library.add_documents([NewDocument(metadata, ("Text.",)) for metadata in documents])
    library.close()
    now = datetime(2026, 1, 1).isoformat(" ")
    rows = []
    for number in range(EVENTS + NOTES):
        date = HistoricalDate.parse(_edtf(rng))
        label = f"{rng.choice(words).capitalize()} {rng.choice(words)} {number}"
        dates = (date.edtf, date.lo.isoformat(" "), date.hi.isoformat(" "), date.precision.value, date.approximate)
        rows.append((label, *dates, rng.choice(CATEGORIES)))
    connection = sqlite3.connect(db)
    connection.executemany(
        "INSERT INTO events (label, description, date_edtf, date_lo, date_hi, date_precision, date_approximate, "
        "place, category, source, url, hidden, edited, created_at, updated_at) "
        f"VALUES (?, '', ?, ?, ?, ?, ?, '', ?, 'bench', '', 0, 0, '{now}', '{now}')",
        rows[:EVENTS],
    )
    connection.executemany(
        "INSERT INTO notes (title, body, date_edtf, date_lo, date_hi, date_precision, date_approximate, created_at, "
        f"updated_at) VALUES (?, '', ?, ?, ?, ?, ?, '{now}', '{now}')",
        [entry[:-1] for entry in rows[EVENTS:]],
    )
    connection.commit()
    connection.close()


def painted(view: QGraphicsView, action: Callable[[], object]) -> float:
    """Time `action` and the repaint of `view` it causes, to the frame on screen."""
    start = time.perf_counter()
    action()
    view.viewport().repaint()
    return time.perf_counter() - start


def scroll_by(view: QGraphicsView, pixels: int) -> None:
    bar = view.horizontalScrollBar()
    bar.setValue(bar.value() + pixels)


def shown(view: QGraphicsView) -> None:
    view.resize(1300, 330)
    view.show()
    QApplication.processEvents()  # exposed, so that a repaint paints


def measure_ours(db: Path, runs: int) -> tuple[list[float], list[float], list[float], int]:
    from app.services.registry import open_services
    from app.ui.timeline.view import TimelineView

    library, services = open_services(db)
    build_times: list[float] = []
    zooms: list[float] = []
    pans: list[float] = []
    count = 0
    for _ in range(runs):
        view = TimelineView()
        shown(view)
        start = time.perf_counter()
        items = services.timeline.items()
        view.set_items(items)
        view.fit()
        view.viewport().repaint()
        build_times.append(time.perf_counter() - start)
        count = len(items)
        for step in range(12):  # in, then back out: each zoom step repacks at a scale not seen before
            factor = 1.3 if step < 6 else 1 / 1.3
            zooms.append(painted(view, partial(view.zoom, factor)))
            pans.append(painted(view, partial(view.pan, 0.1)))
        view.close()
    library.close()
    return build_times, zooms, pans, count


def measure_floor(count: int, runs: int) -> tuple[list[float], list[float], list[float]]:
    from PySide6.QtWidgets import QGraphicsScene

    rng = random.Random(1956)
    build_times: list[float] = []
    zooms: list[float] = []
    pans: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        scene = QGraphicsScene()
        for number in range(count):
            x, y = rng.uniform(0, 61 * 20), rng.randrange(20) * 17
            scene.addRect(x, y, 8, 8)
            scene.addSimpleText(f"Item {number}").setPos(x + 10, y - 3)
        view = QGraphicsView(scene)
        shown(view)
        view.viewport().repaint()
        build_times.append(time.perf_counter() - start)
        for step in range(12):
            factor = 1.3 if step < 6 else 1 / 1.3
            zooms.append(painted(view, partial(view.scale, factor, 1)))
            pans.append(painted(view, partial(scroll_by, view, 130)))
        view.close()
    return build_times, zooms, pans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "timeline.sqlite3"
        build(db)
        ours_build, ours_zoom, ours_pan, count = measure_ours(db, args.runs)
    floor_build, floor_zoom, floor_pan = measure_floor(count, args.runs)
    worst_zoom = max(ours_zoom) * 1000
    print(f"{count:,} items; slowest zoom frame {worst_zoom:.1f} ms, 90th percentile "
          f"{statistics.quantiles(ours_zoom, n=10)[-1] * 1000:.1f} ms", file=sys.stderr)  # fmt: skip
    label = "bare QGraphicsView, 10,000 rect+text items"
    report(
        "timeline",
        [
            row(f"build the timeline of {count:,} items (read, pack, first paint)", ours_build, floor_build, label),
            row("one zoom step (repack at a new scale, paint)", ours_zoom, floor_zoom, label + ", scaled"),
            row("one pan step (paint)", ours_pan, floor_pan, label + ", scrolled"),
        ],
        args.runs,
    )
    app.quit()


if __name__ == "__main__":
    main()
