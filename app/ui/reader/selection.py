"""The reader's selection in a page of blocks: from an anchor to a cursor, each a (block, character) position."""

from __future__ import annotations

from collections.abc import Sequence

Position = tuple[int, int]  # (block index, character offset)


def word_bounds(text: str, char: int) -> tuple[int, int]:
    """The word around `char` (letters, digits, apostrophes and hyphens inside it)."""
    start = end = char
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] in "'’-"):
        end += 1
    return start, end


def snapped_to_words(anchor: Position, cursor: Position, texts: Sequence[str]) -> tuple[Position, Position]:
    """A dragged selection taken out to whole words: its first end back to the start of the word it is in, its
    last end on to the end of its word (so a passage never starts "clares the neutrality…"). The anchor stays
    the end the drag began at."""
    if anchor == cursor:
        return anchor, cursor
    first, last = min(anchor, cursor), max(anchor, cursor)
    start, end = first, last
    if 0 <= first[0] < len(texts) and _in_word(texts[first[0]], first[1]):  # inside a word: back to its start
        start = (first[0], word_bounds(texts[first[0]], first[1])[0])
    if 0 <= last[0] < len(texts) and _in_word(texts[last[0]], last[1] - 1):  # after part of a word: on to its end
        end = (last[0], word_bounds(texts[last[0]], last[1] - 1)[1])
    return (start, end) if anchor <= cursor else (end, start)


def _in_word(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] in "'’-")


class Selection:
    def __init__(self) -> None:
        self.anchor: Position | None = None
        self.cursor: Position | None = None

    def exists(self) -> bool:
        return self.anchor is not None and self.cursor is not None and self.anchor != self.cursor

    def ordered(self) -> tuple[Position, Position] | None:
        if self.anchor is None or self.cursor is None or self.anchor == self.cursor:
            return None
        return min(self.anchor, self.cursor), max(self.anchor, self.cursor)

    def span_in(self, index: int, length: int) -> tuple[int, int] | None:
        """The selected characters of block `index` (of `length` characters), if any."""
        ordered = self.ordered()
        if ordered is None:
            return None
        (first_block, first_char), (last_block, last_char) = ordered
        if not first_block <= index <= last_block:
            return None
        return (first_char if index == first_block else 0), (last_char if index == last_block else length)

    def text(self, texts: Sequence[str]) -> str:
        """The selected text, paragraphs separated by a blank line."""
        ordered = self.ordered()
        if ordered is None:
            return ""
        parts = []
        for index in range(ordered[0][0], ordered[1][0] + 1):
            span = self.span_in(index, len(texts[index]))
            if span is not None:
                parts.append(texts[index][span[0] : span[1]])
        return "\n\n".join(parts)
