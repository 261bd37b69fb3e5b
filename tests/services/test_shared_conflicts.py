"""Two members changing one note, link or event at once: the later save never overwrites the earlier silently."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from app.domain.alignment.links import ParagraphSpan
from app.domain.documents import DocumentMetadata
from app.services.infrastructure.transactions import ChangedMeanwhileError
from app.services.library import NewDocument
from app.services.notes import NoteConflictError, NoteDraft
from app.services.registry import Services, open_services
from app.services.timeline import EventConflictError, EventDraft
from tests.pg_fixtures import SharedLibrary


@pytest.fixture
def two(shared_library: SharedLibrary) -> Iterator[tuple[Services, Services]]:
    """The teacher's and the editor's Parallax on one library."""
    first, teacher = open_services(shared_library.address("teacher"))
    second, editor = open_services(shared_library.address("editor"))
    yield teacher, editor
    first.close()
    second.close()


def test_the_later_save_keeps_both_texts_and_says_so_with_both(two: tuple[Services, Services]) -> None:
    teacher, editor = two
    note = teacher.notes.create(title="Suez and Budapest", body="Draft.").result
    seen_by_teacher = teacher.notes.get(note.id)
    seen_by_editor = editor.notes.get(note.id)
    saved = editor.notes.save(
        note.id, title=note.title, body="The editor's text.", base_revision=seen_by_editor.revision
    )
    with pytest.raises(NoteConflictError) as raised:
        teacher.notes.save(
            note.id, title=note.title, body="The teacher's text.", base_revision=seen_by_teacher.revision
        )
    conflict = raised.value
    assert conflict.theirs.body == "The editor's text."
    assert conflict.theirs.saved_by == editor.notes.member.user  # type: ignore[union-attr]
    assert conflict.theirs.author == teacher.notes.member.user  # type: ignore[union-attr]
    assert str(conflict).startswith(f"“Suez and Budapest” was saved by {conflict.theirs.saved_by} while you wrote")
    assert conflict.mine.body == "The teacher's text."
    stored = teacher.notes.get(note.id)
    assert (stored.body, stored.revision) == ("The editor's text.", saved.revision)
    kept = teacher.notes.revisions(note.id)
    assert [(r.body, r.conflicting, r.author) for r in kept if r.conflicting] == [
        ("The teacher's text.", True, teacher.notes.member.user)  # type: ignore[union-attr]
    ]
    merged = teacher.notes.save(
        note.id, title=note.title, body="The editor's text. The teacher's text.", base_revision=conflict.theirs.revision
    )
    assert editor.notes.get(note.id).body == merged.body


def test_the_same_text_saved_by_two_is_no_conflict(two: tuple[Services, Services]) -> None:
    teacher, editor = two
    note = teacher.notes.create(title="Neutrality").result
    editor.notes.save(note.id, title="Neutrality", body="Same words.", base_revision=note.revision)
    assert teacher.notes.save(note.id, title="Neutrality", body="Same words.", base_revision=note.revision).body == (
        "Same words."
    )


def test_saves_racing_each_other_lose_nothing(two: tuple[Services, Services]) -> None:
    """Many saves at once over one revision: exactly one is stored over it, every other is a kept conflict."""
    teacher, editor = two
    note = teacher.notes.create(title="Race").result
    outcomes: list[str] = []
    start = threading.Barrier(8)

    def save(services: Services, text: str) -> None:
        start.wait()
        try:
            services.notes.save(note.id, title="Race", body=text, base_revision=note.revision)
            outcomes.append("saved")
        except NoteConflictError:
            outcomes.append("conflict")

    threads = [threading.Thread(target=save, args=((teacher, editor)[i % 2], f"text {i}")) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict"] * 7 + ["saved"]
    stored = teacher.notes.get(note.id).body
    kept = {r.body for r in teacher.notes.revisions(note.id) if r.conflicting}
    assert kept | {stored} == {f"text {i}" for i in range(8)}


def test_an_event_changed_meanwhile_is_not_overwritten(two: tuple[Services, Services]) -> None:
    teacher, editor = two
    event = teacher.timeline.add_event(EventDraft("Students meet at the Technical University", "1956-10-22")).result
    editor.timeline.update_event(event.id, EventDraft("Students meet at the BME", "1956-10-22", place="Budapest"),
                                 event.revision)  # fmt: skip
    with pytest.raises(EventConflictError, match="changed by") as raised:
        teacher.timeline.update_event(event.id, EventDraft("Students meet", "1956-10-22"), event.revision)
    assert teacher.timeline.event(event.id).draft.label == "Students meet at the BME"
    theirs = raised.value.theirs
    teacher.timeline.update_event(event.id, EventDraft("Students meet", "1956-10-22"), theirs.revision)
    assert editor.timeline.event(event.id).draft.label == "Students meet"


def test_an_undo_of_an_event_edit_does_not_overwrite_anothers_later_edit(two: tuple[Services, Services]) -> None:
    teacher, editor = two
    event = teacher.timeline.add_event(EventDraft("Nagy's broadcast", "1956-11-01")).result
    change = teacher.timeline.update_event(event.id, EventDraft("Nagy declares neutrality", "1956-11-01"))
    current = editor.timeline.event(event.id)
    editor.timeline.update_event(event.id, EventDraft("Neutrality declared", "1956-11-01"), current.revision)
    with pytest.raises(EventConflictError):
        change.undo[0].run()
    assert teacher.timeline.event(event.id).draft.label == "Neutrality declared"


def copy_of_the_declaration(services: Services) -> tuple[str, ...]:
    """The bundled Declaration's paragraphs, each a little changed: a document that aligns with it."""
    return tuple(f"{paragraph.text} (copy)" for paragraph in services.library.get_document(1).paragraphs)


