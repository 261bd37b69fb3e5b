"""Searching the library: words in their paragraphs, whatever their accents, case or script; filters; notes."""

import pytest
from sqlalchemy import text

from app.domain.documents import DocumentKind, DocumentMetadata
from app.services.infrastructure.storage import Library
from app.services.library import NewDocument
from app.services.registry import Services
from app.services.search import SearchResults
from db.search_index import create_search_index


@pytest.fixture
def hungarian(services: Services) -> int:
    """Nagy's declaration of neutrality in the Hungarian it was broadcast in."""
    meta = DocumentMetadata(
        title="Ünnepélyes nyilatkozat a semlegességről", issuer="Nagy Imre", date_edtf="1956-11-01",
        language="hu", kind=DocumentKind.BROADCAST, tags=("neutrality",),
    )  # fmt: skip
    texts = ("A magyar nemzeti kormány kinyilvánítja a Magyar Népköztársaság semlegességét.",
             "Kérjük a Varsói Szerződésből való kilépés elismerését.")  # fmt: skip
    return services.library.add_document(NewDocument(meta, texts))


def where(results: SearchResults) -> list[tuple[str, int | None]]:
    return [(hit.title[:10], hit.paragraph) for hit in results.hits]


def test_words_are_found_in_their_paragraphs_with_the_words_marked(services: Services, declaration: int) -> None:
    results = services.search.search("Warsaw Treaty")
    assert {hit.paragraph for hit in results.hits} == {11, 12, 13, 18}
    assert all(hit.document_id == declaration for hit in results.hits)
    assert "[Warsaw] [Treaty]" in results.hits[0].plain_snippet()
    assert results.hits[0].date == "30 October 1956"
    assert sorted(where(services.search.search('"Warsaw Treaty" -Rumanian'))) == [
        ("Declaratio", 11), ("Declaratio", 13), ("Declaratio", 18)
    ]  # fmt: skip


def test_accents_case_scripts_and_hyphens_do_not_matter(services: Services, hungarian: int) -> None:
    assert where(services.search.search("unnepelyes"))[0] == ("Ünnepélyes", None)  # the title alone matched
    assert where(services.search.search("SEMLEGESSEGET")) == [("Ünnepélyes", 1)]
    assert where(services.search.search("non-interference"))[0][1] == 2  # the Declaration's "noninterference"
    russian = DocumentMetadata(title="Заявление", language="ru")
    services.library.add_document(NewDocument(russian, ("Варшавский договор и вывод войск.",)))
    assert where(services.search.search("варшав*")) == [("Заявление", 1)]


def test_a_title_that_matches_ranks_its_document_first(services: Services, hungarian: int) -> None:
    plain = DocumentMetadata(title="A report")
    services.library.add_document(NewDocument(plain, ("The neutrality of Hungary, as declared.",)))
    named = DocumentMetadata(title="Hungary's neutrality")
    named_id = services.library.add_document(NewDocument(named, ("The neutrality of Hungary, as declared.",)))
    assert services.search.search("neutrality Hungary").hits[0].document_id == named_id


def test_filters_narrow_what_is_found(services: Services, declaration: int, hungarian: int) -> None:
    assert {hit.document_id for hit in services.search.search("a issuer:nagy").hits} == {hungarian}
    assert services.search.search("soviet kind:broadcast").hits == []
    assert {hit.document_id for hit in services.search.search("a language:hu").hits} == {hungarian}
    assert {hit.document_id for hit in services.search.search("a tag:Neutrality").hits} == {hungarian}
    assert services.search.search("soviet date:1956-11").hits == []
    assert services.search.search("soviet date:1956-10-23..1956-11-04").hits != []
    results = services.search.search("soviet date:someday")
    assert results.message.startswith("date:someday: write dates as")


def test_notes_are_searched_and_what_is_in_the_trash_is_not(services: Services, declaration: int) -> None:
    note = services.notes.create(title="Overtaken within a day", body="The Presidium decided otherwise.").result
    [hit] = services.search.search("presidium").hits
    assert (hit.note_id, hit.title, hit.plain_snippet()) == (
        note.id,
        "Overtaken within a day",
        "The [Presidium] decided otherwise.",
    )
    services.notes.move_to_trash(note.id)
    assert services.search.search("presidium").hits == []
    services.library.move_to_trash(declaration)
    assert services.search.search("Warsaw").hits == []


def test_the_index_follows_corrections(services: Services, declaration: int) -> None:
    services.library.edit_paragraph(declaration, 18, "A corrected paragraph about Tito.")
    assert where(services.search.search("Tito")) == [("Declaratio", 18)]
    assert {hit.paragraph for hit in services.search.search('"Warsaw Treaty"').hits} == {11, 12, 13}
    services.library.edit_paragraph(declaration, 18, "Back to Warsaw.")
    assert where(services.search.search("Tito")) == []


@pytest.mark.sqlite_only  # FTS5's triggers, which a batch migration on SQLite drops with the table
def test_the_index_follows_corrections_and_survives_a_rebuilt_table(
    started: tuple[Library, Services], declaration: int
) -> None:
    library, services = started
    services.library.edit_paragraph(declaration, 18, "A corrected paragraph about Tito.")
    assert where(services.search.search("Tito")) == [("Declaratio", 18)]
    assert {hit.paragraph for hit in services.search.search('"Warsaw Treaty"').hits} == {11, 12, 13}
    with library.engine.begin() as connection:  # as a batch migration would leave it: triggers gone
        connection.execute(text("DROP TRIGGER paragraphs_search_update"))
        create_search_index(lambda sql: connection.execute(text(sql)))
    services.library.edit_paragraph(declaration, 18, "Back to Warsaw.")
    assert where(services.search.search("Tito")) == []
    assert {hit.paragraph for hit in services.search.search("Warsaw").hits} == {11, 12, 13, 18}


@pytest.mark.parametrize(
    ("typed", "paragraphs"),
    [
        ('"', []),  # a quote left open
        ("NEAR(", []),
        ("AND", [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 16, 18, 19, 20]),  # alone, an operator is a word
        ("OR", [13]),
        ("*", []),
        ("co-operation", [1, 2, 6]),  # the Declaration's "cooperation"
        ("emperor's", []),
        ("1648.", []),
        ("", []),
        ("-", []),
    ],
)
def test_whatever_is_typed_gets_an_answer_not_an_error(
    services: Services, declaration: int, typed: str, paragraphs: list[int]
) -> None:
    results = services.search.search(typed)
    assert sorted(hit.paragraph or 0 for hit in results.hits) == paragraphs
    assert {hit.document_id for hit in results.hits} <= {declaration}
    assert (results.message, results.more) == ("", False)
