"""Research notes as the services hand them out: a Markdown body, tags, a date, quoted passages, links."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.domain.alignment.links import ParagraphSpan
from app.domain.dates.historical import HistoricalDate, InvalidDateError
from app.domain.text.paragraphs import fold

WIKI_LINK = re.compile(r"\[\[([^\[\]\n|]{1,200})(?:\|[^\[\]\n]*)?\]\]")
TITLE_WORDS = 8
_UNDATED = datetime(1, 1, 1)  # noqa: DTZ001 - dates here are naive, like the stored ones


@dataclass(frozen=True)
class Passage:
    """A quoted passage of a note, with what a citation needs."""

    id: int
    document_id: int
    document_title: str
    document_date: str  # as people write it: '30 October 1956'
    start: int
    end: int
    quote: str
    paragraphs: ParagraphSpan | None  # None: the passage lies in a heading, a dateline or the like
    orphaned: bool = False
    in_trash: bool = False  # the document is in the trash (its passage is kept, but cannot be shown)
    block_kind: str = ""  # the kind of block the passage begins in ('heading'), where it has no ¶

    @property
    def place(self) -> str:
        """'¶17–18', or the block it is in when that has no number ('heading')."""
        if self.paragraphs is not None:
            return self.paragraphs.display()
        return self.block_kind or "text"

    def citation(self) -> str:
        """'Declaration of the Soviet Government…, 30 October 1956, ¶17–18'."""
        parts = [self.document_title, self.document_date]
        if not self.orphaned:
            parts.append(self.place)
        return ", ".join(part for part in parts if part)


@dataclass(frozen=True)
class NoteRef:
    id: int
    title: str


@dataclass(frozen=True)
class Note:
    id: int
    title: str
    body: str
    tags: tuple[str, ...]
    date_edtf: str
    created_at: datetime
    updated_at: datetime
    passages: tuple[Passage, ...] = ()
    links: tuple[NoteRef, ...] = ()  # notes this one points to (picked, or [[title]] in the text)
    backlinks: tuple[NoteRef, ...] = ()  # notes that point here
    deleted_at: datetime | None = None
    author: str = ""  # in a shared library, the member who wrote it
    private: bool = False  # in a shared library, seen by its author alone
    revision: int = 1  # every save checks it: a save over an older revision is a conflict, never an overwrite
    saved_by: str = ""  # in a shared library, the member who saved its text last

    @property
    def date(self) -> HistoricalDate | None:
        try:
            return HistoricalDate.parse(self.date_edtf) if self.date_edtf else None
        except InvalidDateError:
            return None

    @property
    def date_display(self) -> str:
        date = self.date
        return date.display() if date else self.date_edtf

    @property
    def document_ids(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(passage.document_id for passage in self.passages))

    @property
    def orphaned(self) -> int:
        return sum(passage.orphaned for passage in self.passages)


@dataclass(frozen=True)
class Revision:
    id: int
    saved_at: datetime
    title: str
    body: str
    author: str = ""
    conflicting: bool = False  # a text saved over a newer revision than it was written on, kept whole here


def wiki_titles(body: str) -> list[str]:
    """The note titles named as [[title]] (or [[title|shown text]]) in a body, in order, once each."""
    return list(dict.fromkeys(match.group(1).strip() for match in WIKI_LINK.finditer(body) if match.group(1).strip()))


def title_from_quote(quote: str) -> str:
    """A first title for a note made from a passage: its opening words."""
    words = quote.split()
    title = " ".join(words[:TITLE_WORDS])
    return title + "…" if len(words) > TITLE_WORDS else title


class NoteSort(StrEnum):
    CREATED = "created"
    EDITED = "edited"
    DATE = "date"


def matches(note: Note, text: str = "", tag: str = "") -> bool:
    """Does the note have `tag` (any case) and every word of `text` (any case or accents) somewhere?"""
    if tag and fold(tag) not in {fold(name) for name in note.tags}:
        return False
    if not text.strip():
        return True
    haystack = fold(" ".join([note.title, note.body, *note.tags, *(p.quote for p in note.passages)]))
    return all(word in haystack for word in fold(text).split())


def sorted_notes(notes: Iterable[Note], sort: NoteSort) -> list[Note]:
    """Newest first by creation or edit; by date (undated last), oldest first, for the timeline order."""
    if sort is NoteSort.DATE:

        def key(note: Note) -> tuple[bool, datetime, str]:
            date = note.date
            return date is None, date.sort_key if date else _UNDATED, note.title.casefold()

        return sorted(notes, key=key)
    field = "created_at" if sort is NoteSort.CREATED else "updated_at"
    return sorted(notes, key=lambda note: (getattr(note, field), note.id), reverse=True)
