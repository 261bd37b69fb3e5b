"""Snippets: a few words of a text around the words a search matched, with those words marked."""

from __future__ import annotations

from collections.abc import Collection

from app.domain.language.word_forms import word_spans

SNIPPET_WORDS = 18


def marked_ranges(highlighted: str, start: str, end: str) -> list[tuple[int, int]]:
    """The character ranges, in the text without marks, that `highlighted` puts between `start` and `end`."""
    ranges: list[tuple[int, int]] = []
    plain = 0
    opened: int | None = None
    index = 0
    while index < len(highlighted):
        if highlighted.startswith(start, index):
            opened = plain
            index += len(start)
        elif highlighted.startswith(end, index):
            if opened is not None:
                ranges.append((opened, plain))
            opened = None
            index += len(end)
        else:
            plain += 1
            index += 1
    return ranges


def words_in_ranges(text: str, ranges: Collection[tuple[int, int]]) -> set[int]:
    """The numbers of the words of `text` that the character ranges touch."""
    return {
        number
        for number, (first, last) in enumerate(word_spans(text))
        if any(first < high and low < last for low, high in ranges)
    }


def snippet(text: str, marked: Collection[int], start: str, end: str, size: int = SNIPPET_WORDS) -> str:
    """About `size` words of `text` around its marked words (numbered from 0), those between `start` and `end`.

    The window is the one holding the most marked words, beginning where one of them does, so the reader sees
    the first best stretch; '…' stands for what is left out at either end.
    """
    spans = word_spans(text)
    if not spans:
        return text
    wanted = sorted(number for number in set(marked) if 0 <= number < len(spans))
    first = 0
    if wanted:
        best = -1
        for candidate in wanted:
            covered = sum(1 for number in wanted if candidate <= number < candidate + size)
            if covered > best:
                best, first = covered, candidate
        first = max(0, min(first - 2, len(spans) - size))  # a word or two of lead-in where there is room
    last = min(len(spans), first + size) - 1
    pieces = ["…" if first > 0 else ""]
    position = spans[first][0] if first > 0 else 0
    for number in range(first, last + 1):
        low, high = spans[number]
        pieces.append(text[position:low])
        word = text[low:high]
        pieces.append(f"{start}{word}{end}" if number in wanted else word)
        position = high
    if last == len(spans) - 1:
        pieces.append(text[position:])
    else:
        pieces.append("…")
    return "".join(pieces)
