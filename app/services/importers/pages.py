"""Text that comes in pages (PDF, or plain text with form feeds): running heads, page numbers, hyphenation and
paragraphs broken by a page are mended, and each paragraph keeps the page it begins on."""

from __future__ import annotations

import re
import statistics
from collections import Counter

from app.domain.text.paragraphs import normalize_paragraph

_SENTENCE_END = (".", "!", "?", ":", '"', "”", "»", ";")
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:\d{1,4}|[ivxlcdm]{1,7})[-–—\s]*$", re.IGNORECASE)


def _edge_key(line: str) -> str:
    """A page's edge line with its numbers and punctuation set aside (OCR may read a '·' as '-' on one page)."""
    return " ".join(re.sub(r"\d+", "#", re.sub(r"[^\w\s]", " ", line)).split())


def _edge_lines(pages: list[list[str]]) -> set[str]:
    """Running heads and feet: first or last lines that recur, digits aside, on many pages (on both of two)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        for line in {*lines[:2], *lines[-2:]}:
            counts[_edge_key(line)] += 1
    needed = 2 if len(pages) == 2 else max(3, len(pages) // 2)
    return {line for line, count in counts.items() if count >= needed}


def paragraphs_from_pages(pages: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """Paragraphs and the page label each begins on: hyphenated words and page-split paragraphs joined.

    Running heads and page numbers go; but never the whole text (a form of three identical pages is all
    'running heads'): where taking them away would leave nothing, the lines stay."""
    page_lines = [[line.strip() for line in text.replace("\r", "").split("\n")] for _label, text in pages]
    repeated = _edge_lines([[line for line in lines if line] for lines in page_lines])
    for heads, numbers in ((repeated, True), (set(), True), (set(), False)):
        found = _mended(pages, page_lines, heads, numbers)
        if found[0]:
            return found
    return [], []


def _mended(
    pages: list[tuple[str, str]], page_lines: list[list[str]], repeated: set[str], numbers: bool
) -> tuple[list[str], list[str]]:
    all_lengths = [len(line) for lines in page_lines for line in lines if line]
    typical = statistics.median(all_lengths) if all_lengths else 0
    paragraphs: list[str] = []
    labels: list[str] = []
    current = ""
    for (label, _text), lines in zip(pages, page_lines, strict=True):
        content = [line for line in lines if line]
        edges = {*content[:2], *content[-2:]}
        gap = False  # a blank line ends a paragraph only between two lines of text on the same page
        text_seen = False
        for line in lines:
            if line and line in edges and (_edge_key(line) in repeated or (numbers and _PAGE_NUMBER.match(line))):
                continue
            if not line:
                gap = text_seen
                continue
            if gap and current:
                paragraphs.append(current)
                current = ""
            gap, text_seen = False, True
            if not current:
                labels.append(label)
                current = line
            elif current.endswith("-") and len(current) > 1 and current[-2].isalpha() and line[:1].islower():
                current = current[:-1] + line  # a word hyphenated across lines
            else:
                current = f"{current} {line}"
            if line.endswith(_SENTENCE_END) and len(line) < 0.75 * typical:
                paragraphs.append(current)
                current = ""
        # At a page break, an unfinished paragraph carries on; a finished one ends here.
        if current and current.endswith(_SENTENCE_END):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    cleaned = [(normalize_paragraph(p), label) for p, label in zip(paragraphs, labels, strict=False)]
    kept = [(p, label) for p, label in cleaned if p]
    return [p for p, _ in kept], [label for _, label in kept]