def test_links_two_members_make_are_both_kept_and_an_accepted_suggestion_is_never_rejected(
    two: tuple[Services, Services],
) -> None:
    teacher, editor = two
    other = teacher.library.add_document(NewDocument(DocumentMetadata(title="Copy"), copy_of_the_declaration(teacher)))
    teacher.alignment.link(1, ParagraphSpan(1, 1), other, ParagraphSpan(1, 1))
    editor.alignment.link(1, ParagraphSpan(2, 2), other, ParagraphSpan(2, 2))
    assert len(teacher.alignment.links(1, other)) == 2
    suggested = teacher.alignment.suggest(1, other)
    ids = [link.id for link in suggested.links if link.origin.value == "suggested" and link.id is not None]
    assert ids
    editor.alignment.accept(1, other, ids[:1])
    removed = teacher.alignment.reject(1, other, ids[:1]).result  # the teacher still thinks it a suggestion
    assert removed == []
    assert ids[0] in {link.id for link in editor.alignment.links(1, other)}


def test_a_link_changed_between_reading_and_writing_is_said_to_have_changed(
    shared_library: SharedLibrary, two: tuple[Services, Services]
) -> None:
    """The revision is checked by the UPDATE itself: a change committed in between makes it match nothing."""
    from app.services.infrastructure.transactions import writing
    from db.models import AlignmentLinkRow

    teacher, _editor = two
    other = teacher.library.add_document(NewDocument(DocumentMetadata(title="Copy"), copy_of_the_declaration(teacher)))
    teacher.alignment.suggest(1, other)
    link = next(link for link in teacher.alignment.links(1, other) if link.origin.value == "suggested")
    library, _ = open_services(shared_library.address("teacher"))
    sessions = library.sessions

    def accept_meanwhile_then_write() -> None:
        with writing(sessions, RuntimeError) as session:
            row = session.get(AlignmentLinkRow, link.id)
            assert row is not None
            with shared_library.connect("editor") as sql:  # the editor accepts it meanwhile
                sql.execute(
                    "UPDATE alignment_links SET origin = 'accepted', revision = revision + 1 WHERE id = %s", (link.id,)
                )
            row.origin = "user"

    try:
        with pytest.raises(ChangedMeanwhileError):
            accept_meanwhile_then_write()
    finally:
        library.close()
    assert {found.origin.value for found in teacher.alignment.links(1, other) if found.id == link.id} == {"accepted"}


def test_a_note_moved_to_the_trash_and_back_meanwhile_is_no_conflict(two: tuple[Services, Services]) -> None:
    """Only another's text counts: trash, restore or a new passage give the note a revision, not a new text."""
    teacher, editor = two
    note = teacher.notes.create(title="Kept").result
    editor.notes.move_to_trash(note.id)
    editor.notes.restore(note.id)
    base = NoteDraft(note.title, note.body, note.tags, note.date_edtf)
    saved = teacher.notes.save(note.id, title="Kept", body="Mine.", base_revision=note.revision, base=base)
    assert saved.body == "Mine."
