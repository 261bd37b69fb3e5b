"""Citations: Chicago notes and bibliography, CSL-JSON and BibTeX, checked against golden files.

The golden files under tests/domain/golden/citations/ hold the exact text Parallax produces for one realistic 1956
source of each kind. When a change to the output is intended, regenerate them with

    PARALLAX_REGOLD=1 python -m pytest tests/domain/test_citation.py

and read the diff in git before committing it. Without that variable a golden test never writes anything: it fails
with a diff of what changed, and a missing golden file is a failure too.
"""

from __future__ import annotations

import difflib
import json
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.citation.chicago import (
    Citation,
    Locator,
    Run,
    bibliography_entry,
    bibtex_entry,
    bibtex_key,
    csl_item,
    note_citation,
    short_note,
    sort_key,
)
from app.domain.citation.parts import abbreviate_pages, inverted, is_person, short_title, split_names, surname
from app.domain.documents import DocumentKind, DocumentMetadata, SourceCitation
from app.services.bundled import DECLARATION_KEY, load_bundled

DECLARATION = load_bundled(DECLARATION_KEY).metadata  # exactly as the app ships it

# Page ranges (Chicago 9.61) ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pages", "written"),
    [
        ("252–255", "252–55"),
        ("101–108", "101–8"),
        ("1496–1504", "1496–1504"),
        ("321–328", "321–28"),
        ("498–532", "498–532"),
        ("100–104", "100–104"),
        ("1100–1113", "1100–1113"),
        ("1087–1089", "1087–89"),
        ("3–10", "3–10"),
        ("71–72", "71–72"),
        ("96–117", "96–117"),
        ("808–833", "808–33"),
        ("1103–1104", "1103–4"),
        ("11564–11615", "11564–615"),
        ("12991–13001", "12991–13001"),
        ("252-255", "252–55"),
        ("252--255", "252–55"),
        ("252 – 255", "252–55"),
        ("252–255, 260–262", "252–55, 260–62"),
        ("254", "254"),
        ("xii–xv", "xii–xv"),
        ("doc. 148", "doc. 148"),
        ("255–252", "255–252"),
        ("", ""),
    ],
)
def test_page_ranges_are_abbreviated_as_chicago_does(pages: str, written: str) -> None:
    assert abbreviate_pages(pages) == written


# Names ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("issuer", "listed", "short"),
    [
        ("Imre Nagy", "Nagy, Imre", "Nagy"),
        ("Dwight D. Eisenhower", "Eisenhower, Dwight D.", "Eisenhower"),
        ("Władysław Gomułka", "Gomułka, Władysław", "Gomułka"),
        ("Charles de Gaulle", "Gaulle, Charles de", "Gaulle"),
        ("Government of the USSR", "Government of the USSR", "Government of the USSR"),
        ("United Nations General Assembly", "United Nations General Assembly", "United Nations General Assembly"),
        ("United Nations", "United Nations", "United Nations"),
        ("Presidium of the CPSU Central Committee", "Presidium of the CPSU Central Committee", None),
        ("United States Legation in Hungary", "United States Legation in Hungary", None),
        ("Soviet Embassy", "Soviet Embassy", None),
        ("Hungarian Workers Party", "Hungarian Workers Party", None),
        ("TASS", "TASS", "TASS"),
        ("Radio Free Europe", "Radio Free Europe", None),
        ("Nagy", "Nagy", "Nagy"),
        ("Dwight D. Eisenhower Jr.", "Dwight D. Eisenhower Jr.", None),
        ("the editors", "the editors", None),
        ("Magyar Írók Szövetsége", "Magyar Írók Szövetsége", None),
        ("Правительство СССР", "Правительство СССР", None),
        ("Никита Хрущёв", "Хрущёв, Никита", "Хрущёв"),
    ],
)
def test_persons_are_inverted_and_institutions_never(issuer: str, listed: str, short: str | None) -> None:
    assert inverted(issuer) == listed
    assert surname(issuer) == (short or issuer)
    assert is_person(issuer) == (listed != issuer)


