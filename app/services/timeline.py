"""The timeline: bundled and user events, with the library's dated documents and notes, in one dated list."""

from __future__ import annotations

import json
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import datetime
from importlib import resources
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from app.domain.dates.historical import HistoricalDate, InvalidDateError, with_place_offset
from app.domain.dates.written import parse_date_text
from app.domain.errors import ConflictError, InvalidInputError, NotFoundError
from app.domain.i18n import translate_bundled
from app.domain.timeline import ItemKind, Lane, TimelineItem
from app.services.anchoring import utc_now
from app.services.changes import Change, Fact, Step
from app.services.infrastructure.transactions import writing
from db.event_repository import EventRepository
from db.models import EVENT_CATEGORIES, EventRow

BUNDLED_EVENTS = "events-1956.json"
MAX_LABEL_CHARS = 200


_EVENTS = frozenset({Fact.EVENTS})


class EventError(InvalidInputError):
    """An event that cannot be stored as given, or a change that is not allowed; the message says why."""


class EventNotFoundError(NotFoundError):
    def __init__(self, event_id: int) -> None:
        super().__init__(f"no event with ID {event_id}")


@dataclass(frozen=True)
class EventDraft:
    """An event as the user writes it: the date as EDTF or as people write it ('c. 29 Oct 1956')."""

    label: str
    date: str
    description: str = ""
    place: str = ""
    category: str = "other"
    source: str = ""
    url: str = ""
    document_ids: tuple[int, ...] = ()
    note_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Event:
    id: int
    draft: EventDraft  # its date as stored (EDTF)
    date: HistoricalDate
    bundled: bool
    hidden: bool
    edited: bool
    revision: int = 1  # every change checks it: another member's change in between is never overwritten
    author: str = ""


class EventConflictError(ConflictError):
    """The event was changed by someone else since it was read; nothing was overwritten."""

    def __init__(self, theirs: Event, mine: EventDraft) -> None:
        who = theirs.author or "someone else"
        super().__init__(
            f"“{theirs.draft.label}” was changed by {who} meanwhile (now: {theirs.date.display()}"
            + (f", {theirs.draft.place}" if theirs.draft.place else "")
            + "); save again to put yours in its place, or cancel to keep theirs"
        )
        self.theirs = theirs
        self.mine = mine


@dataclass(frozen=True)
class BundledEvent:
    key: str
    draft: EventDraft


def load_bundled_events() -> list[BundledEvent]:
    """The events that ship with Parallax (resources/timeline), each with its source."""
    path = resources.files("resources") / "timeline" / BUNDLED_EVENTS
    payload: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    fields = ("label", "date", "description", "place", "category", "source", "url")
    return [
        BundledEvent(entry["key"], EventDraft(**{name: entry[name] for name in fields})) for entry in payload["events"]
    ]


def _checked(draft: EventDraft) -> tuple[EventDraft, HistoricalDate]:
    label = " ".join(draft.label.split())
    if not label:
        raise EventError("An event needs a label.")
    if len(label) > MAX_LABEL_CHARS:
        raise EventError(f"A label is at most {MAX_LABEL_CHARS} characters; put the rest in the description.")
    if draft.category not in EVENT_CATEGORIES:
        raise EventError(f"Unknown category {draft.category!r}: use one of {', '.join(EVENT_CATEGORIES)}.")
    try:
        date = parse_date_text(draft.date)
        date = HistoricalDate.parse(with_place_offset(date.edtf, draft.place))  # a time typed for its place
    except InvalidDateError as exc:
        raise EventError(f"Date: {exc}.") from exc
    url = draft.url.strip()
    if url and not url.lower().startswith(("http://", "https://")):
        raise EventError("A source address must start with http:// or https://.")
    return replace(draft, label=label, date=date.edtf, url=url, place=draft.place.strip()), date


