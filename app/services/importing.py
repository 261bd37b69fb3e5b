"""Importing files into the library: read, describe, check for duplicates, store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.domain.date_text import parse_date_text
from app.domain.dates import InvalidDateError
from app.domain.documents import DocumentMetadata
from app.domain.text import content_hash
from app.services.importers.base import MAX_TEXT_BYTES, Extracted, FileImportError
from app.services.importers.detect import extract
from app.services.library import InvalidDocumentError, LibraryService, NewDocument
from app.services.metadata import InvalidMetadataError, MetadataInput, apply_input


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    document_id: int | None = None
    duplicate_of: int | None = None
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.document_id is not None


def _size(count: int) -> str:
    return f"{count / 1e6:.1f} MB" if count >= 100_000 else f"{max(1, round(count / 1000))} KB"


class ImportService:
    def __init__(self, library: LibraryService, max_bytes: int = MAX_TEXT_BYTES) -> None:
        self._library = library
        self._max_bytes = max_bytes

    def read(self, path: Path, encoding: str | None = None) -> Extracted:
        """The file's text and metadata hints; raises FileImportError('NAME: reason')."""
        try:
            size = path.stat().st_size
            if size > self._max_bytes:
                raise FileImportError(f"the file is {_size(size)}; the limit is {_size(self._max_bytes)}")
            data = path.read_bytes()
        except FileImportError as exc:
            raise FileImportError(f"{path.name}: {exc}") from exc
        except OSError as exc:
            raise FileImportError(f"{path.name}: cannot read it ({exc.strerror or exc})") from exc
        return self.read_data(path.name, data, encoding)

    def read_data(self, name: str, data: bytes, encoding: str | None = None) -> Extracted:
        """Text and hints from bytes that did not come from a file (the clipboard)."""
        try:
            if len(data) > self._max_bytes:
                raise FileImportError(f"the text is {_size(len(data))}; the limit is {_size(self._max_bytes)}")
            return extract(name, data, encoding)
        except FileImportError as exc:
            raise FileImportError(f"{name}: {exc}") from exc

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
            language=extracted.language,
            url=extracted.url,
            original_format=extracted.original_format,
        )
        try:
            return apply_input(base, given, keep_empty=keep_empty)
        except InvalidMetadataError as exc:
            raise FileImportError(str(exc)) from exc

    def duplicate_of(self, extracted: Extracted) -> int | None:
        return self._library.find_by_hash(content_hash(list(extracted.paragraphs)))

    def import_file(
        self,
        path: Path,
        given: MetadataInput | None = None,
        encoding: str | None = None,
        allow_duplicate: bool = False,
    ) -> ImportOutcome:
        """Import one file; a failure or a duplicate is reported in the outcome, never half-stored."""
        try:
            extracted = self.read(path, encoding)
        except FileImportError as exc:
            return ImportOutcome(path, error=str(exc))
        return self.store(path, extracted, given or MetadataInput(), allow_duplicate)

    def store(
        self,
        path: Path,
        extracted: Extracted,
        given: MetadataInput,
        allow_duplicate: bool = False,
        keep_empty: bool = True,
    ) -> ImportOutcome:
        """Store text already read (and perhaps looked at by the user) under the given metadata."""
        try:
            metadata = self.describe(extracted, given, path.stem.replace("_", " "), keep_empty)
        except FileImportError as exc:
            return ImportOutcome(path, error=f"{path.name}: {exc}")
        existing = self.duplicate_of(extracted)
        if existing is not None and not allow_duplicate:
            return ImportOutcome(
                path, duplicate_of=existing, error=f"{path.name}: already in the library (ID {existing})"
            )
        try:
            new_id = self._library.add_document(
                NewDocument(metadata=metadata, paragraphs=extracted.paragraphs, pages=extracted.pages)
            )
        except InvalidDocumentError as exc:
            return ImportOutcome(path, error=f"{path.name}: {exc}")
        return ImportOutcome(path, document_id=new_id)
