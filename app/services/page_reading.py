"""Reading one page of a scan again (another language, another layout setting), keeping the reader's corrections
to the rest of the document.

The page is read from the image kept in the library. The document's paragraphs are rebuilt from every page's
words as at import (this page's new ones) and matched with what they were rebuilt from before: paragraphs that
come out the same (those on other pages) keep the text they have now, corrections included, and their words are
moved into it; the paragraphs that changed (those on this page, and one running onto it or off it) take the new
reading. Notes' passages are found again as after any correction of the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import NotFoundError
from app.domain.pages import OcrWord, Placement, ReadPage
from app.domain.text.blocks import numbering, paragraph_blocks
from app.domain.text.paragraphs import content_hash
from app.domain.text.word_moves import moved_spans
from app.services.importers.base import FileImportError
from app.services.importers.scan import OcrRequest, check_ocr, read_scan
from app.services.importers.scan_text import paragraphs_from_scan
from app.services.infrastructure.transactions import LibraryWriteError, writing
from app.services.library import block_rows
from app.services.tasks import Job
from db.models import DocumentRow, ParagraphRow
from db.page_repository import PageRepository
from db.repositories import DocumentRepository


def keep_corrections(old_ocr: Sequence[str], current: Sequence[str], new_ocr: Sequence[str]) -> dict[int, int]:
    """Which paragraphs of the new reading came out as before (new index → old index): those keep their current
    text, corrections included; the rest take the new reading. Empty when the current text cannot be matched to the
    old reading paragraph for paragraph."""
    if len(old_ocr) != len(current):
        return {}
    matcher = SequenceMatcher(None, list(old_ocr), list(new_ocr), autojunk=False)
    return {
        block.b + offset: block.a + offset for block in matcher.get_matching_blocks() for offset in range(block.size)
    }


def _stored_pages(session: Session, document_id: int) -> tuple[list[ReadPage], list[int]]:
    repository = PageRepository(session)
    rows = repository.pages(document_id)
    by_page: dict[int, list[OcrWord]] = {}
    for word, number in repository.words_of_document(document_id):
        box = (word.x0, word.y0, word.x1, word.y1) if word.x0 is not None else None
        by_page.setdefault(number, []).append(
            OcrWord(word.ocr_text, box, word.confidence, word.block, word.par, word.line)  # type: ignore[arg-type]
        )
    pages = [
        ReadPage(
            row.label,
            row.width,
            row.height,
            tuple(by_page.get(row.number, ())),
            languages=row.languages,
            setting=row.setting,
        )
        for row, *_rest in rows
    ]
    return pages, [row.id for row, *_rest in rows]


class PageReader:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def reread_page(self, document_id: int, number: int, request: OcrRequest, job: Job | None = None) -> int:
        """Read page `number` again as `request` says; returns how many paragraphs the document has now."""
        check_ocr(request)
        with self._sessions() as session:
            page = PageRepository(session).page(document_id, number)
            image = PageRepository(session).image(page.image_id) if page and page.image_id else None
            if page is None or image is None:
                raise NotFoundError(f"document {document_id} has no page {number} with an image")
            data, image_width, width = bytes(image.data), image.width, page.width
        read = read_scan("image", data, request, job)
        if not read:
            raise FileImportError("the page image could not be read")
        fresh = read[min(read)][0]
        factor = width / max(1, image_width)  # boxes in the page's own coordinates, as the other pages have them

        def scaled(word: OcrWord) -> OcrWord:
            box = tuple(round(v * factor) for v in word.box) if word.box else None
            return replace(word, box=box)  # type: ignore[arg-type]

        with writing(self._sessions, LibraryWriteError) as session:
            row = DocumentRepository(session).get_live(document_id)
            if row is None:
                raise NotFoundError(f"no document with ID {document_id} in this library")
            pages, page_ids = _stored_pages(session, document_id)
            old_ocr, _labels, _places = paragraphs_from_scan(pages)
            pages[number - 1] = replace(
                pages[number - 1], words=tuple(map(scaled, fresh.words)), languages=request.label,
                setting=request.setting,
            )  # fmt: skip
            new_ocr, labels, placements = paragraphs_from_scan(pages)
            if not new_ocr:
                raise FileImportError("no text was found on the page read this way; nothing was changed")
            current = [paragraph.text for paragraph in DocumentRepository(session).paragraphs(document_id)]
            kept = {new: current[old] for new, old in keep_corrections(old_ocr, current, new_ocr).items()}
            texts = [kept.get(i, text) for i, text in enumerate(new_ocr)]
            moved = _moved(placements, new_ocr, texts, pages)
            _store(session, row, pages=pages, page_ids=page_ids, texts=texts, labels=labels, moved=moved)
            return len(texts)


def _moved(
    placements: Sequence[Placement], read: Sequence[str], texts: Sequence[str], pages: Sequence[ReadPage]
) -> dict[tuple[int, int], tuple[int, int, int, bool]]:
    """Each placed word's paragraph, characters and whether it was corrected, in the texts as they will be."""
    by_paragraph: dict[int, list[Placement]] = {}
    for place in placements:
        by_paragraph.setdefault(place.paragraph, []).append(place)
    moved: dict[tuple[int, int], tuple[int, int, int, bool]] = {}
    for paragraph, places in by_paragraph.items():
        old, new = read[paragraph - 1], texts[paragraph - 1]
        spans = moved_spans(old, new, [(p.start, p.end) for p in places]) if old != new else None
        for index, place in enumerate(places):
            if spans is None:
                moved[(place.page, place.word)] = (paragraph, place.start, place.end, False)
            elif (span := spans[index]) is not None:
                was = pages[place.page].words[place.word].text
                moved[(place.page, place.word)] = (paragraph, span[0], span[1], span[2] != was.rstrip("-"))
    return moved


def _store(
    session: Session, row: DocumentRow, *, pages: Sequence[ReadPage], page_ids: Sequence[int], texts: Sequence[str],
    labels: Sequence[str], moved: dict[tuple[int, int], tuple[int, int, int, bool]],
) -> None:  # fmt: skip
    session.execute(delete(ParagraphRow).where(ParagraphRow.document_id == row.id))
    session.flush()
    blocks = numbering(paragraph_blocks(texts, labels))  # a scan's text is all paragraphs: each its own ¶
    session.execute(
        insert(ParagraphRow), [{**block, "document_id": row.id} for block in block_rows(blocks, row.language)]
    )
    row.content_hash = content_hash(list(texts))
    repository = PageRepository(session)
    repository.remove_words(row.id)
    words: list[dict[str, object]] = []
    for index, (page, page_id) in enumerate(zip(pages, page_ids, strict=True)):
        repository.set_reading(page_id, page.languages, page.setting)
        for position, word in enumerate(page.words):
            paragraph, start, end, corrected = moved.get((index, position), (None, None, None, False))
            x0, y0, x1, y1 = word.box or (None, None, None, None)
            words.append({
                "page_id": page_id, "document_id": row.id, "position": position, "block": word.block, "par": word.par,
                "line": word.line, "x0": x0, "y0": y0, "x1": x1, "y1": y1, "confidence": word.confidence,
                "ocr_text": word.text, "paragraph_number": paragraph, "start_offset": start, "end_offset": end,
                "corrected": corrected,
            })  # fmt: skip
    repository.add_words(words)
