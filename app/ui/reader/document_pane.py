"""DocumentPane: one document typeset for reading, with its header and in-document find."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.documents import DocumentDetail, DocumentMetadata
from app.domain.find import TextMatch, find_all
from app.ui.reader.document_view import DocumentView
from app.ui.reader.find_bar import FindBar
from app.ui.reader.page_layout import BlockStyle, TextBlock
from app.ui.reader.style import ReaderColors


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

    @property
    def document(self) -> DocumentDetail | None:
        return self._document

    @property
    def document_id(self) -> int | None:
        return self._document.id if self._document else None

    def show_document(self, document: DocumentDetail) -> None:
        self._document = document
        header = header_blocks(document.metadata)
        self._header_count = len(header)
        body = [TextBlock(p.text, BlockStyle.BODY, p.number) for p in document.paragraphs]
        self.view.set_blocks(header + body)
        if self.find_bar.isVisible() and self.find_bar.query():
            self._search(self.find_bar.query())

    def paragraph_count(self) -> int:
        return len(self._document.paragraphs) if self._document else 0

    def scroll_to_paragraph(self, number: int, fraction: float = 0.0) -> None:
        """Bring ¶`number` to the top of the view."""
        if self._document and self._document.paragraphs:
            self.view.scroll_to_block(self._header_count + max(0, number - 1), fraction)

    def top_paragraph(self) -> int:
        index, _ = self.view.top_block()
        return max(1, index - self._header_count + 1) if self._document else 0

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
