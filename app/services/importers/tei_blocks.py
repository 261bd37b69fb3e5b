"""Walking one TEI division into blocks in document order, the page each begins on, and footnotes kept apart.

Mixed content is read in order and nothing is lost: the words a paragraph has before a list or a quotation it
holds are a block of their own, and so are those after it; an item's label leads its text; a closer keeps the
lines after its signature; an omission the editors mark between paragraphs is shown as one ('[…]'). What
Parallax does not know is kept as a paragraph, and counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.domain.documents import Footnote
from app.domain.text.blocks import OMISSION, Block, BlockKind, labelled
from app.domain.text.paragraphs import normalize_paragraph
from app.services.importers.tei_markup import (
    BLOCKS,
    BREAKS,
    CONTAINERS,
    INLINE,
    SKIPPED,
    chosen_reading,
    holds_blocks,
    is_block_quote,
    local_name,
)

if TYPE_CHECKING:  # lxml is loaded only when a TEI file is read
    from lxml import etree

WHOLE_TEXT = ""  # the level of division that makes the whole body one document

__all__ = ["WHOLE_TEXT", "DocumentReader", "TeiDocument", "local_name"]


@dataclass(frozen=True)
class TeiDocument:
    """One document of an edition (or the whole text), ready to become a library document."""

    title: str
    date_edtf: str
    place: str
    number: str
    blocks: tuple[Block, ...]
    footnotes: tuple[Footnote, ...] = ()
    page_span: str = ""  # '253' or '253–255'
    unplaced: int = 0  # blocks of elements Parallax does not know, kept as paragraphs

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The text of every block, in order."""
        return tuple(block.text for block in self.blocks)


@dataclass
class _Frame:
    kind: BlockKind
    level: int = 0
    label: str = ""
    parts: list[str] = field(default_factory=list)
    page: str | None = None
    unknown: bool = False
    title: bool = False  # the document's own heading: its notes go under the heading