@pytest.mark.parametrize(
    ("editors", "names", "others"),
    [
        ("Paul E. Zinner", ["Paul E. Zinner"], False),
        ("Csaba Békés, Malcolm Byrne, and János M. Rainer", ["Csaba Békés", "Malcolm Byrne", "János M. Rainer"], False),
        ("Csaba Békés, Malcolm Byrne and János M. Rainer", ["Csaba Békés", "Malcolm Byrne", "János M. Rainer"], False),
        ("Edward C. Keefer et al.", ["Edward C. Keefer"], True),
        ("A. Smith & B. Jones", ["A. Smith", "B. Jones"], False),
        ("", [], False),
    ],
)
def test_editor_lists_are_split_into_names(editors: str, names: list[str], others: bool) -> None:
    assert split_names(editors) == (names, others)


# Short titles ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "short"),
    [
        (
            (
                "Declaration by the Soviet Government on the Principles of Development and further Strengthening "
                "of Friendship and Cooperation between the Soviet Union and Other Socialist States"
            ),
            "Declaration by the Soviet Government",
        ),
        ("Telegram From the Legation in Hungary to the Department of State", "Telegram From the Legation"),
        ("Working Notes from the Session of the CPSU CC Presidium on 30 October 1956", "Working Notes"),
        ("Resolution 1004 (ES-II): The Situation in Hungary", "Resolution 1004 (ES-II)"),
        ("The Hungarian Question", "Hungarian Question"),
        ("Letter to Dag Hammarskjöld", "Letter to Dag Hammarskjöld"),
        ("Khrushchev Remembers", "Khrushchev Remembers"),
        (
            "Декларация Правительства СССР об основах развития и дальнейшего укрепления дружбы",
            "Декларация Правительства СССР",
        ),
        (
            "A Szovjetunió kormányának nyilatkozata a Szovjetunió és a többi szocialista állam",
            "Szovjetunió kormányának nyilatkozata",
        ),
    ],
)
def test_short_titles_keep_the_first_key_words(title: str, short: str) -> None:
    assert short_title(title) == short


# Notes and bibliography ------------------------------------------------------------------------------------------

DECLARATION_IN_VOLUME = (
    "Government of the USSR, “Declaration by the Soviet Government on the Principles of Development and further "
    "Strengthening of Friendship and Cooperation between the Soviet Union and Other Socialist States,” Moscow, "
    "30 October 1956, in Documents on American Foreign Relations, 1956, ed. Paul E. Zinner (New York: Harper & "
    "Brothers for the Council on Foreign Relations, 1957)"
)


def test_the_declaration_is_cited_from_its_printed_source() -> None:
    assert note_citation(DECLARATION).plain() == DECLARATION_IN_VOLUME + ", 252–55."
    assert (
        note_citation(DECLARATION, Locator(17, page="254")).plain() == DECLARATION_IN_VOLUME + ", 254, ¶17 in Parallax."
    )
    assert note_citation(DECLARATION, Locator(17)).plain() == DECLARATION_IN_VOLUME + ", 252–55, ¶17 in Parallax."
    assert note_citation(DECLARATION, Locator()).plain() == DECLARATION_IN_VOLUME + ", 252–55."
    italic = [run.text for run in note_citation(DECLARATION).runs if run.italic]
    assert italic == ["Documents on American Foreign Relations, 1956"]


@pytest.mark.parametrize(
    ("locator", "ending"),
    [
        (None, "Government.”"),
        (Locator(), "Government,” 252–55."),  # where the passage's page is not known, the document's pages
        (Locator(page="  "), "Government,” 252–55."),
        (Locator(17), "Government,” 252–55, ¶17 in Parallax."),
        (Locator(17, 18), "Government,” 252–55, ¶¶17–18 in Parallax."),
        (Locator(17, 17), "Government,” 252–55, ¶17 in Parallax."),
        (Locator(page="254"), "Government,” 254."),
        (Locator(17, 18, page="254–255"), "Government,” 254–55, ¶¶17–18 in Parallax."),
        (Locator(page="2", own="op. para. 3"), "Government,” 2, op. para. 3."),
    ],
)
def test_locators_in_a_short_note(locator: Locator | None, ending: str) -> None:
    assert short_note(DECLARATION, locator).plain() == "Government of the USSR, “Declaration by the Soviet " + ending


def test_locator_text() -> None:
    assert Locator(17).display() == "¶17 in Parallax"
    assert Locator(17, 18).display() == "¶¶17–18 in Parallax"
    assert Locator(17, page="254").display() == "254, ¶17 in Parallax"
    assert Locator(page="xii").display() == "xii"
    assert Locator().display() == ""


