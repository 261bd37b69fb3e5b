"""Side by side: suggesting an alignment for two 300-paragraph texts, and one synchronized scroll step on 5 MB.

Suggestion: the floor pairs paragraphs by position and scores each pair once (the least any aligner must do:
read every paragraph and compare it with one other); ours searches merges, splits, insertions and omissions.
The second text is the first edited: paragraphs merged, split, inserted and left out, one word in five changed.

Scroll step: two 5 MB documents aligned paragraph by paragraph in a CompareView; one wheel step (3 lines) in
the left pane, the right pane following through the alignment, and the band between them redrawn.
The floor is two QPlainTextEdits of the same texts, the second set to the first's proportion. Each step ends
by painting, at once, what it made dirty: the frame the reader waits for. The idle layout of both texts is
allowed to finish before timing, so that it is not counted in a step.
Run: python bench/compare.py [--runs N] [--megabytes M]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import report, row
from reader import make_text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QWidget

from app.domain.alignment.links import AlignmentLink, LinkOrigin, ParagraphSpan
from app.domain.alignment.suggest import content_words, similarity, suggest_alignment
from app.domain.documents import DocumentDetail, DocumentMetadata, Paragraph
from app.ui.compare.compare_view import CompareView
from app.ui.reader.document_pane import DocumentPane


def vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(3, 11))) for _ in range(size)]


def two_versions(count: int, seed: int = 1956) -> tuple[list[str], list[str]]:
    """A text of `count` paragraphs, and an edited second version of it."""
    rng = random.Random(seed)
    words = vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(words))]  # Zipf-like: a few words are everywhere
    first = [" ".join(rng.choices(words, weights, k=rng.randint(25, 120))) for _ in range(count)]
    second: list[str] = []
    index = 0
    while index < len(first):
        roll = rng.random()
        if roll < 0.03 and index + 1 < len(first):
            second.append(first[index] + " " + first[index + 1])  # merged
            index += 2
            continue
        if roll < 0.06:
            half = len(first[index]) // 2
            cut = first[index].find(" ", half)
            second += [first[index][:cut], first[index][cut + 1 :]] if cut > 0 else [first[index]]  # split
        elif roll < 0.11:
            pass  # left out
        else:
            changed = [rng.choice(words) if rng.random() < 0.2 else word for word in first[index].split()]
            second.append(" ".join(changed))
        if rng.random() < 0.05:
            second.append(" ".join(rng.choices(words, weights, k=40)))  # inserted
        index += 1
    return first, second


def measure_suggestion(runs: int) -> tuple[list[float], list[float]]:
    left, right = two_versions(300)
    ours, floor = [], []
    for _ in range(runs):
        start = time.perf_counter()
        suggest_alignment(left, right)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        bags = [content_words(text) for text in left], [content_words(text) for text in right]
        [similarity(a, b) for a, b in zip(*bags, strict=False)]
        floor.append(time.perf_counter() - start)
    return ours, floor


def detail(doc_id: int, paragraphs: list[str]) -> DocumentDetail:
    now = datetime(2026, 11, 26)
    body = tuple(Paragraph(n, text) for n, text in enumerate(paragraphs, start=1))
    return DocumentDetail(doc_id, DocumentMetadata(title=f"Document {doc_id}"), body, "", now, now)


def paint_now(widget: QWidget) -> None:
    """Paint what the step made dirty, at once (what Qt would do at the next frame)."""
    QCoreApplication.sendPostedEvents(widget.window(), QEvent.Type.UpdateRequest)


def settle(*panes: DocumentPane) -> None:
    """Let the idle layout of both texts finish, so it is not counted in a step."""
    deadline = time.perf_counter() + 120

    def laid_out(pane: DocumentPane) -> bool:
        return pane.view.laid_out_count() == len(pane.view.blocks())

    while not all(laid_out(pane) for pane in panes) and time.perf_counter() < deadline:
        QApplication.processEvents()


def measure_scroll(megabytes: float, runs: int) -> tuple[list[float], list[float], str]:
    left_text, right_text = make_text(megabytes, seed=1956), make_text(megabytes, seed=1989)
    count = min(len(left_text), len(right_text))
    links = [AlignmentLink(ParagraphSpan(n, n), ParagraphSpan(n, n), LinkOrigin.ACCEPTED) for n in range(1, count)]
    view = CompareView()
    view.resize(1400, 800)
    view.add_document(detail(1, left_text))
    view.add_document(detail(2, right_text))
    view.set_links(1, 2, links)
    view.show()
    QApplication.processEvents()
    left, right = view.panes()
    left.scroll_to_paragraph(count // 2)
    QApplication.processEvents()

    settle(left, right)

    def our_step() -> None:
        bar = left.view.verticalScrollBar()
        bar.setValue(bar.value() + 3 * bar.singleStep())
        paint_now(view)

    host = QWidget()
    row_layout = QHBoxLayout(host)
    edits = [QPlainTextEdit(host), QPlainTextEdit(host)]
    for edit, text in zip(edits, (left_text, right_text), strict=True):
        edit.setReadOnly(True)
        edit.setPlainText("\n\n".join(text))
        row_layout.addWidget(edit)
    host.resize(1400, 800)
    host.show()
    QApplication.processEvents()
    first_bar, second_bar = edits[0].verticalScrollBar(), edits[1].verticalScrollBar()
    first_bar.setValue(first_bar.maximum() // 2)

    def floor_step() -> None:
        first_bar.setValue(first_bar.value() + 3 * first_bar.singleStep())
        second_bar.setValue(round(first_bar.value() * second_bar.maximum() / max(1, first_bar.maximum())))
        paint_now(host)

    ours: list[float] = []
    floor: list[float] = []
    for _ in range(runs):
        for samples, step in ((ours, our_step), (floor, floor_step)):
            start = time.perf_counter()
            step()
            samples.append(time.perf_counter() - start)
        QApplication.processEvents()
    size = f"2 × {sum(len(p) for p in left_text) / 1e6:.1f} MB, {count - 1:,} links"
    view.close()
    host.close()
    return ours, floor, size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--megabytes", type=float, default=5.0)
    options = parser.parse_args()
    QApplication.instance() or QApplication(sys.argv[:1])
    suggest_ours, suggest_floor = measure_suggestion(max(3, options.runs // 5))
    scroll_ours, scroll_floor, size = measure_scroll(options.megabytes, options.runs)
    rows = [
        row("suggest an alignment, 300 ¶ each", suggest_ours, suggest_floor, "score each ¶ with its namesake"),
        row(f"one synchronized scroll step ({size})", scroll_ours, scroll_floor, "two QPlainTextEdits by proportion"),
    ]
    report("compare", rows, options.runs)


if __name__ == "__main__":
    main()
