"""The timeline service: the bundled events, the user's own, and the library's dated documents and notes."""

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.dates.historical import Precision
from app.domain.timeline import ItemKind, Lane, Shape, TimelineItem
from app.services.registry import Services
from app.services.timeline import BundledEvent, EventDraft, EventError, EventNotFoundError, load_bundled_events


def events_by_label(services: Services) -> dict[str, TimelineItem]:
    return {item.label: item for item in services.timeline.items() if item.kind is ItemKind.EVENT}


def test_the_bundled_events_cover_the_two_months_with_dates_precision_and_sources(services: Services) -> None:
    bundled = load_bundled_events()
    assert len(bundled) >= 60
    assert len({entry.key for entry in bundled}) == len(bundled)
    items = [item for item in services.timeline.items() if item.kind is ItemKind.EVENT]
    assert len(items) == len(bundled)  # all of them are in a new library
    assert all(item.source for item in items)
    assert all(datetime(1956, 10, 1) <= item.date.lo <= datetime(1956, 11, 30, 23, 59) for item in items)
    keys = {entry.key: entry.draft for entry in bundled}
    adopted, published = keys["1956-10-30-declaration-adopted"], keys["1956-10-31-declaration-published"]
    assert (adopted.date, adopted.category) == ("1956-10-30", "ussr")
    assert (published.date, published.category) == ("1956-10-31", "ussr")
    assert "Pravda" in published.label + published.description
    shapes = {item.shape for item in items}
    assert shapes == {Shape.DAY, Shape.POINT, Shape.SPAN, Shape.BAR}  # days, times, approximate dates, ranges
    assert any(item.date.precision is Precision.TIME for item in items)
    assert {item.lane for item in items} >= {Lane.HUNGARY, Lane.USSR, Lane.POLAND, Lane.SUEZ, Lane.UN, Lane.USA}
    approximate = [item for item in items if item.date.approximate]
    assert approximate
    assert all(item.shape is Shape.SPAN for item in approximate)


def test_bundled_events_are_never_lost_and_keep_the_users_changes(services: Services) -> None:
    timeline = services.timeline
    assert timeline.seed_bundled() == 0  # a second start adds nothing
    first = next(item for item in timeline.items() if item.bundled)
    edited = replace(timeline.event(first.id).draft, label="My own wording")
    timeline.update_event(first.id, edited)
    second = next(item for item in timeline.items() if item.bundled and item.id != first.id)
    timeline.set_hidden(second.id, True)
    later_bundle = [BundledEvent(entry.key, replace(entry.draft, label=entry.draft.label + " (revised)"))
                    for entry in load_bundled_events()[:10]]  # fmt: skip
    assert timeline.seed_bundled(later_bundle) == 0
    labels = {item.key: item.label for item in timeline.items(with_hidden=True)}
    assert labels[first.key] == "My own wording"  # the user's change is kept
    refreshed = [label for label in labels.values() if label.endswith(" (revised)")]
    assert len(refreshed) == 9  # the bundle's new wording reaches the events the user never changed
    assert len([item for item in timeline.items(with_hidden=True) if item.bundled]) == len(load_bundled_events())
    assert second.key not in {item.key for item in timeline.items()}  # still hidden
    hidden = next(item for item in timeline.items(with_hidden=True) if item.key == second.key)
    assert hidden.hidden
    with pytest.raises(EventError, match="cannot be deleted; hide it"):
        timeline.delete_event(second.id)


def test_users_events_are_added_edited_linked_deleted_and_restored(services: Services, declaration: int) -> None:
    timeline = services.timeline
    note = services.notes.create(title="Reading the Declaration", date_edtf="1956-10-31").result
    event = timeline.add_event(
        EventDraft("Budapest papers print the Declaration", "c. 1 Nov 1956", place="Budapest", category="hungary",
                   source="Népszabadság", document_ids=(declaration,), note_ids=(note.id,))
    ).result  # fmt: skip
    assert event.draft.date == "1956-11-01~"
    assert (event.date.approximate, event.bundled) == (True, False)
    assert (event.draft.document_ids, event.draft.note_ids) == ((declaration,), (note.id,))
    changed = timeline.update_event(event.id, replace(event.draft, date="1956-11-02", document_ids=())).result
    assert changed.draft.date == "1956-11-02"
    assert changed.draft.document_ids == ()
    timeline.delete_event(event.id)
    assert "Budapest papers print the Declaration" not in events_by_label(services)
    timeline.restore_event(event.id)
    assert "Budapest papers print the Declaration" in events_by_label(services)


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (EventDraft("", "1956-11-04"), "needs a label"),
        (EventDraft("Attack", ""), "Date: no date given"),
        (EventDraft("Attack", "the fourth"), "Date: cannot read 'the fourth' as a date"),
        (EventDraft("Attack", "1956-11-31"), "Date:"),
        (EventDraft("Attack", "1956-11-04", category="mars"), "Unknown category 'mars'"),
        (EventDraft("Attack", "1956-11-04", url="javascript:alert(1)"), "must start with http"),
        (EventDraft("Attack", "1956-11-04", document_ids=(999_999,)), "only be linked to documents"),
        (EventDraft("x" * 201, "1956-11-04"), "at most 200 characters"),
    ],
)
def test_bad_events_are_refused_with_one_line_and_nothing_stored(
    services: Services, draft: EventDraft, message: str
) -> None:
    before = services.timeline.items(with_hidden=True)
    with pytest.raises(EventError, match=message) as raised:
        services.timeline.add_event(draft)
    assert "\n" not in str(raised.value)
    assert services.timeline.items(with_hidden=True) == before


def test_dated_documents_and_notes_are_on_the_timeline_within_a_range(services: Services, declaration: int) -> None:
    services.notes.create(title="Undated thought")
    dated = services.notes.create(title="Nagy's neutrality", date_edtf="1956-11-01").result
    items = services.timeline.items(datetime(1956, 10, 30), datetime(1956, 11, 1, 23, 59))
    keys = {(item.kind, item.id) for item in items}
    assert (ItemKind.DOCUMENT, declaration) in keys
    assert (ItemKind.NOTE, dated.id) in keys
    assert all(item.label != "Undated thought" for item in items)
    assert all(item.date.hi >= datetime(1956, 10, 30) and item.date.lo <= datetime(1956, 11, 2) for item in items)
    document = next(item for item in items if item.kind is ItemKind.DOCUMENT)
    assert (document.lane, document.date.edtf) == (Lane.DOCUMENTS, "1956-10-30")
    services.library.move_to_trash(declaration)
    assert (ItemKind.DOCUMENT, declaration) not in {(i.kind, i.id) for i in services.timeline.items()}


def test_a_missing_event_is_said_plainly(services: Services) -> None:
    with pytest.raises(EventNotFoundError, match="no event with ID 424242"):
        services.timeline.event(424242)
