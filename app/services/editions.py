"""Importing an edition: the documents of a TEI volume chosen by level, dates and title words, as one collection."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.dates.historical import HistoricalDate, InvalidDateError
from app.domain.documents import DocumentMetadata, SourceCitation
from app.domain.text.headings import issuer_from_heading, kind_from_heading
from app.domain.text.paragraphs import content_hash, fold
from app.services.collections import CollectionService
from app.services.importers.tei_blocks import TeiDocument
from app.services.importers.tei_dates import Dating
from app.services.library import InvalidDocumentError, LibraryService, LibraryStorageError, NewDocument
from app.services.metadata import InvalidMetadataError, MetadataInput, apply_input
from app.services.tasks import Job

if TYPE_CHECKING:
    from app.services.importers.tei import TeiText

BATCH = 50  # documents per transaction: a Cancel or a crash loses no whole document


class ReversedRangeError(InvalidDateError):
    """A range whose start is after its end."""


@dataclass(frozen=True)
class EditionChoice:
    """Which documents of an edition to import: the level of division, a date range, words in the title."""

    level: str | None = None  # None: the file's own ('document' where it has such divisions)
    date_from: HistoricalDate | None = None
    date_to: HistoricalDate | None = None
    words: str = ""

    def __post_init__(self) -> None:
        if self.date_from is not None and self.date_to is not None and self.date_from.lo > self.date_to.hi:
            raise ReversedRangeError(
                f"the range is the wrong way round: from {self.date_from.display()} is after "
                f"to {self.date_to.display()}"
            )

    def describe(self) -> str:
        """'dated 1 October – 30 November 1956, with “Nagy” in the title' (or '')."""
        parts = []
        if self.date_from or self.date_to:
            parts.append(f"dated {date_span(self.date_from, self.date_to)}")
        if self.words.strip():
            parts.append(f"with “{self.words.strip()}” in the title")
        return ", ".join(parts)


@dataclass(frozen=True)
class EditionOutcome:
    path: Path
    collection_id: int | None = None
    document_ids: tuple[int, ...] = ()
    duplicates: int = 0  # documents already in the library, left out
    error: str = ""
    cancelled: bool = False
    date_problems: tuple[str, ...] = ()  # documents imported undated because their dates could not be true


def date_span(first: HistoricalDate | None, last: HistoricalDate | None) -> str:
    """'1 October – 30 November 1956' from the start of `first` to the end of `last` (either may be open)."""
    if first is None and last is None:
        return ""
    if first is None or last is None:
        known = first or last
        assert known is not None
        return f"{'from' if last is None else 'until'} {known.display()}"
    lo, hi = first.lo, last.hi
    if lo.date() == hi.date():
        return HistoricalDate.parse(f"{lo:%Y-%m-%d}").display()
    return HistoricalDate.parse(f"{lo:%Y-%m-%d}/{hi:%Y-%m-%d}").display()


def _named(document: TeiDocument) -> str:
    return f"doc. {document.number}" if document.number else f"“{document.title[:60]}”"


def parse_date(document: TeiDocument) -> HistoricalDate | None:
    return HistoricalDate.parse(document.date_edtf) if document.date_edtf else None


def chosen(documents: Sequence[TeiDocument], choice: EditionChoice) -> list[TeiDocument]:
    """The documents within the date range (undated ones drop out while there is one) with all the words."""
    words = fold(choice.words).split()
    start = choice.date_from.lo if choice.date_from else None
    end = choice.date_to.hi if choice.date_to else None
    found = []
    for document in documents:
        if words and not all(word in fold(document.title) for word in words):
            continue
        if start is not None or end is not None:
            date = parse_date(document)
            if date is None or (start is not None and date.hi < start) or (end is not None and date.lo > end):
                continue
        found.append(document)
    return found


def span_of(documents: Sequence[TeiDocument]) -> str:
    dates = [date for date in map(parse_date, documents) if date is not None]
    if not dates:
        return ""
    return date_span(min(dates, key=lambda d: d.lo), max(dates, key=lambda d: d.hi))


def new_document(
    document: TeiDocument,
    source: SourceCitation,
    language: str,
    given: MetadataInput | None,
    dating: Dating | None = None,
) -> NewDocument:
    """A library document for one document of the edition: its own title, date, place, number and pages."""
    metadata = DocumentMetadata(
        title=document.title,
        issuer=issuer_from_heading(document.title),
        date_edtf=document.date_edtf,
        place=document.place,
        language=language,
        kind=kind_from_heading(document.title),
        source=replace(source, number=document.number, pages=document.page_span),
        original_format="application/tei+xml",
        date_basis=dating.basis if dating is not None else "",
    )
    if given is not None:
        metadata = apply_input(metadata, given, keep_empty=True)
    pages = document.pages if any(document.pages) else ()
    return NewDocument(metadata, document.paragraphs, pages=pages, footnotes=document.footnotes)


class EditionImporter:
    """Stores the chosen documents of an edition under one new collection, in groups of whole documents."""

    def __init__(self, library: LibraryService, collections: CollectionService) -> None:
        self._library = library
        self._collections = collections

    def store(
        self,
        path: Path,
        text: TeiText,
        choice: EditionChoice,
        given: MetadataInput | None = None,
        *,
        job: Job | None = None,
    ) -> EditionOutcome:
        """Nothing is stored when the choice finds no documents or one of them cannot be stored as given."""
        level = text.default_level if choice.level is None else choice.level
        datings = {id(document): dating for document, dating in text.dated(level)}
        documents = chosen(text.documents(level), choice)
        if not documents:
            among = len(text.documents(level))
            wanted = f" {choice.describe()}" if choice.describe() else ""
            return EditionOutcome(path, error=f"{path.name}: none of its {among} documents is{wanted}")
        problems = tuple(
            f"{path.name}: {_named(d)}: {datings[id(d)].problem}; imported undated"
            for d in documents
            if datings[id(d)].problem
        )
        try:
            prepared = [
                new_document(d, text.header.source, text.header.language, given, datings[id(d)]) for d in documents
            ]
            for new in prepared:
                self._library.check(new)
        except (InvalidDocumentError, InvalidMetadataError) as exc:
            return EditionOutcome(path, error=f"{path.name}: {exc}")
        hashes = [content_hash(list(new.paragraphs)) for new in prepared]
        known = self._library.find_by_hashes(hashes)
        fresh, seen = [], set(known)
        for new, text_hash in zip(prepared, hashes, strict=True):
            if text_hash not in seen:
                seen.add(text_hash)
                fresh.append(new)
        duplicates = len(prepared) - len(fresh)
        if not fresh:
            return EditionOutcome(
                path, duplicates=duplicates, error=f"{path.name}: all {duplicates} documents are already in the library"
            )
        try:
            collection_id, made = self._collections.find_or_create(
                text.header.title or path.stem, text.header.source.display()
            )
        except LibraryStorageError as exc:
            return EditionOutcome(path, duplicates=duplicates, error=f"{path.name}: not imported: {exc}")
        ids, failure = self._store_groups(fresh, collection_id, job or Job())
        if failure:
            failure = f"{path.name}: {len(ids)} of {len(fresh)} documents imported; the rest not: {failure}"
        stopped = len(ids) < len(fresh)
        if failure:
            if not ids and made:
                self._collections.remove_if_empty(collection_id)
            return EditionOutcome(
                path, collection_id if ids else None, tuple(ids), duplicates, failure, stopped, problems
            )
        if not ids:
            if made:
                self._collections.remove_if_empty(collection_id)
            return EditionOutcome(path, duplicates=duplicates, cancelled=True, error=f"{path.name}: cancelled")
        return EditionOutcome(path, collection_id, tuple(ids), duplicates, cancelled=stopped, date_problems=problems)

    def _store_groups(
        self,
        fresh: list[NewDocument],
        collection_id: int,
        job: Job,
    ) -> tuple[list[int], str]:
        """Store in groups, each whole; stop between groups when cancelled or the library cannot be written."""
        ids: list[int] = []
        for start in range(0, len(fresh), BATCH):
            if job.cancelled:
                break
            job.report(start, len(fresh), fresh[start].metadata.title)
            group = [replace(new, collection_id=collection_id) for new in fresh[start : start + BATCH]]
            try:
                ids.extend(self._library.add_documents(group))
            except LibraryStorageError as exc:  # a full disk: the groups stored so far stay, whole
                return ids, str(exc)
        return ids, ""
