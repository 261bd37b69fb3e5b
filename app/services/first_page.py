"""The documents the window opens on, read before the storage stack is loaded, so that the page is up at once.

Returns nothing whenever the library is not plainly readable at the current schema (a first start, an upgrade,
a damaged file): the window then opens them once the library is open, as it always did."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

from app.domain.documents import DocumentDetail, Footnote, paragraphs_of_blocks
from app.domain.text.blocks import Block, BlockKind
from app.services.infrastructure.document_rows import metadata_of
from db.peek import PeekedDocument, peek_documents


def first_documents(
    path: Path, ids: Sequence[int], bundled_key: str = "", *, shown_only: bool = False
) -> tuple[DocumentDetail, ...]:
    """The documents `ids` (or, given none, the bundled document `bundled_key`): all of them, or none.

    `shown_only`: none if any is in a collection the user has hidden (as a restored session leaves them out)."""
    peeked = peek_documents(path.expanduser(), ids, bundled_key, shown_only=shown_only)
    if peeked is None:
        return ()
    try:
        return tuple(_detail(document) for document in peeked)
    except (ValueError, TypeError):  # a value the full start would have to sort out: leave it to that
        return ()


def _detail(peeked: PeekedDocument) -> DocumentDetail:
    row = SimpleNamespace(**peeked.row)
    blocks = tuple(
        Block(text, BlockKind(kind), page, level, label, number)
        for number, text, page, kind, level, label in peeked.blocks
    )
    return DocumentDetail(
        id=row.id,
        metadata=metadata_of(row, peeked.tags),
        paragraphs=paragraphs_of_blocks(blocks),
        content_hash=row.content_hash,
        created_at=datetime.fromisoformat(row.created_at),
        updated_at=datetime.fromisoformat(row.updated_at),
        footnotes=tuple(Footnote(paragraph, label, text) for paragraph, label, text in peeked.footnotes),
        collection=peeked.collection,
        blocks=blocks,
    )
