"""The links of a note: those picked from one note to another, and the [[title]] links in their texts."""

from __future__ import annotations

from app.domain.notes.model import NoteRef, wiki_titles
from db.models import NoteRow
from db.note_repository import NoteRepository


def links_of(repository: NoteRepository, row: NoteRow) -> tuple[tuple[NoteRef, ...], tuple[NoteRef, ...]]:
    """Notes this one points to and notes pointing here: picked links and [[title]] links, each once."""
    titles = repository.live_titles()
    by_title: dict[str, int] = {}
    for note_id in sorted(titles):
        by_title.setdefault(titles[note_id].casefold(), note_id)
    outgoing = list(repository.linked_from(row.id))
    outgoing += [by_title[name.casefold()] for name in wiki_titles(row.body) if name.casefold() in by_title]
    incoming = list(repository.linking_to(row.id))
    own = row.title.casefold()
    for note_id, body in repository.bodies_with_links():
        if own in body.casefold() and own in (name.casefold() for name in wiki_titles(body)):
            incoming.append(note_id)

    def refs(ids: list[int]) -> tuple[NoteRef, ...]:
        return tuple(NoteRef(i, titles[i]) for i in dict.fromkeys(ids) if i in titles and i != row.id)

    return refs(outgoing), refs(incoming)
