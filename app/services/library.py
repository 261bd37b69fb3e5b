"""Reading and adding documents: the library's use cases."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.dates.historical import HistoricalDate, InvalidDateError
from app.domain.documents import (
    DocumentDetail,
    DocumentMetadata,
    DocumentSummary,
    Footnote,
    Paragraph,
)
from app.domain.errors import InvalidInputError, NotFoundError
from app.domain.text.paragraphs import content_hash, normalize_paragraph
from app.services.changes import Change, Fact, Step
from app.services.infrastructure.document_rows import metadata_of
from app.services.infrastructure.transactions import LibraryWriteError, writing
from app.services.infrastructure.word_index import document_forms, document_language
from db.collection_repository import CollectionRepository, FootnoteRepository
from db.models import DocumentRow, NoteRow
from db.repositories import DocumentRepository

_LISTING = frozenset({Fact.DOCUMENTS})
_TEXTS = frozenset({Fact.DOCUMENTS, Fact.NOTES})  # a text changed: notes quoting it are placed anew


class DocumentNotFoundError(NotFoundError):
    def __init__(self, document_id: int, where: str = "in this library") -> None:
        super().__init__(f"no document with ID {document_id} {where}")
        self.document_id = document_id


class LibraryStorageError(LibraryWriteError):
    """A document's change could not be stored just now; none of it was kept."""


class InvalidDocumentError(InvalidInputError):
    """A new document that cannot be stored as given; the message says why in one line."""


@dataclass(frozen=True)
class NewDocument:
    metadata: DocumentMetadata
    paragraphs: tuple[str, ...]
    pages: tuple[str | None, ...] = ()
    bundle_key: str | None = None
    footnotes: tuple[Footnote, ...] = ()
    collection_id: int | None = None  # the edition it comes with (see CollectionService)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _metadata(row: DocumentRow) -> DocumentMetadata:
    return metadata_of(row, (tag.name for tag in row.tags))


def _checked_date(edtf: str) -> HistoricalDate | None:
    if not edtf:
        return None
    try:
        return HistoricalDate.parse(edtf)
    except InvalidDateError as exc:
        raise InvalidDocumentError(str(exc)) from exc


def _check_translation_of(repository: DocumentRepository, meta: DocumentMetadata, own_id: int | None) -> None:
    if meta.translation_of is None:
        return
    if meta.translation_of == own_id:
        raise InvalidDocumentError("a document cannot be a translation of itself")
    if repository.get_live(meta.translation_of) is None:
        raise InvalidDocumentError(f"translation of: no document with ID {meta.translation_of} in this library")


def write_date(row: DocumentRow | NoteRow, edtf: str, date: HistoricalDate | None) -> None:
    """A historical date as stored: the EDTF as typed, its bounds and precision beside it for sorting and ranges."""
    row.date_edtf = edtf
    row.date_lo = date.lo if date else None
    row.date_hi = date.hi if date else None
    row.date_precision = date.precision.value if date else None
    row.date_approximate = bool(date and date.approximate)
    row.date_utc_lo = date.utc_lo if date else None
    row.date_utc_hi = date.utc_hi if date else None


def _write_metadata(row: DocumentRow, meta: DocumentMetadata, date: HistoricalDate | None) -> None:
    row.title = meta.title.strip()
    row.issuer = meta.issuer
    write_date(row, meta.date_edtf, date)
    row.date_basis = meta.date_basis if date else ""
    row.place = meta.place
    row.language = meta.language
    row.kind = meta.kind.value
    row.source_publication = meta.source.publication
    row.source_editor = meta.source.editor
    row.source_publisher = meta.source.publisher
    row.source_place = meta.source.place
    row.source_year = meta.source.year
    row.source_pages = meta.source.pages
    row.source_number = meta.source.number
    row.archive = meta.archive
    row.url = meta.url
    row.rights = meta.rights
    row.original_format = meta.original_format
    row.translation_of_id = meta.translation_of


def _row_from(new: NewDocument, paragraphs: list[str]) -> tuple[DocumentRow, list[str]]:
    """The document's row, with its language (detected if not given) and its title's search keys; its paragraphs'."""
    now = _now()
    row = DocumentRow(content_hash=content_hash(paragraphs), bundle_key=new.bundle_key, created_at=now, updated_at=now)
    _write_metadata(row, new.metadata, _checked_date(new.metadata.date_edtf))
    row.language = document_language(row.language, paragraphs)
    row.forms, forms = document_forms(row.language, row.title, row.issuer, paragraphs)
    return row, forms


