"""A research bundle built from plain values: which notes it takes, how each source is cited (in full once,
briefly after), and which of the period's events go with them. The writers render what this decides."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from app.domain.alignment.links import ParagraphSpan
from app.domain.citation.chicago import Locator, note_citation, short_note
from app.domain.dates.historical import HistoricalDate
from app.domain.documents import DocumentDetail, Paragraph
from app.domain.export.bundle import Scope, build_bundle, in_scope
from app.domain.notes.model import Note, NoteRef, Passage
from app.domain.timeline import DateRange, ItemKind, Lane, TimelineItem
from tests.builders import DECLARATION, NAGY, NAGY_PARAGRAPHS, NEUTRALITY, WITHDRAW

MADE = datetime(2026, 11, 26, tzinfo=UTC)
DOCUMENTS = {
    1: DocumentDetail(
        1, DECLARATION, tuple(Paragraph(n, f"¶{n} of the Declaration.", "253") for n in range(1, 21)), "", MADE, MADE
    ),
    2: DocumentDetail(
        2, NAGY, (Paragraph(1, NAGY_PARAGRAPHS[0], "332"), Paragraph(2, NAGY_PARAGRAPHS[1], "333")), "", MADE, MADE
    ),
}


def passage(number: int, document_id: int, quote: str, paragraph: int, *, orphaned: bool = False) -> Passage:
    document = DOCUMENTS[document_id].metadata if document_id in DOCUMENTS else DECLARATION
    span = ParagraphSpan(paragraph, paragraph)
    return Passage(number, document_id, document.title, document.date_display, 0, len(quote), quote, span, orphaned)


def note(number: int, title: str, date: str, *passages: Passage, tags: tuple[str, ...] = ()) -> Note:
    return Note(number, title, "", tags, date, MADE, MADE, passages)


WITHDRAWAL = note(
    1, "Withdrawal and neutrality", "1956-11-01", passage(1, 1, WITHDRAW, 17), passage(2, 2, NEUTRALITY, 1)
)
COUNCIL = note(2, "Security Council", "1956-11-04", passage(3, 1, WITHDRAW, 17), tags=("UN",))


def event(number: int, label: str, edtf: str, *, hidden: bool = False) -> TimelineItem:
    return TimelineItem(ItemKind.EVENT, number, label, HistoricalDate.parse(edtf), Lane.OTHER, hidden=hidden)


def test_each_source_is_cited_in_full_the_first_time_and_briefly_after() -> None:
    linked = replace(WITHDRAWAL, links=(NoteRef(2, "Security Council"),))
    bundle = build_bundle([linked, COUNCIL], DOCUMENTS, [], scope=Scope(), made_at=MADE)
    first, second = bundle.notes
    at_17 = Locator(paragraph=17, page="253")
    assert [quotation.citation for quotation in first.quotations] == [
        note_citation(DECLARATION, at_17),
        note_citation(NAGY, Locator(paragraph=1, page="332")),
    ]
    assert [quotation.citation for quotation in second.quotations] == [short_note(DECLARATION, at_17)]
    assert [source.anchor for source in bundle.sources] == ["source-1", "source-2"]  # Government…, then Nagy
    assert first.side_by_side
    assert not second.side_by_side
    assert first.links == (("Security Council", "note-2"),)  # the linked note is in the bundle: its anchor
    alone = build_bundle([linked], DOCUMENTS, [], scope=Scope(), made_at=MADE)
    assert alone.notes[0].links == (("Security Council", ""),)  # not in it: named, without a link


def test_a_passage_whose_words_are_lost_or_whose_document_is_gone_is_still_quoted() -> None:
    orphan = note(3, "Lost words", "", passage(4, 1, "words since corrected", 18, orphaned=True))
    gone = note(4, "Gone", "", passage(5, 99, "a document deleted for good", 1))
    bundle = build_bundle([orphan, gone], DOCUMENTS, [], scope=Scope(), made_at=MADE)
    [lost], [missing] = (exported.quotations for exported in bundle.notes)
    assert lost.citation == note_citation(DECLARATION)  # the document, with no ¶ that would no longer hold
    assert (missing.source, missing.citation, missing.passage.quote) == (None, None, "a document deleted for good")


def test_a_tag_or_a_period_chooses_the_notes() -> None:
    undated = note(5, "Undated", "", passage(6, 1, WITHDRAW, 17))
    declaration_days = Scope(period=DateRange.of_days(datetime(1956, 10, 29), datetime(1956, 10, 31)))
    assert in_scope(undated, declaration_days, DOCUMENTS)  # undated, it quotes a document of those days
    assert not in_scope(COUNCIL, declaration_days, DOCUMENTS)  # dated 4 November: outside, whatever it quotes
    assert in_scope(COUNCIL, Scope(tag="un"), DOCUMENTS)  # tags in any case
    assert not in_scope(WITHDRAWAL, Scope(tag="un"), DOCUMENTS)
    assert Scope(tag="UN", period=declaration_days.period).describe() == "Notes tagged “UN” dated 29–31 October 1956"


def test_the_events_are_those_of_the_days_the_notes_and_their_sources_cover() -> None:
    events = [
        event(1, "Soviet Presidium adopts the Declaration", "1956-10-30"),
        event(2, "Second Soviet intervention", "1956-11-04"),
        event(3, "Nagy appeals to the UN", "1956-11-01"),
        event(4, "Hidden by the reader", "1956-11-02", hidden=True),
        event(5, "Poznań", "1956-06-28"),
    ]
    bundle = build_bundle([WITHDRAWAL, COUNCIL], DOCUMENTS, events, scope=Scope(), made_at=MADE)
    assert bundle.period == "30 October – 4 November 1956"  # from the Declaration to the latest note
    assert [item.label for item in bundle.events] == [
        "Soviet Presidium adopts the Declaration",
        "Nagy appeals to the UN",
        "Second Soviet intervention",
    ]  # in date order; hidden ones and those outside the days left out
