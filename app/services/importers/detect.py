"""Which importer reads a file: decided by its content first, its name second."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from app.services.importers.base import MAX_TEXT_BYTES, Extracted, FileImportError

Importer = Callable[[bytes, str | None, int], Extracted]  # data, encoding, the import size limit

TEXT_SUFFIXES = {".txt", ".text", ".asc", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
XML_SUFFIXES = {".xml", ".tei"}
SUPPORTED = "text, Markdown, HTML, PDF, DOCX, EPUB and TEI XML"


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]


def looks_like_tei(data: bytes) -> bool:
    """XML in the TEI namespace, by its opening bytes (the root element is checked when it is parsed)."""
    head = data[:4096]
    return b"http://www.tei-c.org/ns/1.0" in head and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def _importer(module: str) -> Importer:
    """Each format's module (and its parser library) is loaded when first needed, keeping start-up quick."""
    function: Importer = getattr(import_module(f"app.services.importers.{module}"), f"extract_{module}")
    return function


def importer_for(name: str, data: bytes) -> Importer:
    suffix = Path(name).suffix.lower()
    if data.startswith(b"%PDF-") or suffix == ".pdf":
        return _importer("pdf")
    if data.startswith(b"PK\x03\x04"):
        if b"mimetypeapplication/epub+zip" in data[:100] or suffix == ".epub":
            return _importer("epub")
        if b"word/" in data or suffix == ".docx":
            return _importer("docx")
        raise FileImportError("a ZIP archive that is neither a DOCX nor an EPUB")
    if looks_like_tei(data) and not _looks_like_html(data):
        return _importer("tei")
    if suffix in XML_SUFFIXES:
        raise FileImportError("an XML file, but not TEI (Parallax reads XML in the TEI namespace)")
    if suffix in HTML_SUFFIXES or _looks_like_html(data):
        return _importer("html")
    if suffix in MARKDOWN_SUFFIXES:
        return _importer("markdown")
    if suffix in TEXT_SUFFIXES or suffix in {".csv", ".log"}:
        return _importer("text")
    raise FileImportError(f"unknown format {suffix!r}: Parallax imports {SUPPORTED}")


def extract(name: str, data: bytes, encoding: str | None = None, max_bytes: int = MAX_TEXT_BYTES) -> Extracted:
    """The file's text and metadata; what an importer expands (an archive's parts, a PDF's streams) counts
    against `max_bytes` as the file itself does."""
    if not data.strip():
        raise FileImportError("the file is empty")
    return importer_for(name, data)(data, encoding, max_bytes)
