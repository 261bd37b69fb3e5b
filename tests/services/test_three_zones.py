"""Three telegrams of 30 October 1956 from three zones, in every view that orders or picks by date.

Budapest 14:00 (+1) was written at 13:00 UTC, Washington 13:22 (−5) at 18:22 UTC, Moscow 22:00 (+3) at
19:00 UTC: by the clock on the page the order would be Washington, Budapest, Moscow; by the instant it is
Budapest, Washington, Moscow.
"""

from datetime import datetime

import pytest

from app.domain.dates.written import parse_date_text
from app.domain.documents import DocumentKind, DocumentMetadata
from app.domain.export.bundle import Scope
from app.domain.notes.model import NoteSort, sorted_notes
from app.domain.timeline import DateRange, ItemKind, sorted_items
from app.services.library import NewDocument
from app.services.metadata import MetadataInput, apply_input
from app.services.registry import Services
from app.services.timeline import EventDraft

IN_ORDER = ["Budapest telegram", "Washington telegram", "Moscow telegram"]
TELEGRAMS = [  # typed as a user would, each with its place: the place's 1956 clock gives the offset
    ("Washington telegram", "30 October 1956, 13:22", "Washington"),
    ("Moscow telegram", "30 October 1956, 22:00", "Moscow"),
    ("Budapest telegram", "30 October 1956, 14:00", "Budapest"),
]


@pytest.fixture
def telegrams(services: Services) -> dict[str, int]:
    ids = {}
    for title, date, place in TELEGRAMS:
        metadata = apply_input(
            DocumentMetadata(title=title, kind=DocumentKind.TELEGRAM),
            MetadataInput(date=date, place=place),
            keep_empty=True,
        )
        ids[title] = services.library.add_document(NewDocument(metadata, (f"The {title} on the withdrawal.",)))
    return ids


def test_the_library_lists_them_by_the_instant_they_were_written(services: Services, telegrams: dict[str, int]) -> None:
    listed = [d for d in services.library.list_documents() if d.id in telegrams.values()]
    assert [d.title for d in listed] == IN_ORDER
    assert [d.metadata.date_display for d in listed] == [
        "30 October 1956, 14:00 (Budapest)",
        "30 October 1956, 13:22 (Washington)",
        "30 October 1956, 22:00 (Moscow)",
    ]
    assert [d.metadata.date.display_utc() for d in listed if d.metadata.date] == [
        "30 October 1956, 13:00 UTC",
        "30 October 1956, 18:22 UTC",
        "30 October 1956, 19:00 UTC",
    ]


def test_the_timeline_places_them_by_the_instant(services: Services, telegrams: dict[str, int]) -> None:
    items = [
        i for i in sorted_items(services.timeline.items()) if i.kind is ItemKind.DOCUMENT and i.id in telegrams.values()
    ]
    assert [i.label for i in items] == IN_ORDER
    assert [i.start for i in items] == [
        datetime(1956, 10, 30, 13),
        datetime(1956, 10, 30, 18, 22),
        datetime(1956, 10, 30, 19),
    ]
    # the bundled 'Nagy ends the one-party system' (14:28 in Budapest) was broadcast before Washington's 13:22
    nagy = next(i for i in services.timeline.items() if i.label == "Nagy ends the one-party system")
    assert items[0].start < nagy.start < items[1].start


def test_events_in_the_bundle_chronology_follow_the_instant(services: Services, telegrams: dict[str, int]) -> None:
    for label, date, place in (
        ("In Moscow", "30 Oct 1956 22:00", "Moscow"),
        ("In Budapest", "30 Oct 1956 14:00", "Budapest"),
        ("In Washington", "30 Oct 1956 13:22", "Washington"),
    ):
        services.timeline.add_event(EventDraft(label, date, place=place, category="other"))
    services.notes.create(title="A note of that day", date_edtf="1956-10-30")
    bundle = services.export.bundle(Scope(period=DateRange.of_days(datetime(1956, 10, 30), datetime(1956, 10, 30))))
    mine = [item.label for item in bundle.events if item.label.startswith("In ")]
    assert mine == ["In Budapest", "In Washington", "In Moscow"]


def test_notes_sorted_by_date_follow_the_instant(services: Services) -> None:
    for title, typed in (
        ("Moscow evening", "30 October 1956, 22:00 (Moscow)"),
        ("Budapest afternoon", "30 October 1956, 14:00 (Budapest)"),
        ("Washington afternoon", "30 October 1956, 13:22 (Washington)"),
    ):
        services.notes.create(title=title, date_edtf=parse_date_text(typed).edtf)
    ordered = [note.title for note in sorted_notes(services.notes.list_notes(), NoteSort.DATE)]
    assert ordered == ["Budapest afternoon", "Washington afternoon", "Moscow evening"]


def test_search_s_date_filter_compares_instants_when_a_time_is_typed(
    services: Services, telegrams: dict[str, int]
) -> None:
    def found(query: str) -> list[int]:
        return sorted(hit.document_id for hit in services.search.search(query).hits if hit.document_id is not None)

    # 12:30–13:30 UTC: only Budapest's 14:00 (13:00 UTC), though Washington's clock said 13:22
    assert found("telegram date:1956-10-30T12:30Z..1956-10-30T13:30Z") == [telegrams["Budapest telegram"]]
    # 18:00–20:00 UTC: Washington and Moscow
    assert found("telegram date:1956-10-30T18:00Z..1956-10-30T20:00Z") == sorted(
        [telegrams["Washington telegram"], telegrams["Moscow telegram"]]
    )
    # a day picks the documents written that day, on their own clocks
    assert found("telegram date:1956-10-30") == sorted(telegrams.values())
    assert found("telegram date:1956-10-31") == []


def test_the_timeline_range_picks_them_by_their_day(services: Services, telegrams: dict[str, int]) -> None:
    day = DateRange.of_days(datetime(1956, 10, 30), datetime(1956, 10, 30))
    picked = [
        d.title
        for d in services.library.list_documents()
        if d.id in telegrams.values() and day.overlaps(d.metadata.date)
    ]
    assert picked == IN_ORDER
    hits = services.search.search("telegram", date_from=day.start, date_to=day.end).hits
    assert sorted(hit.document_id for hit in hits if hit.document_id is not None) == sorted(telegrams.values())
    next_day = DateRange.of_days(datetime(1956, 10, 31), datetime(1956, 10, 31))
    assert not any(
        next_day.overlaps(d.metadata.date) for d in services.library.list_documents() if d.id in telegrams.values()
    )
