"""Which importer reads a file: decided by its content first, its name second."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.importers.base import MAX_TEXT_BYTES, Extracted, FileImportError

if TYPE_CHECKING:
    from app.services.importers.scan import OcrRequest
    from app.services.tasks import Job

Importer = Callable[[bytes, str | None, int], Extracted]  # data, encoding, the import size limit

TEXT_SUFFIXES = {".txt", ".text", ".asc", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
XML_SUFFIXES = {".xml", ".tei"}
SUPPORTED = "text, Markdown, HTML, PDF, DOCX, EPUB, TEI XML and scans (JPEG, PNG, TIFF)"
IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*")
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}


def is_scan_file(name: str, data: bytes) -> bool:
    """An image file (JPEG, PNG, TIFF), by its opening bytes or its name: read with OCR."""
    return data.startswith(IMAGE_MAGIC) or Path(name).suffix.lower() in IMAGE_SUFFIXES


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


def extract(
    name: str, data: bytes, encoding: str | None = None, max_bytes: int = MAX_TEXT_BYTES, *,
    ocr: OcrRequest | None = None, job: Job | None = None,
) -> Extracted:  # fmt: skip
    """The file's text and metadata; what an importer expands (an archive's parts, a PDF's streams) counts
    against `max_bytes` as the file itself does. A scan (an image, or a PDF with pages that are images) is read
    with `ocr`'s languages."""
    if not data.strip():
        raise FileImportError("the file is empty")
    if is_scan_file(name, data):
        from app.services.importers.scan import extract_image

        return extract_image(data, ocr, job)
    if data.startswith(b"%PDF-") or Path(name).suffix.lower() == ".pdf":
        from app.services.importers.pdf import extract_pdf

        return extract_pdf(data, encoding, max_bytes, ocr, job)
    return importer_for(name, data)(data, encoding, max_bytes)
