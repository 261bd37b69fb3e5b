"""What the Compare menu lays over the panes: the shared-terms list and the word differences."""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.comparison.word_diff import Change, ChangedRange, DiffOptions
from app.services.comparison import ComparisonService
from app.ui.compare.compare_view import CompareView, short_title
from app.ui.reader.decorations import Mark

_MARKS = {Change.ONLY_HERE: Mark.ONLY_HERE, Change.CHANGED: Mark.CHANGED}


def show_shared_terms(view: CompareView, comparison: ComparisonService, shown: bool) -> None:
    """Fill the list with the terms the first two panes share (or hide it)."""
    ids = view.document_ids()
    if not shown:
        view.set_shared_terms(None)
    elif len(ids) < 2:
        view.set_shared_terms([])
    else:
        view.set_shared_terms(comparison.shared_terms(ids[0], ids[1]))


def _by_paragraph(ranges: Iterable[ChangedRange]) -> dict[int, list[tuple[int, int, Mark]]]:
    marks: dict[int, list[tuple[int, int, Mark]]] = {}
    for item in ranges:
        marks.setdefault(item.number, []).append((item.start, item.end, _MARKS[item.change]))
    return marks


def show_differences(view: CompareView, comparison: ComparisonService, options: DiffOptions | None) -> str:
    """Colour each pane's differences from the first pane (the first, from the second); None clears.

    Returns the similarities as a line for the status bar ("" when nothing is compared).
    """
    frames = view.frames()
    for frame in frames:
        view.set_differences(frame, {})
    if options is None or len(frames) < 2 or any(frame.pane.document_id is None for frame in frames):
        return ""
    base = frames[0]
    summaries = []
    coloured = False
    for index, other in enumerate(frames[1:], start=1):
        result = comparison.differences(base.pane.document_id or 0, other.pane.document_id or 0, options)
        names = (f"“{short_title(base.title_text())}”", f"“{short_title(other.title_text())}”")
        summaries.append(result.headline(*names).rstrip("."))
        if not result.comparable:
            continue  # another language, or another text: nothing is coloured rather than everything
        coloured = True
        view.set_differences(other, _by_paragraph(r for pair in result.pairs for r in pair.right))
        if index == 1:
            view.set_differences(base, _by_paragraph(r for pair in result.pairs for r in pair.left))
    colours = " Green: only in that text; red: worded differently." if coloured else ""
    return "Differences from the first pane: " + "; ".join(summaries) + "." + colours
