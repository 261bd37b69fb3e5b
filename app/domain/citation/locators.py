"""Where a passage is, for a citation: the printed page of its paragraph (or, unknown, the document's pages),
the source's own numbering where the passage has one (a resolution's 'op. para. 3', a telegram's point '2.'),
and Parallax's ¶ only when the reader asks for it."""

from __future__ import annotations

import re

from app.domain.citation.chicago import Locator
from app.domain.documents import DocumentDetail, DocumentKind
from app.domain.text.blocks import Block

_LABEL = re.compile(r"^\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]?\)?$")


def _number(label: str) -> str:
    """'3.' as '3', '(a)' as '(a)', '1)' as '1': a label as it is cited."""
    label = label.strip()
    found = _LABEL.fullmatch(label)
    if not found:
        return label.rstrip(".:")
    return f"({found.group(1)})" if label.startswith("(") else found.group(1)


def own_numbering(kind: DocumentKind, first: Block | None, last: Block | None) -> str:
    """The source's own number for a passage over `first`..`last` ('op. para. 3', 'paras. 2–3'), or ''."""
    if first is None or not first.label:
        return ""
    word = "op. para." if kind is DocumentKind.RESOLUTION else "para."
    start = _number(first.label)
    end = _number(last.label) if last is not None and last.label and last is not first else ""
    if end and end != start:
        return f"{word[:-1]}s. {start}–{end}"
    return f"{word} {start}"


def locator_for(document: DocumentDetail, first: int, last: int | None = None, *, parallax: bool = False) -> Locator:
    """The locator of ¶first (to ¶last) of a document, as the printed source would have it cited."""
    by_number = {block.number: block for block in document.text_blocks if block.number is not None}
    start, end = by_number.get(first), by_number.get(last if last is not None else first)
    return Locator(
        paragraph=first if parallax else None,
        paragraph_end=(last if last is not None and last != first else None) if parallax else None,
        page=start.page if start is not None else None,
        own=own_numbering(document.metadata.kind, start, end),
    )