@pytest.mark.parametrize(("paragraph", "end"), [(0, None), (5, 4), (None, 4)])
def test_a_locator_that_is_not_a_run_of_paragraphs_is_refused(paragraph: int | None, end: int | None) -> None:
    with pytest.raises(ValueError, match="paragraph"):
        Locator(paragraph, end)


def test_a_series_number_stays_in_front_of_a_paragraph_locator() -> None:
    frus = replace(DECLARATION, source=replace(DECLARATION.source, pages="doc. 148"))
    assert note_citation(frus).plain().endswith("1957), doc. 148.")
    assert note_citation(frus, Locator(3)).plain().endswith("1957), doc. 148, ¶3 in Parallax.")


@pytest.mark.parametrize(
    ("title", "note_part", "bibliography_part"),
    [
        ("Is Hungary Neutral?", "“Is Hungary Neutral?” Budapest", "“Is Hungary Neutral?” Budapest"),
        ("Stop the Bloodshed!", "“Stop the Bloodshed!” Budapest", "“Stop the Bloodshed!” Budapest"),
        ("Report on the U.S.S.R.", "“Report on the U.S.S.R.,” Budapest", "“Report on the U.S.S.R.” Budapest"),
        ('On the "Hungarian Question"', "“On the ‘Hungarian Question,’” Budapest", "“On the ‘Hungarian Question.’”"),
    ],
)
def test_a_title_keeps_its_own_closing_mark(title: str, note_part: str, bibliography_part: str) -> None:
    meta = DocumentMetadata(title=title, issuer="Imre Nagy", place="Budapest", kind=DocumentKind.DECLARATION)
    assert note_part in note_citation(meta).plain()
    assert bibliography_part in bibliography_entry(meta).plain()
    bare = DocumentMetadata(title=title)
    for citation in (note_citation(bare), short_note(bare), bibliography_entry(bare)):
        assert not re.search(r"[?!.][”’]?[.,]", citation.plain())


def test_a_descriptor_follows_the_title_unless_the_title_says_it() -> None:
    broadcast = DocumentMetadata(title="On Neutrality", issuer="Imre Nagy", kind=DocumentKind.BROADCAST)
    assert note_citation(broadcast).plain() == "Imre Nagy, “On Neutrality,” radio broadcast."
    assert bibliography_entry(broadcast).plain() == "Nagy, Imre. “On Neutrality.” Radio broadcast."
    telegram = DocumentMetadata(title="Telegram From the Legation", kind=DocumentKind.TELEGRAM)
    assert note_citation(telegram).plain() == "“Telegram From the Legation.”"


def test_a_text_from_a_volume_with_no_author_or_date_still_reads_well() -> None:
    meta = DocumentMetadata(title="", source=SourceCitation(publication="Pravda Digest", pages="3"))
    assert note_citation(meta).plain() == "In Pravda Digest, 3."
    assert bibliography_entry(meta).plain() == "In Pravda Digest, 3."


def test_printed_sources_keep_the_archive_and_url_for_the_bibliography() -> None:
    assert "cvce" not in note_citation(DECLARATION).plain().lower()
    assert bibliography_entry(DECLARATION).plain().endswith("1957. Also available at CVCE.eu, " + DECLARATION.url + ".")
    online = replace(DECLARATION, source=SourceCitation())
    assert note_citation(online).plain().endswith("Moscow, 30 October 1956, CVCE.eu, " + DECLARATION.url + ".")
    assert bibliography_entry(online).plain().endswith("Moscow, 30 October 1956. CVCE.eu. " + DECLARATION.url + ".")


_FIELD_VALUES = {
    "title": [
        "",
        "Declaration on Neutrality",
        "Is Hungary Neutral?",
        "Report on the U.S.S.R.",
        'The "Thaw" Ends',
        "50% {of} #1_x",
    ],
    "issuer": ["", "Imre Nagy", "Government of the USSR", "Dwight D. Eisenhower Jr."],
    "date_edtf": ["", "1956-10-30", "1956-11", "1956-10-29~", "1956-11-01/1956-11-02", "autumn 1956"],
    "place": ["", "Budapest", "Radio Free Kossuth, Budapest"],
    "archive": ["", "Wilson Center Digital Archive"],
    "url": ["", "https://example.org/doc?id=1"],
}
_SOURCE_VALUES = {
    "publication": ["", "Pravda", "Documents on American Foreign Relations, 1956"],
    "editor": ["", "Paul E. Zinner", "Edward C. Keefer et al."],
    "publisher": ["", "Harper & Brothers"],
    "place": ["", "New York"],
    "year": ["", "1957"],
    "pages": ["", "252–255", "doc. 148", "12"],
}


