"""SearchResults: the hits grouped by document, with the words marked."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.services.search import MARK_END, MARK_START, SearchHit, SearchResults
from app.ui.common.range_bar import RangeBar


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _marked(snippet: str) -> str:
    return escape(snippet).replace(MARK_START, "<b style='background:#f7e7a1;color:#1f1d1a'>").replace(MARK_END, "</b>")


class SearchResultsView(QWidget):
    """The hits of the last search; clicking one (or Enter and F8 from the box) opens it."""

    hit_chosen = Signal(int)  # index into the hits shown
    more_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SearchResults")
        self.summary = QLabel("Type in the search box above (Ctrl+K).", self)
        self.summary.setObjectName("SearchSummary")
        self.summary.setWordWrap(True)
        self.page = QTextBrowser(self)
        self.page.setObjectName("SearchHits")
        self.page.setOpenLinks(False)
        self.page.anchorClicked.connect(self._on_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        self.range_bar = RangeBar("Hits", self)
        layout.addWidget(self.range_bar)
        layout.addWidget(self.page, 1)
        self.hits: list[SearchHit] = []
        self.current = -1
        self._more = False

    def show_results(self, results: SearchResults, typed: str) -> None:
        self.hits, self.current, self._more = list(results.hits), -1, results.more
        self._render()
        count = len(self.hits)
        if results.message and not count:
            self.summary.setText(results.message)
        elif not typed.strip():
            self.summary.setText("Type in the search box above (Ctrl+K).")
        elif not count:
            self.summary.setText(f"Nothing found for {typed.strip()}.")
        else:
            documents = len({hit.document_id for hit in self.hits if hit.document_id is not None})
            notes = sum(hit.note_id is not None for hit in self.hits)
            shown = f"{_count(count, 'hit')}{'+' if results.more else ''} in {_count(documents, 'document')}" + (
                f" and {_count(notes, 'note')}" if notes else ""
            )
            inflected = sum(hit.other_forms for hit in self.hits)
            if inflected:
                shown += f" ({inflected} in other forms of the words)"
            self.summary.setText(shown + (f" — {results.message}" if results.message else ""))

    def show_searching(self) -> None:
        self.summary.setText("Searching…")

    def set_current(self, index: int) -> None:
        self.current = index
        self._render()

    def _render(self) -> None:
        parts: list[str] = []
        group: tuple[int | None, bool] | None = None
        other_forms = False
        for index, hit in enumerate(self.hits):
            if hit.other_forms and not other_forms:  # exact words come first; then the words in other forms
                other_forms, group = True, None
                parts.append("<p style='margin-top:14px;color:gray'><i>Other forms of the words</i></p>")
            key = (hit.document_id, hit.note_id is not None)
            if key != group:
                group = key
                if hit.note_id is not None:
                    parts.append("<p style='margin-top:10px'><b>Notes</b></p>")
                else:
                    where = " · ".join(part for part in (hit.date, hit.issuer) if part)
                    parts.append(
                        f"<p style='margin-top:10px'><b>{escape(hit.title)}</b>"
                        + (f"<br><span style='color:gray'>{escape(where)}</span>" if where else "")
                        + "</p>"
                    )
            label = hit.title if hit.note_id is not None else (f"¶{hit.paragraph}" if hit.paragraph else "title")
            style = " style='background:#c9dcf2'" if index == self.current else ""
            parts.append(f"<p{style}><a href='hit:{index}'>{escape(label)}</a>&nbsp; {_marked(hit.snippet)}</p>")
        if self._more:
            parts.append("<p><a href='more:'>Show more hits…</a></p>")
        self.page.setHtml("".join(parts))
        if self.current >= 0:
            self.page.scrollToAnchor(f"hit:{self.current}")

    def _on_link(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if kind == "hit" and value.isdigit():
            self.hit_chosen.emit(int(value))
        elif kind == "more":
            self.more_requested.emit()
