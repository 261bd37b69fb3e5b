"""A personal library merged into a shared one, and a shared one into a file for work offline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.alignment.links import ParagraphSpan
from app.domain.documents import DocumentMetadata
from app.services.infrastructure.storage import Library
from app.services.library import NewDocument
from app.services.merge import merge_libraries
from app.services.registry import Services, open_services
from app.services.timeline import EventDraft
from tests.pg_fixtures import SharedLibrary

WITHDRAW = "withdraw the Soviet military units from the city of Budapest"


@pytest.fixture
def personal(db_path: Path) -> Iterator[tuple[Library, Services]]:
    """A personal library: Nagy's broadcast (tagged, in an edition), a link to the Declaration, two linked
    notes quoting both, and an event of the user's own tied to the broadcast and a note."""
    library, services = open_services(db_path)
    collection = services.collections.create("Hungary 1956, a reader", "ed. Békés")
    nagy = services.library.add_document(
        NewDocument(
            DocumentMetadata(title="Nagy's broadcast", date_edtf="1956-11-01", tags=("neutrality", "Budapest")),
            ("The Hungarian Government declares its neutrality.", "It asks the United Nations for help."),
            collection_id=collection,
        )
    )
    services.alignment.link(1, ParagraphSpan(17, 17), nagy, ParagraphSpan(1, 1))
    first = services.notes.create(
        [services.notes.find_quote(1, WITHDRAW), services.notes.find_quote(nagy, "declares its neutrality")],
        title="Withdrawal and neutrality", body="See [[At the UN]].", tags=("Budapest",),
    ).result  # fmt: skip
    second = services.notes.create([services.notes.find_quote(nagy, "United Nations")], title="At the UN").result
    services.notes.link(first.id, second.id)
    services.timeline.add_event(
        EventDraft("Nagy's appeal to the UN", "1956-11-01", document_ids=(nagy,), note_ids=(second.id,))
    )
    yield library, services
    library.close()


@pytest.fixture
def shared(shared_library: SharedLibrary) -> Iterator[tuple[Library, Services]]:
    library, services = open_services(shared_library.address("editor"))
    yield library, services
    library.close()


def test_a_personal_library_comes_in_whole_private_and_once(
    personal: tuple[Library, Services], shared: tuple[Library, Services], shared_library: SharedLibrary
) -> None:
    report = merge_libraries(personal[0], shared[0])
    assert (report.documents_added, report.documents_matched) == (1, 1)  # the Declaration was there already
    assert (report.notes_added, report.links_added, report.events_added) == (2, 1, 1)
    services = shared[1]
    [nagy] = [d for d in services.library.list_documents() if d.metadata.title == "Nagy's broadcast"]
    assert nagy.metadata.tags == ("Budapest", "neutrality")
    assert services.library.get_document(nagy.id).collection == "Hungary 1956, a reader"
    assert [(link.left, link.right) for link in services.alignment.links(1, nagy.id)] == [
        (ParagraphSpan(17, 17), ParagraphSpan(1, 1))
    ]
    notes = {note.title: note for note in services.notes.list_notes()}
    first, second = notes["Withdrawal and neutrality"], notes["At the UN"]
    assert first.private
    assert second.private
    assert first.author == services.notes.member.user  # type: ignore[union-attr]
    assert next(p.citation() for p in first.passages).endswith("¶17")
    assert [p.document_id for p in first.passages] == [1, nagy.id]
    assert {ref.id for ref in services.notes.get(first.id).links} == {second.id}
    event = next(item for item in services.timeline.items() if item.label == "Nagy's appeal to the UN")
    assert services.timeline.event(event.id).draft.document_ids == (nagy.id,)
    assert [hit.document_id for hit in services.search.search("neutrality").hits if hit.document_id] == [nagy.id]

    with shared_library.connect("reader") as sql:  # private: no other member reads them
        assert sql.execute("SELECT count(*) FROM notes").fetchone() == (0,)

    again = merge_libraries(personal[0], shared[0])  # merged twice: nothing twice
    assert (again.documents_added, again.notes_added, again.links_added, again.events_added) == (0, 0, 0, 0)
    assert again.notes_matched == 2


def test_shared_on_request(personal: tuple[Library, Services], shared: tuple[Library, Services]) -> None:
    merge_libraries(personal[0], shared[0], private=False)
    assert not any(note.private for note in shared[1].notes.list_notes())


def test_a_shared_library_goes_into_a_file_for_work_offline(
    shared_library: SharedLibrary, shared: tuple[Library, Services], tmp_path: Path
) -> None:
    services = shared[1]
    added = services.library.add_document(NewDocument(DocumentMetadata(title="A telegram"), ("Text of it.",)))
    mine = services.notes.create([services.notes.find_quote(added, "Text of it")], title="Mine", private=True).result
    services.notes.create(title="For all")
    reader_library, _reader = open_services(shared_library.address("reader"))
    offline_library, offline = open_services(tmp_path / "offline.sqlite3")
    try:
        merge_libraries(reader_library, offline_library)  # the reader's copy: what the reader may see
        assert [note.title for note in offline.notes.list_notes()] == ["For all"]
        merge_libraries(shared[0], offline_library)  # the editor's: their private note too, still marked so
        kept = {note.title: note for note in offline.notes.list_notes()}
        assert set(kept) == {"For all", "Mine"}
        assert kept["Mine"].private
        assert kept["Mine"].author == mine.author
        assert [d.metadata.title for d in offline.library.list_documents()].count("A telegram") == 1
    finally:
        reader_library.close()
        offline_library.close()


def test_a_reader_cannot_merge_documents_into_a_shared_library(
    personal: tuple[Library, Services], shared_library: SharedLibrary
) -> None:
    library, services = open_services(shared_library.address("reader"))
    try:
        with pytest.raises(Exception, match="does not let you"):
            merge_libraries(personal[0], library)
        assert len(services.library.list_documents()) == 1  # nothing of it was kept
    finally:
        library.close()
