"""A document's blocks as the page sets them, and the ways between the page's blocks, the text's blocks, ¶ numbers
and character offsets (which count every block of the text, joined by a blank line, as passages do)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from app.domain.documents import DocumentDetail
from app.domain.notes.anchors import paragraph_starts
from app.domain.text.blocks import Block, BlockKind
from app.ui.reader.page_layout import BlockStyle, TextBlock

_HEADINGS = {1: BlockStyle.HEADING, 2: BlockStyle.SUBHEADING}
_STYLES = {
    BlockKind.DATELINE: BlockStyle.DATELINE,
    BlockKind.QUOTATION: BlockStyle.QUOTATION,
    BlockKind.CLOSER: BlockStyle.CLOSER,
    BlockKind.EDITORIAL: BlockStyle.EDITORIAL,
}
LIST_INDENT = 1.5  # ems a list item is set in, for each level of nesting
QUOTE_INDENT = 1.0  # ems more for a quotation inside a quotation or a list


def styled(block: Block, notes: tuple[str, ...] = ()) -> TextBlock:
    """How one block of the text is set: headings as headings, a dateline small, a list item with its label
    hanging, a quotation set in, a signature to the right, the editors' matter in italics."""
    if block.kind is BlockKind.HEADING:
        style = _HEADINGS.get(block.level, BlockStyle.MINOR_HEADING)
        return TextBlock(block.text, style, block.number, notes)
    if block.kind is BlockKind.LIST_ITEM:
        hanging = block.label if block.label and block.text.startswith(block.label) else ""
        return TextBlock(block.text, BlockStyle.BODY, block.number, notes, LIST_INDENT * (block.level + 1), hanging)
    style = _STYLES.get(block.kind, BlockStyle.BODY)
    indent = QUOTE_INDENT * block.level if block.kind is BlockKind.QUOTATION else 0.0
    return TextBlock(block.text, style, block.number, notes, indent)


class PageText:
    """The page's blocks: the header (title, description, source) first, then every block of the text."""

    def __init__(self, header: int = 0, document: DocumentDetail | None = None) -> None:
        self.header = header
        self.blocks: tuple[Block, ...] = document.text_blocks if document is not None else ()
        self.starts = paragraph_starts([block.text for block in self.blocks])
        self._index_of = {block.number: i for i, block in enumerate(self.blocks) if block.number is not None}
        self.count = len(self._index_of)  # how many numbered paragraphs

    def page_block_of(self, number: int) -> int:
        """The page block of ¶`number` (the nearest there is, for a number out of range)."""
        if not self._index_of:
            return self.header
        number = max(1, min(number, self.count))
        return self.header + self._index_of.get(number, 0)

    def number_at(self, page_block: int) -> int:
        """The ¶ number of a page block, 0 for the header or a block without one (a heading, a dateline)."""
        index = page_block - self.header
        if not 0 <= index < len(self.blocks):
            return 0
        return self.blocks[index].number or 0

    def numbers_between(self, first: int, last: int) -> list[int]:
        """The ¶ numbers of the page blocks first..last."""
        return [n for n in (self.number_at(i) for i in range(first, last + 1)) if n]

    def next_number(self, page_block: int) -> int:
        """The ¶ number of this page block, or of the first numbered one after it (count + 1 past the last)."""
        for index in range(max(0, page_block - self.header), len(self.blocks)):
            number = self.blocks[index].number
            if number:
                return number
        return self.count + 1

    def reading_position(self, position: float) -> float:
        """A position in page blocks as a position in paragraphs: 2.5 is halfway through ¶3; -1..0 in the header.
        In a heading or a dateline the reader is at the start of the paragraph after it."""
        if position < self.header:
            return -1.0 + position / max(1, self.header)
        block = int(position)
        number = self.number_at(block)
        if number:
            return number - 1 + (position - block)
        return float(self.next_number(block) - 1)

    def page_position(self, reading: float) -> float:
        """The inverse of `reading_position`: where on the page ¶-position `reading` is."""
        if reading >= 0 and self.count:
            reading = min(reading, self.count - 0.001)
            number = int(reading) + 1
            return self.page_block_of(number) + (reading - int(reading))
        return max(0.0, reading + 1.0) * self.header

    # -- offsets into the text --------------------------------------------------------------------------
    def offset_of(self, page_block: int, char: int, last_length: int) -> int:
        index = page_block - self.header
        if not self.starts or index < 0:
            return 0
        if index >= len(self.starts):
            return self.starts[-1] + last_length
        return self.starts[index] + char

    def position_of(self, offset: int, lengths: Sequence[int]) -> tuple[int, int]:
        """The page block and character of an offset into the text."""
        if not self.starts:
            return self.header, 0
        index = max(0, bisect_right(self.starts, offset) - 1)
        block = self.header + index
        length = lengths[block] if block < len(lengths) else 0
        return block, min(max(0, offset - self.starts[index]), length)
