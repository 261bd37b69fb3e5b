"""Queries over documents. Each repository takes a Session; the caller owns the transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session, selectinload

from db.models import AlignmentLinkRow, DocumentRow, ParagraphRow, TagRow


class DocumentRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _with_counts(self, in_trash: bool) -> Sequence[tuple[DocumentRow, int]]:
        counts = (
            select(ParagraphRow.document_id, func.count(ParagraphRow.number).label("n"))  # the numbered ones
            .group_by(ParagraphRow.document_id)
            .subquery()
        )
        statement = (
            select(DocumentRow, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.document_id == DocumentRow.id)
            .options(selectinload(DocumentRow.tags))
        )
        if in_trash:
            statement = statement.where(DocumentRow.deleted_at.is_not(None)).order_by(
                DocumentRow.deleted_at.desc(), DocumentRow.id.desc()
            )
        else:
            statement = statement.where(DocumentRow.deleted_at.is_(None)).order_by(
                DocumentRow.date_utc_lo.is_(None), DocumentRow.date_utc_lo, DocumentRow.title, DocumentRow.id
            )
        return [(document, int(count)) for document, count in self._session.execute(statement).all()]

    def list_live(self) -> Sequence[tuple[DocumentRow, int]]:
        """Documents not in the trash, with their paragraph counts, oldest source first."""
        return self._with_counts(in_trash=False)

    def list_trashed(self) -> Sequence[tuple[DocumentRow, int]]:
        """Documents in the trash, the most recently trashed first."""
        return self._with_counts(in_trash=True)

    def get_any(self, document_id: int) -> DocumentRow | None:
        return self._session.get(DocumentRow, document_id)

    def get_live(self, document_id: int) -> DocumentRow | None:
        document = self._session.get(DocumentRow, document_id)
        if document is None or document.deleted_at is not None:
            return None
        return document

    def paragraphs(self, document_id: int) -> Sequence[ParagraphRow]:
        """The numbered blocks, ¶1 first."""
        statement = (
            select(ParagraphRow)
            .where(ParagraphRow.document_id == document_id, ParagraphRow.number.is_not(None))
            .order_by(ParagraphRow.number)
        )
        return self._session.scalars(statement).all()

    def blocks(self, document_id: int) -> Sequence[ParagraphRow]:
        """Every block of the text in reading order."""
        statement = select(ParagraphRow).where(ParagraphRow.document_id == document_id).order_by(ParagraphRow.position)
        return self._session.scalars(statement).all()

    def paragraph_count(self, document_id: int) -> int:
        statement = select(func.count(ParagraphRow.number)).where(ParagraphRow.document_id == document_id)
        return int(self._session.scalar(statement) or 0)

    def forget_word_forms(self, document_id: int) -> None:
        """Mark a document's paragraphs as needing their search keys computed again (its language changed)."""
        self._session.execute(update(ParagraphRow).where(ParagraphRow.document_id == document_id).values(forms=None))

    def live_ids_by_hash(self, hashes: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        unique = list(dict.fromkeys(hashes))
        for start in range(0, len(unique), 500):  # stay well under SQLite's limit on bound parameters
            statement = (
                select(DocumentRow.content_hash, DocumentRow.id)
                .where(DocumentRow.content_hash.in_(unique[start : start + 500]), DocumentRow.deleted_at.is_(None))
                .order_by(DocumentRow.id.desc())
            )
            found.update(dict(self._session.execute(statement).all()))
        return found

    def tags_named(self, names: Sequence[str]) -> list[TagRow]:
        """The tags with these names (any case), created where missing."""
        tags: list[TagRow] = []
        # SQLite compares the column with its NOCASE collation; PostgreSQL's unique index is on lower(name).
        folded = self._session.get_bind().dialect.name == "postgresql"
        for name in dict.fromkeys(names):
            same = func.lower(TagRow.name) == name.lower() if folded else TagRow.name == name
            tag = self._session.scalars(select(TagRow).where(same)).first()
            if tag is None:
                tag = TagRow(name=name)
                self._session.add(tag)
            if tag not in tags:
                tags.append(tag)
        return tags

    def by_bundle_key(self, key: str) -> DocumentRow | None:
        """A bundled document, even one the user has put in the trash."""
        return self._session.scalars(select(DocumentRow).where(DocumentRow.bundle_key == key)).first()

    def add(self, document: DocumentRow, blocks: Iterable[dict[str, object]], group: int = 2000) -> DocumentRow:
        """A new document and its blocks ({position, number, kind, level, label, text, page}), inserted in bulk
        a group at a time, so that a text of a million blocks never has them all in memory as rows."""
        self._session.add(document)
        self._session.flush()
        table = ParagraphRow.metadata.tables[ParagraphRow.__tablename__]  # Core: no ORM work per row
        rows: list[dict[str, object]] = []
        for row in blocks:
            rows.append({**row, "document_id": document.id})
            if len(rows) >= group:
                self._session.execute(insert(table), rows)
                rows = []
        if rows:
            self._session.execute(insert(table), rows)
        return document


class AlignmentRepository:
    """Links between two documents' paragraphs; a pair is stored with the lower document id on the left."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def between(self, left_id: int, right_id: int) -> Sequence[AlignmentLinkRow]:
        low, high = sorted((left_id, right_id))
        statement = (
            select(AlignmentLinkRow)
            .where(AlignmentLinkRow.left_document_id == low, AlignmentLinkRow.right_document_id == high)
            .order_by(AlignmentLinkRow.left_first, AlignmentLinkRow.right_first, AlignmentLinkRow.id)
        )
        return self._session.scalars(statement).all()

    def add(self, row: AlignmentLinkRow) -> AlignmentLinkRow:
        self._session.add(row)
        self._session.flush()
        return row

    def add_many(self, rows: Sequence[dict[str, object]]) -> None:
        if rows:
            self._session.execute(insert(AlignmentLinkRow), list(rows))

    def delete_ids(self, ids: Sequence[int]) -> None:
        for start in range(0, len(ids), 500):
            self._session.execute(delete(AlignmentLinkRow).where(AlignmentLinkRow.id.in_(ids[start : start + 500])))
