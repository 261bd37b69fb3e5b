"""Who may read and write what in a shared library, proved against the server: through Parallax, and with each
member's own SQL (what their psql would let them do), which the server alone stands in the way of."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from app.domain.documents import DocumentMetadata
from app.domain.errors import ConflictError
from app.services.infrastructure.storage import LibraryOpenError
from app.services.infrastructure.transactions import NotPermittedError
from app.services.library import NewDocument
from app.services.registry import Services, open_services
from app.services.sharing import NotOwnerError, SharingError
from tests.pg_fixtures import SharedLibrary

WITHDRAW = "withdraw the Soviet military units from the city of Budapest"


@pytest.fixture
def members(shared_library: SharedLibrary) -> Iterator[dict[str, Services]]:
    """The teacher's, the editor's and the reader's own Parallax on one library."""
    opened = {who: open_services(shared_library.address(who)) for who in ("teacher", "editor", "reader")}
    yield {who: services for who, (_library, services) in opened.items()}
    for library, _services in opened.values():
        library.close()


def _notes(members: dict[str, Services]) -> tuple[int, int]:
    """The editor's private note and a shared one, both quoting the Declaration's ¶17."""
    editor = members["editor"].notes
    quote = editor.find_quote(1, WITHDRAW)
    private = editor.create([quote], title="My doubts", body="árvíztűrő secret reasoning", private=True).result
    shared = editor.create([quote], title="For the seminar", body="Read ¶17 beside Nagy.").result
    editor.save(private.id, title="My doubts", body="árvíztűrő secret reasoning, revised", base_revision=1)
    return private.id, shared.id


def test_the_reader_sees_the_editors_source_and_shared_note_but_not_the_private_one(
    members: dict[str, Services],
) -> None:
    private, shared = _notes(members)
    editor, reader = members["editor"], members["reader"]
    added = editor.library.add_document(NewDocument(DocumentMetadata(title="Nagy's broadcast"), ("Neutrality.",)))
    assert added in {document.id for document in reader.library.list_documents()}
    assert [note.id for note in reader.notes.list_notes()] == [shared]
    assert reader.notes.get(shared).author == editor.notes.member.user  # type: ignore[union-attr]
    assert [hit.note_id for hit in reader.search.search("secret").hits] == []
    assert [hit.note_id for hit in editor.search.search("secret").hits] == [private]
    assert [ref.id for ref, _ in reader.notes.passages_in(1)] == [shared]


