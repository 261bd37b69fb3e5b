"""EPUB: the container points at the package, whose spine gives the chapters in reading order."""

from __future__ import annotations

import posixpath

from app.domain.text.paragraphs import normalize_paragraph
from app.services.importers.archive import SafeZip
from app.services.importers.base import Extracted, FileImportError, find_date
from app.services.importers.html import HEADINGS, blocks_of

CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"


def extract_epub(data: bytes, _encoding: str | None = None) -> Extracted:
    book = SafeZip(data, "EPUB")
    rootfile = book.xml("META-INF/container.xml").find(f".//{CONTAINER}rootfile")
    package_path = rootfile.get("full-path", "") if rootfile is not None else ""
    if not package_path:
        raise FileImportError("this EPUB does not say where its package is (META-INF/container.xml)")
    package = book.xml(package_path)
    base = posixpath.dirname(package_path)
    manifest = {
        item.get("id"): item.get("href", "")
        for item in package.iter(f"{OPF}item")
        if item.get("media-type") in ("application/xhtml+xml", "text/html")
    }
    paragraphs: list[str] = []
    first_heading = ""
    for itemref in package.iter(f"{OPF}itemref"):
        href = manifest.get(itemref.get("idref"))
        if not href:
            continue
        chapter = book.xml(posixpath.normpath(posixpath.join(base, href.split("#")[0])))
        for tag, text in blocks_of(chapter):
            if tag in HEADINGS and not first_heading and not paragraphs:
                first_heading = text
                continue
            paragraphs.append(text)
    if not paragraphs:
        raise FileImportError("the book has no text")

    def meta(tag: str) -> str:
        node = package.find(f".//{DC}{tag}")
        return normalize_paragraph(node.text or "") if node is not None else ""

    return Extracted(
        paragraphs=tuple(paragraphs),
        original_format="application/epub+zip",
        title=meta("title") or first_heading,
        author=meta("creator"),
        date_text=meta("date") or find_date(paragraphs),
        language=meta("language").split("-")[0].lower(),
    )
