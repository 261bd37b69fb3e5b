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
