"""Chicago notes and bibliography entries (Chicago 14), for every kind of document Parallax holds."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

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
from app.domain.documents import DocumentKind, DocumentMetadata, SourceCitation
from tests.builders import DECLARATION
from tests.domain.citation.csl import check_csl_item

# Notes and bibliography ------------------------------------------------------------------------------------------

DECLARATION_IN_VOLUME = (
    "Government of the USSR, “Declaration by the Soviet Government on the Principles of Development and further "
    "Strengthening of Friendship and Cooperation between the Soviet Union and Other Socialist States,” Moscow, "
    "30 October 1956, in Documents on American Foreign Relations, 1956, ed. Paul E. Zinner (New York: Harper & "
    "Brothers for the Council on Foreign Relations, 1957)"
)


def test_the_declaration_is_cited_from_its_printed_source() -> None:
    assert note_citation(DECLARATION).plain() == DECLARATION_IN_VOLUME + ", 252–55."
    assert note_citation(DECLARATION, Locator(17, page="254")).plain() == DECLARATION_IN_VOLUME + ", 254, ¶17."
    assert note_citation(DECLARATION, Locator(17)).plain() == DECLARATION_IN_VOLUME + ", ¶17."
    assert note_citation(DECLARATION, Locator()).plain() == DECLARATION_IN_VOLUME + ", 252–55."
    italic = [run.text for run in note_citation(DECLARATION).runs if run.italic]
    assert italic == ["Documents on American Foreign Relations, 1956"]


@pytest.mark.parametrize(
    ("locator", "ending"),
    [
        (None, "Government.”"),
        (Locator(), "Government.”"),
        (Locator(page="  "), "Government.”"),
        (Locator(17), "Government,” ¶17."),
        (Locator(17, 18), "Government,” ¶¶17–18."),
        (Locator(17, 17), "Government,” ¶17."),
        (Locator(page="254"), "Government,” 254."),
        (Locator(17, 18, page="254–255"), "Government,” 254–55, ¶¶17–18."),
    ],
)
def test_locators_in_a_short_note(locator: Locator | None, ending: str) -> None:
    assert short_note(DECLARATION, locator).plain() == "Government of the USSR, “Declaration by the Soviet " + ending


def test_locator_text() -> None:
    assert Locator(17).display() == "¶17"
    assert Locator(17, 18).display() == "¶¶17–18"
    assert Locator(17, page="254").display() == "254, ¶17"
    assert Locator(page="xii").display() == "xii"
    assert Locator().display() == ""


@pytest.mark.parametrize(("paragraph", "end"), [(0, None), (5, 4), (None, 4)])
def test_a_locator_that_is_not_a_run_of_paragraphs_is_refused(paragraph: int | None, end: int | None) -> None:
    with pytest.raises(ValueError, match="paragraph"):
        Locator(paragraph, end)


def test_a_series_number_stays_in_front_of_a_paragraph_locator() -> None:
    frus = replace(DECLARATION, source=replace(DECLARATION.source, pages="doc. 148"))
    assert note_citation(frus).plain().endswith("1957), doc. 148.")
    assert note_citation(frus, Locator(3)).plain().endswith("1957), doc. 148, ¶3.")


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
    # Any: each field drawn has the type of its own parameter of DocumentMetadata, which a dict cannot say.
    fields: dict[str, Any] = {name: draw(st.sampled_from(values)) for name, values in _FIELD_VALUES.items()}
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
    assert note_citation(telegram, Locator(paragraph=2, page="353")).plain().endswith("1990), doc. 148, 353, ¶2.")
    assert note_citation(telegram).plain().endswith("1990), doc. 148, 352–54.")
    assert ", doc. 148, 352–54. Washington: Government Printing Office, 1990." in bibliography_entry(telegram).plain()
    listed = replace(telegram, title=f"148. {telegram.title}")  # as an edition's heading gives it
    assert note_citation(listed).plain() == note_citation(telegram).plain()
