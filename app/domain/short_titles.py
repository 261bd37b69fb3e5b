"""Short titles: what a document is called where room is short (the window's title, tabs, pane headers, the library,
the timeline).

A document's short title is the one its description gives, else Chicago's short form made from its title (before
any subtitle, no leading article, cut before a preposition when long: "Declaration by the Soviet Government"). An
edition's document number at the head of a title ("138. Telegram From the Embassy…") is kept in front of the
short form, since it is how such documents are told apart and cited.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.domain.citation.parts import short_title as chicago_short_title
from app.domain.documents import DocumentMetadata

MAX_SHORT_TITLE = 120  # a short title typed longer than this is cut (it is meant to be a few words)
_NUMBER = re.compile(r"^\s*((?:No\.\s*|№\s*)?\d+[A-Za-z]?)\.\s+(?=\S)")


def automatic_short_title(title: str) -> str:
    """Chicago's short form of `title`, with an edition's document number kept in front."""
    title = " ".join(title.split())
    number = _NUMBER.match(title)
    rest = title[number.end() :] if number else title
    short = chicago_short_title(rest) or rest
    return f"{number[1]}. {short}" if number else short


def short_title_of(metadata: DocumentMetadata) -> str:
    """The short title the description gives, else the one made from the title."""
    given = " ".join(metadata.short_title.split())
    return given[:MAX_SHORT_TITLE] if given else automatic_short_title(metadata.title)


def distinct_short_titles(documents: Sequence[tuple[str, str]]) -> list[str]:
    """Short titles that tell the documents apart: for each (short title, full title), the short title, or, where
    two or more would read alike, as much more of each one's full title as makes them differ."""
    shorts = [short for short, _full in documents]
    groups: dict[str, list[int]] = {}
    for index, short in enumerate(shorts):
        groups.setdefault(short.casefold(), []).append(index)
    for members in groups.values():
        if len(members) < 2:
            continue
        fulls = [" ".join(documents[i][1].split()) for i in members]
        if len({full.casefold() for full in fulls}) < 2:
            continue  # the same title twice: only their dates or issuers can tell them apart
        words = [full.split() for full in fulls]
        taken = max(1, min(len(shorts[i].split()) for i in members))
        longest = max(len(w) for w in words)
        while taken < longest:
            taken += 1
            prefixes = [" ".join(w[:taken]).casefold() for w in words]
            if len(set(prefixes)) == len(prefixes):
                break
        for index, word_list in zip(members, words, strict=True):
            extended = " ".join(word_list[:taken]).rstrip(",;:")
            shorts[index] = extended + ("…" if taken < len(word_list) else "")
    return shorts
