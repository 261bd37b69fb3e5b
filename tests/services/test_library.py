from pathlib import Path

import pytest

from app.domain.documents import DocumentDetail, DocumentKind, DocumentMetadata
from app.services.library import DocumentNotFoundError, InvalidDocumentError, NewDocument
from app.services.registry import Services, open_services
from tests.builders import declaration_id


def _declaration(services: Services) -> DocumentDetail:
    return services.library.get_document(declaration_id(services))


def test_first_start_puts_the_declaration_in_the_library_with_its_metadata(services: Services) -> None:
    [summary] = services.library.list_documents()
    meta = summary.metadata
    assert meta.title.startswith("Declaration by the Soviet Government on the Principles of Development")
    assert meta.issuer == "Government of the USSR"
    assert meta.date_display == "30 October 1956"
    assert (meta.place, meta.language, meta.kind) == ("Moscow", "en", DocumentKind.DECLARATION)
    assert meta.source.publication == "Documents on American Foreign Relations, 1956"
    assert meta.source.editor == "Paul E. Zinner"
    assert meta.source.pages == "252–255"
    assert "Harper & Brothers" in meta.source.publisher
    assert meta.url.startswith("http://www.cvce.eu/obj/declaration_by_the_soviet_government_moscow_30_october_1956")
    assert meta.rights
    assert summary.paragraph_count == 20


def test_starting_again_never_duplicates_it(db_path: Path) -> None:
    for _ in range(3):
        library, services = open_services(db_path)
        assert len(services.library.list_documents()) == 1
        library.close()


def test_the_text_is_the_document_only_with_its_paragraphs_as_printed(services: Services) -> None:
    document = _declaration(services)
    paragraphs = document.paragraphs
    assert [p.number for p in paragraphs] == list(range(1, 21))
    assert paragraphs[0].text.startswith("A policy of peaceful coexistence, friendship and cooperation")
    assert paragraphs[-1].text.endswith("to buttress the great cause of peace and socialism.")
    # The seed breaks ¶11 across a page; the printed paragraph is whole.
    assert "between the Soviet Union and the people's democracies is the Warsaw Treaty" in paragraphs[10].text
    # ¶17–18: the offer to withdraw from Budapest and to negotiate on Soviet troops in Hungary.
    assert "withdraw the Soviet military units from the city of Budapest" in paragraphs[16].text
    assert "negotiations with the government of the Hungarian People's Republic" in paragraphs[17].text
    whole = "\n".join(p.text for p in paragraphs)
    for web_page_part in ("Caption", "Copyright", "URL", "Last updated", "cvce", "**", "*Moscow", "#", "["):
        assert web_page_part not in whole
    assert "Moscow, October 30, 1956" not in whole  # the dateline is metadata, not ¶1


def test_unknown_documents_are_reported_by_id(services: Services) -> None:
    with pytest.raises(DocumentNotFoundError, match="no document with ID 999"):
        services.library.get_document(999)


def test_adding_a_document_numbers_its_paragraphs_and_sorts_by_date(services: Services) -> None:
    new = NewDocument(
        DocumentMetadata(
            title="Nagy's broadcast", issuer="Imre Nagy", date_edtf="1956-11-01", kind=DocumentKind.BROADCAST
        ),
        ("  People of Hungary!  ", "", "The Hungarian National Government…"),
    )
    doc_id = services.library.add_document(new)
    document = services.library.get_document(doc_id)
    assert [(p.number, p.text) for p in document.paragraphs] == [
        (1, "People of Hungary!"),
        (2, "The Hungarian National Government…"),
    ]
    assert [d.metadata.date_display for d in services.library.list_documents()] == [
        "30 October 1956",
        "1 November 1956",
    ]


@pytest.mark.parametrize(
    ("title", "paragraphs", "date", "message"),
    [
        ("  ", ("text",), "", "needs a title"),
        ("Empty", ("", "  "), "", "needs some text"),
        ("Bad date", ("text",), "1956-02-30", "no such date"),
    ],
)
def test_a_document_that_cannot_be_stored_changes_nothing(
    services: Services, title: str, paragraphs: tuple[str, ...], date: str, message: str
) -> None:
    with pytest.raises(InvalidDocumentError, match=message):
        services.library.add_document(NewDocument(DocumentMetadata(title=title, date_edtf=date), paragraphs))
    assert len(services.library.list_documents()) == 1