@st.composite
def _metadata(draw: st.DrawFn) -> DocumentMetadata:
    fields = {name: draw(st.sampled_from(values)) for name, values in _FIELD_VALUES.items()}
    source = SourceCitation(**{name: draw(st.sampled_from(values)) for name, values in _SOURCE_VALUES.items()})
    return DocumentMetadata(kind=draw(st.sampled_from(list(DocumentKind))), source=source, **fields)


_LOCATORS = st.one_of(
    st.none(),
    st.builds(Locator, st.sampled_from([None, 17]), st.none(), st.sampled_from([None, "", "254", "xii–xv"])),
    st.just(Locator(17, 18, "254")),
)


@given(_metadata(), _LOCATORS)
def test_missing_parts_leave_no_stray_punctuation(meta: DocumentMetadata, locator: Locator | None) -> None:
    for citation in (note_citation(meta, locator), short_note(meta, locator), bibliography_entry(meta)):
        text = citation.plain()
        for stray in (", ,", ",,", "“”", " ,", " .", "..", "in ,", "()", "  ", ". ,", ", ."):
            assert stray not in text, (stray, text)
        assert text == text.strip()
        assert not re.search(r"[?!][”’]?[.,]", text), text
        assert not text or text.endswith((".", "?", "!", "”")), text
        assert all(run.text for run in citation.runs)


@given(_metadata())
def test_any_metadata_makes_a_valid_csl_item_and_bibtex_entry(meta: DocumentMetadata) -> None:
    check_csl_item(csl_item(meta, "item-1"))
    key = bibtex_key(meta, {"nagy1956declaration"})
    assert re.fullmatch(r"[a-z][a-z0-9]*", key), key
    entry = bibtex_entry(meta, key)
    assert entry.startswith(("@misc{", "@incollection{", "@article{", "@book{"))
    unescaped = entry.replace("\\{", "").replace("\\}", "")
    depth = 0
    for char in unescaped:
        depth += {"{": 1, "}": -1}.get(char, 0)
        assert depth >= 0, entry
    assert depth == 0, entry
    assert ",," not in entry
    assert "{}" not in unescaped.replace("\\textasciitilde{}", "").replace("\\textasciicircum{}", "")


def test_markdown_and_html_escape_the_text_but_not_the_italics() -> None:
    meta = DocumentMetadata(
        title="Stars * Bars <b>",
        issuer="Imre Nagy",
        source=SourceCitation(publication="Tom & Jerry_Papers [1]", pages="3"),
    )
    note = note_citation(meta)
    assert note.plain() == "Imre Nagy, “Stars * Bars <b>,” in Tom & Jerry_Papers [1], 3."
    assert note.markdown() == "Imre Nagy, “Stars \\* Bars \\<b\\>,” in *Tom & Jerry\\_Papers \\[1\\]*, 3."
    assert note.html() == "Imre Nagy, “Stars * Bars &lt;b&gt;,” in <i>Tom &amp; Jerry_Papers [1]</i>, 3."


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("# 1 heading", "\\# 1 heading"),
        ("1956. A list?", "1956\\. A list?"),
        ("- a list", "\\- a list"),
        ("> quoted", "\\> quoted"),
        ("&amp; entity", "\\&amp; entity"),
        ("Harper & Brothers", "Harper & Brothers"),
    ],
)
def test_markdown_never_turns_a_citation_into_another_block(text: str, markdown: str) -> None:
    assert Citation((Run(text),)).markdown() == markdown


def test_adjacent_italic_runs_make_one_emphasis() -> None:
    citation = Citation((Run("in "), Run("Public", italic=True), Run(" Papers", italic=True), Run(".")))
    assert citation.markdown() == "in *Public Papers*."
    assert citation.html() == "in <i>Public Papers</i>."


