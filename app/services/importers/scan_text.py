"""From the words Tesseract read on each page to numbered paragraphs, each word keeping its place in them.

The pages' words are written out as lines (a blank line between Tesseract's paragraphs and blocks) and put into
paragraphs by the same rules as a PDF's text (pages.py: running heads dropped, page numbers dropped but kept as
each paragraph's page, hyphenated words and paragraphs broken by a page joined); then each word is found again,
in order, in the paragraphs, which is where its box is linked to the text. Words that are not in the text
(a running head, a page number) keep their box and have no place.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.pages import OcrWord, Placement, ReadPage
from app.domain.text.paragraphs import normalize_paragraph
from app.services.importers.pages import paragraphs_from_pages

RESYNC_CHARS = 40  # how far ahead in its paragraph a word is looked for when it is not where expected


def page_text(words: Sequence[OcrWord]) -> str:
    """The words as lines of text, with a blank line wherever a new paragraph or block begins."""
    lines: list[str] = []
    current: list[str] = []
    line_key: tuple[int, int, int] | None = None
    for word in words:
        key = (word.block, word.par, word.line)
        if key != line_key:
            if current:
                lines.append(" ".join(current))
            if line_key is not None and key[:2] != line_key[:2]:
                lines.append("")
            current, line_key = [], key
        current.append(word.text)
    if current:
        lines.append(" ".join(current))
    return "\n".join(lines)


def text_layer_words(text: str) -> tuple[OcrWord, ...]:
    """A PDF page's own text (lines, blank lines between paragraphs) as words without boxes."""
    words: list[OcrWord] = []
    par, line = 1, 0
    for raw in text.split("\n"):
        if not raw.strip():
            par += 1
            continue
        line += 1
        words.extend(OcrWord(token, None, None, 1, par, line) for token in raw.split())
    return tuple(words)


def _find(paragraphs: Sequence[str], at: tuple[int, int], token: str) -> tuple[int, int, int] | None:
    """Where `token` comes next after `at` (paragraph, character): in this paragraph, or at the start of the next
    once this one is used up. A word hyphenated at a line's end is found without its hyphen."""
    number, cursor = at
    for _ in range(2):
        if number >= len(paragraphs):
            return None
        text = paragraphs[number]
        start = cursor
        while start < len(text) and text[start] == " ":
            start += 1
        for candidate in (token, token[:-1] if token.endswith("-") and len(token) > 1 else ""):
            if candidate and text.startswith(candidate, start):
                return number, start, start + len(candidate)
        if start < len(text):
            found = text.find(token, start, start + RESYNC_CHARS + len(token))
            if found > 0 and text[found - 1] == " ":
                return number, found, found + len(token)
            return None
        number, cursor = number + 1, 0
    return None


def place_words(pages: Sequence[ReadPage], paragraphs: Sequence[str]) -> list[Placement]:
    """Each word's paragraph (1-based) and characters in it, for the words that are in the text."""
    placements: list[Placement] = []
    at = (0, 0)
    for page_index, page in enumerate(pages):
        for word_index, word in enumerate(page.words):
            token = normalize_paragraph(word.text)
            found = _find(paragraphs, at, token) if token else None
            if found is None:
                continue
            number, start, end = found
            placements.append(Placement(page_index, word_index, number + 1, start, end))
            at = (number, end)
    return placements


def paragraphs_from_scan(pages: Sequence[ReadPage]) -> tuple[list[str], list[str], list[Placement]]:
    """The paragraphs of the pages, the page label each begins on, and where each word is in them."""
    paragraphs, labels = paragraphs_from_pages([(page.label, page_text(page.words)) for page in pages])
    return paragraphs, labels, place_words(pages, paragraphs)
