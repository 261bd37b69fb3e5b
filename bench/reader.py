"""The reader on a 5 MB text: open it, jump to 90%, take one scroll step; each against QPlainTextEdit.

The floor is what Qt itself does with the same text: setPlainText, a jump to the block at 90% and one scroll
step in a QPlainTextEdit of the same size (which cannot show paragraph spacing or margin numbers). Every
measure ends with a synchronous repaint, so the time includes what the user waits for.
Run: python bench/reader.py [--runs N] [--megabytes M]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import report, row

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPlainTextEdit

from app.ui.reader.document_view import DocumentView
from app.ui.reader.page_layout import BlockStyle, TextBlock

WORDS = [
    "the",
    "government",
    "soviet",
    "hungarian",
    "troops",
    "budapest",
    "declaration",
    "people's",
    "democracies",
    "warsaw",
    "treaty",
    "sovereignty",
    "equality",
    "negotiations",
    "withdrawal",
    "units",
    "military",
    "political",
    "economic",
    "relations",
    "socialist",
    "countries",
    "independence",
    "legation",
    "telegram",
    "november",
    "october",
    "security",
    "council",
    "resolution",
    "assembly",
]


def make_text(megabytes: float, seed: int = 1956) -> list[str]:
    rng = random.Random(seed)
    paragraphs, size = [], 0
    while size < megabytes * 1_000_000:
        words = [rng.choice(WORDS) for _ in range(rng.randint(20, 90))]
        paragraph = " ".join(words).capitalize() + "."
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return paragraphs


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def run_three(
    widget: QAbstractScrollArea, open_document: Callable[[], None], jump: Callable[[], None]
) -> tuple[float, float, float]:
    """Time open, jump and one scroll step in a shown widget, each ending with a synchronous repaint."""
    widget.resize(900, 800)
    widget.show()
    QApplication.processEvents()

    def step() -> None:
        bar = widget.verticalScrollBar()
        bar.setValue(bar.value() + 3 * bar.singleStep())

    def then_painted(action: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            action()
            widget.viewport().repaint()

        return run

    results = tuple(timed(then_painted(action)) for action in (open_document, jump, step))
    widget.close()
    widget.deleteLater()
    return results[0], results[1], results[2]


def measure_ours(paragraphs: list[str]) -> tuple[float, float, float]:
    view = DocumentView()
    blocks = [TextBlock("A long document", BlockStyle.TITLE)]
    blocks += [TextBlock(text, BlockStyle.BODY, n) for n, text in enumerate(paragraphs, start=1)]
    return run_three(view, lambda: view.set_blocks(blocks), lambda: view.scroll_to_block(int(len(paragraphs) * 0.9)))


def measure_floor(paragraphs: list[str]) -> tuple[float, float, float]:
    edit = QPlainTextEdit()
    edit.setReadOnly(True)
    text = "\n\n".join(paragraphs)
    target = int(len(paragraphs) * 0.9) * 2  # blank lines between paragraphs are blocks too

    def jump() -> None:
        edit.setTextCursor(QTextCursor(edit.document().findBlockByNumber(target)))
        edit.ensureCursorVisible()

    return run_three(edit, lambda: edit.setPlainText(text), jump)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--megabytes", type=float, default=5.0)
    options = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    paragraphs = make_text(options.megabytes)
    ours: list[tuple[float, float, float]] = []
    floor: list[tuple[float, float, float]] = []
    for _ in range(options.runs):
        ours.append(measure_ours(paragraphs))
        floor.append(measure_floor(paragraphs))
        app.processEvents()
    size = f"{sum(len(p) for p in paragraphs) / 1e6:.1f} MB, {len(paragraphs):,} paragraphs"
    names = (f"open ({size})", "jump to 90%", "one scroll step (3 lines)")
    rows = [
        row(name, [sample[i] for sample in ours], [sample[i] for sample in floor], "QPlainTextEdit, same text")
        for i, name in enumerate(names)
    ]
    report("reader", rows, options.runs)


if __name__ == "__main__":
    main()
