"""Pages of scanned documents, their images and their words. Takes a Session; the caller owns the transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from db.models import DocumentPageRow, PageImageRow, PageWordRow


class PageRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def image_for(self, sha256: str, media_type: str, width: int, height: int, data: bytes) -> int:
        """The ID of the stored image with this hash, storing it first if it is new (each image is kept once)."""
        found = self._session.scalar(select(PageImageRow.id).where(PageImageRow.sha256 == sha256))
        if found is not None:
            return int(found)
        row = PageImageRow(sha256=sha256, media_type=media_type, width=width, height=height, data=data)
        self._session.add(row)
        self._session.flush()
        return row.id

    def add_page(self, **values: Any) -> int:
        row = DocumentPageRow(**values)
        self._session.add(row)
        self._session.flush()
        return row.id

    def add_words(self, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            self._session.execute(insert(PageWordRow), list(rows))

    def pages(self, document_id: int) -> Sequence[tuple[DocumentPageRow, int, int, int, int, float | None]]:
        """Each page with its image's width, height and size in bytes, its word count and mean confidence."""
        words = (
            select(
                PageWordRow.page_id,
                func.count(PageWordRow.id).label("n"),
                func.avg(PageWordRow.confidence).label("mean"),
            )
            .where(PageWordRow.document_id == document_id)
            .group_by(PageWordRow.page_id)
            .subquery()
        )
        statement = (
            select(
                DocumentPageRow,
                func.coalesce(PageImageRow.width, 0),
                func.coalesce(PageImageRow.height, 0),
                func.coalesce(func.length(PageImageRow.data), 0),
                func.coalesce(words.c.n, 0),
                words.c.mean,
            )
            .outerjoin(PageImageRow, PageImageRow.id == DocumentPageRow.image_id)
            .outerjoin(words, words.c.page_id == DocumentPageRow.id)
            .where(DocumentPageRow.document_id == document_id)
            .order_by(DocumentPageRow.number)
        )
        return [
            (row, int(w), int(h), int(size), int(n), mean)
            for row, w, h, size, n, mean in self._session.execute(statement)
        ]

    def page(self, document_id: int, number: int) -> DocumentPageRow | None:
        return self._session.scalar(
            select(DocumentPageRow).where(DocumentPageRow.document_id == document_id, DocumentPageRow.number == number)
        )

    def image(self, image_id: int) -> PageImageRow | None:
        return self._session.get(PageImageRow, image_id)

    def words_of_page(self, page_id: int) -> Sequence[PageWordRow]:
        statement = select(PageWordRow).where(PageWordRow.page_id == page_id).order_by(PageWordRow.position)
        return self._session.scalars(statement).all()

    def words_of_document(self, document_id: int) -> Sequence[tuple[PageWordRow, int]]:
        """Every word of a document with its page's number, page by page in reading order."""
        statement = (
            select(PageWordRow, DocumentPageRow.number)
            .join(DocumentPageRow, DocumentPageRow.id == PageWordRow.page_id)
            .where(PageWordRow.document_id == document_id)
            .order_by(DocumentPageRow.number, PageWordRow.position)
        )
        return [(row, int(number)) for row, number in self._session.execute(statement)]

    def words_in_paragraph(self, document_id: int, number: int) -> Sequence[tuple[PageWordRow, int]]:
        statement = (
            select(PageWordRow, DocumentPageRow.number)
            .join(DocumentPageRow, DocumentPageRow.id == PageWordRow.page_id)
            .where(PageWordRow.document_id == document_id, PageWordRow.paragraph_number == number)
            .order_by(PageWordRow.start_offset)
        )
        return [(row, int(page)) for row, page in self._session.execute(statement)]

    def doubtful(self, document_id: int, below: float) -> Sequence[tuple[int, int, int]]:
        """(¶, start, end) of the words read with a confidence under `below` and not corrected since."""
        statement = (
            select(PageWordRow.paragraph_number, PageWordRow.start_offset, PageWordRow.end_offset)
            .where(
                PageWordRow.document_id == document_id,
                PageWordRow.paragraph_number.is_not(None),
                PageWordRow.confidence < below,
                PageWordRow.corrected.is_(False),
            )
            .order_by(PageWordRow.paragraph_number, PageWordRow.start_offset)
        )
        return [(int(p or 0), int(s or 0), int(e or 0)) for p, s, e in self._session.execute(statement)]

    def move_words(self, changes: Sequence[dict[str, Any]]) -> None:
        """Set each word's place ({id, paragraph_number, start_offset, end_offset, corrected})."""
        if changes:
            self._session.execute(update(PageWordRow), list(changes))

    def remove_words(self, document_id: int) -> None:
        self._session.execute(delete(PageWordRow).where(PageWordRow.document_id == document_id))

    def set_reading(self, page_id: int, languages: str, setting: str) -> None:
        """How a page was (last) read: Tesseract's languages and the layout setting."""
        self._session.execute(
            update(DocumentPageRow).where(DocumentPageRow.id == page_id).values(languages=languages, setting=setting)
        )
