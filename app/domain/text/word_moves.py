"""Where the words of a paragraph went when its text was corrected, so that words read on a page keep their box.

Both texts are split into words (runs of non-space characters) and matched word by word: a word left as it was
keeps its place (at its new offset); a word replaced by one other word (a misreading corrected) hands its box to
that word; where several words became a different number of words, each old word takes the whole run of new
ones; a word deleted has no place any more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

_WORD = re.compile(r"\S+")

Span = tuple[int, int]


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(match.group(0), match.start(), match.end()) for match in _WORD.finditer(text)]


def _token_of(tokens: list[tuple[str, int, int]], starts: list[int], span: Span) -> int | None:
    """The index of the token `span` lies in (a word's part, as half of a hyphenated word, lies in one)."""
    from bisect import bisect_right

    found = bisect_right(starts, span[0]) - 1
    if found < 0 or span[0] >= tokens[found][2]:
        return None
    return found


def moved_spans(old: str, new: str, spans: Sequence[Span]) -> list[tuple[int, int, str] | None]:
    """For each span of `old` (a word's characters), its span in `new` and the new word's text, or None."""
    old_tokens, new_tokens = _tokens(old), _tokens(new)
    starts = [start for _text, start, _end in old_tokens]
    matcher = SequenceMatcher(None, [t for t, _, _ in old_tokens], [t for t, _, _ in new_tokens], autojunk=False)
    target: dict[int, tuple[int, int]] = {}  # old token -> the run of new tokens it became (first, last)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for offset in range(i2 - i1):
                target[i1 + offset] = (j1 + offset, j1 + offset)
        elif tag == "replace":
            for index in range(i1, i2):
                target[index] = (j1, j2 - 1)
    moved: list[tuple[int, int, str] | None] = []
    for span in spans:
        token = _token_of(old_tokens, starts, span)
        if token is None or token not in target:
            moved.append(None)
            continue
        first, last = target[token]
        text, start, _end = old_tokens[token]
        if first == last and new_tokens[first][0] == text:  # the same word: the same part of it
            shift = new_tokens[first][1] - start
            moved.append((span[0] + shift, span[1] + shift, new[span[0] + shift : span[1] + shift]))
        else:
            begin, finish = new_tokens[first][1], new_tokens[last][2]
            moved.append((begin, finish, new[begin:finish]))
    return moved
