"""Opening ZIP-based formats (DOCX, EPUB) safely: sizes and ratios are checked before anything is parsed."""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from app.services.importers.base import FileImportError
from app.services.importers.html import xml_parser

MAX_ENTRIES = 5000
MAX_ENTRY_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 120  # a real document compresses 3–20×; a bomb, thousands of times


class SafeZip:
    """A ZIP checked for bombs, encryption and damage; entries are read with a hard cap whatever their headers
    claim, and what is read in all counts against `limit` (the import size limit)."""

    def __init__(self, data: bytes, what: str, limit: int = MAX_TOTAL_BYTES) -> None:
        self.what = what
        self.limit = limit
        self.expanded = 0
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            entries = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise FileImportError(f"this {what} is damaged or truncated (not a readable ZIP)") from exc
        if len(entries) > MAX_ENTRIES:
            raise FileImportError(f"this {what} has {len(entries)} parts; refusing to unpack more than {MAX_ENTRIES}")
        total = 0
        for entry in entries:
            if entry.flag_bits & 0x1:
                raise FileImportError(f"this {what} is encrypted (protected by a password); it cannot be read")
            total += entry.file_size
            ratio = entry.file_size / max(1, entry.compress_size)
            if (
                entry.file_size > MAX_ENTRY_BYTES
                or total > MAX_TOTAL_BYTES
                or (ratio > MAX_RATIO and entry.file_size > 1_000_000)
            ):
                raise FileImportError(f"this {what} unpacks to far more than it holds (a ZIP bomb?); not opened")
        self.names = {entry.filename for entry in entries}

    def read(self, name: str) -> bytes:
        if name not in self.names:
            raise FileImportError(f"this {self.what} lacks {name}")
        try:
            with self._zip.open(name) as handle:
                data = handle.read(MAX_ENTRY_BYTES + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError,
                RuntimeError) as exc:  # fmt: skip
            raise FileImportError(f"this {self.what} is damaged ({name} cannot be read)") from exc
        if len(data) > MAX_ENTRY_BYTES:
            raise FileImportError(f"this {self.what} unpacks to far more than it holds (a ZIP bomb?); not opened")
        self.expanded += len(data)
        if self.expanded > self.limit:
            raise FileImportError(
                f"this {self.what} unpacks to more than the import size limit ({self.limit // 1_000_000} MB); "
                "not imported"
            )
        return data

    def check_whole(self) -> None:
        """Every entry read through to its end, so that one that fails its checksum is found: a damaged archive
        is refused whole rather than imported in part."""
        for entry in self._zip.infolist():
            try:
                with self._zip.open(entry) as handle:
                    while handle.read(1 << 20):
                        pass
            except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError,
                    RuntimeError) as exc:  # fmt: skip
                raise FileImportError(f"this {self.what} is damaged ({entry.filename} fails its check)") from exc

    def xml(self, name: str) -> etree._Element:
        try:
            return etree.fromstring(self.read(name), parser=xml_parser())
        except etree.XMLSyntaxError as exc:
            raise FileImportError(f"this {self.what} is damaged ({name} is not well-formed XML)") from exc
