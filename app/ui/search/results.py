"""SearchResults: the hits grouped by document, with the words marked."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.services.search import MARK_END, MARK_START, SearchHit, SearchResults, in_reading_order
from app.ui.common.accessibility import describe
from app.ui.common.range_bar import RangeBar
from app.ui.common.theme import current_theme, muted_color

SEARCH_GUIDE = (
    'Type in the search box above (Ctrl+K) to search every document and note: words, a "phrase", '
    "-word to leave out, issuer:Nagy or date:1956-11 to narrow. Enter opens the first hit, F8 the next."
)


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
        self.summary = QLabel(SEARCH_GUIDE, self)
        self.summary.setObjectName("SearchSummary")
        self.summary.setWordWrap(True)
        self.page = QTextBrowser(self)
        self.page.setObjectName("SearchHits")
        self.page.setOpenLinks(False)
        describe(self.page, "Search hits", "The hits of the last search, by document, in reading order; a hit's "
                 "link opens it.")  # fmt: skip
        self.page.anchorClicked.connect(self._on_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        self.range_bar = RangeBar("Hits dated {dates} only, as picked on the timeline.", self)
        layout.addWidget(self.range_bar)
        layout.addWidget(self.page, 1)
        self.hits: list[SearchHit] = []
        self._typed = ""
        self.current = -1
        self._more = False

    def show_results(self, results: SearchResults, typed: str) -> None:
        self.hits, self.current, self._more = in_reading_order(list(results.hits)), -1, results.more
        self._render(keep_place=results.hits != [] and typed == self._typed)
        self._typed = typed
        count = len(self.hits)
        if results.message and not count:
            self.summary.setText(results.message)
        elif not typed.strip():
            self.summary.setText(SEARCH_GUIDE)
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

    def set_current(self, index: int, *, bring_into_view: bool = False) -> None:
        """Show hit `index` as the one being read; the list stays where it is unless asked to show it."""
        self.current = index
        self._render(keep_place=True)
        if bring_into_view:
            self.page.scrollToAnchor(f"hit{index}")

    def _render(self, *, keep_place: bool = False) -> None:
        bar = self.page.verticalScrollBar()
        place = bar.value()
        parts: list[str] = []
        muted = muted_color(current_theme())
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
                        + (f"<br><span style='color:{muted}'>{escape(where)}</span>" if where else "")
                        + "</p>"
                    )
            label = hit.title if hit.note_id is not None else (hit.place or "title")
            style = " style='background:#c9dcf2;color:#1f1d1a'" if index == self.current else ""
            parts.append(
                f"<p{style}><a name='hit{index}'></a><a href='hit:{index}'>{escape(label)}</a>&nbsp; "
                f"{_marked(hit.snippet)}</p>"
            )
        if self._more:
            parts.append("<p><a href='more:'>Show more hits…</a></p>")
        self.page.setHtml("".join(parts))
        if keep_place:  # the reader's place in the list, not back to its top (setHtml goes there)
            bar.setValue(place)

    def _on_link(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if kind == "hit" and value.isdigit():
            self.hit_chosen.emit(int(value))
        elif kind == "more":
            self.more_requested.emit()
