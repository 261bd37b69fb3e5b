"""PassageAnchor: a quoted passage held by its offsets and by its words, so it can be found again after edits.

Offsets count characters in the document's text with its paragraphs joined by a blank line (see `document_text`).
The quote keeps about 32 characters either side as context (as the W3C Web Annotation model's TextPosition and
TextQuote selectors do): when the text changes, the passage is looked for by its words, then approximately, and only
what cannot be placed is called orphaned.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain.alignment.links import ParagraphSpan
from app.domain.errors import InvalidInputError, NotFoundError
from app.domain.text.paragraphs import normalize_paragraph

CONTEXT_CHARS = 32
PARAGRAPH_SEPARATOR = "\n\n"
MAX_QUOTE_CHARS = 20_000
FUZZY_MIN_SCORE = 80.0  # how closely (0–100) an edited passage must still match its quote to be placed
FUZZY_MIN_CHARS = 8  # shorter quotes are only found exactly: a few letters match anywhere
SHORT_QUOTE_MIN_CONTEXT = 120.0  # and only where their context (two scores of 0–100) still largely agrees
_NEARBY = 4_000  # characters either side of the old place searched first
_EXACT_CANDIDATES = 2_000


class InvalidAnchorError(InvalidInputError):
    """A passage that cannot be anchored as asked; the message says why in one line."""


class AnchorState(StrEnum):
    PLACED = "placed"  # the quote is where the offsets say
    MOVED = "moved"  # found again after the text changed
    ORPHANED = "orphaned"  # not found: kept with its old quote for the user to re-attach


def document_text(paragraphs: Sequence[str]) -> str:
    return PARAGRAPH_SEPARATOR.join(paragraphs)


def paragraph_starts(paragraphs: Sequence[str]) -> list[int]:
    """The offset at which each paragraph begins in `document_text(paragraphs)`."""
    starts, offset = [], 0
    for text in paragraphs:
        starts.append(offset)
        offset += len(text) + len(PARAGRAPH_SEPARATOR)
    return starts


def blocks_of(starts: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """The first and last block (counted from 0) that the characters start..end touch."""
    first = max(0, bisect_right(starts, start) - 1)
    return first, max(first, bisect_right(starts, max(start, end - 1)) - 1)


def paragraphs_of(
    starts: Sequence[int], start: int, end: int, numbers: Sequence[int | None] | None = None
) -> ParagraphSpan | None:
    """The ¶ numbers of the paragraphs the characters start..end touch; None when they touch only blocks
    without one (a heading, a dateline). `numbers` holds each block's ¶ number (by default block i is ¶i+1)."""
    first, last = blocks_of(starts, start, end)
    if numbers is None:
        return ParagraphSpan(first + 1, last + 1)
    touched = [number for number in numbers[first : last + 1] if number is not None]
    return ParagraphSpan(touched[0], touched[-1]) if touched else None


@dataclass(frozen=True)
class PassageAnchor:
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""

    @classmethod
    def from_text(cls, text: str, start: int, end: int) -> PassageAnchor:
        """Anchor text[start:end], trimmed of surrounding whitespace; raises InvalidAnchorError if it cannot be."""
        anchor = cls._cut(text, start, end)
        if anchor is None:
            raise InvalidAnchorError("select some words of the text first")
        if anchor.end - anchor.start > MAX_QUOTE_CHARS:
            raise InvalidAnchorError(f"a passage can quote at most {MAX_QUOTE_CHARS:,} characters")
        return anchor

    @classmethod
    def _cut(cls, text: str, start: int, end: int) -> PassageAnchor | None:
        start, end = max(0, start), min(len(text), end)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return None
        before, after = text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]
        return cls(start, end, text[start:end], before, after)

    def located(self, text: str) -> tuple[PassageAnchor, AnchorState]:
        """This passage in `text` (perhaps a changed text): where it is now, or itself marked orphaned.

        Never raises: whatever the text, the answer is a place in it or the orphaned passage as it was.
        """
        if text[self.start : self.end] == self.quote:
            return self, AnchorState.PLACED
        found = self._exact(text) or self._approximate(text)
        placed = PassageAnchor._cut(text, *found) if found is not None else None
        if placed is None:
            return self, AnchorState.ORPHANED
        return placed, AnchorState.MOVED

    def _context_score(self, text: str, start: int, end: int) -> float:
        from rapidfuzz import fuzz  # loaded when a passage is looked for, not when a page is shown

        before = text[max(0, start - len(self.prefix)) : start]
        after = text[end : end + len(self.suffix)]
        score = 0.0
        if self.prefix:
            score += fuzz.ratio(before, self.prefix)
        if self.suffix:
            score += fuzz.ratio(after, self.suffix)
        return score

    def _exact(self, text: str) -> tuple[int, int] | None:
        """The occurrence of the quote whose context matches best, the nearest to the old place on a tie."""
        candidates: list[int] = []
        at = text.find(self.quote)
        while at >= 0 and len(candidates) < _EXACT_CANDIDATES:
            candidates.append(at)
            at = text.find(self.quote, at + 1)
        if not candidates:
            return None
        scores = {at: self._context_score(text, at, at + len(self.quote)) for at in candidates}
        best = max(candidates, key=lambda at: (scores[at], -abs(at - self.start)))
        if len(self.quote) < FUZZY_MIN_CHARS and scores[best] < SHORT_QUOTE_MIN_CONTEXT:
            return None  # a word or two found elsewhere, in other company, is not the same passage
        return best, best + len(self.quote)

    def _approximate(self, text: str) -> tuple[int, int] | None:
        """The stretch that still reads most like the quote: near the old place first, then anywhere."""
        if len(self.quote) < FUZZY_MIN_CHARS:
            return None
        reach = _NEARBY + len(self.quote)
        window_start = max(0, self.start - reach)
        windows = [(window_start, text[window_start : self.end + reach])]
        if len(windows[0][1]) < len(text):
            windows.append((0, text))
        from rapidfuzz import fuzz

        for offset, window in windows:
            match = fuzz.partial_ratio_alignment(self.quote, window, score_cutoff=FUZZY_MIN_SCORE)
            if match is not None:
                return _whole_words(text, offset + match.dest_start, offset + match.dest_end)
        return None


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a match that begins or ends inside a word to the whole word."""
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


class QuoteNotFoundError(NotFoundError):
    pass


class AmbiguousQuoteError(InvalidInputError, LookupError):
    pass


def find_quote(text: str, quote: str) -> tuple[int, int]:
    """The one place `quote` occurs in `text` (spacing as typed does not matter); raises if none or several."""
    wanted = normalize_paragraph(quote)
    if not wanted:
        raise QuoteNotFoundError("the quote is empty")
    start = text.find(wanted)
    if start < 0:
        raise QuoteNotFoundError(f"“{_short(wanted)}” is not in the text")
    again = text.find(wanted, start + 1)
    if again >= 0:
        count = text.count(wanted)
        raise AmbiguousQuoteError(f"“{_short(wanted)}” occurs {count} times: quote a few more words")
    return start, start + len(wanted)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
