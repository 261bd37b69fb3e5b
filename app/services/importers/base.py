"""What every importer returns, and the one error any of them may raise."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.dates.historical import InvalidDateError
from app.domain.dates.written import parse_date_text
from app.domain.documents import Footnote, SourceCitation
from app.domain.errors import InvalidInputError
from app.domain.pages import ScanText
from app.domain.text.blocks import Block

MAX_TEXT_BYTES = 50 * 1024 * 1024


def shown_name(path: Path) -> str:
    """A file's name as it can be shown and printed: bytes that are not valid UTF-8 in it (a name from another
    system) are written as \\xNN instead of breaking the line that names it."""
    return os.fsencode(path.name).decode("utf-8", "backslashreplace")


class FileImportError(InvalidInputError):
    """A file that cannot be imported; the message is one line naming the reason."""


@dataclass(frozen=True)
class Extracted:
    """A file's text as blocks (paragraphs, headings, a dateline, …), with whatever metadata the file offers."""

    blocks: Sequence[Block]  # a BlockList: compact, however many blocks there are
    original_format: str
    title: str = ""
    author: str = ""
    date_text: str = ""
    language: str = ""
    url: str = ""
    encoding: str | None = None
    place: str = ""
    source: SourceCitation = field(default_factory=SourceCitation)
    footnotes: tuple[Footnote, ...] = ()
    scan: ScanText | None = None  # a scan's pages and words, where the text was read from page images
    replaced: int = 0  # bytes that were not valid in the encoding used, each read as U+FFFD
    unplaced: int = 0  # blocks of markup Parallax did not recognise, kept as paragraphs
    description: str = ""
    kind: str = ""  # what the file says it is, where it says ('speech'), as a DocumentKind value
    detected_language: bool = False  # the file did not say its language: `language` was detected from the text

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The text of every block, in order."""
        return tuple(block.text for block in self.blocks)

    @property
    def pages(self) -> tuple[str | None, ...]:
        return tuple(block.page for block in self.blocks)

    def notices(self) -> list[str]:
        """What the reader should know about how the file was read, one sentence each."""
        said = []
        if self.replaced:
            bytes_ = "byte was" if self.replaced == 1 else "bytes were"
            said.append(f"read as {self.encoding or 'UTF-8'}: {self.replaced} {bytes_} not valid and shown as �")
        if self.unplaced:
            blocks = "block" if self.unplaced == 1 else "blocks"
            said.append(f"{self.unplaced} {blocks} of markup Parallax does not know kept as paragraphs")
        return said


_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?|január|február|március|április|május|június|július|augusztus|szeptember"
    r"|október|november|december|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
_DATE_IN_TEXT = re.compile(
    rf"\b(?:\d{{1,2}}\.?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"  # 1 November 1956, 1 ноября 1956
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}"  # November 1, 1956
    rf"|\d{{4}}\.\s*(?:{_MONTHS})\s+\d{{1,2}}\.?)",  # 1956. november 1.
    re.IGNORECASE,
)


def find_date(paragraphs: tuple[str, ...] | list[str], look_at: int = 6) -> str:
    """The first date written out in the opening paragraphs (a dateline), as typed there."""
    for paragraph in paragraphs[:look_at]:
        for match in _DATE_IN_TEXT.finditer(paragraph[:400]):
            try:
                parse_date_text(match.group(0))
            except InvalidDateError:
                continue
            return match.group(0)
    return ""


MAX_TITLE_CHARS = 400  # a title may be long (an edition's headings run to 300), but not a page
_SENTENCE_BREAK = re.compile(r"[.!?;]\s+[A-ZÁÉÍÓÖŐÚÜŰА-ЯЁ]")


def guess_title(paragraphs: tuple[str, ...] | list[str]) -> str:
    """A first paragraph that reads as a title: one line without a closing full stop and with no sentence ending
    inside it, however long, up to what a title can be. An address to the listeners ('Magyarország népe!',
    'Dear Mr. President:') is the text's first line, not its title."""
    first = paragraphs[0].strip() if paragraphs else ""
    if not first or len(first) > MAX_TITLE_CHARS or first.endswith((".", ";", ",", "!", ":")):
        return ""
    return "" if _SENTENCE_BREAK.search(first) else first
