"""The window's first page is read with sqlite3 alone; it must be the very document the library service gives."""

import sqlite3
from pathlib import Path

import pytest

from app.domain.documents import DocumentKind, DocumentMetadata, Footnote, SourceCitation
from app.services.bundled import DECLARATION_KEY
from app.services.first_page import first_documents
from app.services.library import NewDocument
from app.services.registry import Services, open_services

DESCRIBED = DocumentMetadata(
    title="Telegram from the Legation in Budapest",
    issuer="Legation in Hungary",
    date_edtf="1956-11-01T14:00",
    place="Budapest",
    language="en",
    kind=DocumentKind.TELEGRAM,
    source=SourceCitation(
        publication="Foreign Relations of the United States, 1955–1957, vol. XXV",
        editor="Edward C. Keefer",
        publisher="Government Printing Office",
        place="Washington",
        year="1990",
        pages="352–353",
        number="148",
    ),
    archive="Department of State, Central Files, 764.00/11-156",
    url="https://history.state.gov/",
    rights="Public domain",
    original_format="tei",
    tags=("UN", "neutrality"),
    translation_of=1,
)


def _described(services: Services) -> int:
    collection = services.collections.create("FRUS 1955–57, XXV", "Keefer, ed.")
    return services.library.add_document(
        NewDocument(
            DESCRIBED,
            ("Nagy summoned the Soviet ambassador.", "He asked that the troops leave.", "Neutrality followed."),
            pages=("352", "352", "353"),
            footnotes=(Footnote(None, "1", "Source: a note on the heading."), Footnote(2, "2", "Andropov.")),
            collection_id=collection,
        )
    )


def test_the_declaration_is_read_exactly_as_the_library_gives_it(services: Services, db_path: Path) -> None:
    declaration = services.library.find_bundled(DECLARATION_KEY)
    assert declaration is not None
    assert first_documents(db_path, [], DECLARATION_KEY) == (services.library.get_document(declaration),)


def test_every_field_of_a_described_document_comes_through(services: Services, db_path: Path) -> None:
    doc_id = _described(services)
    (peeked,) = first_documents(db_path, [doc_id])
    assert peeked == services.library.get_document(doc_id)
    assert peeked.metadata.tags == ("neutrality", "UN")  # in the library's order, case set aside
    assert peeked.footnotes[1] == Footnote(2, "2", "Andropov.")
    assert peeked.collection == "FRUS 1955–57, XXV"


def test_documents_come_in_the_order_asked(services: Services, db_path: Path) -> None:
    doc_id = _described(services)
    assert [document.id for document in first_documents(db_path, [doc_id, 1])] == [doc_id, 1]


def test_anything_missing_means_no_first_page(services: Services, db_path: Path, tmp_path: Path) -> None:
    doc_id = _described(services)
    assert first_documents(db_path, [doc_id, 999]) == ()
    services.library.move_to_trash(doc_id)
    assert first_documents(db_path, [doc_id]) == ()
    assert first_documents(tmp_path / "absent.sqlite3", [1]) == ()
    assert not (tmp_path / "absent.sqlite3").exists()  # looking never creates a library
    (tmp_path / "text.sqlite3").write_text("not a database", encoding="utf-8")
    assert first_documents(tmp_path / "text.sqlite3", [1]) == ()


def test_a_library_at_another_schema_is_left_to_the_full_start(services: Services, db_path: Path) -> None:
    assert first_documents(db_path, [1]) != ()
    for revision in ("0006_events", "9999_from_the_future"):
        with sqlite3.connect(db_path) as connection:
            connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        assert first_documents(db_path, [1]) == ()


def test_a_library_on_read_only_media_is_read_too(
    services: Services, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("db.peek.is_read_only", lambda _path: True)
    assert first_documents(db_path, [1]) == (services.library.get_document(1),)


def test_an_id_too_large_for_sqlite_means_no_first_page_not_a_crash(services: Services, db_path: Path) -> None:
    assert first_documents(db_path, [2**70, 1]) == ()


def test_a_session_is_not_read_ahead_into_a_hidden_collection(services: Services, db_path: Path) -> None:
    doc_id = _described(services)
    (collection,) = services.collections.list_collections()
    services.collections.set_hidden(collection.id, True)
    assert first_documents(db_path, [doc_id, 1], shown_only=True) == ()  # the library would not restore it either
    assert len(first_documents(db_path, [doc_id, 1])) == 2  # asked for by ID (parallax open), it is shown


def test_looking_ahead_leaves_nothing_beside_the_library(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    library, _services = open_services(db)
    library.close()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["library.sqlite3"]
    assert first_documents(db, [1]) != ()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["library.sqlite3"]  # no -wal or -shm left
