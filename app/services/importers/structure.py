"""What every importer does once it has the blocks of a text: take its heading as the title (leaving it in the
text, as a heading), recognise a dateline at the top and read its place and date."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from app.domain.text.blocks import Block, BlockKind, BlockList
from app.domain.text.datelines import Dateline, read_dateline
from app.services.importers.base import MAX_TITLE_CHARS

TOP = 4  # how many blocks from the top a title or a dateline may be


@dataclass(frozen=True)
class Finished:
    blocks: BlockList
    title: str = ""
    dateline: Dateline | None = None

    @property
    def place(self) -> str:
        return self.dateline.place if self.dateline else ""

    @property
    def date_text(self) -> str:
        return self.dateline.date_text if self.dateline else ""


def _title(blocks: Sequence[Block]) -> str:
    """The text of the first heading near the top (of the highest level among them)."""
    top = [block for block in blocks[:TOP] if block.kind is BlockKind.HEADING]
    if not top:
        return ""
    best = min(top, key=lambda block: block.level or 1)
    return best.text if len(best.text) <= MAX_TITLE_CHARS else ""


def mark_dateline(blocks: BlockList) -> Dateline | None:
    """Make the first dateline near the top (a paragraph that is nothing but one) a dateline block; what it says."""
    for index, block in enumerate(blocks[:TOP]):
        if block.kind is BlockKind.DATELINE:
            return read_dateline(block.text)
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.EDITORIAL):
            return None
        if block.kind is BlockKind.HEADING and index == 0:
            continue
        found = read_dateline(block.text)
        if found is not None:
            blocks.replace_at(index, replace(block, kind=BlockKind.DATELINE, level=0, label=""))
            return found
        if block.kind is BlockKind.PARAGRAPH and index > 1:
            return None  # the text has begun
    return None


def _level(blocks: BlockList) -> None:
    """Headings' levels counted from the text's own highest (a page whose headings start at <h3> starts at 1)."""
    headings = [i for i in range(len(blocks)) if blocks.kind_of(i) is BlockKind.HEADING and blocks.level_of(i)]
    shift = min(blocks.level_of(i) for i in headings) - 1 if headings else 0
    for index in headings if shift > 0 else ():
        blocks.replace_at(index, replace(blocks[index], level=blocks.level_of(index) - shift))


def finish(blocks: Iterable[Block]) -> Finished:
    """The blocks with a dateline marked, the title their heading gives (it stays in the text) and the dateline."""
    ready = blocks if isinstance(blocks, BlockList) else BlockList(blocks)
    _level(ready)
    dateline = mark_dateline(ready)
    return Finished(ready, _title(ready), dateline)
