"""Reading TEI: a single text and an edition of many documents, with nothing loaded from outside the file."""

from pathlib import Path

import pytest

from app.domain.dates.historical import HistoricalDate, Precision
from app.domain.documents import Footnote
from app.services.importers.base import FileImportError
from app.services.importers.detect import extract
from app.services.importers.tei import read_tei
from app.services.importers.tei_blocks import TeiDocument
from tests.builders import SINGLE, edition_xml


def _documents() -> dict[str, TeiDocument]:
    return {d.number: d for d in read_tei(edition_xml().encode()).documents("document")}


def test_an_edition_offers_its_levels_and_reads_each_document_with_title_date_place_and_pages() -> None:
    text = read_tei(edition_xml().encode())
    assert text.levels == [("chapter", 1), ("document", 6)]
    assert text.default_level == "document"
    documents = text.documents("document")
    assert [d.number for d in documents] == ["133", "134", "135", "136", "137", "138"]
    first = documents[0]
    assert first.title == "133. Telegram From the Legation in Hungary to the Department of State"  # notes left out
    assert first.place == "Budapest"
    assert first.paragraphs == (
        "Nagy announced the end of the one-party system. Tildy and Kádár spoke after him.",  # lb is a space
        "Soviet troops are leaving Budapest, so the Legation is told.",
        "Wailes",
    )
    assert first.pages == ("317", "318", "318")  # each paragraph's page, from the pb before it
    assert first.page_span == "317–318"
    assert documents[2].page_span == "318–319"


@pytest.mark.parametrize(
    ("number", "edtf", "precision"),
    [
        ("133", "1956-10-30T13:00:00+01:00", Precision.TIME),  # the dateline's date/@when, on Budapest's clock
        ("134", "1956-10-30/1956-11-01", Precision.DAY),  # FRUS bounds on different days: a range
        ("135", "1956-11-01", Precision.DAY),  # the dateline as written
        ("136", "1956-11-02/1956-11-03", Precision.DAY),  # @notBefore/@notAfter
        ("137", "1956-11-04", Precision.DAY),  # a dateline without a <date>
        ("138", "1956-09-20", Precision.DAY),  # FRUS bounds on one day
    ],
)
def test_each_document_is_dated_from_the_best_evidence_with_its_precision(
    number: str, edtf: str, precision: Precision
) -> None:
    document = _documents()[number]
    assert document.date_edtf == edtf
    assert HistoricalDate.parse(edtf).precision is precision


def test_notes_are_footnotes_under_their_paragraph_or_the_heading_never_in_the_text() -> None:
    first = _documents()["133"]
    assert first.footnotes == (
        Footnote(None, "1", "Source: Department of State, Central Files, 764.00/10–3056. Secret; Niact."),
        Footnote(1, "2", "Radio Kossuth, 2:28 p.m."),
    )
    assert not any("Radio Kossuth" in paragraph or "Central Files" in paragraph for paragraph in first.paragraphs)


def test_another_level_makes_each_such_division_one_document() -> None:
    [chapter] = read_tei(edition_xml().encode()).documents("chapter")
    assert chapter.title == "Hungary"
    assert chapter.paragraphs[0] == "133. Telegram From the Legation in Hungary to the Department of State"
    assert len(chapter.paragraphs) == 6 + 9  # the documents' heads, then their nine blocks of text


def test_the_header_gives_the_editions_citation() -> None:
    header = read_tei(edition_xml().encode()).header
    assert header.title == "Foreign Relations of the United States, 1955–1957, Volume XXV, Eastern Europe"
    assert header.source.editor == "Edward C. Keefer and Ronald D. Landa"  # the primary editors
    assert (header.source.publisher, header.source.place, header.source.year) == (
        "United States Government Printing Office",
        "Washington",
        "1990",
    )
    assert header.language == "en"


def test_a_single_text_is_one_document_with_its_header_dateline_and_footnote() -> None:
    extracted = extract("nagy.xml", SINGLE.encode())
    assert extracted.original_format == "application/tei+xml"
    assert extracted.title == "Message of Imre Nagy to the Secretary-General"
    assert (extracted.date_text, extracted.place, extracted.language) == ("1956-11-01", "Budapest", "en")
    assert extracted.paragraphs[1] == "The Hungarian Government declares its neutrality."
    assert extracted.footnotes == (Footnote(1, "1", "That is, the Council of Ministers."),)
    assert "Council of Ministers" not in extracted.paragraphs[0]
    assert extracted.source.publisher == "A Small Digital Edition"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>unclosed</body></text></TEI>', "not well-formed"),
        (b'<?xml version="1.0"?><other xmlns="urn:x"><p>http://www.tei-c.org/ns/1.0</p></other>', "not TEI"),
        (b'<?xml version="1.0"?><catalogue><item>one</item></catalogue>', "not TEI"),
    ],
)
def test_what_is_not_well_formed_tei_is_one_clear_line(data: bytes, message: str) -> None:
    with pytest.raises(FileImportError, match=message) as caught:
        extract("volume.xml", data)
    assert "\n" not in str(caught.value)


def test_no_external_entity_or_dtd_is_ever_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("THE SECRET", encoding="utf-8")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY fromdtd "FROM THE DTD">', encoding="utf-8")
    doctype = (
        f'<!DOCTYPE TEI SYSTEM "{dtd.as_uri()}" [<!ENTITY xxe SYSTEM "{secret.as_uri()}">'
        '<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    documents = '<div type="document" n="1"><head>A</head><p>Before &xxe; &fromdtd; &lol2; after.</p></div>'
    [document] = read_tei(edition_xml(documents, doctype).encode()).documents("document")
    assert document.paragraphs == ("Before after.",)  # the entities are not expanded: not even the internal ones


def test_xinclude_is_never_followed(tmp_path: Path) -> None:
    included = tmp_path / "included.xml"
    included.write_text('<p xmlns="http://www.tei-c.org/ns/1.0">INCLUDED TEXT</p>', encoding="utf-8")
    documents = (
        '<div type="document" n="1"><head>A</head><p>Own text.</p>'
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{included.as_uri()}"/></div>'
    )
    [document] = read_tei(edition_xml(documents).encode()).documents("document")
    assert document.paragraphs == ("Own text.",)