def test_a_readers_own_sql_cannot_read_the_editors_private_note(
    shared_library: SharedLibrary, members: dict[str, Services]
) -> None:
    private, shared = _notes(members)
    with shared_library.connect("reader") as sql:
        assert sql.execute("SELECT id FROM notes ORDER BY id").fetchall() == [(shared,)]
        assert sql.execute("SELECT count(*) FROM notes WHERE id = %s", (private,)).fetchone() == (0,)
        assert sql.execute("SELECT count(*) FROM notes WHERE body ILIKE '%secret%'").fetchone() == (0,)
        assert sql.execute("SELECT count(*) FROM notes WHERE search_vector @@ 'secret'::tsquery").fetchone() == (0,)
        for table in ("passage_anchors", "note_revisions", "note_tags"):
            rows = sql.execute(f"SELECT count(*) FROM {table} WHERE note_id = %s", (private,)).fetchone()
            assert rows == (0,), table
        assert sql.execute("UPDATE notes SET body = 'defaced' WHERE id = %s", (private,)).rowcount == 0
        assert sql.execute("DELETE FROM notes WHERE id = %s", (private,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            sql.execute("ALTER TABLE notes DISABLE ROW LEVEL SECURITY")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            sql.execute(f"SET ROLE {shared_library.roles['editor']}")
    with shared_library.connect("editor") as sql:  # the editor's own note is untouched, and theirs to read
        assert sql.execute("SELECT body FROM notes WHERE id = %s", (private,)).fetchone() == (
            "árvíztűrő secret reasoning, revised",
        )


def test_a_readers_own_sql_cannot_change_documents_links_or_events_or_forge_a_note(
    shared_library: SharedLibrary, members: dict[str, Services]
) -> None:
    _private, shared = _notes(members)
    editor = shared_library.roles["editor"]
    with shared_library.connect("reader") as sql:
        for statement in (
            "UPDATE documents SET title = 'Forged' WHERE id = 1",
            "DELETE FROM paragraphs WHERE document_id = 1",
            "INSERT INTO documents (title) VALUES ('x')",
            "UPDATE events SET label = 'Forged'",
            "DELETE FROM alignment_links",
            "INSERT INTO members (name, role, added_at) VALUES ('me', 'owner', now())",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                sql.execute(statement)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            sql.execute(
                "INSERT INTO notes (title, body, date_edtf, date_approximate, created_at, updated_at, author, private) "
                f"VALUES ('In your name', '', '', false, now(), now(), '{editor}', true)"
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            sql.execute(  # a shared note: an editor's to write
                "INSERT INTO notes (title, body, date_edtf, date_approximate, created_at, updated_at, private) "
                "VALUES ('Shared by a reader', '', '', false, now(), now(), false)"
            )
        assert sql.execute("UPDATE notes SET body = 'defaced' WHERE id = %s", (shared,)).rowcount == 0
        own = sql.execute(
            "INSERT INTO notes (title, body, date_edtf, date_approximate, created_at, updated_at, private) "
            "VALUES ('Mine', '', '', false, now(), now(), true) RETURNING author"
        ).fetchone()
        assert own == (shared_library.roles["reader"],)
    with shared_library.connect("editor") as sql:
        assert sql.execute("SELECT title FROM documents WHERE id = 1").fetchone() != ("Forged",)
        assert sql.execute("SELECT count(*) FROM notes WHERE title = 'Mine'").fetchone() == (0,)


def test_through_parallax_a_reader_writes_private_notes_only_and_changes_no_document(
    members: dict[str, Services],
) -> None:
    _private, shared = _notes(members)
    reader = members["reader"]
    quote = reader.notes.find_quote(1, WITHDRAW)
    with pytest.raises(NotPermittedError, match="readers write private notes only"):
        reader.notes.create([quote], title="Shared by a reader")
    mine = reader.notes.create([quote], title="My reading", private=True).result
    assert (mine.private, mine.author) == (True, reader.notes.member.user)  # type: ignore[union-attr]
    reader.notes.save(mine.id, title="My reading", body="Longer now.", base_revision=mine.revision)
    with pytest.raises(NotPermittedError):
        reader.notes.save(shared, title="For the seminar", body="defaced")
    with pytest.raises(NotPermittedError):
        reader.library.add_document(NewDocument(DocumentMetadata(title="Mine"), ("Text.",)))
    with pytest.raises(NotPermittedError):
        reader.library.move_to_trash(1)
    assert members["editor"].notes.get(shared).body == "Read ¶17 beside Nagy."
    assert [note.id for note in members["editor"].notes.list_notes()].count(mine.id) == 0


def test_editors_change_shared_notes_but_cannot_make_anothers_note_private(members: dict[str, Services]) -> None:
    _private, shared = _notes(members)
    teacher = members["teacher"].notes
    note = teacher.get(shared)
    saved = teacher.save(shared, title=note.title, body="Edited by the teacher.", base_revision=note.revision)
    assert (saved.body, saved.author, saved.revision) == ("Edited by the teacher.", note.author, note.revision + 1)
    with pytest.raises(ConflictError, match="only its author"):
        teacher.set_private(shared, True)
    assert members["editor"].notes.set_private(shared, True).private
    assert [n.id for n in members["reader"].notes.list_notes()] == []


def test_when_the_owner_does_not_let_readers_write_a_reader_reads_only(shared_library: SharedLibrary) -> None:
    library, services = open_services(shared_library.address("teacher"), setting_up=True)
    try:
        assert not services.sharing.setup(readers_write_notes=False).readers_write_notes
    finally:
        library.close()
    reader_library, reader = open_services(shared_library.address("reader"))
    try:
        assert reader_library.read_only
        with pytest.raises(NotPermittedError, match="does not let readers write"):
            reader.notes.create(title="Mine", private=True)
    finally:
        reader_library.close()
    with shared_library.connect("reader") as sql, pytest.raises(psycopg.errors.InsufficientPrivilege):
        sql.execute(
            "INSERT INTO notes (title, body, date_edtf, date_approximate, created_at, updated_at, private) "
            "VALUES ('Mine', '', '', false, now(), now(), true)"
        )


def test_members_are_added_listed_and_removed_by_the_owner_alone(
    shared_library: SharedLibrary, members: dict[str, Services]
) -> None:
    roles = shared_library.roles
    teacher, editor = members["teacher"].sharing, members["editor"].sharing
    assert [(m.name, m.role) for m in editor.members()] == [
        (roles["teacher"], "owner"), (roles["editor"], "editor"), (roles["reader"], "reader"),
    ]  # fmt: skip
    with pytest.raises(NotOwnerError):
        editor.add_member(roles["outsider"], "editor")
    with pytest.raises(LibraryOpenError, match="is not a member"):
        open_services(shared_library.address("outsider"))
    assert teacher.add_member(roles["outsider"], "reader").role == "reader"
    outsider_library, _outsider = open_services(shared_library.address("outsider"))
    outsider_library.close()
    teacher.remove_member(roles["outsider"])
    with pytest.raises(LibraryOpenError, match="is not a member"):
        open_services(shared_library.address("outsider"))
    with shared_library.connect("outsider") as sql, pytest.raises(psycopg.errors.InsufficientPrivilege):
        sql.execute("SELECT title FROM documents")  # not even their own SQL reads it any more
    with pytest.raises(SharingError, match="superuser"):
        teacher.add_member("postgres", "reader")
    with pytest.raises(SharingError, match="editor or a reader"):
        teacher.add_member(roles["outsider"], "owner")
    with pytest.raises(LookupError, match="no role"):
        teacher.add_member("nobody_at_all", "reader")


def test_setup_is_the_owners_and_seeds_the_bundled_material_once(shared_library: SharedLibrary) -> None:
    library, services = open_services(shared_library.address("editor"), setting_up=True)
    try:
        with pytest.raises(NotOwnerError, match="database's owner"):
            services.sharing.setup()
    finally:
        library.close()
    library, services = open_services(shared_library.address("teacher"), setting_up=True)
    try:
        report = services.sharing.setup()
        assert (report.documents_seeded, report.events_seeded, report.members_granted) == (0, 0, 2)
        assert len(services.library.list_documents()) == 1
    finally:
        library.close()
