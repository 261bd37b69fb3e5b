"""The links of a note: those picked from one note to another, and the [[title]] links in their texts."""

from __future__ import annotations

from app.domain.notes.model import NoteRef, wiki_titles
from db.models import NoteRow
from db.note_repository import NoteRepository


def links_of(repository: NoteRepository, row: NoteRow) -> tuple[tuple[NoteRef, ...], tuple[NoteRef, ...]]:
    """Notes this one points to and notes pointing here: picked links and [[title]] links, each once."""
    if repository.folds_case:
        return _links_asked_for(repository, row)
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


def _links_asked_for(repository: NoteRepository, row: NoteRow) -> tuple[tuple[NoteRef, ...], tuple[NoteRef, ...]]:
    """The same, asking the database for the notes that may be linked rather than reading every note's title and
    text: where lower() folds every letter (PostgreSQL), it can find them, and a library of thousands of notes
    (a class's) costs a save no more than one of a few."""
    names = wiki_titles(row.body)
    named = repository.live_titled(names)
    by_title: dict[str, int] = {}
    for note_id in sorted(named):
        by_title.setdefault(named[note_id].casefold(), note_id)
    outgoing, incoming = repository.links_both_ways(row.id)
    outgoing += [by_title[name.casefold()] for name in names if name.casefold() in by_title]
    own = row.title.casefold()
    for note_id, body in repository.bodies_mentioning(row.title):
        if own in (name.casefold() for name in wiki_titles(body)):
            incoming.append(note_id)
    titles = repository.live_titles_of(list({*outgoing, *incoming}))

    def refs(ids: list[int]) -> tuple[NoteRef, ...]:
        return tuple(NoteRef(i, titles[i]) for i in dict.fromkeys(ids) if i in titles and i != row.id)

    return refs(outgoing), refs(incoming)
