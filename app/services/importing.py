"""Importing files into the library: read, describe, check for duplicates, store."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.dates.historical import InvalidDateError
from app.domain.dates.written import parse_date_text
from app.domain.documents import DocumentMetadata
from app.domain.text.paragraphs import content_hash
from app.services.collections import CollectionService
from app.services.editions import EditionChoice, EditionImporter, EditionOutcome
from app.services.importers.base import MAX_TEXT_BYTES, Extracted, FileImportError
from app.services.importers.detect import extract, looks_like_tei
from app.services.infrastructure.word_index import document_language
from app.services.library import InvalidDocumentError, LibraryService, LibraryStorageError, NewDocument
from app.services.metadata import InvalidMetadataError, MetadataInput, apply_input
from app.services.tasks import Job

if TYPE_CHECKING:
    from app.services.importers.tei import TeiText


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    document_id: int | None = None
    duplicate_of: int | None = None
    error: str = ""
    document_ids: tuple[int, ...] = ()  # an edition's documents, all of them (document_id is the first)
    collection_id: int | None = None
    duplicates: int = 0  # an edition's documents left out because the library has them
    date_problems: tuple[str, ...] = ()  # an edition's documents imported undated, and why

    @property
    def ok(self) -> bool:
        return self.document_id is not None


def _size(count: int) -> str:
    return f"{count / 1e6:.1f} MB" if count >= 100_000 else f"{max(1, round(count / 1000))} KB"


class ImportService:
    def __init__(
        self, library: LibraryService, max_bytes: int = MAX_TEXT_BYTES, collections: CollectionService | None = None
    ) -> None:
        self._library = library
        self.max_bytes = max_bytes
        self._editions = EditionImporter(library, collections) if collections is not None else None

    def _bytes(self, path: Path) -> bytes:
        try:
            size = path.stat().st_size
            if size > self.max_bytes:
                raise FileImportError(f"the file is {_size(size)}; the limit is {_size(self.max_bytes)}")
            return path.read_bytes()
        except FileImportError as exc:
            raise FileImportError(f"{path.name}: {exc}") from exc
        except OSError as exc:
            raise FileImportError(f"{path.name}: cannot read it ({exc.strerror or exc})") from exc

    def read(self, path: Path, encoding: str | None = None) -> Extracted:
        """The file's text and metadata hints; raises FileImportError('NAME: reason')."""
        return self.read_data(path.name, self._bytes(path), encoding)

    def read_edition(self, path: Path) -> TeiText | None:
        """A TEI file whose body is divided (an edition of many documents), parsed; None for any other file."""
        if self._editions is None or not looks_like_tei(_opening(path)):
            return None
        from app.services.importers.tei import read_tei

        data = self._bytes(path)
        try:
            text = read_tei(data)
        except FileImportError as exc:
            raise FileImportError(f"{path.name}: {exc}") from exc
        return text if text.levels else None

    def import_edition(
        self,
        path: Path,
        text: TeiText,
        choice: EditionChoice,
        given: MetadataInput | None = None,
        *,
        job: Job | None = None,
    ) -> EditionOutcome:
        """Store the chosen documents of an edition as one collection (see EditionImporter.store)."""
        if self._editions is None:
            raise FileImportError(f"{path.name}: editions cannot be imported here")
        return self._editions.store(path, text, choice, given, job=job)

    def _edition_outcome(self, path: Path, choice: EditionChoice, given: MetadataInput | None) -> ImportOutcome | None:
        """The outcome of importing `path` as an edition, or None when it is not one (it is then read as one text)."""
        try:
            text = self.read_edition(path)
        except FileImportError as exc:
            return ImportOutcome(path, error=str(exc))
        if text is None or (choice.level is None and not text.default_level):
            return None
        done = self.import_edition(path, text, choice, given)
        first = done.document_ids[0] if done.document_ids else None
        return ImportOutcome(
            path, first, None, done.error, done.document_ids, done.collection_id, done.duplicates, done.date_problems
        )

    def read_data(self, name: str, data: bytes, encoding: str | None = None) -> Extracted:
        """Text and hints from bytes that did not come from a file (the clipboard)."""
        try:
            if len(data) > self.max_bytes:
                raise FileImportError(f"the text is {_size(len(data))}; the limit is {_size(self.max_bytes)}")
            extracted = extract(name, data, encoding)
        except FileImportError as exc:
            raise FileImportError(f"{name}: {exc}") from exc
        if extracted.language.strip():
            return extracted
        # What the file does not say, the text shows (the import form offers it, to be corrected if need be).
        detected = document_language("", extracted.paragraphs)
        return replace(extracted, language=detected, detected_language=bool(detected))

    @staticmethod
    def describe(extracted: Extracted, given: MetadataInput, fallback_title: str, keep_empty: bool) -> DocumentMetadata:
        """The user's metadata over what the file offers (see apply_input for keep_empty)."""
        try:
            file_date = parse_date_text(extracted.date_text).edtf if extracted.date_text else ""
        except InvalidDateError:
            file_date = ""  # a dateline that does not parse is simply not offered
        base = DocumentMetadata(
            title=extracted.title or fallback_title,
            issuer=extracted.author,
            date_edtf=file_date,
            place=extracted.place,
            language=extracted.language,
            source=extracted.source,
            url=extracted.url,
            original_format=extracted.original_format,
        )
        try:
            return apply_input(base, given, keep_empty=keep_empty)
        except InvalidMetadataError as exc:
            raise FileImportError(str(exc)) from exc

    def import_file(
        self, path: Path, given: MetadataInput | None = None, encoding: str | None = None, allow_duplicate: bool = False
    ) -> ImportOutcome:
        """Import one file; a failure or a duplicate is reported in the outcome, never half-stored."""
        return self.import_files([path], given, encoding=encoding, allow_duplicate=allow_duplicate)[0]

    def store(
        self,
        path: Path,
        extracted: Extracted,
        given: MetadataInput,
        allow_duplicate: bool = False,
        keep_empty: bool = True,
    ) -> ImportOutcome:
        """Store text already read (and looked at by the user in the import form) under the given metadata."""
        try:
            metadata = self.describe(extracted, given, _fallback_title(path), keep_empty)
            new = _new_document(metadata, extracted)
            self._library.check(new)
        except (FileImportError, InvalidDocumentError) as exc:
            return ImportOutcome(path, error=_named(path, str(exc)))
        return self._store_group([(path, new, content_hash(list(extracted.paragraphs)))], {}, allow_duplicate)[0]

    def import_files(
        self,
        paths: Sequence[Path],
        given: MetadataInput | None = None,
        *,
        encoding: str | None = None,
        allow_duplicate: bool = False,
        job: Job | None = None,
        edition: EditionChoice | None = None,
    ) -> list[ImportOutcome]:
        """Import many files, committing whole documents in groups; stops between files when the job is cancelled.

        A text met twice (in the library, or twice in this batch) is reported as a duplicate unless allowed.
        A TEI edition becomes one collection of its documents, chosen as `edition` says (all, by default)."""
        job = job or Job()
        outcomes: list[ImportOutcome] = []
        seen: dict[str, int] = {}
        order = {path: index for index, path in reversed(list(enumerate(paths)))}
        for start in range(0, len(paths), BATCH):
            group: list[tuple[Path, NewDocument, str]] = []
            for offset, path in enumerate(paths[start : start + BATCH]):
                if job.cancelled:
                    break
                job.report(start + offset, len(paths), path.name)
                as_edition = self._edition_outcome(path, edition or EditionChoice(), given)
                if as_edition is not None:
                    outcomes.append(as_edition)
                    continue
                try:
                    extracted = self.read(path, encoding)
                    metadata = self.describe(extracted, given or MetadataInput(), _fallback_title(path), True)
                    new = _new_document(metadata, extracted)
                    self._library.check(new)
                except (FileImportError, InvalidDocumentError) as exc:
                    message = str(exc)
                    outcomes.append(ImportOutcome(path, error=_named(path, message)))
                    continue
                group.append((path, new, content_hash(list(extracted.paragraphs))))
            outcomes.extend(self._store_group(group, seen, allow_duplicate))
            if job.cancelled:
                break
        return sorted(outcomes, key=lambda outcome: order[outcome.path])  # in the order the files were given

    def _store_group(
        self, group: list[tuple[Path, NewDocument, str]], seen: dict[str, int], allow_duplicate: bool
    ) -> list[ImportOutcome]:
        existing = {} if allow_duplicate else self._library.find_by_hashes([text_hash for _, _, text_hash in group])
        outcomes: list[ImportOutcome] = []
        to_store: list[tuple[Path, NewDocument, str]] = []
        for path, new, text_hash in group:
            duplicate = None if allow_duplicate else existing.get(text_hash, seen.get(text_hash))
            if duplicate is not None or (not allow_duplicate and any(h == text_hash for _, _, h in to_store)):
                twin = duplicate if duplicate is not None else -1
                message = f"already in the library (ID {twin})" if twin > 0 else "the same text as another file here"
                outcomes.append(ImportOutcome(path, duplicate_of=duplicate, error=_named(path, message)))
                continue
            to_store.append((path, new, text_hash))
        try:
            ids = self._library.add_documents([new for _, new, _ in to_store]) if to_store else []
        except LibraryStorageError as exc:  # a full disk: none of the group was kept, and each file says so
            outcomes.extend(ImportOutcome(path, error=_named(path, f"not imported: {exc}")) for path, _, _ in to_store)
            return outcomes
        for (path, _new, text_hash), new_id in zip(to_store, ids, strict=True):
            seen[text_hash] = new_id
            outcomes.append(ImportOutcome(path, document_id=new_id))
        return outcomes


BATCH = 50  # documents per transaction in a batch: few commits, and a Cancel or crash loses no whole document


def _new_document(metadata: DocumentMetadata, extracted: Extracted) -> NewDocument:
    return NewDocument(metadata, extracted.paragraphs, pages=extracted.pages, footnotes=extracted.footnotes)


def _opening(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(4096)
    except OSError:
        return b""  # reported when the file is read


def _fallback_title(path: Path) -> str:
    return path.stem.replace("_", " ")


def _named(path: Path, message: str) -> str:
    return message if message.startswith(f"{path.name}: ") else f"{path.name}: {message}"