def _write(row: EventRow, draft: EventDraft, date: HistoricalDate) -> None:
    row.label, row.description, row.place = draft.label, draft.description.strip(), draft.place
    row.category, row.source, row.url = draft.category, draft.source.strip(), draft.url
    row.date_edtf, row.date_lo, row.date_hi = date.edtf, date.lo, date.hi
    row.date_precision, row.date_approximate = date.precision.value, date.approximate
    row.date_utc_lo, row.date_utc_hi = date.utc_lo, date.utc_hi


def _event(row: EventRow) -> Event:
    draft = EventDraft(
        row.label, row.date_edtf, row.description, row.place, row.category, row.source, row.url,
        tuple(sorted(document.id for document in row.documents if document.deleted_at is None)),
        tuple(sorted(note.id for note in row.notes if note.deleted_at is None)),
    )  # fmt: skip
    return Event(
        row.id, draft, HistoricalDate.parse(row.date_edtf), row.bundled_key is not None, row.hidden, row.edited,
        row.revision, row.author,
    )  # fmt: skip


def _item(kind: ItemKind, item_id: int, label: str, edtf: str, lane: Lane, **extra: Any) -> TimelineItem | None:
    try:
        return TimelineItem(kind, item_id, label, HistoricalDate.parse(edtf), lane, **extra)
    except InvalidDateError:  # a date stored by an older version in a form no longer read: left off the strip
        return None