class DocumentReader:
    """Reads blocks in document order, keeping track of the page (`pb/@n`) in effect."""

    def __init__(self, page: str | None) -> None:
        self.page = page
        self._last_page = page
        self.blocks: list[Block] = []
        self.footnotes: list[Footnote] = []
        self.unplaced = 0
        self._count = 0  # ¶ numbers given so far
        self._pending: list[tuple[str, str]] = []
        self._unnumbered = 0
        self._frames: list[_Frame] = []
        self._quotes = 0
        self._lists = 0
        self._label = ""  # a list's <label>, waiting for its item

    # -- blocks ----------------------------------------------------------------------------------------------
    def _open(
        self, kind: BlockKind, *, level: int = 0, label: str = "", unknown: bool = False, title: bool = False
    ) -> None:
        self._flush()
        self._frames.append(_Frame(kind, level, label, page=self.page, unknown=unknown, title=title))

    def _close(self) -> None:
        self._flush()
        self._frames.pop()

    def _flush(self) -> None:
        """Make what the innermost frame has gathered a block; notes met on the way go under it."""
        frame = self._frames[-1]
        text = normalize_paragraph("".join(frame.parts))
        frame.parts.clear()
        page, frame.page = frame.page, self.page
        if not text:
            self._settle(None if frame.title else self._count or None)
            return
        label = frame.label
        if frame.kind is BlockKind.LIST_ITEM:
            text, frame.label = labelled(label, text), ""
        number = None
        if frame.kind.numbered:
            self._count += 1
            number = self._count
        self.blocks.append(Block(text, frame.kind, page, frame.level, label, number))
        self.unplaced += frame.unknown
        self._last_page = self.page
        self._settle(None if frame.title else self._count or None)

    def _text(self, text: str | None) -> None:
        if text:
            self._frames[-1].parts.append(text)

    def _gathering(self) -> bool:
        """Whether the innermost frame has words of its own so far (then a <gap> or an unknown element is read
        as part of them, not as a block)."""
        return bool("".join(self._frames[-1].parts).strip())

    # -- notes -----------------------------------------------------------------------------------------------
    def _settle(self, paragraph: int | None) -> None:
        self.footnotes.extend(Footnote(paragraph, label, text) for label, text in self._pending if text)
        self._pending.clear()

    def _note(self, note: etree._Element) -> None:
        label = note.get("n")
        if not label:
            self._unnumbered += 1
            label = str(self._unnumbered)
        parts: list[str] = []
        _note_text(note, parts)
        self._pending.append((label, normalize_paragraph("".join(parts))))

    # -- the walk ----------------------------------------------------------------------------------------------
    def read(self, element: etree._Element, title: etree._Element | None) -> None:
        """Read the children of `element` (a division or a body); `title` is the head that names the document.
        Words written straight into the division (where TEI has none) are kept as paragraphs, and counted."""
        self._frames.append(_Frame(BlockKind.PARAGRAPH, page=self.page, unknown=True))
        self._text(element.text)
        for child in element:
            self._element(child, title, container=True)
            self._text(child.tail)
        self._close()
        self._settle(self._count or None)

    def _element(self, element: etree._Element, title: etree._Element | None, *, container: bool) -> None:
        """Read one element; `container`: it stands among blocks (in a division, a list, a quotation)."""
        name = local_name(element)
        if name and name not in SKIPPED and not self._mark(element, name, title, container):
            self._structure(element, name, title, container)

    def _mark(self, element: etree._Element, name: str, title: etree._Element | None, container: bool) -> bool:
        """Notes, breaks, omissions, labels and choices; False for anything else."""
        if name == "note":
            if element.get("place") == "inline" or element.get("rend") == "inline":
                self._block(element, BlockKind.EDITORIAL, title)  # printed in the text ('[Attachment]')
            else:
                self._note(element)
            return True
        if name in BREAKS:
            self._break(element, name, container)
            return True
        if name == "gap":
            if container and not self._gathering():
                self._omission()
            else:
                self._text(f" {OMISSION} ")
            return True
        if name == "label" and container and self._lists:
            self._label = normalize_paragraph("".join(_plain_words(element)))
            return True
        if name == "choice":
            reading = chosen_reading(element)
            if reading is not None:
                self._element(reading, title, container=False)
            return True
        return False

    def _break(self, element: etree._Element, name: str, container: bool) -> None:
        if name == "pb":
            self.page = element.get("n") or self.page
        if container:
            return
        if name == "lb" and self._frames[-1].kind is BlockKind.CLOSER:
            self._flush()  # a closer's lines: the signature, then the office
        else:
            self._text("" if element.get("break") == "no" else " ")

    def _structure(self, element: etree._Element, name: str, title: etree._Element | None, container: bool) -> None:
        """Quotations, lists, blocks, containers, and the words of everything else."""
        if name == "quote" and is_block_quote(element, container):
            self._quotes += 1
            self._block(element, BlockKind.QUOTATION, title, level=self._quotes - 1)
            self._quotes -= 1
            return
        if name == "list":
            self._lists += 1
            self._container(element, title)
            self._lists -= 1
            return
        if name in BLOCKS:
            self._known_block(element, name, title)
            return
        if name in CONTAINERS or (name not in INLINE and holds_blocks(element)):
            self._container(element, title)
            return
        if name not in INLINE and container and not self._gathering():
            self._block(element, BlockKind.PARAGRAPH, title, unknown=True)
            return
        self._inline(element, title)

    def _known_block(self, element: etree._Element, name: str, title: etree._Element | None) -> None:
        kind = BLOCKS[name]
        level = 0
        label = ""
        if kind is BlockKind.HEADING:
            level = 1 if element is title else (3 if self._lists else 2)
        elif kind is BlockKind.LIST_ITEM:
            label = self._label or normalize_paragraph(element.get("n") or "")
            self._label = ""
            level = max(0, self._lists - 1)
        elif self._quotes and kind is BlockKind.PARAGRAPH:
            kind, level = BlockKind.QUOTATION, self._quotes - 1
        elif self._frames and self._frames[-1].kind is BlockKind.LIST_ITEM and kind is BlockKind.PARAGRAPH:
            kind, level = BlockKind.LIST_ITEM, self._frames[-1].level
            label, self._frames[-1].label = self._frames[-1].label, ""
        if kind is BlockKind.CLOSER and self._frames and self._frames[-1].kind is BlockKind.CLOSER:
            self._inline(element, title)  # a <signed> in a <closer>: part of the closer's line
            return
        self._block(element, kind, title, level=level, label=label, is_title=element is title)

    def _block(
        self,
        element: etree._Element,
        kind: BlockKind,
        title: etree._Element | None,
        *,
        level: int = 0,
        label: str = "",
        unknown: bool = False,
        is_title: bool = False,
    ) -> None:
        self._open(kind, level=level, label=label, unknown=unknown, title=is_title)
        self._text(element.text)
        for child in element:
            if local_name(child) == "l" and child.getprevious() is not None and local_name(child.getprevious()) == "l":
                self._text(" / ")
            if local_name(child) == "cell" and child.getprevious() is not None:
                self._text(" | ")
            self._element(child, title, container=False)
            self._text(child.tail)
        self._close()

    def _container(self, element: etree._Element, title: etree._Element | None) -> None:
        """A container inside a block (a list in a paragraph) or among blocks: words of its own make blocks of
        the kind around it (in a list item, more of the item)."""
        outer = self._frames[-1]
        self._flush()
        kind = BlockKind.PARAGRAPH if outer.kind in (BlockKind.HEADING, BlockKind.CLOSER) else outer.kind
        unknown = local_name(element) not in CONTAINERS or outer.unknown
        self._frames.append(_Frame(kind, outer.level, "", page=self.page, unknown=unknown))
        self._text(element.text)
        for child in element:
            self._element(child, title, container=True)
            self._text(child.tail)
        self._close()

    def _omission(self) -> None:
        self._flush()
        self.blocks.append(Block(OMISSION, BlockKind.EDITORIAL, self.page))

    def _inline(self, element: etree._Element, title: etree._Element | None) -> None:
        self._text(element.text)
        for child in element:
            self._element(child, title, container=False)
            self._text(child.tail)

    def document(self, *, title: str, date_edtf: str, place: str, number: str) -> TeiDocument:
        first = next((block.page for block in self.blocks if block.page), None)
        last = self._last_page or first
        span = "" if first is None else (first if last in (None, first) else f"{first}–{last}")
        return TeiDocument(
            title=title,
            date_edtf=date_edtf,
            place=place,
            number=number,
            blocks=tuple(self.blocks),
            footnotes=tuple(self.footnotes),
            page_span=span,
            unplaced=self.unplaced,
        )


def _plain_words(element: etree._Element) -> list[str]:
    parts: list[str] = []
    _note_text(element, parts)
    return parts


def _note_text(note: etree._Element, parts: list[str]) -> None:
    """A note's words (blocks in it separated by a space), all of them, in order."""
    parts.append(note.text or "")
    for child in note:
        name = local_name(child)
        if name in BREAKS or name in BLOCKS or name in CONTAINERS or name == "quote":
            parts.append(" ")
        if name == "choice":
            reading = chosen_reading(child)
            if reading is not None:
                _note_text(reading, parts)
        elif name == "gap":
            parts.append(f" {OMISSION} ")
        elif name and name not in SKIPPED:
            _note_text(child, parts)
        parts.append(child.tail or "")
