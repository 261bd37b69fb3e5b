"""Other forms of the words on a shared library: the keys are computed by whoever writes a text, editors key
what was written without them, and every member finds a word in its other forms, private notes included."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.domain.documents import DocumentMetadata
from app.services.library import NewDocument
from app.services.registry import Services, open_services
from tests.pg_fixtures import SharedLibrary
from tests.services.test_search_languages import NEUTRALITY


@pytest.fixture
def members(shared_library: SharedLibrary) -> Iterator[dict[str, Services]]:
    opened = {who: open_services(shared_library.address(who)) for who in ("editor", "reader")}
    yield {who: services for who, (_, services) in opened.items()}
    for library, _ in opened.values():
        library.close()


def other_forms(services: Services, typed: str) -> list[tuple[str, int | None, bool]]:
    return [(hit.title, hit.paragraph, hit.other_forms) for hit in services.search.search(typed).hits]


def test_a_reader_finds_an_editors_hungarian_text_by_another_form(members: dict[str, Services]) -> None:
    members["editor"].library.add_document(
        NewDocument(DocumentMetadata(title="Semlegességi nyilatkozat", language="hu"), NEUTRALITY)
    )
    assert other_forms(members["reader"], "semlegesség") == [("Semlegességi nyilatkozat", 2, True)]
    assert other_forms(members["reader"], "semlegességét") == [("Semlegességi nyilatkozat", 2, False)]


def test_the_marked_words_of_another_form_are_the_texts_own(members: dict[str, Services]) -> None:
    members["editor"].library.add_document(
        NewDocument(DocumentMetadata(title="Semlegességi nyilatkozat", language="hu"), NEUTRALITY)
    )
    hits = members["reader"].search.search("forradalom").hits
    assert [(hit.paragraph, hit.marked_words()) for hit in hits] == [(2, ["forradalma"]), (3, ["forradalmi"])]


def test_a_readers_private_note_is_found_by_another_form_by_them_alone(members: dict[str, Services]) -> None:
    note = members["reader"].notes.create(title="Jegyzet", body="A forradalmi harc napjai.", private=True).result
    assert [(hit.note_id, hit.other_forms) for hit in members["reader"].search.search("forradalom").hits] == [
        (note.id, True)
    ]
    assert members["editor"].search.search("forradalom").hits == []


def test_rows_written_without_keys_are_keyed_when_an_editor_opens_the_library(shared_library: SharedLibrary) -> None:
    with shared_library.connect("editor") as raw:  # another program (or an older Parallax) adds a document
        raw.execute(
            "INSERT INTO documents (id, title, issuer, date_edtf, date_approximate, place, language, kind, "
            "source_publication, source_editor, source_publisher, source_place, source_year, source_pages, "
            "source_number, archive, url, rights, original_format, content_hash, created_at, updated_at) VALUES "
            "(500, 'Hirdetmény', '', '', false, '', '', 'other', '', '', '', '', '', '', '', '', '', '', '', 'h', "
            "'2026-01-01', '2026-01-01')"
        )
        for number, text in enumerate(NEUTRALITY, start=1):
            raw.execute(
                "INSERT INTO paragraphs (document_id, position, number, text) VALUES (500, %s, %s, %s)",
                (number, number, text),
            )
    reader_library, reader = open_services(shared_library.address("reader"))
    try:
        assert other_forms(reader, "semlegesség") == []  # a reader may not write the keys of a source
        editor_library, _ = open_services(shared_library.address("editor"))
        editor_library.close()
        assert other_forms(reader, "semlegesség") == [("Hirdetmény", 2, True)]
        assert reader.library.get_document(500).metadata.language == "hu"
    finally:
        reader_library.close()


def notes_found(services: Services, typed: str) -> list[tuple[int | None, bool]]:
    return [(hit.note_id, hit.other_forms) for hit in services.search.search(typed).hits if hit.note_id is not None]


def test_a_note_saved_anew_is_keyed_anew(members: dict[str, Services]) -> None:
    editor = members["editor"]
    note = editor.notes.create(title="Notes", body="The talks went on.").result
    assert notes_found(editor, "negotiation") == []
    editor.notes.save(note.id, title="Notes", body="The negotiations went on.", base_revision=note.revision)
    assert notes_found(members["reader"], "negotiation") == [(note.id, True)]
