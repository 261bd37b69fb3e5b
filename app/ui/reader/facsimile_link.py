"""A scan's page images beside (or instead of) its transcription in a pane, the two linked word by word.

Clicking a word in the text outlines it on its page; a rectangle dragged on a page (or a word clicked there)
selects those words in the text; scrolling either one brings the other to the same words; the passages notes
quote are tinted on the page as in the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.domain.documents import DocumentDetail
from app.domain.pages import PageWord
from app.ui.reader.facsimile_view import FacsimileView, PageSource

if TYPE_CHECKING:
    from app.ui.reader.document_pane import DocumentPane

MAX_LINKED_PARAGRAPHS = 40  # a longer selection or passage is not looked up word by word on the pages
TOP_CONTEXT = 40.0  # view pixels left above the word the pages are brought to


class PageMode(Enum):
    OFF = "off"  # the text alone
    BESIDE = "beside"  # the pages beside the text
    INSTEAD = "instead"  # the pages alone


class FacsimileLink(QObject):
    """Owns a pane's FacsimileView and keeps it and the text in step."""

    def __init__(self, pane: DocumentPane, source: PageSource) -> None:
        super().__init__(pane)
        self._pane = pane
        self._source = source
        self.view = FacsimileView(pane.splitter)
        pane.splitter.addWidget(self.view)
        self.mode = PageMode.BESIDE
        self._document: DocumentDetail | None = None
        self._paragraph_words: dict[int, tuple[PageWord, ...]] = {}
        self._following = False
        text = pane.view
        text.clicked_block.connect(lambda _index: self._on_text_click())
        text.selection_changed.connect(self._on_text_selection)
        text.verticalScrollBar().valueChanged.connect(lambda _value: self.follow_text())
        self.view.scrolled_by_reader.connect(self.follow_pages)
        self.view.word_clicked.connect(lambda word: self.select_words([word]))
        self.view.words_selected.connect(self.select_words)
        self.view.reread_requested.connect(self._on_reread)

    def show(self, document: DocumentDetail) -> None:
        self._document = document
        self._paragraph_words.clear()
        self.view.set_document(document.id, document.pages, self._source)
        self.set_mode(self.mode)
        self.follow_text()

    def set_mode(self, mode: PageMode) -> None:
        self.mode = mode
        has_pages = bool(self._document and self._document.pages)
        self.view.setVisible(has_pages and mode is not PageMode.OFF)
        self._pane.view.setVisible(not has_pages or mode is not PageMode.INSTEAD)
        if has_pages and mode is PageMode.BESIDE:
            half = max(1, self._pane.splitter.width() // 2)
            self._pane.splitter.setSizes([half, half])

    # -- words of the text --------------------------------------------------------------------------------
    def words_of(self, paragraphs: Sequence[int]) -> list[PageWord]:
        if self._document is None:
            return []
        missing = [number for number in paragraphs if number not in self._paragraph_words]
        if missing:
            found: dict[int, list[PageWord]] = {number: [] for number in missing}
            for word in self._source.words_in_paragraphs(self._document.id, missing):
                found.setdefault(word.paragraph or 0, []).append(word)
            self._paragraph_words.update({number: tuple(words) for number, words in found.items()})
        return [word for number in paragraphs for word in self._paragraph_words.get(number, ())]

    def word_at(self, block: int, char: int) -> PageWord | None:
        """The word read on a page that is at character `char` of block `block` of the text."""
        number = self._pane.paragraph_at_block(block)
        words = [w for w in self.words_of([number]) if w.box is not None] if number else []
        return next((w for w in words if w.start <= char < w.end), None) or next(
            (w for w in words if w.start >= char), words[-1] if words else None
        )

    def _on_text_click(self) -> None:
        anchor = self._pane.view.selection_anchor()
        if anchor is not None and self.view.isVisible():
            word = self.word_at(*anchor)
            if word is not None:
                self.view.show_word(word)

    def _on_text_selection(self, selected: bool) -> None:
        span = self._pane.view.selection_range() if selected else None
        if span is None:
            self.view.marks.selected = {}
            self.view.viewport().update()
            return
        (first_block, first_char), (last_block, last_char) = span
        first, last = self._pane.paragraph_at_block(first_block), self._pane.paragraph_at_block(last_block)
        if not first or not last or last - first > MAX_LINKED_PARAGRAPHS:
            return
        words = [
            w for w in self.words_of(range(first, last + 1))
            if (w.paragraph, w.end) > (first, first_char) and (w.paragraph, w.start) < (last, last_char)
        ]  # fmt: skip
        self.view.marks.select(words)
        self.view.viewport().update()

    def select_words(self, words: list[PageWord]) -> None:
        """Select in the text the words picked on the page (from the first to the last of them)."""
        placed = [word for word in words if word.paragraph is not None]
        if not placed:
            return
        first = min(placed, key=lambda w: (w.paragraph or 0, w.start))
        last = max(placed, key=lambda w: (w.paragraph or 0, w.end))
        pane = self._pane
        start = (pane.block_of(first.paragraph or 1), first.start)
        pane.view.select_range(start, (pane.block_of(last.paragraph or 1), last.end))
        self._following = True
        try:
            pane.view.ensure_visible(*start)
        finally:
            self._following = False
        pane.set_current_paragraph(first.paragraph or 0)
        self.view.marks.select(placed)
        self.view.viewport().update()

    def note_passages(self, passages: Sequence[tuple[int, int, str]]) -> None:
        """Tint on the pages the words of the passages notes quote (offsets into the text, as in the pane)."""
        words: list[PageWord] = []
        for start, end, _title in passages:
            (first_block, first_char), (last_block, last_char) = (
                self._pane.position_of(start),
                self._pane.position_of(end),
            )
            first, last = self._pane.paragraph_at_block(first_block), self._pane.paragraph_at_block(last_block)
            if not first or not last or last - first > MAX_LINKED_PARAGRAPHS:
                continue
            words += [
                w for w in self.words_of(range(first, last + 1))
                if (w.paragraph, w.end) > (first, first_char) and (w.paragraph, w.start) < (last, last_char)
            ]  # fmt: skip
        self.view.marks.note(words)
        self.view.viewport().update()

    # -- scrolling together -------------------------------------------------------------------------------
    def follow_text(self) -> None:
        """Bring the pages to the words at the top of the text."""
        if self._following or self.mode is not PageMode.BESIDE or not self.view.isVisible():
            return
        block, fraction = self._pane.view.top_block()
        number = self._pane.paragraph_at_block(block)
        words = [w for w in self.words_of([number]) if w.box is not None] if number else []
        self._following = True
        try:
            if not words:
                if not number:
                    self.view.scroll_to(1, 0.0)
                return
            word = words[min(len(words) - 1, int(fraction * len(words)))]
            assert word.box is not None
            self.view.scroll_to(word.page, max(0.0, word.box[1] - TOP_CONTEXT / self.view.scale()))
        finally:
            self._following = False

    def follow_pages(self) -> None:
        """Bring the text to the words at the top of the pages the reader moved."""
        if self._following or self.mode is not PageMode.BESIDE or self._document is None:
            return
        number, y = self.view.top_position()
        below = [w for w in self.view.words_on(number) if w.paragraph is not None and w.box and w.box[3] >= y]
        if not below:
            return
        word = min(below, key=lambda w: (w.box[1] if w.box else 0, w.box[0] if w.box else 0))
        paragraph = word.paragraph or 1
        text = self._document.paragraphs[paragraph - 1].text if paragraph <= len(self._document.paragraphs) else ""
        self._following = True
        try:
            self._pane.scroll_to_paragraph(paragraph, word.start / max(1, len(text)))
        finally:
            self._following = False

    def _on_reread(self, page: int) -> None:
        if self._document is not None:
            self._pane.reread_requested.emit(self._document.id, page)
