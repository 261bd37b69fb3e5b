"""Citations for reference managers: CSL-JSON items and BibTeX entries, each checked for the shape its format asks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.citation.chicago import (
    bibtex_entry,
    bibtex_key,
    csl_item,
)
from app.domain.documents import DocumentKind, DocumentMetadata, SourceCitation
from tests.builders import DECLARATION
from tests.domain.citation.csl import check_csl_item

# CSL-JSON ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "csl_type", "genre"),
    [
        (DocumentKind.DECLARATION, "document", "declaration"),
        (DocumentKind.SPEECH, "speech", "speech"),
        (DocumentKind.BROADCAST, "speech", "radio broadcast"),
        (DocumentKind.TELEGRAM, "personal_communication", "telegram"),
        (DocumentKind.LETTER, "personal_communication", "letter"),
        (DocumentKind.RESOLUTION, "document", "resolution"),
        (DocumentKind.MINUTES, "document", "minutes"),
        (DocumentKind.NEWSPAPER_ARTICLE, "document", None),
        (DocumentKind.MEMOIR, "book", None),
        (DocumentKind.OTHER, "document", None),
    ],
)
def test_csl_types_follow_the_kind_of_document(kind: DocumentKind, csl_type: str, genre: str | None) -> None:
    item = csl_item(DocumentMetadata(title="A", issuer="Imre Nagy", kind=kind, place="Budapest"), "a")
    check_csl_item(item)
    assert (item["type"], item.get("genre")) == (csl_type, genre)
    assert item["author"] == [{"family": "Nagy", "given": "Imre"}]
    assert ("event-place" in item) != (kind in (DocumentKind.NEWSPAPER_ARTICLE, DocumentKind.MEMOIR))
    in_volume = csl_item(replace(DECLARATION, kind=kind), "b")
    check_csl_item(in_volume)
    if kind is not DocumentKind.NEWSPAPER_ARTICLE:
        assert in_volume["type"] == "chapter"
        assert in_volume["container-title"] == "Documents on American Foreign Relations, 1956"
        assert in_volume["page"] == "252-255"


def test_a_chapter_is_issued_with_its_book_and_keeps_its_own_date_as_original_date() -> None:
    item = csl_item(DECLARATION, "declaration")
    assert item["issued"] == {"date-parts": [[1957]]}
    assert item["original-date"] == {"date-parts": [[1956, 10, 30]]}
    assert item["author"] == [{"literal": "Government of the USSR"}]
    assert item["editor"] == [{"family": "Zinner", "given": "Paul E."}]
    assert (item["publisher-place"], item["event-place"]) == ("New York", "Moscow")


@pytest.mark.parametrize(
    ("edtf", "issued"),
    [
        ("1956-10-30", {"date-parts": [[1956, 10, 30]]}),
        ("1956-10-30T14:28", {"date-parts": [[1956, 10, 30]]}),
        ("1956-11", {"date-parts": [[1956, 11]]}),
        ("1956", {"date-parts": [[1956]]}),
        ("1956-10-29~", {"date-parts": [[1956, 10, 29]], "circa": True}),
        ("1956-11-01/1956-11-02", {"date-parts": [[1956, 11, 1], [1956, 11, 2]]}),
        ("autumn 1956", {"literal": "autumn 1956"}),
        ("", None),
    ],
)
def test_csl_dates_keep_their_precision(edtf: str, issued: dict[str, object] | None) -> None:
    item = csl_item(DocumentMetadata(title="A", date_edtf=edtf), "a")
    check_csl_item(item)
    assert item.get("issued") == issued


def test_a_newspaper_article_is_in_its_newspaper() -> None:
    meta = DocumentMetadata(
        title="A",
        kind=DocumentKind.NEWSPAPER_ARTICLE,
        place="Moscow",
        date_edtf="1956-10-31",
        source=SourceCitation(publication="Pravda", pages="1"),
    )
    item = csl_item(meta, "p")
    assert item["type"] == "article-newspaper"
    assert (item["container-title"], item["publisher-place"], item["page"]) == ("Pravda", "Moscow", "1")
    assert "author" not in item


def test_csl_editors_are_names_and_et_al_is_left_to_the_style() -> None:
    meta = replace(DECLARATION, source=replace(DECLARATION.source, editor="Edward C. Keefer et al."))
    assert csl_item(meta, "x")["editor"] == [{"family": "Keefer", "given": "Edward C."}]


# BibTeX ------------------------------------------------------------------------------------------------------------


def test_bibtex_keys_are_ascii_and_unique() -> None:
    nagy = DocumentMetadata(title="On Neutrality", issuer="Imre Nagy", date_edtf="1956-11-01")
    gomulka = DocumentMetadata(title="Speech at the Eighth Plenum", issuer="Władysław Gomułka", date_edtf="1956-10-20")
    assert bibtex_key(DECLARATION, set()) == "ussr1956declaration"
    assert bibtex_key(nagy, set()) == "nagy1956neutrality"
    assert bibtex_key(gomulka, set()) == "gomulka1956speech"
    taken = {"nagy1956neutrality"}
    for expected in ("nagy1956neutralityb", "nagy1956neutralityc"):
        key = bibtex_key(nagy, taken)
        assert key == expected
        taken.add(key)
    assert bibtex_key(nagy, taken) == "nagy1956neutralityd"
    many = {"xdocument"} | {"xdocument" + chr(c) for c in range(ord("b"), ord("z") + 1)}
    assert bibtex_key(DocumentMetadata(title="", issuer="X"), many) == "xdocumentba"


@pytest.mark.parametrize(
    ("meta", "key"),
    [
        (
            DocumentMetadata(
                title="Декларация", issuer="Правительство СССР", date_edtf="1956-10-30", kind=DocumentKind.DECLARATION
            ),
            "declaration1956",
        ),
        (
            DocumentMetadata(title="Декларация", kind=DocumentKind.NEWSPAPER_ARTICLE, date_edtf="1956-10-31"),
            "article1956",
        ),
        (
            DocumentMetadata(
                title="Декларация",
                kind=DocumentKind.NEWSPAPER_ARTICLE,
                source=SourceCitation(publication="Pravda"),
                date_edtf="1956-10-31",
            ),
            "pravda1956article",
        ),
        (DocumentMetadata(title="The Hungarian Question", issuer="United Nations General Assembly"), "ungahungarian"),
        (DocumentMetadata(title="Közlemény", issuer="Magyar Írók Szövetsége"), "miskozlemeny"),
        (DocumentMetadata(title="A", kind=DocumentKind.OTHER), "document"),
        (DocumentMetadata(title="1956 and After", date_edtf="1957"), "after1957"),
        (DocumentMetadata(title="Working Notes", issuer="Presidium of the CPSU Central Committee"), "cpsuworking"),
    ],
)
def test_bibtex_keys_fall_back_to_the_kind_of_document(meta: DocumentMetadata, key: str) -> None:
    assert bibtex_key(meta, set()) == key
    assert key.isascii()


def test_bibtex_escapes_what_latex_would_read() -> None:
    meta = DocumentMetadata(
        title="50% of {all} $ & #1_x ~ ^ \\ end",
        issuer="Harper & Brothers",
        date_edtf="1956-10",
        url="https://example.org/a_b%20c?d=1#e",
    )
    entry = bibtex_entry(meta, "k")
    assert (
        r"title = {{50\% of \{all\} \$ \& \#1\_x \textasciitilde{} \textasciicircum{} \textbackslash{} end}}" in entry
    )
    assert "author = {{Harper \\& Brothers}}" in entry
    assert "url = {https://example.org/a_b%20c?d=1#e}" in entry
    assert "  month = oct,\n" in entry
    assert entry.count("{") == entry.count("}") + entry.count("\\{") - entry.count("\\}")


def test_bibtex_entry_types_and_dates() -> None:
    entry = bibtex_entry(DECLARATION, "ussr1956declaration")
    assert entry.startswith("@incollection{ussr1956declaration,\n")
    assert "  date = {1957},\n  origdate = {1956-10-30},\n  year = {1957},\n" in entry
    assert "  pages = {252--255},\n" in entry
    assert "Gomułka" in bibtex_entry(DocumentMetadata(title="Speech", issuer="Władysław Gomułka"), "g")
    approximate = bibtex_entry(DocumentMetadata(title="A", date_edtf="1956-10-29~"), "a")
    assert "date = {1956-10-29~}" in approximate
    span = bibtex_entry(DocumentMetadata(title="A", date_edtf="1956-11-01/1956-11-02T10:00"), "a")
    assert "date = {1956-11-01/1956-11-02}" in span
    assert "month = nov" in span
    editors = replace(DECLARATION.source, editor="Csaba Békés, Malcolm Byrne, and János M. Rainer")
    assert "editor = {Békés, Csaba and Byrne, Malcolm and Rainer, János M.}" in bibtex_entry(
        replace(DECLARATION, source=editors), "b"
    )
    keefer = replace(DECLARATION.source, editor="Edward C. Keefer et al.")
    assert "editor = {Keefer, Edward C. and others}" in bibtex_entry(replace(DECLARATION, source=keefer), "k")
