"""DOCX: paragraphs, headings (by their styles), numbered lists (with the numbers Word shows), quotations and
tables in document order, and the document's own properties."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from app.domain.text.blocks import Block, BlockKind, labelled
from app.domain.text.paragraphs import normalize_paragraph
from app.services.importers.archive import SafeZip
from app.services.importers.base import MAX_TEXT_BYTES, Extracted, FileImportError, find_date
from app.services.importers.html_blocks import list_label
from app.services.importers.structure import finish

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"
_HEADING = re.compile(r"heading\s*(\d)", re.IGNORECASE)
_FORMATS = {"decimal": "1", "lowerLetter": "a", "upperLetter": "A", "lowerRoman": "i", "upperRoman": "I"}


def _val(element: etree._Element | None, path: str) -> str:
    found = element.find(path) if element is not None else None
    return (found.get(f"{W}val") or "") if found is not None else ""


def _paragraph_text(paragraph: etree._Element) -> str:
    parts = []
    for node in paragraph.iter():
        if node.tag == f"{W}t" and node.text:
            parts.append(node.text)
        elif node.tag in (f"{W}tab", f"{W}br", f"{W}cr"):
            parts.append(" ")
    return normalize_paragraph("".join(parts))


@dataclass
class _Styles:
    """What each paragraph style is: a heading of some level, a title, a quotation."""

    names: dict[str, str] = field(default_factory=dict)  # style id → name ('Cmsor1' → 'heading 1')
    outline: dict[str, int] = field(default_factory=dict)  # style id → outline level (0 for level 1)

    def kind_of(self, style_id: str, outline: str) -> tuple[BlockKind, int]:
        name = self.names.get(style_id, style_id).lower()
        found = _HEADING.search(name.replace("heading", "heading "))
        if found and name.startswith("heading"):
            return BlockKind.HEADING, int(found.group(1))
        if name in ("title",):
            return BlockKind.HEADING, 1
        if name in ("subtitle",):
            return BlockKind.HEADING, 2
        level = outline or (str(self.outline[style_id]) if style_id in self.outline else "")
        if level.isdigit() and int(level) < 9:
            return BlockKind.HEADING, int(level) + 1
        if "quote" in name:
            return BlockKind.QUOTATION, 0
        return BlockKind.PARAGRAPH, 0


def _styles(package: SafeZip) -> _Styles:
    styles = _Styles()
    if "word/styles.xml" not in package.names:
        return styles
    for style in package.xml("word/styles.xml").iter(f"{W}style"):
        style_id = style.get(f"{W}styleId") or ""
        styles.names[style_id] = _val(style, f"{W}name")
        outline = _val(style, f"{W}pPr/{W}outlineLvl")
        if outline.isdigit():
            styles.outline[style_id] = int(outline)
    return styles


@dataclass
class _Numbering:
    """The numbers Word puts before the items of its numbered lists, counted as Word counts them."""

    levels: dict[str, dict[int, tuple[str, str, int]]] = field(default_factory=dict)  # numId → ilvl → format
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    def label(self, num_id: str, level: int) -> str:
        formats = self.levels.get(num_id, {})
        if level not in formats:
            return ""
        counts = self.counters.setdefault(num_id, {})
        counts[level] = counts.get(level, formats[level][2] - 1) + 1
        for deeper in [key for key in counts if key > level]:
            del counts[deeper]  # a new item of a level starts its sub-levels again
        number_format, text, _start = formats[level]
        if number_format == "bullet" or not text:
            return ""

        def shown(found: re.Match[str]) -> str:
            index = int(found.group(1)) - 1
            style = formats.get(index, ("decimal", "", 1))[0]
            count = counts.get(index, formats.get(index, ("", "", 1))[2])
            return list_label(_FORMATS.get(style, "1"), count).rstrip(".")

        return re.sub(r"%(\d)", shown, text)


def _numbering(package: SafeZip) -> _Numbering:
    numbering = _Numbering()
    if "word/numbering.xml" not in package.names:
        return numbering
    root = package.xml("word/numbering.xml")
    abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
    for definition in root.iter(f"{W}abstractNum"):
        levels = {}
        for lvl in definition.iter(f"{W}lvl"):
            start = _val(lvl, f"{W}start")
            ilvl = lvl.get(f"{W}ilvl") or "0"
            if ilvl.isdigit():
                levels[int(ilvl)] = (_val(lvl, f"{W}numFmt"), _val(lvl, f"{W}lvlText"), int(start or 1))
        abstract[definition.get(f"{W}abstractNumId") or ""] = levels
    for num in root.iter(f"{W}num"):
        numbering.levels[num.get(f"{W}numId") or ""] = abstract.get(_val(num, f"{W}abstractNumId"), {})
    return numbering


def _body_blocks(body: etree._Element, styles: _Styles, numbering: _Numbering) -> list[Block]:
    blocks: list[Block] = []
    stack = list(reversed(body))
    while stack:
        element = stack.pop()
        if element.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}smartTag"):
            stack.extend(reversed(element))  # content controls hold paragraphs of their own
        elif element.tag == f"{W}p":
            text = _paragraph_text(element)
            if not text:
                continue
            properties = element.find(f"{W}pPr")
            kind, level = styles.kind_of(_val(properties, f"{W}pStyle"), _val(properties, f"{W}outlineLvl"))
            num_id = _val(properties, f"{W}numPr/{W}numId")
            if num_id and num_id != "0" and kind is not BlockKind.HEADING:
                depth = _val(properties, f"{W}numPr/{W}ilvl")
                depth_level = int(depth) if depth.isdigit() else 0
                label = numbering.label(num_id, depth_level)
                blocks.append(Block(labelled(label, text), BlockKind.LIST_ITEM, level=depth_level, label=label))
            else:
                blocks.append(Block(text, kind, level=level))
        elif element.tag == f"{W}tbl":
            for row in element.iter(f"{W}tr"):
                cells = [
                    " ".join(_paragraph_text(p) for p in cell.iter(f"{W}p")).strip() for cell in row.iter(f"{W}tc")
                ]
                line = " | ".join(cell for cell in cells if cell)
                if line:
                    blocks.append(Block(line, BlockKind.TABLE_ROW))
    return blocks


def extract_docx(data: bytes, _encoding: str | None = None, max_bytes: int = MAX_TEXT_BYTES) -> Extracted:
    package = SafeZip(data, "DOCX", limit=max_bytes)
    package.check_whole()
    body = package.xml("word/document.xml").find(f"{W}body")
    if body is None:
        raise FileImportError("this DOCX has no document body")
    blocks = _body_blocks(body, _styles(package), _numbering(package))
    if not blocks:
        raise FileImportError("the document has no text")
    properties = package.xml("docProps/core.xml") if "docProps/core.xml" in package.names else None

    def prop(tag: str) -> str:
        node = properties.find(tag) if properties is not None else None
        return normalize_paragraph(node.text or "") if node is not None else ""

    finished = finish(blocks)
    return Extracted(
        blocks=finished.blocks,
        original_format="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        title=finished.title or prop(f"{DC}title"),
        author=prop(f"{DC}creator"),
        date_text=finished.date_text or find_date([block.text for block in blocks[:6]]),
        place=finished.place,
        language=prop(f"{DC}language").split("-")[0].lower(),
        description=prop(f"{DC}description"),
    )
