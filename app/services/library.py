"""Reading and adding documents: the library's use cases."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
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
    paragraphs_of_blocks,
)
from app.domain.errors import InvalidInputError, NotFoundError
from app.domain.pages import ScanText
from app.domain.short_titles import MAX_SHORT_TITLE
from app.domain.text.blocks import Block, BlockKind, numbering, paragraph_blocks
from app.domain.text.paragraphs import content_hash, normalize_paragraph
from app.services.changes import Change, Fact, Step
from app.services.infrastructure.document_rows import metadata_of
from app.services.infrastructure.transactions import LibraryWriteError, writing
from app.services.infrastructure.word_index import DETECT_SAMPLE, document_language, word_forms
from app.services.pages import doubtful_words, move_paragraph_words, page_infos, store_scan
from db.collection_repository import CollectionRepository, FootnoteRepository
from db.models import DocumentRow, NoteRow, ParagraphRow
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
    """A document to store: its text as `blocks`, or (where it is all paragraphs) as `paragraphs` and `pages`."""

    metadata: DocumentMetadata
    paragraphs: tuple[str, ...] = ()
    pages: tuple[str | None, ...] = ()
    bundle_key: str | None = None
    footnotes: tuple[Footnote, ...] = ()
    collection_id: int | None = None  # the edition it comes with (see CollectionService)
    scan: ScanText | None = None  # the pages and words of a scan the text was read from
    blocks: Sequence[Block] = ()

    def text_blocks(self) -> Sequence[Block]:
        """The blocks as given, else the paragraphs as blocks; not yet numbered."""
        if self.blocks:
            return self.blocks
        if len(self.pages) > len(self.paragraphs):
            raise InvalidDocumentError("more page references than paragraphs")
        return paragraph_blocks(self.paragraphs, self.pages)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def block_of(row: ParagraphRow) -> Block:
    return Block(row.text, BlockKind(row.kind), row.page, row.level, row.label, row.number)


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
    row.description = meta.description
    row.original_format = meta.original_format
    row.translation_of_id = meta.translation_of
    row.short_title = " ".join(meta.short_title.split())[:MAX_SHORT_TITLE]


@dataclass(frozen=True)
class Checked:
    """What a new document's text will be once stored: its fingerprint, how many paragraphs it has, and its first
    blocks' text (what its language is detected from where it is not given)."""

    text_hash: str
    paragraphs: int
    sample: tuple[str, ...] = ()


def _row_from(new: NewDocument, checked: Checked) -> DocumentRow:
    """The document's row, with its language (detected if not given) and its title's search keys."""
    now = _now()
    row = DocumentRow(content_hash=checked.text_hash, bundle_key=new.bundle_key, created_at=now, updated_at=now)
    _write_metadata(row, new.metadata, _checked_date(new.metadata.date_edtf))
    row.language = document_language(row.language, checked.sample)
    row.forms = word_forms().keys(f"{row.title} {row.issuer}", row.language)
    return row


def block_rows(blocks: Iterable[Block], language: str) -> Iterator[dict[str, object]]:
    """The rows of `paragraphs` for the blocks, each with its search keys, made one at a time as they are
    inserted."""
    forms = word_forms()
    for position, block in enumerate(blocks, start=1):
        yield {"position": position, "number": block.number, "kind": block.kind.value, "level": block.level,
               "label": block.label[:32], "text": block.text, "page": block.page,
               "forms": forms.keys(block.text, language)}  # fmt: skip