def test_the_bibliography_sorts_by_inverted_author_then_title() -> None:
    metas = [
        DocumentMetadata(title="Zeta", issuer="Imre Nagy"),
        DocumentMetadata(title="Alpha", issuer="Imre Nagy"),
        DocumentMetadata(title="Khrushchev Remembers", issuer="Nikita Khrushchev", kind=DocumentKind.MEMOIR),
        DocumentMetadata(title="The Hungarian Question", issuer="United Nations General Assembly"),
        DocumentMetadata(title="A Leaflet", issuer=""),
        DocumentMetadata(title="Declaration", issuer="Government of the USSR"),
        DocumentMetadata(
            title="Декларация",
            kind=DocumentKind.NEWSPAPER_ARTICLE,
            source=SourceCitation(publication="Pravda"),
        ),
        DocumentMetadata(title="Émigré Voices", issuer="Ágnes Heller"),
    ]
    ordered = [bibliography_entry(meta).plain()[:20] for meta in sorted(metas, key=sort_key)]
    assert ordered == [
        "Government of the US",
        "Heller, Ágnes. “Émig",
        "Khrushchev, Nikita. ",
        "“A Leaflet.”",
        "Nagy, Imre. “Alpha.”",
        "Nagy, Imre. “Zeta.”",
        "Pravda. “Декларация.",
        "United Nations Gener",
    ]


# CSL-JSON ----------------------------------------------------------------------------------------------------------

CSL_TYPES = frozenset((
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
    "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
    "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
    "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
    "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
    "thesis", "treaty", "webpage",
))  # fmt: skip
CSL_DATES = frozenset(("issued", "original-date", "event-date", "accessed", "available-date", "submitted"))
CSL_NAMES = frozenset(("author", "editor", "translator", "recipient", "container-author"))


def check_csl_item(item: dict[str, object]) -> None:
    """The shape CSL-JSON 1.0 asks of an item, as far as Parallax writes it."""
    assert json.loads(json.dumps(item)) == item
    assert isinstance(item["id"], str)
    assert item["id"]
    assert item["type"] in CSL_TYPES
    for name, value in item.items():
        if name in CSL_DATES:
            assert isinstance(value, dict)
            assert set(value) <= {"date-parts", "circa", "literal"}
            parts = value.get("date-parts", [])
            assert isinstance(parts, list)
            assert 1 <= len(parts) <= 2 or "literal" in value
            assert all(1 <= len(point) <= 3 and all(isinstance(n, int) for n in point) for point in parts)
        elif name in CSL_NAMES:
            assert isinstance(value, list)
            for person in value:
                assert set(person) in ({"literal"}, {"family", "given"}), person
        else:
            assert isinstance(value, str), (name, value)
            assert value == value.strip()
            assert value


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


# Golden files: one realistic source of each kind -------------------------------------------------------------------

GOLDEN = Path(__file__).parent / "golden" / "citations"
REGOLD = os.environ.get("PARALLAX_REGOLD") == "1"

ZINNER_NATIONAL_COMMUNISM = SourceCitation(
    publication="National Communism and Popular Revolt in Eastern Europe",
    editor="Paul E. Zinner",
    publisher="Columbia University Press",
    place="New York",
    year="1956",
    pages="463–464",
)
HISTORY_IN_DOCUMENTS = SourceCitation(
    publication="The 1956 Hungarian Revolution: A History in Documents",
    editor="Csaba Békés, Malcolm Byrne, and János M. Rainer",
    publisher="Central European University Press",
    place="Budapest",
    year="2002",
)

