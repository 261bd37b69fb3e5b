"""OCR of a generated 10-page scan (5 English, 5 Hungarian A4 pages at 300 dpi, image-only PDFs) through
Parallax's import, against the `tesseract` command line on the same pages (PNG, TSV out, OMP_THREAD_LIMIT=1);
and one scroll step of the facsimile view over those pages against a bare QScrollArea showing one page's pixmap.

Runs are taken in turns (ours, then the floor, document by document) so that the machine's drift hits both.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from common import report, row  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services.importers.scan import OcrRequest  # noqa: E402
from app.services.registry import open_services  # noqa: E402
from tests.scan_samples import sample_pages, save_pdf, save_png  # noqa: E402


def _cli(pngs: list[Path], code: str) -> float:
    start = time.perf_counter()
    for png in pngs:
        subprocess.run(["tesseract", str(png), "stdout", "-l", code, "tsv"], check=True, capture_output=True,
                       env={**os.environ, "OMP_THREAD_LIMIT": "1"})  # fmt: skip
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--view-of", type=Path, metavar="LIBRARY", help="time only the view, on this library's scan")
    parser.add_argument("--document", type=int, default=3, metavar="ID", help="the scan to scroll (with --view-of)")
    args = parser.parse_args()
    runs = args.runs
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    if args.view_of:
        library, services = open_services(args.view_of)
        report("ocr_view", [_scroll_step(services, args.document, app)], 60)
        library.close()
        return
    folder = Path(tempfile.mkdtemp(prefix="parallax-bench-ocr-"))
    sets = []
    for language, code in (("en", "eng"), ("hu", "hun")):
        pages = sample_pages(language, 5, per_page=8, seed=56)
        pngs = [save_png(page, folder / f"{language}{n}.png") for n, page in enumerate(pages, 1)]
        sets.append((language, code, save_pdf([p.image for p in pages], folder / f"{language}.pdf"), pngs))
    library, services = open_services(folder / "library.sqlite3")
    ours: list[float] = []
    floor: list[float] = []
    document_id = 0
    for _ in range(runs):
        for language, code, pdf, pngs in sets:
            start = time.perf_counter()
            [outcome] = services.importing.import_files([pdf], ocr=OcrRequest((language,)), allow_duplicate=True)
            ours.append(time.perf_counter() - start)
            assert outcome.document_id is not None, outcome.error
            document_id = outcome.document_id
            floor.append(_cli(pngs, code))
    rows = [row("OCR import of 5 A4 pages at 300 dpi (image-only PDF), per document", ours, floor,
                "tesseract CLI on the same pages as PNG, TSV", paired=True)]  # fmt: skip
    rows.append(_scroll_step(services, document_id, app))
    library.close()
    report("ocr", rows, runs)


def _scroll_step(services: Any, document_id: int, app: QApplication) -> dict[str, object]:
    """60 steps of 40 px down the pages, each scrolled and painted by the event loop, once every page has been seen
    (each is decoded and scaled once, on first sight); the floor is a bare QAbstractScrollArea painting the same
    scaled page pixmap at the same offsets."""
    from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
    from PySide6.QtWidgets import QAbstractScrollArea

    from app.ui.reader.facsimile_view import FacsimileView

    document = services.library.get_document(document_id)
    view = FacsimileView()
    view.resize(800, 1000)
    view.show()
    view.set_document(document_id, document.pages, services.pages)
    app.processEvents()
    bar = view.verticalScrollBar()
    first_sight: list[float] = []  # a step onto a page not seen yet: painted blank at once
    filled: list[float] = []  # until it is decoded and scaled (off the GUI thread) and painted
    while bar.value() < bar.maximum():  # every page once
        start = time.perf_counter()
        bar.setValue(bar.value() + 400)
        app.processEvents()
        first_sight.append(time.perf_counter() - start)
        number, _y = view.top_position()
        while not (view.ready(number) and view.ready(min(number + 1, len(document.pages)))):
            app.processEvents()
            time.sleep(0.002)
        filled.append(time.perf_counter() - start)
    bar.setValue(0)
    ours: list[float] = []
    for _ in range(60):
        start = time.perf_counter()
        bar.setValue(bar.value() + 40)
        app.processEvents()
        ours.append(time.perf_counter() - start)
    data, _type = services.pages.image(document.pages[0].image_id)
    pixmap = QPixmap()
    pixmap.loadFromData(data)
    pixmap = pixmap.scaledToWidth(768)

    class Bare(QAbstractScrollArea):
        def paintEvent(self, _event: QPaintEvent) -> None:
            painter = QPainter(self.viewport())
            painter.fillRect(self.viewport().rect(), Qt.GlobalColor.gray)
            painter.drawPixmap(16, 16 - self.verticalScrollBar().value() % 1000, pixmap)
            painter.end()

    bare = Bare()
    bare.resize(800, 1000)
    bare.verticalScrollBar().setRange(0, bar.maximum())
    bare.show()
    app.processEvents()
    floor: list[float] = []
    for _ in range(60):
        start = time.perf_counter()
        bare.verticalScrollBar().setValue(bare.verticalScrollBar().value() + 40)
        app.processEvents()
        floor.append(time.perf_counter() - start)
    print(f"a step onto pages not seen yet: slowest {max(first_sight) * 1000:.1f} ms, the pages filled in within "
          f"{max(filled) * 1000:.0f} ms; slowest step over pages seen {max(ours) * 1000:.1f} ms")  # fmt: skip
    return row("facsimile view: one scroll step (40 px) over the pages, painted", ours, floor,
               "bare QAbstractScrollArea painting the same scaled page pixmap")  # fmt: skip


if __name__ == "__main__":
    main()