def stored_blocks(blocks: Iterable[Block]) -> Iterator[Block]:
    """The blocks as they are stored, one at a time: each on one line, the empty ones left out, the paragraphs
    numbered (so that a text of a million paragraphs is never all in memory as rows)."""
    return numbering(
        block if text == block.text else Block(text, block.kind, block.page, block.level, block.label, block.number)
        for block in blocks
        if (text := normalize_paragraph(block.text))
    )


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
            blocks = tuple(block_of(b) for b in repository.blocks(document_id))
            notes = FootnoteRepository(session).of(document_id)
            collection = CollectionRepository(session).collection_of(document_id)
            return DocumentDetail(
                id=row.id,
                metadata=_metadata(row),
                paragraphs=paragraphs_of_blocks(blocks),
                content_hash=row.content_hash,
                created_at=row.created_at,
                updated_at=row.updated_at,
                footnotes=tuple(Footnote(n.paragraph_number, n.label, n.text) for n in notes),
                collection=collection.name if collection else "",
                pages=page_infos(session, document_id),
                doubtful=doubtful_words(session, document_id),
                blocks=blocks,
            )

    @staticmethod
    def check(new: NewDocument) -> Checked:
        """What the text will be once stored; raises InvalidDocumentError if `new` could not be stored."""
        if not new.metadata.title.strip():
            raise InvalidDocumentError("a document needs a title")
        _checked_date(new.metadata.date_edtf)
        counted = {"blocks": 0, "paragraphs": 0}

        sample: list[str] = []

        def texts() -> Iterator[str]:
            for block in stored_blocks(new.text_blocks()):
                counted["blocks"] += 1
                counted["paragraphs"] += block.number is not None
                if len(sample) < DETECT_SAMPLE:
                    sample.append(block.text)
                yield block.text

        text_hash = content_hash(texts())
        if not counted["blocks"]:
            raise InvalidDocumentError("a document needs some text")
        count = counted["paragraphs"]
        if any(note.paragraph is not None and not 1 <= note.paragraph <= count for note in new.footnotes):
            raise InvalidDocumentError("a footnote belongs to a paragraph the document does not have")
        return Checked(text_hash, count, tuple(sample))

    def _prepared(self, new: NewDocument) -> DocumentRow:
        return _row_from(new, self.check(new))

    def add_document(self, new: NewDocument) -> int:
        """Store a document with its paragraphs numbered from 1; returns its ID."""
        return self.add_documents([new])[0]

    def add_documents(self, documents: Sequence[NewDocument], checked: Sequence[Checked] = ()) -> list[int]:
        """Store several documents in one transaction: all of them, or (on any error) none. `checked`: what
        `check` said of each, where the caller has asked already (a text is then not read through twice)."""
        if len(checked) == len(documents):
            prepared = [_row_from(new, done) for new, done in zip(documents, checked, strict=True)]
        else:
            prepared = [self._prepared(new) for new in documents]
        with writing(self._sessions, LibraryStorageError) as session:
            repository = DocumentRepository(session)
            ids: list[int] = []
            notes: list[dict[str, object]] = []
            members: list[dict[str, int]] = []
            for new, row in zip(documents, prepared, strict=True):
                _check_translation_of(repository, new.metadata, None)
                row.tags = repository.tags_named(new.metadata.tags)
                new_id = repository.add(row, block_rows(stored_blocks(new.text_blocks()), row.language)).id
                if new.scan is not None:
                    store_scan(session, new_id, new.scan)
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

    def edit_document(
        self, document_id: int, metadata: DocumentMetadata, correction: tuple[int, str] | None = None
    ) -> None:
        """Metadata and, if given, the corrected text of one paragraph (number, text), in one transaction: what
        cannot be done is refused before anything is written, and what does not change is not written at all
        (not even the time of the last change)."""
        if not metadata.title.strip():
            raise InvalidDocumentError("a document needs a title")
        date = _checked_date(metadata.date_edtf)
        new_text = normalize_paragraph(correction[1]) if correction is not None else ""
        if correction is not None and not new_text:
            raise InvalidDocumentError("a paragraph cannot be empty (its number is cited elsewhere)")
        with writing(self._sessions, LibraryStorageError) as session:
            repository = DocumentRepository(session)
            row = repository.get_live(document_id)
            if row is None:
                raise DocumentNotFoundError(document_id)
            _check_translation_of(repository, metadata, document_id)
            paragraphs = repository.paragraphs(document_id) if correction is not None else []
            if correction is not None and not 1 <= correction[0] <= len(paragraphs):
                raise InvalidDocumentError(
                    f"“{row.title}” has {len(paragraphs)} paragraphs; there is no ¶{correction[0]}"
                )
            changed = False
            if _metadata(row) != metadata:
                _write_metadata(row, metadata, date)
                row.tags = repository.tags_named(metadata.tags)
                changed = True
            if correction is not None and paragraphs[correction[0] - 1].text != new_text:
                paragraphs[correction[0] - 1].text = new_text
                row.content_hash = content_hash([block.text for block in repository.blocks(document_id)])
                changed = True
            if changed:
                row.updated_at = _now()

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
            move_paragraph_words(session, document_id, number, old, new_text)
            paragraphs[number - 1].forms = None  # keyed again before the commit
            row.content_hash = content_hash([block.text for block in repository.blocks(document_id)])
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
