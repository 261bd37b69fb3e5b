"""In-document find: every place a phrase occurs, as (paragraph index, start, end)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.text.paragraphs import fold


@dataclass(frozen=True, order=True)
class TextMatch:
    block: int
    start: int
    end: int


def find_all(texts: list[str], query: str, limit: int = 100_000) -> list[TextMatch]:
    """Case- and accent-insensitive, whitespace-tolerant matches of `query` in each text, in reading order."""
    words = fold(query).split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    matches: list[TextMatch] = []
    for index, text in enumerate(texts):
        for found in pattern.finditer(fold(text)):
            matches.append(TextMatch(index, found.start(), found.end()))
            if len(matches) >= limit:
                return matches
    return matches
