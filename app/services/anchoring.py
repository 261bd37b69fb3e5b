"""Passages as notes hold them: made from offsets, checked against the text as it is now, cited by paragraph."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import accumulate

from app.domain.documents import DocumentMetadata
from app.domain.notes.anchors import (
    PARAGRAPH_SEPARATOR,
    AnchorState,
    InvalidAnchorError,
    PassageAnchor,
    blocks_of,
    document_text,
    paragraphs_of,
)
from app.domain.notes.model import Passage
from app.services.library import DocumentNotFoundError
from db.models import PassageAnchorRow
from db.note_repository import NoteRepository


@dataclass(frozen=True)
class PassageRequest:
    """Characters start..end of a document's text (paragraphs joined by a blank line)."""

    document_id: int
    start: int
    end: int


@dataclass(frozen=True)
class RemovedPassage:
    """A passage taken out of a note, kept whole so that putting it back restores it exactly."""

    document_id: int
    position: int
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    content_hash: str
    orphaned: bool
    created_at: datetime

    @classmethod
    def of(cls, row: PassageAnchorRow) -> RemovedPassage:
        return cls(
            row.document_id, row.position, row.start_offset, row.end_offset, row.quote, row.prefix, row.suffix,
            row.content_hash, row.orphaned, row.created_at,
        )  # fmt: skip

    def row(self) -> PassageAnchorRow:
        return PassageAnchorRow(
            document_id=self.document_id, position=self.position, start_offset=self.start, end_offset=self.end,
            quote=self.quote, prefix=self.prefix, suffix=self.suffix, content_hash=self.content_hash,
            orphaned=self.orphaned, created_at=self.created_at,
        )  # fmt: skip


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Anchoring:
    """One transaction's view of documents' texts, each read at most once."""

    def __init__(self, repository: NoteRepository) -> None:
        self._repository = repository
        self._texts: dict[int, str] = {}
        self._starts: dict[int, list[int]] = {}
        self._numbers: dict[int, list[int | None]] = {}

    def text(self, document_id: int) -> str:
        if document_id not in self._texts:
            self._texts[document_id] = document_text(self._repository.paragraph_texts(document_id))
        return self._texts[document_id]

    def starts(self, document_id: int) -> list[int]:
        """Where each block of the text begins (headings and the rest count, as they are part of the text)."""
        if document_id not in self._starts:
            blocks = self._repository.paragraph_lengths(document_id)
            step = len(PARAGRAPH_SEPARATOR)
            self._starts[document_id] = [0, *accumulate(length + step for length, _ in blocks[:-1])]
            self._numbers[document_id] = [number for _, number in blocks]
        return self._starts[document_id]

    def numbers(self, document_id: int) -> list[int | None]:
        """Each block's ¶ number (None for a block that has none)."""
        self.starts(document_id)
        return self._numbers[document_id]

    def new_row(self, request: PassageRequest, position: int) -> PassageAnchorRow:
        document = self._repository.document(request.document_id)
        if document is None:
            raise DocumentNotFoundError(request.document_id)
        anchor = PassageAnchor.from_text(self.text(request.document_id), request.start, request.end)
        row = PassageAnchorRow(
            document_id=request.document_id, position=position, content_hash=document.content_hash, created_at=utc_now()
        )
        self.write(row, anchor, orphaned=False)
        row.document = document
        return row

    @staticmethod
    def write(row: PassageAnchorRow, anchor: PassageAnchor, *, orphaned: bool) -> None:
        row.start_offset, row.end_offset = anchor.start, anchor.end
        row.quote, row.prefix, row.suffix = anchor.quote, anchor.prefix, anchor.suffix
        row.orphaned = orphaned

    def refresh(self, rows: Iterable[PassageAnchorRow]) -> None:
        """Find again every passage whose document's text changed since it was last placed."""
        for row in rows:
            current = row.document.content_hash
            if row.content_hash == current:
                continue
            anchor = PassageAnchor(row.start_offset, row.end_offset, row.quote, row.prefix, row.suffix)
            placed, state = anchor.located(self.text(row.document_id))
            self.write(row, placed, orphaned=state is AnchorState.ORPHANED)
            row.content_hash = current

    def passage(self, row: PassageAnchorRow) -> Passage:
        document = row.document
        metadata = DocumentMetadata(title=document.title, date_edtf=document.date_edtf)
        starts, numbers = self.starts(row.document_id), self.numbers(row.document_id)
        paragraphs = paragraphs_of(starts, row.start_offset, row.end_offset, numbers)
        return Passage(
            id=row.id,
            document_id=row.document_id,
            document_title=document.title,
            document_date=metadata.date_display,
            start=row.start_offset,
            end=row.end_offset,
            quote=row.quote,
            paragraphs=paragraphs,
            orphaned=row.orphaned,
            in_trash=document.deleted_at is not None,
            block_kind="" if paragraphs is not None else self._kind_at(row.document_id, row.start_offset),
        )

    def _kind_at(self, document_id: int, offset: int) -> str:
        first, _ = blocks_of(self.starts(document_id), offset, offset + 1)
        kinds = self._repository.block_kinds(document_id)
        return kinds[first] if first < len(kinds) else ""


__all__ = ["Anchoring", "InvalidAnchorError", "PassageRequest", "RemovedPassage", "utc_now"]
