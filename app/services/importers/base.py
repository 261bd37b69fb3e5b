"""What every importer returns, and the one error any of them may raise."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.domain.dates.historical import InvalidDateError
from app.domain.dates.written import parse_date_text
from app.domain.documents import Footnote, SourceCitation
from app.domain.errors import InvalidInputError

MAX_TEXT_BYTES = 50 * 1024 * 1024


class FileImportError(InvalidInputError):
    """A file that cannot be imported; the message is one line naming the reason."""


@dataclass(frozen=True)
class Extracted:
    """A file's text as paragraphs, with whatever metadata the file itself offers."""

    paragraphs: tuple[str, ...]
    original_format: str
    pages: tuple[str | None, ...] = ()
    title: str = ""
    author: str = ""
    date_text: str = ""
    language: str = ""
    url: str = ""
    encoding: str | None = None
    place: str = ""
    source: SourceCitation = field(default_factory=SourceCitation)
    footnotes: tuple[Footnote, ...] = ()
    detected_language: bool = False  # the file did not say its language: `language` was detected from the text


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


def guess_title(paragraphs: tuple[str, ...] | list[str]) -> str:
    """A short first paragraph without a closing full stop reads as a title."""
    if paragraphs and len(paragraphs[0]) <= 200 and not paragraphs[0].rstrip().endswith((".", ";", ",")):
        return paragraphs[0]
    return ""
