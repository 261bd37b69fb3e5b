"""Notes: passages quoted and cited in two documents, revisions, links between notes, the trash, and passages
that follow a corrected text."""

from datetime import datetime, timedelta

import pytest

from app.services.infrastructure.storage import Library
from app.services.library import InvalidDocumentError
from app.services.notes import (
    AmbiguousQuoteError,
    InvalidNoteError,
    NoteNotFoundError,
    NotesService,
    QuoteNotFoundError,
)
from app.services.registry import Services
from tests.builders import NEGOTIATE, NEUTRALITY, WITHDRAW


def test_a_note_quotes_passages_in_two_documents_and_cites_them(
    services: Services, declaration: int, nagy: int
) -> None:
    notes = services.notes
    note = notes.create(
        [notes.find_quote(declaration, WITHDRAW)], body="Overtaken within a day.", tags=["Budapest"]
    ).result
    assert note.title == "withdraw the Soviet military units from the city…"
    note = notes.add_passage(note.id, notes.find_quote(nagy, NEUTRALITY))
    first, second = note.passages
    assert first.quote == WITHDRAW
    assert first.citation().endswith("30 October 1956, ¶17")
    assert second.citation() == "Imre Nagy's radio address on Hungary's neutrality, 1 November 1956, ¶1"
    assert note.document_ids == (declaration, nagy)
    seen = services.notes.get(note.id)
    assert (seen.body, seen.tags) == ("Overtaken within a day.", ("Budapest",))
    assert [ref.title for ref, _ in services.notes.passages_in(nagy)] == [note.title]


def test_saving_keeps_earlier_text_as_revisions_at_most_every_few_minutes(started: tuple[Library, Services]) -> None:
    clock = [datetime(2026, 11, 26, 10, 0)]
    notes = NotesService(started[0].sessions, clock=lambda: clock[0])
    note = notes.create(title="Neutrality").result
    for body in ["one", "one two", "one two three"]:
        clock[0] += timedelta(minutes=1)
        notes.save(note.id, title="Neutrality", body=body)
    assert [revision.body for revision in notes.revisions(note.id)] == ["one"]
    clock[0] += timedelta(minutes=10)
    notes.save(note.id, title="Neutrality", body="rewritten")
    assert [revision.body for revision in notes.revisions(note.id)] == ["one two three", "one"]
    assert notes.get(note.id).body == "rewritten"


def test_bad_notes_are_refused_in_one_line(services: Services, declaration: int) -> None:
    note = services.notes.create(title="A").result
    with pytest.raises(InvalidNoteError, match="needs a title"):
        services.notes.save(note.id, title="  ", body="x")
    with pytest.raises(InvalidNoteError, match="date"):
        services.notes.save(note.id, title="A", body="x", date_edtf="1956-13-45")
    with pytest.raises(NoteNotFoundError):
        services.notes.save(999, title="A", body="x")
    with pytest.raises(AmbiguousQuoteError):
        services.notes.find_quote(declaration, "Soviet")
    with pytest.raises(QuoteNotFoundError):
        services.notes.find_quote(declaration, "no such words anywhere")
    assert services.notes.get(note.id).body == ""


def test_notes_go_to_the_trash_and_come_back(services: Services) -> None:
    note = services.notes.create(title="A").result
    services.notes.move_to_trash(note.id)
    assert services.notes.list_notes() == []
    assert [n.id for n in services.notes.list_notes(in_trash=True)] == [note.id]
    services.notes.restore(note.id)
    assert [n.id for n in services.notes.list_notes()] == [note.id]


def test_links_between_notes_are_seen_from_both_ends(services: Services) -> None:
    notes = services.notes
    target = notes.create(title="Neutrality of 1 November").result
    picked = notes.create(title="Picked").result
    written = notes.create(title="Written", body="See [[neutrality of 1 November]] and [[No such note]].").result
    notes.link(picked.id, target.id)
    assert [ref.title for ref in notes.get(written.id).links] == ["Neutrality of 1 November"]
    assert {ref.title for ref in notes.get(target.id).backlinks} == {"Picked", "Written"}
    with pytest.raises(InvalidNoteError, match="itself"):
        notes.link(target.id, target.id)
    notes.unlink(picked.id, target.id)
    assert [ref.title for ref in notes.get(target.id).backlinks] == ["Written"]


def test_passages_follow_a_corrected_text_and_orphans_keep_their_quote(services: Services, declaration: int) -> None:
    notes = services.notes
    note = notes.create([notes.find_quote(declaration, WITHDRAW), notes.find_quote(declaration, NEGOTIATE)]).result
    old_17 = services.library.get_document(declaration).paragraphs[16].text
    services.library.edit_paragraph(declaration, 16, "A corrected sixteenth paragraph, much shorter.")
    moved, still = notes.get(note.id).passages
    text = "\n\n".join(p.text for p in services.library.get_document(declaration).paragraphs)
    assert text[moved.start : moved.end] == WITHDRAW
    assert (moved.paragraphs.display(), moved.orphaned) == ("¶17", False)
    assert (still.paragraphs.display(), still.orphaned) == ("¶18", False)
    services.library.edit_paragraph(declaration, 18, "The paragraph now says something else entirely.")
    moved, orphan = notes.get(note.id).passages
    assert orphan.orphaned
    assert orphan.quote == NEGOTIATE
    assert "¶" not in orphan.citation()
    fixed = notes.reattach(note.id, orphan.id, notes.find_quote(declaration, "something else entirely"))
    assert not fixed.passages[1].orphaned
    assert services.library.edit_paragraph(declaration, 17, old_17 + " ").result == old_17


def test_a_paragraph_edit_is_checked(services: Services, declaration: int) -> None:
    with pytest.raises(InvalidDocumentError, match="no ¶99"):
        services.library.edit_paragraph(declaration, 99, "text")
    with pytest.raises(InvalidDocumentError, match="cannot be empty"):
        services.library.edit_paragraph(declaration, 1, "   ")


def test_a_removed_passage_comes_back_exactly_even_when_orphaned(services: Services, declaration: int) -> None:
    notes = services.notes
    note = notes.create([notes.find_quote(declaration, WITHDRAW), notes.find_quote(declaration, NEGOTIATE)]).result
    services.library.edit_paragraph(declaration, 18, "Nothing of the kind.")
    orphan = notes.get(note.id).passages[1]
    assert orphan.orphaned
    removed = notes.remove_passage(note.id, orphan.id).result
    assert len(notes.get(note.id).passages) == 1
    back = notes.restore_passage(note.id, removed).passages[1]
    assert (back.quote, back.orphaned, back.start, back.end) == (NEGOTIATE, True, orphan.start, orphan.end)


def test_the_text_being_replaced_by_an_earlier_version_is_kept_first(services: Services) -> None:
    notes = services.notes
    note = notes.create(title="Draft").result
    notes.save(note.id, title="Draft", body="first draft")
    notes.save(note.id, title="Draft", body="an hour of work")  # within minutes: no new revision
    assert [r.body for r in notes.revisions(note.id)] == ["first draft"]
    notes.keep_revision(note.id)
    notes.keep_revision(note.id)  # the same text is not kept twice
    assert [r.body for r in notes.revisions(note.id)] == ["an hour of work", "first draft"]
