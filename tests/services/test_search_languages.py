"""Search in the sources' languages: a dictionary form finds its inflections, as typed first, in its own language.

The Hungarian texts are the Hungarian government's declaration of neutrality of 1 November 1956 and Imre
Nagy's radio announcement of 4 November 1956 (official documents: Act LXXVI of 1999, 1. § (4)), as quoted
by the 1956 Institute's and the newspapers' pages; the Russian, the communiqué of the Warsaw Treaty's
Political Consultative Committee of 24 May 1958 (an official document of an international organisation).
"""

import sqlite3
from dataclasses import replace

import pytest

from app.domain.documents import DocumentMetadata
from app.services.infrastructure.storage import Library
from app.services.library import NewDocument
from app.services.registry import Services, open_services

NEUTRALITY = (
    "Magyarország népe!",
    (
        "A magyar nemzeti kormány a magyar nép és a történelem előtti mély felelősségérzettől áthatva, a magyar nép "
        "millióinak osztatlan akaratát kifejezve kinyilvánítja a Magyar Népköztársaság semlegességét. A magyar nép "
        "a függetlenség és egyenjogúság alapján, az ENSZ alapokmánya szellemének megfelelően, igaz barátságban kíván "
        "élni szomszédaival, a Szovjetunióval és a világ valamennyi népével. Nemzeti forradalma vívmányainak "
        "megszilárdítását és továbbfejlesztését óhajtja anélkül, hogy bármelyik hatalmi csoportosuláshoz csatlakoznék."
    ),
    (
        "A magyar nép évszázados álma valósul meg ezzel. A forradalmi harc, melyet a magyar múlt és a jelen hősei "
        "vívtak, végre győzelemre vitte a szabadság, a függetlenség ügyét!"
    ),
)
ANNOUNCEMENT = (
    (
        "Itt Nagy Imre beszél, a Magyar Népköztársaság minisztertanácsának elnöke. Ma hajnalban a szovjet csapatok "
        "támadást indítottak fővárosunk ellen azzal a nyilvánvaló szándékkal, hogy megdöntsék a törvényes magyar "
        "demokratikus kormányt. Csapataink harcban állnak! A kormány a helyén van. Ezt közlöm az ország népével és a "
        "világ közvéleményével!"
    ),
)
COMMUNIQUE = (
    (
        "24 мая 1958г. в Москве состоялось совещание Политического консультативного комитета государств-участников "
        "Варшавского Договора о дружбе, сотрудничестве и взаимной помощи."
    ),
    (
        "На совещании консультативного комитета в соответствии со статьей 3 Варшавского Договора, предусматривающей "
        "консультации между государствами-участниками договора по всем важным международным вопросам, состоялся "
        "обмен мнениями о современном международном положении."
    ),
)


@pytest.fixture
def hungarian(services: Services) -> tuple[int, int]:
    """The two Hungarian texts, imported without a language: Parallax detects it."""
    neutrality = services.library.add_document(NewDocument(DocumentMetadata(title="Semlegességi nyilatkozat"),
                                                           NEUTRALITY))  # fmt: skip
    announcement = services.library.add_document(NewDocument(DocumentMetadata(title="Nagy Imre rádióbeszéde"),
                                                             ANNOUNCEMENT))  # fmt: skip
    return neutrality, announcement


def found(services: Services, typed: str) -> list[tuple[str, int | None, bool]]:
    return [(hit.title[:12], hit.paragraph, hit.other_forms) for hit in services.search.search(typed).hits]


def test_a_documents_language_is_detected_when_it_is_not_given(services: Services, hungarian: tuple[int, int]) -> None:
    assert [services.library.get_document(doc).metadata.language for doc in hungarian] == ["hu", "hu"]


def test_a_hungarian_dictionary_form_finds_its_inflections(services: Services, hungarian: tuple[int, int]) -> None:
    assert found(services, "semlegesség") == [("Semlegességi", 2, True)]
    assert found(services, "semlegesseg") == [("Semlegességi", 2, True)]  # typed without accents
    assert sorted(found(services, "forradalom")) == [("Semlegességi", 2, True), ("Semlegességi", 3, True)]
    assert {(title, number) for title, number, _ in found(services, "csapat")} == {("Nagy Imre rá", 1)}
    [hit] = services.search.search("szomszéd").hits
    assert "[szomszédaival]" in hit.plain_snippet()
    assert hit.marked_words() == ["szomszédaival"]


def test_the_words_as_typed_rank_above_their_other_forms(services: Services, hungarian: tuple[int, int]) -> None:
    assert found(services, "forradalmi") == [("Semlegességi", 3, False), ("Semlegességi", 2, True)]
    assert found(services, "nép")[0][2] is False  # "népe", "nép" as typed come before "népével"
    marks = [hit.other_forms for hit in services.search.search("nép").hits]
    assert marks == sorted(marks)


