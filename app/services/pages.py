"""Pages of scanned documents: storing them at import, reading their images and words, following corrections."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import NotFoundError
from app.domain.pages import DOUBTFUL_BELOW, PageInfo, PageWord, ScanText, WordSpan
from app.domain.text.word_moves import moved_spans
from db.models import PageWordRow
from db.page_repository import PageRepository


def store_scan(session: Session, document_id: int, scan: ScanText) -> None:
    """A new document's pages (each image kept once, by its hash) and all their words, placed or not."""
    repository = PageRepository(session)
    places = {(p.page, p.word): p for p in scan.placements}
    rows: list[dict[str, object]] = []
    for index, page in enumerate(scan.pages):
        image_id = None
        if page.image:
            digest = hashlib.sha256(page.image).hexdigest()
            width, height = page.image_width or page.width, page.image_height or page.height
            image_id = repository.image_for(digest, page.media_type, width, height, page.image)
        page_id = repository.add_page(
            document_id=document_id, number=index + 1, label=page.label[:16], width=page.width, height=page.height,
            image_id=image_id, languages=page.languages, setting=page.setting,
        )  # fmt: skip
        for position, word in enumerate(page.words):
            place = places.get((index, position))
            x0, y0, x1, y1 = word.box or (None, None, None, None)
            rows.append({
                "page_id": page_id, "document_id": document_id, "position": position, "block": word.block,
                "par": word.par, "line": word.line, "x0": x0, "y0": y0, "x1": x1, "y1": y1,
                "confidence": word.confidence, "ocr_text": word.text, "corrected": False,
                "paragraph_number": place.paragraph if place else None,
                "start_offset": place.start if place else None, "end_offset": place.end if place else None,
            })  # fmt: skip
    repository.add_words(rows)


def move_paragraph_words(session: Session, document_id: int, number: int, old: str, new: str) -> None:
    """After ¶`number` was corrected from `old` to `new`: each word read on a page moves with its text."""
    repository = PageRepository(session)
    words = [row for row, _page in repository.words_in_paragraph(document_id, number)]
    if not words:
        return
    spans = [(row.start_offset or 0, row.end_offset or 0) for row in words]
    changes: list[dict[str, object]] = []
    for row, moved in zip(words, moved_spans(old, new, spans), strict=True):
        if moved is None:
            changes.append({"id": row.id, "paragraph_number": None, "start_offset": None, "end_offset": None,
                            "corrected": True})  # fmt: skip
            continue
        start, end, text = moved
        was = row.ocr_text[:-1] if row.ocr_text.endswith("-") and not text.endswith("-") else row.ocr_text
        corrected = text != was
        changes.append({"id": row.id, "paragraph_number": number, "start_offset": start, "end_offset": end,
                        "corrected": corrected})  # fmt: skip
    repository.move_words(changes)


def page_word(row: PageWordRow, page: int) -> PageWord:
    box = None
    if row.x0 is not None and row.y0 is not None and row.x1 is not None and row.y1 is not None:
        box = (row.x0, row.y0, row.x1, row.y1)
    return PageWord(
        page=page, box=box, confidence=row.confidence, text=row.ocr_text, paragraph=row.paragraph_number,
        start=row.start_offset or 0, end=row.end_offset or 0, corrected=row.corrected,
    )  # fmt: skip


def page_infos(session: Session, document_id: int) -> tuple[PageInfo, ...]:
    return tuple(
        PageInfo(
            number=row.number,
            label=row.label,
            width=row.width,
            height=row.height,
            image_id=row.image_id,
            image_width=width,
            image_height=height,
            languages=row.languages,
            setting=row.setting,
            word_count=count,
            mean_confidence=round(mean, 1) if mean is not None else None,
            image_bytes=size,
        )
        for row, width, height, size, count, mean in PageRepository(session).pages(document_id)
    )


def doubtful_words(session: Session, document_id: int) -> tuple[WordSpan, ...]:
    return tuple(WordSpan(*span) for span in PageRepository(session).doubtful(document_id, DOUBTFUL_BELOW))


class PageService:
    """The pages of scanned documents, their images and words. Every call is its own transaction."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def pages(self, document_id: int) -> tuple[PageInfo, ...]:
        with self._sessions() as session:
            return page_infos(session, document_id)

    def doubtful(self, document_id: int) -> tuple[WordSpan, ...]:
        """The words read with low confidence and not corrected since."""
        with self._sessions() as session:
            return doubtful_words(session, document_id)

    def image(self, image_id: int) -> tuple[bytes, str]:
        """A kept page image's bytes and media type."""
        with self._sessions() as session:
            row = PageRepository(session).image(image_id)
            if row is None:
                raise NotFoundError(f"no page image with ID {image_id} in this library")
            return bytes(row.data), row.media_type

    def words_on_page(self, document_id: int, number: int) -> tuple[PageWord, ...]:
        """The words read on page `number` (1-based), in reading order."""
        with self._sessions() as session:
            repository = PageRepository(session)
            page = repository.page(document_id, number)
            if page is None:
                raise NotFoundError(f"document {document_id} has no page {number}")
            return tuple(page_word(row, number) for row in repository.words_of_page(page.id))

    def words_in_paragraphs(self, document_id: int, numbers: Sequence[int]) -> tuple[PageWord, ...]:
        """The words placed in the given paragraphs, paragraph by paragraph, in the order of the text."""
        with self._sessions() as session:
            repository = PageRepository(session)
            return tuple(
                page_word(row, page)
                for number in numbers
                for row, page in repository.words_in_paragraph(document_id, number)
            )
