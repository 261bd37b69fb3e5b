"""EPUB: the container points at the package, whose spine gives the chapters in reading order; each chapter is
read as HTML is (its heads as headings, lists, quotations), and all that is unpacked counts against the limit."""

from __future__ import annotations

import posixpath

from app.domain.text.blocks import Block
from app.domain.text.paragraphs import normalize_paragraph
from app.services.importers.archive import SafeZip
from app.services.importers.base import MAX_TEXT_BYTES, Extracted, FileImportError, find_date
from app.services.importers.html import blocks_of
from app.services.importers.structure import finish

CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"
MAX_CHAPTERS = 5000


def extract_epub(data: bytes, _encoding: str | None = None, max_bytes: int = MAX_TEXT_BYTES) -> Extracted:
    book = SafeZip(data, "EPUB", limit=max_bytes)
    book.check_whole()
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
    chapters: list[str] = []
    for itemref in package.iter(f"{OPF}itemref"):
        href = manifest.get(itemref.get("idref"))
        name = posixpath.normpath(posixpath.join(base, href.split("#")[0])) if href else ""
        if name and name not in chapters:  # a chapter the spine lists twice is read once
            chapters.append(name)
    if len(chapters) > MAX_CHAPTERS:
        raise FileImportError(f"this EPUB lists {len(chapters)} chapters; refusing more than {MAX_CHAPTERS}")
    blocks: list[Block] = []
    unplaced = 0
    for name in chapters:
        found = blocks_of(book.xml(name))
        blocks.extend(found.blocks)
        unplaced += found.unplaced
    if not blocks:
        raise FileImportError("the book has no text")

    def meta(tag: str) -> str:
        node = package.find(f".//{DC}{tag}")
        return normalize_paragraph(node.text or "") if node is not None else ""

    finished = finish(blocks)
    return Extracted(
        blocks=finished.blocks,
        original_format="application/epub+zip",
        title=meta("title") or finished.title,
        author=meta("creator"),
        date_text=meta("date") or finished.date_text or find_date([block.text for block in blocks[:6]]),
        place=finished.place,
        language=meta("language").split("-")[0].lower(),
        unplaced=unplaced,
        description=meta("description"),
    )