class TimelineService:
    """Every call is one transaction."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def _session(self) -> AbstractContextManager[Session]:
        """One transaction; a library that cannot be written becomes EventError, said as a sentence."""
        return writing(self._sessions, lambda reason: EventError(reason[:1].upper() + reason[1:] + "."))

    def seed_bundled(self, bundled: list[BundledEvent] | None = None) -> int:
        """Add the bundled events this library lacks, refresh those the user never changed; returns how many were added.

        Nothing is ever removed: an event dropped from a later bundle stays, and one the user edited keeps
        the user's wording.
        """
        added = 0
        with self._session() as session:
            repository = EventRepository(session)
            known = repository.bundled()
            for entry in load_bundled_events() if bundled is None else bundled:
                draft, date = _checked(entry.draft)
                row = known.get(entry.key)
                if row is None:
                    now = utc_now()
                    row = EventRow(bundled_key=entry.key, hidden=False, edited=False, created_at=now, updated_at=now)
                    repository.add(row)
                    added += 1
                elif row.edited:
                    continue
                _write(row, draft, date)
        return added

    def items(
        self, start: datetime | None = None, end: datetime | None = None, *, with_hidden: bool = False
    ) -> list[TimelineItem]:
        """Events, dated documents and dated notes that may fall within start..end (both optional)."""
        found: list[TimelineItem | None] = []
        with self._sessions() as session:
            repository = EventRepository(session)
            for row in repository.events(start, end, with_hidden=with_hidden):
                # A bundled event the user never changed reads in the user's language; the sources stay as cited.
                shown = translate_bundled if row.bundled_key is not None and not row.edited else str
                found.append(
                    _item(
                        ItemKind.EVENT,
                        row.id,
                        shown(row.label),
                        row.date_edtf,
                        Lane(row.category),
                        place=row.place,
                        source=row.source,
                        description=shown(row.description),
                        bundled=row.bundled_key is not None,
                        hidden=row.hidden,
                    )
                )
            for doc_id, title, edtf, place, issuer, publication in repository.dated_documents(start, end):
                found.append(
                    _item(
                        ItemKind.DOCUMENT,
                        int(str(doc_id)),
                        str(title),
                        str(edtf),
                        Lane.DOCUMENTS,
                        place=str(place),
                        source=str(publication),
                        description=str(issuer),
                    )
                )
            for note_id, title, edtf in repository.dated_notes(start, end):
                found.append(_item(ItemKind.NOTE, int(str(note_id)), str(title), str(edtf), Lane.NOTES))
        return [item for item in found if item is not None]

    def event(self, event_id: int) -> Event:
        with self._sessions() as session:
            row = EventRepository(session).get(event_id, loaded=True)
            if row is None or row.deleted_at is not None:
                raise EventNotFoundError(event_id)
            return _event(row)

    def add_event(self, draft: EventDraft) -> Change[Event]:
        checked, date = _checked(draft)
        with self._session() as session:
            repository = EventRepository(session)
            now = utc_now()
            row = EventRow(hidden=False, edited=False, created_at=now, updated_at=now)
            _write(row, checked, date)
            self._link(repository, row, checked)
            repository.add(row)
            session.flush()
            event_id = row.id
        event = self.event(event_id)
        return Change(
            f"add event “{event.draft.label}”", event, (Step(self.delete_event, (event_id,)),),
            (Step(self.restore_event, (event_id,)),), _EVENTS,
        )  # fmt: skip

    def update_event(self, event_id: int, draft: EventDraft, base_revision: int | None = None) -> Change[Event]:
        """Store the event as written now; a bundled event so changed is never refreshed from the bundle again.

        `base_revision`: the revision the change was made on; if someone changed the event since, nothing is
        stored and EventConflictError says what it is now."""
        before = self.event(event_id)
        checked, date = _checked(draft)
        if base_revision is not None and before.revision != base_revision and before.draft != checked:
            raise EventConflictError(before, checked)
        with self._session() as session:
            repository = EventRepository(session)
            row = self._live(repository, event_id)
            _write(row, checked, date)
            self._link(repository, row, checked)
            row.edited = row.bundled_key is not None
            row.updated_at = utc_now()
        after = self.event(event_id)
        undo = Step(self.update_event, (event_id, before.draft, after.revision))
        redo = Step(self.update_event, (event_id, after.draft, after.revision + 1))  # the revision its undo makes
        return Change(f"edit event “{after.draft.label}”", after, (undo,), (redo,), _EVENTS)

    def delete_event(self, event_id: int) -> Change[None]:
        """Move one of the user's events to the trash (restore_event undoes it); bundled ones are hidden instead."""
        with self._session() as session:
            row = self._live(EventRepository(session), event_id)
            if row.bundled_key is not None:
                raise EventError("A bundled event cannot be deleted; hide it instead.")
            row.deleted_at, label = utc_now(), row.label
        return Change(
            f"delete event “{label}”", None, (Step(self.restore_event, (event_id,)),),
            (Step(self.delete_event, (event_id,)),), _EVENTS,
        )  # fmt: skip

    def restore_event(self, event_id: int) -> None:
        with self._session() as session:
            row = EventRepository(session).get(event_id)
            if row is None:
                raise EventNotFoundError(event_id)
            row.deleted_at = None

    def set_hidden(self, event_id: int, hidden: bool) -> Change[None]:
        with self._session() as session:
            row = self._live(EventRepository(session), event_id)
            row.hidden, label = hidden, row.label
        return Change(
            f"{'hide' if hidden else 'show'} event “{label}”", None, (Step(self.set_hidden, (event_id, not hidden)),),
            (Step(self.set_hidden, (event_id, hidden)),), _EVENTS,
        )  # fmt: skip

    @staticmethod
    def _live(repository: EventRepository, event_id: int) -> EventRow:
        row = repository.get(event_id, loaded=True)
        if row is None or row.deleted_at is not None:
            raise EventNotFoundError(event_id)
        return row

    @staticmethod
    def _link(repository: EventRepository, row: EventRow, draft: EventDraft) -> None:
        documents = list(repository.documents(draft.document_ids)) if draft.document_ids else []
        notes = list(repository.notes(draft.note_ids)) if draft.note_ids else []
        if len(documents) != len(set(draft.document_ids)):
            raise EventError("An event can only be linked to documents in the library (not in the trash).")
        if len(notes) != len(set(draft.note_ids)):
            raise EventError("An event can only be linked to notes that exist (not in the trash).")
        row.documents, row.notes = documents, notes
