"""Walking one TEI division into paragraphs, the page each begins on, and footnotes kept apart from the text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.documents import Footnote
from app.domain.text.paragraphs import normalize_paragraph

if TYPE_CHECKING:  # lxml is loaded only when a TEI file is read
    from lxml import etree

# Elements read as one paragraph each (when no other such element is inside them).
BLOCKS = frozenset({"p", "ab", "head", "item", "l", "row", "quote", "closer", "signed", "salute", "byline", "trailer"})
_STRUCTURE = BLOCKS | {"div", "list", "table", "lg"}
# Not part of the reading text: running heads and page furniture, pictures, struck-out words, the dateline's
# parts (shown in the heading), the alternatives a <choice> does not pick.
SKIPPED = frozenset({"fw", "figure", "facsimile", "del", "sic", "orig", "abbr", "teiHeader"})
WHOLE_TEXT = ""  # the level of division that makes the whole body one document
HEADING = frozenset({"opener"})  # its date and place become the document's; its notes go under the heading
_PREFERRED = ("corr", "reg", "expan")


def local_name(element: etree._Element) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


@dataclass(frozen=True)
class TeiDocument:
    """One document of an edition (or the whole text), ready to become a library document."""

    title: str
    date_edtf: str
    place: str
    number: str
    paragraphs: tuple[str, ...]
    pages: tuple[str | None, ...]
    footnotes: tuple[Footnote, ...] = ()
    page_span: str = ""  # '253' or '253–255'


def _holds_blocks(element: etree._Element) -> bool:
    for child in element:
        name = local_name(child)
        if name and name != "note" and (name in _STRUCTURE or _holds_blocks(child)):
            return True
    return False


def _note_text(note: etree._Element, parts: list[str]) -> None:
    parts.append(note.text or "")
    for child in note:
        name = local_name(child)
        if name in ("lb", "cb", "pb") or name in _STRUCTURE:
            parts.append(" ")
        if name and name not in SKIPPED:
            _note_text(child, parts)
        parts.append(child.tail or "")


class DocumentReader:
    """Reads blocks in document order, keeping track of the page (`pb/@n`) in effect."""

    def __init__(self, page: str | None) -> None:
        self.page = page
        self._last_page = page
        self.paragraphs: list[str] = []
        self.pages: list[str | None] = []
        self.footnotes: list[Footnote] = []
        self._pending: list[tuple[str, str]] = []
        self._unnumbered = 0

    def read(self, element: etree._Element, title: etree._Element | None) -> None:
        for child in element:
            name = local_name(child)
            if not name or name in SKIPPED:
                continue
            if child is title or name in HEADING:
                self._heading(child)
            elif name == "pb":
                self._page_break(child)
            elif name == "note":
                self._pending.append(self._note(child))
                self._settle(len(self.paragraphs) or None)  # under the paragraph before it
            elif name in BLOCKS and not _holds_blocks(child):
                self._paragraph(child)
            else:
                self.read(child, None)

    def _page_break(self, pb: etree._Element) -> None:
        self.page = pb.get("n") or self.page

    def _note(self, note: etree._Element) -> tuple[str, str]:
        label = note.get("n")
        if not label:
            self._unnumbered += 1
            label = str(self._unnumbered)
        parts: list[str] = []
        _note_text(note, parts)
        return label, normalize_paragraph("".join(parts))

    def _settle(self, paragraph: int | None) -> None:
        self.footnotes.extend(Footnote(paragraph, label, text) for label, text in self._pending if text)
        self._pending.clear()

    def _heading(self, element: etree._Element) -> None:
        """Notes on the title or the dateline go under the heading; page breaks in them still count."""
        for child in element:
            name = local_name(child)
            if name == "note":
                self._pending.append(self._note(child))
            elif name == "pb":
                self._page_break(child)
            elif name:
                self._heading(child)
        self._settle(None)

    def _paragraph(self, element: etree._Element) -> None:
        parts: list[str] = []
        starts_on = self.page
        self._inline(element, parts)
        text = normalize_paragraph("".join(parts))
        if text:
            self.paragraphs.append(text)
            self.pages.append(starts_on)
            self._last_page = self.page
        self._settle(len(self.paragraphs) or None)

    def _inline(self, element: etree._Element, parts: list[str]) -> None:
        parts.append(element.text or "")
        for child in element:  # entities are never expanded: they are not elements, and only their tail is read
            name = local_name(child)
            if name == "note":
                self._pending.append(self._note(child))
            elif name in ("lb", "cb", "pb"):
                if name == "pb":
                    self._page_break(child)
                parts.append("" if child.get("break") == "no" else " ")
            elif name == "choice":  # the corrected, regularised or expanded reading where there is one
                readings = [c for c in child if local_name(c)]
                chosen = next((c for wanted in _PREFERRED for c in readings if local_name(c) == wanted), None)
                if chosen is not None or readings:
                    self._inline(chosen if chosen is not None else readings[0], parts)
            elif name == "gap":
                parts.append(" […] ")
            elif name and name not in SKIPPED:
                if name == "cell" and child.getprevious() is not None:
                    parts.append(" | ")
                self._inline(child, parts)
            parts.append(child.tail or "")

    def document(self, *, title: str, date_edtf: str, place: str, number: str) -> TeiDocument:
        first = next((page for page in self.pages if page), None)
        last = self._last_page or first
        span = "" if first is None else (first if last in (None, first) else f"{first}–{last}")
        return TeiDocument(
            title=title,
            date_edtf=date_edtf,
            place=place,
            number=number,
            paragraphs=tuple(self.paragraphs),
            pages=tuple(self.pages),
            footnotes=tuple(self.footnotes),
            page_span=span,
        )
