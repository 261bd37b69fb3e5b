"""DocumentPane: one document typeset for reading, with its header and in-document find."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMenu, QSplitter, QVBoxLayout, QWidget

from app.domain.alignment.links import ParagraphSpan
from app.domain.documents import DocumentDetail, DocumentMetadata
from app.domain.short_titles import short_title_of
from app.domain.text.find import TextMatch, find_all
from app.ui.common.style import ReaderColors
from app.ui.reader.document_view import DocumentView
from app.ui.reader.facsimile_link import FacsimileLink, PageMode
from app.ui.reader.facsimile_view import PageSource
from app.ui.reader.find_bar import FindBar
from app.ui.reader.footnotes import notes_by_paragraph
from app.ui.reader.page_layout import BlockStyle, TextBlock
from app.ui.reader.page_text import PageText, styled


def header_blocks(metadata: DocumentMetadata) -> list[TextBlock]:
    """Title, then 'Kind · Issuer · Place, Date', then the source it was taken from."""
    blocks = [TextBlock(metadata.title, BlockStyle.TITLE)]
    where_when = ", ".join(part for part in (metadata.place, metadata.date_display) if part)
    meta = " · ".join(part for part in (metadata.kind.label, metadata.issuer, where_when) if part)
    blocks.append(TextBlock(meta, BlockStyle.META))
    source = metadata.source.display()
    if source:
        copied = f" Text from {metadata.archive}." if metadata.archive else ""
        blocks.append(TextBlock(f"Source: {source}{copied}", BlockStyle.SOURCE))
    elif metadata.archive:
        blocks.append(TextBlock(f"Source: {metadata.archive}.", BlockStyle.SOURCE))
    else:
        blocks.append(TextBlock("No source recorded yet (File › Edit Description, Ctrl+E).", BlockStyle.SOURCE))
    return blocks


VIEW_DESCRIPTION = (
    "The document's text, paragraph by paragraph. Ctrl+Down and Ctrl+Up go to the next and the previous "
    "paragraph; Ctrl+Shift+Down selects to the end of the next one."
)


class DocumentPane(QWidget):
    """Shows one document; emits the ¶ number at the top of the view as the reader scrolls."""

    position_changed = Signal(int)
    scrolled = Signal()  # the reader moved through the text (by any means)
    activated = Signal()  # the reader is working in this pane now
    hovered_paragraph = Signal(int)  # ¶ under the mouse, 0 for none
    term_chosen = Signal(str)
    document_shown = Signal()  # a (new or changed) text is on the page
    note_mark_clicked = Signal(int)  # the character offset of a noted passage whose margin mark was clicked
    menu_requested = Signal(QMenu)
    reread_requested = Signal(int, int)  # document, page: read that page of a scan again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentPane")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)  # the text, and a scan's pages beside it
        self.splitter.setChildrenCollapsible(False)
        self.view = DocumentView(self.splitter)
        self.view.setAccessibleDescription(VIEW_DESCRIPTION)
        self.splitter.addWidget(self.view)
        self.facsimile: FacsimileLink | None = None  # made when a document with page images is shown
        self._page_source: PageSource | None = None
        self._noted: list[tuple[int, int, str]] = []  # the passages notes quote, as last marked
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.find_bar)
        self._document: DocumentDetail | None = None
        self._matches: list[TextMatch] = []
        self._current = -1
        self.find_bar.query_changed.connect(self._search)
        self.find_bar.next_requested.connect(self.find_next)
        self.find_bar.previous_requested.connect(self.find_previous)
        self.find_bar.closed.connect(self._on_find_closed)
        self.view.position_changed.connect(self.position_changed.emit)
        self.view.verticalScrollBar().valueChanged.connect(self._on_value_changed)
        self.view.focused.connect(self.activated.emit)
        self.view.clicked_block.connect(self._on_clicked)
        self.view.hovered_block.connect(lambda index: self.hovered_paragraph.emit(self.paragraph_at_block(index)))
        self.view.term_chosen.connect(self.term_chosen.emit)
        self.view.menu_requested.connect(self.menu_requested.emit)
        self.view.note_mark_clicked.connect(lambda index: self.note_mark_clicked.emit(self.offset_of((index, 0))))
        self._text = PageText()
        self._current_paragraph = 0
        self._terms: list[TextMatch] = []
        self._current_term = -1
        self._compact = False

    def _on_value_changed(self, _value: int) -> None:
        if not self.view.is_keeping_place():  # the view keeping the place after a resize is not the reader moving
            self.scrolled.emit()

    @property
    def document(self) -> DocumentDetail | None:
        return self._document

    @property
    def document_id(self) -> int | None:
        return self._document.id if self._document else None

    def set_compact(self, compact: bool) -> None:
        """Side by side, the page starts with the text (the pane's title line names it); alone, with the typeset
        heading. The reader stays at the paragraph they were reading."""
        if compact == self._compact:
            return
        self._compact = compact
        if self._document is not None:
            position, current = self.reading_position(), self._current_paragraph
            with self.view.keeping_place():
                self.show_document(self._document)
                self.scroll_to_reading_position(max(0.0, position) if compact else position)
            self._current_paragraph = current

    @property
    def compact(self) -> bool:
        return self._compact

    def show_document(self, document: DocumentDetail) -> None:
        self._document = document
        self._current_paragraph = 0
        self._terms, self._current_term = [], -1
        header = [] if self._compact else header_blocks(document.metadata)
        notes = notes_by_paragraph(document.footnotes)
        if None in notes and header:  # the heading's notes (an edition's source note) go under the source line
            header[-1] = replace(header[-1], notes=notes[None])
        self._text = PageText(len(header), document)
        body = [styled(block, notes.get(block.number, ()) if block.number else ()) for block in self._text.blocks]
        self.view.setAccessibleName(f"Text of {short_title_of(document.metadata)}")
        self.view.set_blocks(header + body)
        self._mark_doubtful(document)
        self._show_pages(document)
        if self.find_bar.isVisible() and self.find_bar.query():
            self._search(self.find_bar.query())
        self.document_shown.emit()

    @property
    def _header_count(self) -> int:
        return self._text.header

    # -- a scan's page images ---------------------------------------------------------------------------
    def set_page_source(self, source: PageSource) -> None:
        """Where page images and their words are read from (the library's pages)."""
        self._page_source = source
        document = self._document
        if document is not None and not document.pages:  # shown before the library opened: read only the text
            pages = source.pages(document.id)
            if pages:
                self._document = document = replace(document, pages=pages, doubtful=source.doubtful(document.id))
                self._mark_doubtful(document)
        if document is not None:
            self._show_pages(document)

    def _mark_doubtful(self, document: DocumentDetail) -> None:
        doubtful: dict[int, list[tuple[int, int]]] = {}
        for span in document.doubtful:
            doubtful.setdefault(self.block_of(span.paragraph), []).append((span.start, span.end))
        self.view.decorations.set_doubtful(doubtful)

    def _show_pages(self, document: DocumentDetail) -> None:
        if document.pages and self._page_source is not None and self.facsimile is None:
            self.facsimile = FacsimileLink(self, self._page_source)
        if self.facsimile is not None:
            self.facsimile.show(document)
            self.facsimile.note_passages(self._noted)

    def page_mode(self) -> PageMode:
        return self.facsimile.mode if self.facsimile is not None else PageMode.OFF

    def set_page_mode(self, mode: PageMode) -> None:
        """The page images beside the text, instead of it, or not at all (for a document that has them)."""
        if self.facsimile is not None:
            self.facsimile.set_mode(mode)

    def paragraph_count(self) -> int:
        return self._text.count if self._document else 0

    def scroll_to_paragraph(self, number: int, fraction: float = 0.0) -> None:
        """Bring ¶`number` to the top of the view."""
        if self._document and self._text.count:
            self.view.scroll_to_block(self._text.page_block_of(number), fraction)

    def scroll_to_block(self, position: int) -> None:
        """Bring the text's block at `position` (counted from 1: a heading, a dateline, a paragraph) into view."""
        if self._document and self._text.blocks:
            self.view.scroll_to_block(self._header_count + max(0, min(position, len(self._text.blocks)) - 1))

    def top_paragraph(self) -> int:
        index, _ = self.view.top_block()
        return max(1, min(self._text.next_number(index), self._text.count)) if self._document else 0

    # -- paragraphs and reading positions --------------------------------------------------------------
    def paragraph_at_block(self, index: int) -> int:
        """The ¶ number of page block `index`, 0 for the header, a heading or a dateline."""
        return self._text.number_at(index) if self._document else 0

    def block_of(self, number: int) -> int:
        return self._text.page_block_of(number)

    def reading_position(self) -> float:
        """Where the reader is: 0 at the top of ¶1, 2.5 halfway through ¶3; -1..0 within the header."""
        return self._text.reading_position(self.view.block_position())

    def scroll_to_reading_position(self, position: float) -> None:
        block = self._text.page_position(position)
        self.view.scroll_to_block(int(block), block - int(block))

    def paragraph_extent(self, number: int) -> tuple[float, float]:
        """Top and bottom of ¶`number` in the pane's coordinates."""
        top, bottom = self.view.block_extent(self.block_of(number))
        offset = self.view.viewport().mapTo(self, self.view.viewport().rect().topLeft()).y()
        return top + offset, bottom + offset

    def selected_paragraphs(self) -> ParagraphSpan | None:
        """The paragraphs the selection touches, else the one last clicked."""
        selection = self.view.selection_range()
        if selection is not None:
            last_block, last_char = selection[1]
            if last_char == 0 and last_block > selection[0][0]:
                last_block -= 1  # a selection ending at the very start of a paragraph does not take it in
            numbers = self._text.numbers_between(selection[0][0], last_block)
            if numbers:
                return ParagraphSpan(numbers[0], numbers[-1])
        if self._current_paragraph:
            return ParagraphSpan(self._current_paragraph, self._current_paragraph)
        return None

    def current_paragraph(self) -> int:
        return self._current_paragraph

    def set_current_paragraph(self, number: int) -> None:
        self._current_paragraph = number if 1 <= number <= self.paragraph_count() else 0

    def _on_clicked(self, index: int) -> None:
        self._current_paragraph = self.paragraph_at_block(index)
        self.activated.emit()

    def set_partner_paragraphs(self, numbers: set[int]) -> None:
        self.view.decorations.set_tinted({self.block_of(number) for number in numbers})

    # -- passages: character offsets into the text with its blocks joined by a blank line ---------------------
    def offset_of(self, position: tuple[int, int]) -> int:
        block, char = position
        blocks = self.view.blocks()
        return self._text.offset_of(block, char, len(blocks[-1].text) if blocks else 0)

    def position_of(self, offset: int) -> tuple[int, int]:
        return self._text.position_of(offset, [len(block.text) for block in self.view.blocks()])

    def selected_offsets(self) -> tuple[int, int] | None:
        """The selection as character offsets into the text (the header is not part of it)."""
        selection = self.view.selection_range()
        if selection is None or not self._text.starts:
            return None
        start, end = self.offset_of(selection[0]), self.offset_of(selection[1])
        return (start, end) if end > start else None

    def show_passage(self, start: int, end: int) -> None:
        """Select the passage and bring it into view."""
        first, last = self.position_of(start), self.position_of(end)
        self.view.select_range(first, last)
        self.view.ensure_visible(*first)
        self.set_current_paragraph(self.paragraph_at_block(first[0]))

    def set_noted_passages(self, passages: Sequence[tuple[int, int, str]]) -> None:
        """Mark the passages notes quote: (start, end, the note's title) each."""
        by_block: dict[int, list[tuple[int, int, str]]] = {}
        for start, end, title in passages:
            (first, first_char), (last, last_char) = self.position_of(start), self.position_of(end)
            for block in range(first, last + 1):
                length = len(self.view.blocks()[block].text)
                span = (first_char if block == first else 0, last_char if block == last else length)
                if span[1] > span[0]:
                    by_block.setdefault(block, []).append((*span, title))
        self.view.decorations.set_notes(by_block)
        self._noted = list(passages)
        if self.facsimile is not None:
            self.facsimile.note_passages(passages)

    # -- terms marked in every pane --------------------------------------------------------------------
    def mark_term(self, term: str) -> int:
        """Mark every occurrence of `term` (any case, any accents); returns how many there are."""
        self._terms = find_all([block.text for block in self.view.blocks()], term) if term else []
        self._current_term = -1
        self.view.decorations.set_terms(self._terms)
        return len(self._terms)

    def mark_words(self, words: Sequence[str], number: int | None = None, block: int | None = None) -> int:
        """Mark the words a search found (any case, any accents) and bring the first in ¶`number` (or in the
        text's block at `block`, counted from 1: a heading has no number) into view."""
        texts = [block.text for block in self.view.blocks()]
        found = sorted(
            {m for word in words if word for m in find_all(texts, word)}, key=lambda m: (m.block, m.start, -m.end)
        )
        self._terms = []
        for match in found:  # a word found inside another ("semlegesség" in "semlegességét") is marked once
            last = self._terms[-1] if self._terms else None
            if last is None or last.block != match.block or match.start >= last.end:
                self._terms.append(match)
        self._current_term = -1
        self.view.decorations.set_terms(self._terms)
        page_block = None
        if number:
            self.scroll_to_paragraph(max(1, number))
            self.set_current_paragraph(number)
            page_block = self.block_of(number)
        elif block:
            self.scroll_to_block(block)
            page_block = self._header_count + block - 1
        if page_block is not None:
            first = next((m for m in self._terms if m.block == page_block), None)
            if first is not None:
                self.view.ensure_visible(first.block, first.start)
        return len(self._terms)

    def step_term(self, delta: int) -> int:
        """Go to the next (or previous) marked term; returns its 1-based index, 0 if there are none."""
        if not self._terms:
            return 0
        if self._current_term < 0:
            top, _ = self.view.top_block()
            after = [i for i, match in enumerate(self._terms) if match.block >= top]
            self._current_term = (after[0] if after else 0) if delta > 0 else ((after[0] - 1) if after else -1)
            self._current_term %= len(self._terms)
        else:
            self._current_term = (self._current_term + delta) % len(self._terms)
        match = self._terms[self._current_term]
        self.view.ensure_visible(match.block, match.start)
        return self._current_term + 1

    def set_reading_font(self, font: QFont) -> None:
        self.view.set_base_font(font)

    def set_colors(self, colors: ReaderColors) -> None:
        self.view.set_colors(colors)

    # -- find ---------------------------------------------------------------------------------------
    def open_find(self) -> None:
        self.find_bar.open_bar()
        if self.find_bar.query():
            self._search(self.find_bar.query())

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def match_count(self) -> int:
        return len(self._matches)

    def _search(self, query: str) -> None:
        self._matches = find_all([block.text for block in self.view.blocks()], query)
        self._current = self._first_match_in_view() if self._matches else -1
        self.view.set_matches(self._matches, self._current)
        self.find_bar.set_count(self._current + 1, len(self._matches))

    def _first_match_in_view(self) -> int:
        top, _ = self.view.top_block()
        return next((i for i, match in enumerate(self._matches) if match.block >= top), 0)

    def _step(self, delta: int) -> None:
        if not self._matches:
            return
        self._current = (self._current + delta) % len(self._matches)
        self.view.set_current_match(self._current)
        self.find_bar.set_count(self._current + 1, len(self._matches))

    def _on_find_closed(self) -> None:
        self._matches, self._current = [], -1
        self.view.set_matches([], -1)
        self.view.setFocus()
