"""A document's text as printed: a sequence of blocks of a kind, of which only paragraphs carry ¶ numbers.

Headings, datelines, table rows, closers and editorial matter are kept, shown and searched, but they never take
a number, so the ¶ numbers follow the paragraphs as printed (list items and quotations stand as paragraphs).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum


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
    out: list[Block] = []
    count = 0
    for block in blocks:
        if block.kind.numbered:
            count += 1
            out.append(block if block.number == count else replace(block, number=count))
        else:
            out.append(block if block.number is None else replace(block, number=None))
    return out


def labelled(label: str, text: str) -> str:
    """A list item's text as printed, its label first ('1. Calls upon…'): the label is part of the text, so
    that it is searched, quoted and copied with it, and kept apart as well (`Block.label`) to be cited."""
    return f"{label} {text}" if label and text else (label or text)
