"""Reading and writing timeline events, and the dated documents and notes the timeline shows beside them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, selectinload

from db.models import CollectionRow, DocumentRow, EventRow, NoteRow, collection_documents


def _overlapping(
    column_lo: Any, column_hi: Any, start: datetime | None, end: datetime | None
) -> list[ColumnElement[bool]]:
    """Rows whose date may fall within start..end."""
    conditions: list[ColumnElement[bool]] = []
    if start is not None:
        conditions.append(column_hi >= start)
    if end is not None:
        conditions.append(column_lo <= end)
    return conditions


class EventRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, event_id: int, *, loaded: bool = False) -> EventRow | None:
        statement = select(EventRow).where(EventRow.id == event_id)
        if loaded:
            statement = statement.options(selectinload(EventRow.documents), selectinload(EventRow.notes))
        return self._session.scalars(statement).one_or_none()

    def add(self, row: EventRow) -> None:
        self._session.add(row)

    def bundled(self) -> dict[str, EventRow]:
        rows = self._session.scalars(select(EventRow).where(EventRow.bundled_key.is_not(None)))
        return {row.bundled_key: row for row in rows if row.bundled_key}

    def events(self, start: datetime | None, end: datetime | None, *, with_hidden: bool) -> Sequence[EventRow]:
        statement = select(EventRow).where(
            EventRow.deleted_at.is_(None), *_overlapping(EventRow.date_lo, EventRow.date_hi, start, end)
        )
        if not with_hidden:
            statement = statement.where(EventRow.hidden.is_(False))
        return self._session.scalars(statement.order_by(EventRow.date_utc_lo, EventRow.id)).all()

    def dated_documents(self, start: datetime | None, end: datetime | None) -> Sequence[tuple[object, ...]]:
        columns = (DocumentRow.id, DocumentRow.title, DocumentRow.date_edtf, DocumentRow.place, DocumentRow.issuer)
        hidden = (
            select(collection_documents.c.document_id)
            .join(CollectionRow, CollectionRow.id == collection_documents.c.collection_id)
            .where(CollectionRow.hidden.is_(True))
        )
        statement = select(*columns, DocumentRow.source_publication).where(
            DocumentRow.deleted_at.is_(None),
            DocumentRow.date_lo.is_not(None),
            DocumentRow.id.not_in(hidden),  # a collection the user hid is off the timeline too
            *_overlapping(DocumentRow.date_lo, DocumentRow.date_hi, start, end),
        )
        return [tuple(row) for row in self._session.execute(statement)]

    def dated_notes(self, start: datetime | None, end: datetime | None) -> Sequence[tuple[object, ...]]:
        statement = select(NoteRow.id, NoteRow.title, NoteRow.date_edtf).where(
            NoteRow.deleted_at.is_(None),
            NoteRow.date_lo.is_not(None),
            *_overlapping(NoteRow.date_lo, NoteRow.date_hi, start, end),
        )
        return [tuple(row) for row in self._session.execute(statement)]

    def documents(self, ids: Sequence[int]) -> Sequence[DocumentRow]:
        return self._session.scalars(
            select(DocumentRow).where(DocumentRow.id.in_(ids), DocumentRow.deleted_at.is_(None))
        ).all()

    def notes(self, ids: Sequence[int]) -> Sequence[NoteRow]:
        return self._session.scalars(select(NoteRow).where(NoteRow.id.in_(ids), NoteRow.deleted_at.is_(None))).all()
