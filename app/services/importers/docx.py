"""DOCX: paragraphs, headings and tables in document order, and the document's own properties."""

from __future__ import annotations

from app.domain.text.paragraphs import normalize_paragraph
from app.services.importers.archive import SafeZip
from app.services.importers.base import Extracted, FileImportError, find_date

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"


def _paragraph_text(paragraph: object) -> str:
    parts = []
    for node in paragraph.iter():  # type: ignore[attr-defined]  # an lxml element, passed as object
        if node.tag == f"{W}t" and node.text:
            parts.append(node.text)
        elif node.tag in (f"{W}tab", f"{W}br", f"{W}cr"):
            parts.append(" ")
    return normalize_paragraph("".join(parts))


def _style(paragraph: object) -> str:
    style = paragraph.find(f"{W}pPr/{W}pStyle")  # type: ignore[attr-defined]  # an lxml element, as above
    return (style.get(f"{W}val") or "").lower() if style is not None else ""


def extract_docx(data: bytes, _encoding: str | None = None) -> Extracted:
    package = SafeZip(data, "DOCX")
    body = package.xml("word/document.xml").find(f"{W}body")
    if body is None:
        raise FileImportError("this DOCX has no document body")
    title = ""
    paragraphs: list[str] = []
    for block in body:
        if block.tag == f"{W}p":
            text = _paragraph_text(block)
            if not text:
                continue
            if not title and not paragraphs and _style(block) in ("title", "heading1", "heading 1"):
                title = text
                continue
            paragraphs.append(text)
        elif block.tag == f"{W}tbl":
            for row in block.iter(f"{W}tr"):
                cells = [
                    " ".join(_paragraph_text(p) for p in cell.iter(f"{W}p")).strip() for cell in row.iter(f"{W}tc")
                ]
                line = " | ".join(cell for cell in cells if cell)
                if line:
                    paragraphs.append(line)
    if not paragraphs:
        raise FileImportError("the document has no text")
    properties = package.xml("docProps/core.xml") if "docProps/core.xml" in package.names else None

    def prop(tag: str) -> str:
        node = properties.find(tag) if properties is not None else None
        return normalize_paragraph(node.text or "") if node is not None else ""

    return Extracted(
        paragraphs=tuple(paragraphs),
        original_format="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        title=title or prop(f"{DC}title"),
        author=prop(f"{DC}creator"),
        date_text=find_date(paragraphs),
        language=prop(f"{DC}language").split("-")[0].lower(),
    )