EXAMPLES: dict[str, tuple[DocumentMetadata, Locator]] = {
    "declaration": (DECLARATION, Locator(page="254")),
    "broadcast": (
        DocumentMetadata(
            title="Declaration of Hungary’s Neutrality",
            issuer="Imre Nagy",
            date_edtf="1956-11-01",
            place="Radio Free Kossuth, Budapest",
            language="en",
            kind=DocumentKind.BROADCAST,
            source=ZINNER_NATIONAL_COMMUNISM,
        ),
        Locator(page="464"),
    ),
    "speech": (
        DocumentMetadata(
            title="Radio and Television Report to the American People on the Developments in Eastern Europe "
            "and the Middle East",
            issuer="Dwight D. Eisenhower",
            date_edtf="1956-10-31",
            place="Washington",
            language="en",
            kind=DocumentKind.SPEECH,
            source=SourceCitation(
                publication="Public Papers of the Presidents of the United States: Dwight D. Eisenhower, 1956",
                publisher="Government Printing Office",
                place="Washington",
                year="1958",
            ),
            url="https://teachingamericanhistory.org/document/radio-and-television-report-to-the-american-people-"
            "on-the-developments-in-eastern-europe-and-the-middle-east/",
        ),
        Locator(page="1062"),
    ),
    "telegram": (
        DocumentMetadata(
            title="Telegram From the Legation in Hungary to the Department of State",
            issuer="United States Legation in Hungary",
            date_edtf="1956-10-31",
            place="Budapest",
            language="en",
            kind=DocumentKind.TELEGRAM,
            source=SourceCitation(
                publication="Foreign Relations of the United States, 1955–1957, Eastern Europe, Volume XXV",
                publisher="Government Printing Office",
                place="Washington",
                year="1990",
                pages="doc. 148",
            ),
            archive="Office of the Historian",
            url="https://history.state.gov/historicaldocuments/frus1955-57v25/d148",
        ),
        Locator(page="350"),
    ),
    "letter": (
        DocumentMetadata(
            title="Letter to Dag Hammarskjöld",
            issuer="Imre Nagy",
            date_edtf="1956-11-02",
            place="Budapest",
            language="en",
            kind=DocumentKind.LETTER,
            source=HISTORY_IN_DOCUMENTS,
        ),
        Locator(page="330"),
    ),
    "resolution": (
        DocumentMetadata(
            title="Resolution 1004 (ES-II): The Situation in Hungary",
            issuer="United Nations General Assembly",
            date_edtf="1956-11-04",
            place="New York",
            language="en",
            kind=DocumentKind.RESOLUTION,
            archive="United Nations Official Document System",
            url="https://undocs.org/A/RES/1004(ES-II)",
        ),
        Locator(page="2", own="op. paras. 4–5"),  # the resolution numbers its own,
    ),
    "minutes": (
        DocumentMetadata(
            title="Working Notes from the Session of the CPSU CC Presidium on 30 October 1956",
            issuer="Presidium of the CPSU Central Committee",
            date_edtf="1956-10-30",
            place="Moscow",
            language="en",
            kind=DocumentKind.MINUTES,
            archive="Wilson Center Digital Archive",
            url="https://digitalarchive.wilsoncenter.org/document/working-notes-session-cpsu-cc-presidium-30-october-1956",
        ),
        Locator(page="3"),
    ),
    "newspaper-article": (
        DocumentMetadata(
            title="Декларация Правительства Союза ССР об основах развития и дальнейшего укрепления дружбы и "
            "сотрудничества между Советским Союзом и другими социалистическими государствами",
            date_edtf="1956-10-31",
            place="Moscow",
            language="ru",
            kind=DocumentKind.NEWSPAPER_ARTICLE,
            source=SourceCitation(publication="Pravda"),
        ),
        Locator(page="1"),
    ),
    "memoir": (
        DocumentMetadata(
            title="Khrushchev Remembers",
            issuer="Nikita Khrushchev",
            date_edtf="1970",
            language="en",
            kind=DocumentKind.MEMOIR,
            source=SourceCitation(editor="Strobe Talbott", publisher="Little, Brown", place="Boston", year="1970"),
        ),
        Locator(page="418"),
    ),
    "other": (
        DocumentMetadata(
            title="A Szovjetunió kormányának nyilatkozata a Szovjetunió és a többi szocialista állam közötti barátság "
            "és együttműködés fejlődésének és további megszilárdításának alapjairól",
            language="hu",
            kind=DocumentKind.OTHER,
            archive="Budapest City Archives (Hungaricana)",
            url="https://library.hungaricana.hu/en/view/HU_BFL_XXXV_15_b_1957_6a_2/?pg=48",
        ),
        Locator(page="1"),
    ),
    "approximate": (
        DocumentMetadata(
            title="Leaflet to the Soldiers of the Soviet Army",
            issuer="Hungarian Revolutionary Youth",
            date_edtf="1956-10-29~",
            place="Budapest",
            language="en",
            kind=DocumentKind.OTHER,
            archive="Open Society Archives",
        ),
        Locator(page="1"),
    ),
}