def _paragraph_rows(new: NewDocument, paragraphs: list[str], forms: list[str]) -> list[dict[str, object]]:
    pages = list(new.pages) + [None] * (len(paragraphs) - len(new.pages))
    return [
        {"number": number, "text": text, "page": page, "forms": keys}
        for number, (text, page, keys) in enumerate(zip(paragraphs, pages, forms, strict=True), start=1)
    ]


def _footnote_row(document_id: int, position: int, note: Footnote) -> dict[str, object]:
    text = normalize_paragraph(note.text)
    return {"document_id": document_id, "paragraph_number": note.paragraph, "position": position,
            "label": note.label[:16], "text": text}  # fmt: skip


class LibraryService:
    """List, read and add documents. Every call is its own transaction."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def list_documents(self) -> list[DocumentSummary]:
        with self._sessions() as session:
            rows = DocumentRepository(session).list_live()
            collections = CollectionRepository(session).memberships()
            return [
                DocumentSummary(
                    id=row.id,
                    metadata=_metadata(row),
                    paragraph_count=count,
                    created_at=row.created_at,
                    sort_key=row.date_utc_lo,
                    collection_id=collections.get(row.id),
                )
                for row, count in rows
            ]

    def get_document(self, document_id: int) -> DocumentDetail:
        with self._sessions() as session:
            repository = DocumentRepository(session)
            row = repository.get_live(document_id)
            if row is None:
                raise DocumentNotFoundError(document_id)
            paragraphs = tuple(Paragraph(p.number, p.text, p.page) for p in repository.paragraphs(document_id))
            notes = FootnoteRepository(session).of(document_id)
            collection = CollectionRepository(session).collection_of(document_id)
            return DocumentDetail(
                id=row.id,
                metadata=_metadata(row),
                paragraphs=paragraphs,
                content_hash=row.content_hash,
                created_at=row.created_at,
                updated_at=row.updated_at,
                footnotes=tuple(Footnote(n.paragraph_number, n.label, n.text) for n in notes),
                collection=collection.name if collection else "",
            )

    @staticmethod
    def check(new: NewDocument) -> list[str]:
        """The paragraphs as they would be stored; raises InvalidDocumentError if `new` could not be."""
        paragraphs = [text for text in map(normalize_paragraph, new.paragraphs) if text]
        if not new.metadata.title.strip():
            raise InvalidDocumentError("a document needs a title")
        if not paragraphs:
            raise InvalidDocumentError("a document needs some text")
        if len(new.pages) > len(paragraphs):
            raise InvalidDocumentError("more page references than paragraphs")
        if any(note.paragraph is not None and not 1 <= note.paragraph <= len(paragraphs) for note in new.footnotes):
            raise InvalidDocumentError("a footnote belongs to a paragraph the document does not have")
        _checked_date(new.metadata.date_edtf)
        return paragraphs

    def _prepared(self, new: NewDocument) -> tuple[DocumentRow, list[dict[str, object]]]:
        paragraphs = self.check(new)
        row, forms = _row_from(new, paragraphs)
        return row, _paragraph_rows(new, paragraphs, forms)

    def add_document(self, new: NewDocument) -> int:
        """Store a document with its paragraphs numbered from 1; returns its ID."""
        return self.add_documents([new])[0]

    def add_documents(self, documents: Sequence[NewDocument]) -> list[int]:
        """Store several documents in one transaction: all of them, or (on any error) none."""
        prepared = [self._prepared(new) for new in documents]
        with writing(self._sessions, LibraryStorageError) as session:
            repository = DocumentRepository(session)
            ids: list[int] = []
            notes: list[dict[str, object]] = []
            members: list[dict[str, int]] = []
            for new, (row, paragraphs) in zip(documents, prepared, strict=True):
                _check_translation_of(repository, new.metadata, None)
                row.tags = repository.tags_named(new.metadata.tags)
                new_id = repository.add(row, paragraphs).id
                notes.extend(_footnote_row(new_id, position, note) for position, note in enumerate(new.footnotes, 1))
                if new.collection_id is not None:
                    members.append({"document_id": new_id, "collection_id": new.collection_id})
                ids.append(new_id)
            FootnoteRepository(session).add(notes)  # all the group's at once: an edition has thousands
            CollectionRepository(session).add_members(members)
            return ids

    def find_by_hashes(self, hashes: Sequence[str]) -> dict[str, int]:
        """For each text fingerprint already in the library (not in the trash), the document that has it."""
        with self._sessions() as session:
            return DocumentRepository(session).live_ids_by_hash(hashes)

    def ensure_bundled(self, new: NewDocument) -> int | None:
        """Add a bundled document unless it was ever added before (even if since trashed).

        Returns the new ID, or None when the library already had it.
        """
        if new.bundle_key is None:
            raise InvalidDocumentError("a bundled document needs a bundle key")
        with self._sessions() as session:
            if DocumentRepository(session).by_bundle_key(new.bundle_key) is not None:
                return None
        try:
            return self.add_document(new)
        except IntegrityError:
            # Another Parallax process seeded it between our check and our insert.
            return None

    def update_metadata(self, document_id: int, metadata: DocumentMetadata) -> None:
        """Replace a document's metadata (its text is untouched)."""
        if not metadata.title.strip():
            raise InvalidDocumentError("a document needs a title")
        date = _checked_date(metadata.date_edtf)
        with writing(self._sessions, LibraryStorageError) as session:
            repository = DocumentRepository(session)
            row = repository.get_live(document_id)
            if row is None:
                raise DocumentNotFoundError(document_id)
            _check_translation_of(repository, metadata, document_id)
            before = (row.title, row.issuer, row.language)
            _write_metadata(row, metadata, date)
            row.tags = repository.tags_named(metadata.tags)
            row.updated_at = _now()
            if (row.title, row.issuer, row.language) != before:
                row.forms = None  # keyed again before the commit, in the language now given (or detected)
            if row.language != before[2]:
                repository.forget_word_forms(document_id)

    def edit_paragraph(self, document_id: int, number: int, text: str) -> Change[str]:
        """Correct the text of ¶`number` (the change's result is the text it had). Notes' passages follow it."""
        new_text = normalize_paragraph(text)
        if not new_text:
            raise InvalidDocumentError("a paragraph cannot be empty (its number is cited elsewhere)")
        with writing(self._sessions, LibraryStorageError) as session:
            repository = DocumentRepository(session)
            row = repository.get_live(document_id)
            if row is None:
                raise DocumentNotFoundError(document_id)
            paragraphs = repository.paragraphs(document_id)
            if not 1 <= number <= len(paragraphs):
                raise InvalidDocumentError(f"“{row.title}” has {len(paragraphs)} paragraphs; there is no ¶{number}")
            old = paragraphs[number - 1].text
            if old == new_text:
                return Change(f"correct ¶{number} of “{row.title}”", old, ())  # nothing to store, nothing to undo
            paragraphs[number - 1].text = new_text
            paragraphs[number - 1].forms = None  # keyed again before the commit
            row.content_hash = content_hash([paragraph.text for paragraph in paragraphs])
            row.updated_at = _now()
            title = row.title
        return Change(
            f"correct ¶{number} of “{title}”", old, (Step(self.edit_paragraph, (document_id, number, old)),),
            (Step(self.edit_paragraph, (document_id, number, new_text)),), _TEXTS, (document_id,),
        )  # fmt: skip

    def move_to_trash(self, document_id: int) -> Change[None]:
        with writing(self._sessions, LibraryStorageError) as session:
            row = DocumentRepository(session).get_live(document_id)
            if row is None:
                raise DocumentNotFoundError(document_id)
            row.deleted_at, title = _now(), row.title
        return Change(f"move “{title}” to the trash", None, (Step(self.restore, (document_id,)),), (), _LISTING)

    def restore(self, document_id: int) -> None:
        """Take a document back out of the trash."""
        with writing(self._sessions, LibraryStorageError) as session:
            row = DocumentRepository(session).get_any(document_id)
            if row is None or row.deleted_at is None:
                raise DocumentNotFoundError(document_id, where="in the trash")
            row.deleted_at = None

    def list_trash(self) -> list[DocumentSummary]:
        with self._sessions() as session:
            rows = DocumentRepository(session).list_trashed()
            return [
                DocumentSummary(row.id, _metadata(row), count, row.created_at, row.deleted_at) for row, count in rows
            ]

    def find_bundled(self, bundle_key: str) -> int | None:
        """The ID of a bundled document that is in the library and not in the trash."""
        with self._sessions() as session:
            row = DocumentRepository(session).by_bundle_key(bundle_key)
            if row is None or row.deleted_at is not None:
                return None
            return row.id
