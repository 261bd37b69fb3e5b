"""Collections (documents imported together from one edition) and documents' footnotes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from db.models import CollectionRow, DocumentRow, FootnoteRow, collection_documents


class CollectionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, name: str, citation: str, now: datetime) -> CollectionRow:
        row = CollectionRow(name=name, citation=citation, hidden=False, created_at=now)
        self._session.add(row)
        self._session.flush()
        return row

    def named(self, name: str, citation: str) -> CollectionRow | None:
        """The earliest collection of this name and citation (an edition imported in parts is one collection)."""
        statement = (
            select(CollectionRow)
            .where(CollectionRow.name == name, CollectionRow.citation == citation)
            .order_by(CollectionRow.id)
        )
        return self._session.scalars(statement).first()

    def get(self, collection_id: int) -> CollectionRow | None:
        return self._session.get(CollectionRow, collection_id)

    def remove(self, collection_id: int) -> None:
        self._session.execute(delete(CollectionRow).where(CollectionRow.id == collection_id))

    def with_counts(self) -> Sequence[tuple[CollectionRow, int, int]]:
        """Every collection with how many of its documents are in the library and how many in the trash."""
        live = func.sum(case((DocumentRow.deleted_at.is_(None), 1), else_=0))
        statement = (
            select(CollectionRow, func.coalesce(live, 0), func.count(DocumentRow.id) - func.coalesce(live, 0))
            .outerjoin(collection_documents, collection_documents.c.collection_id == CollectionRow.id)
            .outerjoin(DocumentRow, DocumentRow.id == collection_documents.c.document_id)
            .group_by(CollectionRow.id)
            .order_by(CollectionRow.name, CollectionRow.id)
        )
        return [(row, int(alive), int(trashed)) for row, alive, trashed in self._session.execute(statement).all()]

    def member_ids(self, collection_id: int, *, live: bool) -> list[int]:
        statement = (
            select(DocumentRow.id)
            .join(collection_documents, collection_documents.c.document_id == DocumentRow.id)
            .where(collection_documents.c.collection_id == collection_id)
            .where(DocumentRow.deleted_at.is_(None) if live else DocumentRow.deleted_at.is_not(None))
            .order_by(DocumentRow.id)
        )
        return list(self._session.scalars(statement))

    def set_deleted(self, document_ids: Sequence[int], when: datetime | None) -> None:
        for start in range(0, len(document_ids), 500):
            chunk = document_ids[start : start + 500]
            self._session.execute(update(DocumentRow).where(DocumentRow.id.in_(chunk)).values(deleted_at=when))

    def memberships(self) -> dict[int, int]:
        """document ID → collection ID, for every document in a collection."""
        rows = self._session.execute(select(collection_documents.c.document_id, collection_documents.c.collection_id))
        return {int(document): int(collection) for document, collection in rows}

    def collection_of(self, document_id: int) -> CollectionRow | None:
        statement = (
            select(CollectionRow)
            .join(collection_documents, collection_documents.c.collection_id == CollectionRow.id)
            .where(collection_documents.c.document_id == document_id)
        )
        return self._session.scalars(statement).first()

    def add_members(self, rows: Sequence[dict[str, int]]) -> None:
        """Put documents in collections: {document_id, collection_id} each, in one statement."""
        if rows:
            self._session.execute(insert(collection_documents), list(rows))


class FootnoteRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, rows: Sequence[dict[str, object]]) -> None:
        """Footnotes ({document_id, paragraph_number, position, label, text}), any number of documents' at once."""
        if rows:
            self._session.execute(insert(FootnoteRow), list(rows))

    def of(self, document_id: int) -> Sequence[FootnoteRow]:
        statement = select(FootnoteRow).where(FootnoteRow.document_id == document_id).order_by(FootnoteRow.position)
        return self._session.scalars(statement).all()