def _diff(expected: str, actual: str, name: str) -> str:
    """A unified diff of two texts (junk detection off, so repeated JSON lines are compared too)."""
    old, new = expected.splitlines(), actual.splitlines()
    lines = [f"--- golden/citations/{name}", f"+++ {name} as produced now"]
    for group in difflib.SequenceMatcher(None, old, new, autojunk=False).get_grouped_opcodes(2):
        for tag, i1, i2, j1, j2 in group:
            lines += [" " + line for line in old[i1:i2]] if tag == "equal" else []
            lines += ["-" + line for line in old[i1:i2]] if tag in ("replace", "delete") else []
            lines += ["+" + line for line in new[j1:j2]] if tag in ("replace", "insert") else []
    return "\n".join(lines)


def check_golden(name: str, actual: str) -> None:
    """Compare with the golden file; write it only when PARALLAX_REGOLD=1 asks for it."""
    path = GOLDEN / name
    if REGOLD:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"no golden file {path}; run with PARALLAX_REGOLD=1 to write it, then review it")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        pytest.fail(
            f"{name} changed (PARALLAX_REGOLD=1 rewrites it if this is intended):\n{_diff(expected, actual, name)}"
        )


def _golden_text(meta: DocumentMetadata, locator: Locator) -> str:
    return (
        f"Full note:\n{note_citation(meta).plain()}\n\n"
        f"Full note in Markdown:\n{note_citation(meta).markdown()}\n\n"
        f"Note at {locator.display()}:\n{note_citation(meta, locator).plain()}\n\n"
        f"Short note at {locator.display()}:\n{short_note(meta, locator).plain()}\n\n"
        f"Bibliography:\n{bibliography_entry(meta).plain()}\n"
    )


def test_every_kind_of_document_has_an_example() -> None:
    assert {meta.kind for meta, _ in EXAMPLES.values()} == set(DocumentKind)
    assert {path.name for path in GOLDEN.glob("*.txt")} == {f"{name}.txt" for name in EXAMPLES} or REGOLD


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_chicago_citations_match_their_golden_file(name: str) -> None:
    meta, locator = EXAMPLES[name]
    check_golden(f"{name}.txt", _golden_text(meta, locator))


def test_csl_json_matches_its_golden_file() -> None:
    items = [csl_item(meta, name) for name, (meta, _) in EXAMPLES.items()]
    for item in items:
        check_csl_item(item)
    check_golden("all.csl.json", json.dumps(items, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def test_bibtex_matches_its_golden_file() -> None:
    taken: set[str] = set()
    entries = []
    for meta, _ in sorted(EXAMPLES.values(), key=lambda example: sort_key(example[0])):
        key = bibtex_key(meta, taken)
        taken.add(key)
        assert key.isascii()
        assert re.fullmatch(r"[a-z][a-z0-9]*", key)
        entries.append(bibtex_entry(meta, key))
    assert len(taken) == len(EXAMPLES)
    check_golden("all.bib", "\n".join(entries))


def test_a_changed_citation_fails_with_a_readable_diff() -> None:
    if REGOLD:
        pytest.skip("writing golden files")
    meta, locator = EXAMPLES["declaration"]
    changed = _golden_text(replace(meta, place="Kremlin"), locator)
    with pytest.raises(pytest.fail.Exception, match=r"(?s)-Government of the USSR.*Moscow.*\+Government.*Kremlin"):
        check_golden("declaration.txt", changed)


def test_a_document_numbered_in_its_edition_is_cited_by_number_then_pages() -> None:
    telegram = DocumentMetadata(
        title="Telegram From the Legation in Hungary to the Department of State",
        issuer="Legation in Hungary",
        date_edtf="1956-10-31",
        place="Budapest",
        kind=DocumentKind.TELEGRAM,
        source=SourceCitation(
            publication="Foreign Relations of the United States, 1955–1957, vol. XXV",
            publisher="Government Printing Office",
            place="Washington",
            year="1990",
            pages="352–354",
            number="148",
        ),
    )
    assert note_citation(telegram, Locator(page="353")).plain().endswith("1990), doc. 148, 353.")
    assert note_citation(telegram).plain().endswith("1990), doc. 148, 352–54.")
    assert ", doc. 148, 352–54. Washington: Government Printing Office, 1990." in bibliography_entry(telegram).plain()
    listed = replace(telegram, title=f"148. {telegram.title}")  # as an edition's heading gives it
    assert note_citation(listed).plain() == note_citation(telegram).plain()