def test_quotes_and_prefixes_match_as_typed(services: Services, hungarian: tuple[int, int]) -> None:
    assert found(services, '"forradalom"') == []
    assert found(services, '"forradalma"') == [("Semlegességi", 2, False)]
    assert sorted(found(services, "forradal*")) == [("Semlegességi", 2, False), ("Semlegességi", 3, False)]
    # ¶2 says "semlegességét" and "forradalma": left out; the title ("Semlegességi nyilatkozat") stays
    assert found(services, "semlegesség -forradalom") == [("Semlegességi", None, True)]


def test_russian_inflections_are_found(services: Services) -> None:
    services.library.add_document(NewDocument(DocumentMetadata(title="Коммюнике", language="ru"), COMMUNIQUE))
    assert sorted(number or 0 for _, number, _ in found(services, "Варшавский договор")) == [1, 2]
    assert found(services, "совещание") == [("Коммюнике", 1, False), ("Коммюнике", 2, True)]
    assert found(services, "консультация") == [("Коммюнике", 2, True)]


def test_english_words_are_found_in_other_forms_too(services: Services, declaration: int) -> None:
    hits = services.search.search("withdrawal").hits
    assert hits
    assert all(hit.document_id == declaration for hit in hits)
    assert hits[0].paragraph == 17
    assert hits[0].other_forms is True  # the Declaration says "withdraw"


def test_a_note_is_keyed_in_its_own_language(services: Services, hungarian: tuple[int, int]) -> None:
    note = services.notes.create(title="Semlegesség", body="Nagy a Varsói Szerződésből való kilépést jelenti be.")
    [hit] = services.search.search("kilépés").hits
    assert (hit.note_id, hit.other_forms) == (note.result.id, True)
    assert "[kilépést]" in hit.plain_snippet()
    services.notes.save(note.result.id, title="Semlegesség", body="A csapatok kivonása.")
    assert services.search.search("kilépés").hits == []
    assert [hit.note_id for hit in services.search.search("kivonás").hits] == [note.result.id]


def test_a_corrected_paragraph_is_keyed_anew(services: Services, hungarian: tuple[int, int]) -> None:
    services.library.edit_paragraph(hungarian[0], 1, "Magyarország népe! A forradalmának győzelme!")
    assert ("Semlegességi", 1, True) in found(services, "forradalom")


def test_a_documents_words_follow_its_language(services: Services, hungarian: tuple[int, int]) -> None:
    metadata = services.library.get_document(hungarian[0]).metadata
    services.library.update_metadata(hungarian[0], replace(metadata, language="en"))
    assert found(services, "semlegesség") == []  # English keys do not take Hungarian endings off
    services.library.update_metadata(hungarian[0], replace(metadata, language="hu"))
    assert found(services, "semlegesség") == [("Semlegességi", 2, True)]


@pytest.mark.sqlite_only  # another program writing the file (on PostgreSQL: tests/services/test_shared_search.py)
def test_rows_written_without_keys_are_keyed_when_the_library_opens(started: tuple[Library, Services]) -> None:
    library, services = started
    assert library.path is not None
    with sqlite3.connect(library.path) as raw:  # another program (or an older Parallax) adds a document
        raw.execute(
            "INSERT INTO documents (id, title, issuer, date_edtf, date_approximate, place, language, kind, "
            "source_publication, source_editor, source_publisher, source_place, source_year, source_pages, "
            "source_number, archive, url, rights, original_format, content_hash, created_at, updated_at) VALUES "
            "(500, 'Hirdetmény', '', '', 0, '', '', 'other', '', '', '', '', '', '', '', '', '', '', '', 'h', "
            "'2026-01-01', '2026-01-01')"
        )
        raw.executemany("INSERT INTO paragraphs (document_id, position, number, kind, level, label, text) "
                        "VALUES (500, ?, ?, 'paragraph', 0, '', ?)",
                        [(number, number, text) for number, text in enumerate(NEUTRALITY, start=1)])  # fmt: skip
    assert [hit.other_forms for hit in services.search.search("semlegesség").hits] == []
    library.close()
    library, services = open_services(library.path)
    try:
        assert found(services, "semlegesség") == [("Hirdetmény", 2, True)]
        assert services.library.get_document(500).metadata.language == "hu"
    finally:
        library.close()


def test_the_languages_of_the_library_are_prepared_before_anyone_searches(services: Services) -> None:
    services.library.add_document(NewDocument(DocumentMetadata(title="Коммюнике", language="ru"), COMMUNIQUE))
    assert services.search.prepare_word_forms() == ["en", "ru"]  # the Declaration is English
    assert found(services, "совещание") == [("Коммюнике", 1, False), ("Коммюнике", 2, True)]
