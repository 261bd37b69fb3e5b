"""A document's text as printed: a sequence of blocks of a kind, of which only paragraphs carry ¶ numbers.

Headings, datelines, table rows, closers and editorial matter are kept, shown and searched, but they never take
a number, so the ¶ numbers follow the paragraphs as printed (list items and quotations stand as paragraphs).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import overload


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"  # with its level, 1 (the document's own heading) to 6
    DATELINE = "dateline"  # place, date, perhaps a time or a source line, above the text
    LIST_ITEM = "list item"  # with its label as printed ('1.', '(a)'), if any
    QUOTATION = "quotation"  # a block quotation
    TABLE_ROW = "table row"  # cells joined by ' | '
    CLOSER = "closer"  # a signature, a closing formula, the signer's office
    EDITORIAL = "editorial"  # the editors' matter: omission marks, '[Attachment]', bracketed remarks

    @property
    def numbered(self) -> bool:
        """Whether blocks of this kind take a ¶ number."""
        return self in NUMBERED

    @property
    def label(self) -> str:
        return self.value.capitalize()


NUMBERED = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTATION})
OMISSION = "[…]"  # how an editor's omission is shown where the source marks one


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a text; `number` is its ¶ number (None for blocks that take none, or before storing)."""

    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    page: str | None = None  # the printed page it begins on, where known
    level: int = 0  # a heading's level (1–6); a list item's or quotation's depth of nesting (0 outermost)
    label: str = ""  # a list item's own label ('1.', '(a)', 'A.'), with which its text begins
    number: int | None = None

    @property
    def numbered(self) -> bool:
        return self.kind.numbered


def paragraph_blocks(texts: Iterable[str], pages: Sequence[str | None] = ()) -> list[Block]:
    """Plain paragraphs (the page each begins on where given)."""
    return [Block(text, page=pages[index] if index < len(pages) else None) for index, text in enumerate(texts)]


def numbered(blocks: Iterable[Block]) -> list[Block]:
    """The blocks with ¶ numbers given from 1 to the paragraphs, list items and quotations, in order."""
    return list(numbering(blocks))


def numbering(blocks: Iterable[Block]) -> Iterator[Block]:
    """The blocks one by one, with their ¶ numbers (from 1, to the paragraphs, list items and quotations)."""
    count = 0
    for block in blocks:
        number = None
        if block.kind in NUMBERED:
            count += 1
            number = count
        # Made directly: dataclasses.replace costs several times as much, and a text may have millions.
        yield block if block.number == number else Block(block.text, block.kind, block.page, block.level,
                                                         block.label, number)  # fmt: skip


def labelled(label: str, text: str) -> str:
    """A list item's text as printed, its label first ('1. Calls upon…'): the label is part of the text, so
    that it is searched, quoted and copied with it, and kept apart as well (`Block.label`) to be cited."""
    return f"{label} {text}" if label and text else (label or text)


_KINDS = tuple(BlockKind)
_KIND_CODES = {kind: code for code, kind in enumerate(_KINDS)}


class BlockList(Sequence[Block]):
    """Blocks kept compactly: the texts in one string, the kinds and levels in bytes, pages and labels only where
    they change or are given. A text of millions of short paragraphs takes a few bytes a block beyond its words,
    where a list of Block objects would take a hundred and more; each Block is made when it is asked for."""

    CHUNK = 4096  # blocks whose texts are joined into one string

    def __init__(self, blocks: Iterable[Block] = ()) -> None:
        self._chunks: list[str] = []  # the texts of each CHUNK blocks, joined
        self._parts: list[str] = []  # the texts of the blocks not yet in a chunk
        self._ends = array("L")  # where each block's text ends in its chunk
        self._kinds = bytearray()
        self._levels = bytearray()
        self._labels: dict[int, str] = {}
        self._pages: list[tuple[int, str | None]] = []  # (first block, page) wherever the page changes
        self._numbers: dict[int, int] = {}  # ¶ numbers given by the source of the blocks, where given
        self._length = 0
        for block in blocks:
            self.append(block)

    def append(self, block: Block) -> None:
        index = len(self._kinds)
        if index and index % self.CHUNK == 0:
            self._chunks.append("".join(self._parts))
            self._parts, self._length = [], 0
        self._parts.append(block.text)
        self._length += len(block.text)
        self._ends.append(self._length)
        self._kinds.append(_KIND_CODES[block.kind])
        self._levels.append(min(255, max(0, block.level)))
        if block.label:
            self._labels[index] = block.label
        if not self._pages or self._pages[-1][1] != block.page:
            self._pages.append((index, block.page))
        if block.number is not None:
            self._numbers[index] = block.number

    def _chunk(self, number: int) -> str:
        if number == len(self._chunks):  # the last, still being filled
            self._chunks.append("".join(self._parts))
            self._parts = [self._chunks[-1]]
            self._chunks.pop()
            return self._parts[0]
        return self._chunks[number]

    def _page(self, index: int) -> str | None:
        low, high = 0, len(self._pages) - 1
        while low < high:  # the last change at or before `index`
            middle = (low + high + 1) // 2
            if self._pages[middle][0] <= index:
                low = middle
            else:
                high = middle - 1
        return self._pages[low][1] if self._pages else None

    def text_of(self, index: int) -> str:
        start = self._ends[index - 1] if index % self.CHUNK else 0
        return self._chunk(index // self.CHUNK)[start : self._ends[index]]

    def _block(self, index: int) -> Block:
        return Block(
            self.text_of(index), _KINDS[self._kinds[index]], self._page(index), self._levels[index],
            self._labels.get(index, ""), self._numbers.get(index),
        )  # fmt: skip

    def __len__(self) -> int:
        return len(self._kinds)

    @overload
    def __getitem__(self, index: int) -> Block: ...
    @overload
    def __getitem__(self, index: slice) -> list[Block]: ...
    def __getitem__(self, index: int | slice) -> Block | list[Block]:
        if isinstance(index, slice):
            return [self._block(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._block(index)

    def __iter__(self) -> Iterator[Block]:
        return (self._block(index) for index in range(len(self)))

    def replace_at(self, index: int, block: Block) -> None:
        """Another kind, level or label for block `index` (its text and page stay)."""
        self._kinds[index] = _KIND_CODES[block.kind]
        self._levels[index] = min(255, max(0, block.level))
        if block.label:
            self._labels[index] = block.label
        else:
            self._labels.pop(index, None)

    def kind_of(self, index: int) -> BlockKind:
        return _KINDS[self._kinds[index]]

    def level_of(self, index: int) -> int:
        return self._levels[index]

    def texts(self) -> Iterator[str]:
        return (self.text_of(index) for index in range(len(self)))
