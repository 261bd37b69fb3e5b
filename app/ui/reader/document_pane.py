"""DocumentPane: one document typeset for reading, with its header and in-document find."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from app.domain.alignment.links import ParagraphSpan
from app.domain.documents import DocumentDetail, DocumentMetadata
from app.domain.notes.anchors import paragraph_starts
from app.domain.text.find import TextMatch, find_all
from app.ui.common.style import ReaderColors
from app.ui.reader.document_view import DocumentView
from app.ui.reader.find_bar import FindBar
from app.ui.reader.footnotes import notes_by_paragraph
from app.ui.reader.page_layout import BlockStyle, TextBlock


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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentPane")
        self.view = DocumentView(self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find_bar)
        self._document: DocumentDetail | None = None
        self._header_count = 0
        self._matches: list[TextMatch] = []
        self._current = -1
        self.find_bar.query_changed.connect(self._search)
        self.find_bar.next_requested.connect(self.find_next)
        self.find_bar.previous_requested.connect(self.find_previous)
        self.find_bar.closed.connect(self._on_find_closed)
        self.view.position_changed.connect(self.position_changed.emit)
        self.view.verticalScrollBar().valueChanged.connect(lambda _value: self.scrolled.emit())
        self.view.focused.connect(self.activated.emit)
        self.view.clicked_block.connect(self._on_clicked)
        self.view.hovered_block.connect(lambda index: self.hovered_paragraph.emit(self.paragraph_at_block(index)))
        self.view.term_chosen.connect(self.term_chosen.emit)
        self.view.menu_requested.connect(self.menu_requested.emit)
        self.view.note_mark_clicked.connect(lambda index: self.note_mark_clicked.emit(self.offset_of((index, 0))))
        self._starts: list[int] = []
        self._current_paragraph = 0
        self._terms: list[TextMatch] = []
        self._current_term = -1

    @property
    def document(self) -> DocumentDetail | None:
        return self._document

    @property
    def document_id(self) -> int | None:
        return self._document.id if self._document else None

    def show_document(self, document: DocumentDetail) -> None:
        self._document = document
        self._current_paragraph = 0
        self._terms, self._current_term = [], -1
        header = header_blocks(document.metadata)
        notes = notes_by_paragraph(document.footnotes)
        if None in notes:  # the heading's notes (an edition's source note) go under the source line
            header[-1] = replace(header[-1], notes=notes[None])
        self._header_count = len(header)
        body = [TextBlock(p.text, BlockStyle.BODY, p.number, notes.get(p.number, ())) for p in document.paragraphs]
        self._starts = paragraph_starts([p.text for p in document.paragraphs])
        self.view.set_blocks(header + body)
        if self.find_bar.isVisible() and self.find_bar.query():
            self._search(self.find_bar.query())
        self.document_shown.emit()

    def paragraph_count(self) -> int:
        return len(self._document.paragraphs) if self._document else 0

    def scroll_to_paragraph(self, number: int, fraction: float = 0.0) -> None:
        """Bring ¶`number` to the top of the view."""
        if self._document and self._document.paragraphs:
            self.view.scroll_to_block(self._header_count + max(0, number - 1), fraction)

    def top_paragraph(self) -> int:
        index, _ = self.view.top_block()
        return max(1, index - self._header_count + 1) if self._document else 0

    # -- paragraphs and reading positions --------------------------------------------------------------
    def paragraph_at_block(self, index: int) -> int:
        """The ¶ number of block `index`, 0 for the header or nothing."""
        return index - self._header_count + 1 if self._document and index >= self._header_count else 0

    def block_of(self, number: int) -> int:
        return self._header_count + number - 1

    def reading_position(self) -> float:
        """Where the reader is: 0 at the top of ¶1, 2.5 halfway through ¶3; -1..0 within the header."""
        position = self.view.block_position()
        if position >= self._header_count:
            return position - self._header_count
        return -1.0 + position / max(1, self._header_count)

    def scroll_to_reading_position(self, position: float) -> None:
        count = self.paragraph_count()
        if position >= 0 and count:
            position = min(position, count - 0.001)
            block = self._header_count + position
        else:
            block = max(0.0, position + 1.0) * self._header_count
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
            first = self.paragraph_at_block(selection[0][0]) or 1
            last_block, last_char = selection[1]
            if last_char == 0 and last_block > selection[0][0]:
                last_block -= 1  # a selection ending at the very start of a paragraph does not take it in
            last = self.paragraph_at_block(last_block)
            if last >= 1:
                return ParagraphSpan(first, max(first, last))
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

    # -- passages: character offsets into the text with its paragraphs joined by a blank line --------------
    def offset_of(self, position: tuple[int, int]) -> int:
        block, char = position
        paragraph = block - self._header_count
        if not self._starts or paragraph < 0:
            return 0
        if paragraph >= len(self._starts):
            return self._starts[-1] + len(self.view.blocks()[-1].text)
        return self._starts[paragraph] + char

    def position_of(self, offset: int) -> tuple[int, int]:
        paragraph = max(0, bisect_right(self._starts, offset) - 1)
        block = self._header_count + paragraph
        length = len(self.view.blocks()[block].text) if block < len(self.view.blocks()) else 0
        return block, min(max(0, offset - self._starts[paragraph]), length) if self._starts else 0

    def selected_offsets(self) -> tuple[int, int] | None:
        """The selection as character offsets into the text (the header is not part of it)."""
        selection = self.view.selection_range()
        if selection is None or not self._starts:
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

    # -- terms marked in every pane --------------------------------------------------------------------
    def mark_term(self, term: str) -> int:
        """Mark every occurrence of `term` (any case, any accents); returns how many there are."""
        self._terms = find_all([block.text for block in self.view.blocks()], term) if term else []
        self._current_term = -1
        self.view.decorations.set_terms(self._terms)
        return len(self._terms)

    def mark_words(self, words: Sequence[str], number: int | None = None) -> int:
        """Mark the words a search found (any case, any accents) and bring the first in ¶`number` into view."""
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
        if number:
            self.scroll_to_paragraph(max(1, number))
            self.set_current_paragraph(number)
            first = next((m for m in self._terms if m.block == self.block_of(number)), None)
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
