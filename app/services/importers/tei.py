"""TEI P5 XML: one text, or an edition whose body holds many documents (FRUS and its like). Nothing is loaded.

The parser resolves no entities, reads no DTD, never touches the network and never follows XInclude, so a file
can only ever give the text that is written in it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime

from lxml import etree

from app.domain.documents import SourceCitation
from app.domain.text.paragraphs import normalize_paragraph
from app.services.importers.base import Extracted, FileImportError
from app.services.importers.tei_blocks import WHOLE_TEXT, DocumentReader, TeiDocument, local_name
from app.services.importers.tei_dates import Dating, edition_span, own_dating, own_dating_of_date, place_undated

TEI_NS = "http://www.tei-c.org/ns/1.0"
_T = f"{{{TEI_NS}}}"


def xml_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)  # fmt: skip


@dataclass(frozen=True)
class TeiHeader:
    """What the teiHeader says of the edition as a whole."""

    title: str
    source: SourceCitation
    language: str = ""


def _plain(element: etree._Element | None) -> str:
    """An element's text without its notes, on one line."""
    if element is None:
        return ""
    parts: list[str] = []
    _gather(element, parts)
    return normalize_paragraph("".join(parts))


def _gather(element: etree._Element, parts: list[str]) -> None:
    parts.append(element.text or "")
    for child in element:
        if isinstance(child.tag, str) and local_name(child) != "note":
            _gather(child, parts)
        parts.append(child.tail or "")


def _names(names: list[str]) -> str:
    return names[0] if len(names) < 2 else ", ".join(names[:-1]) + " and " + names[-1]


def _header(root: etree._Element) -> TeiHeader:
    header = root.find(f"{_T}teiHeader")
    if header is None:
        return TeiHeader("", SourceCitation())
    statement = header.find(f"{_T}fileDesc/{_T}titleStmt")
    titles = statement.findall(f"{_T}title") if statement is not None else []
    title = next((t for t in titles if t.get("type") == "complete"), None)
    title = title if title is not None else next((t for t in titles if t.get("type") in (None, "main")), None)
    editors = statement.findall(f"{_T}editor") if statement is not None else []
    editors = [e for e in editors if e.get("role") == "primary"] or [e for e in editors if e.get("role") != "general"]
    publication = header.find(f"{_T}fileDesc/{_T}publicationStmt")
    publisher = place = year = ""
    if publication is not None:
        publisher = _plain(publication.find(f"{_T}publisher")) or _plain(publication.find(f"{_T}distributor"))
        place = _plain(publication.find(f"{_T}pubPlace"))
        dates = [d for d in publication.findall(f"{_T}date") if d.get("type") != "content-date"]
        dated = next((d for d in dates if d.get("type") == "publication-date"), dates[0] if dates else None)
        found = re.search(r"\d{4}", (dated.get("when") or _plain(dated)) if dated is not None else "")
        year = found.group(0) if found else ""
    source = SourceCitation(
        publication=_plain(title if title is not None else (titles[0] if titles else None)),
        editor=_names([name for name in map(_plain, editors) if name]),
        publisher=publisher,
        place=place,
        year=year,
    )
    text = root.find(f"{_T}text")
    language = root.get("{http://www.w3.org/XML/1998/namespace}lang") or (
        text.get("{http://www.w3.org/XML/1998/namespace}lang") if text is not None else None
    )
    return TeiHeader(source.publication, source, (language or "").split("-")[0].lower())


@dataclass
class TeiText:
    """A parsed TEI file: its header, the levels of division its body has, and its documents at any of them."""

    root: etree._Element
    header: TeiHeader
    levels: list[tuple[str, int]]  # div types, in the order they first appear, with how many there are
    _cache: dict[str, list[tuple[TeiDocument, Dating]]] = field(default_factory=dict)

    @property
    def default_level(self) -> str:
        return "document" if any(name == "document" for name, _ in self.levels) else WHOLE_TEXT

    def bodies(self) -> list[etree._Element]:
        return list(self.root.iter(f"{_T}body"))

    def documents(self, level: str) -> list[TeiDocument]:
        """Each div of type `level` (the outermost, where they nest) as a document; WHOLE_TEXT: the text as one."""
        return [document for document, _dating in self.dated(level)]

    def dated(self, level: str) -> list[tuple[TeiDocument, Dating]]:
        """The documents with their dating: where an undated one's date came from, what was wrong with one."""
        if level not in self._cache:
            self._cache[level] = self._read(level) if level else [(self.whole(), Dating())]
        return self._cache[level]

    def _read(self, level: str) -> list[tuple[TeiDocument, Dating]]:
        starts: dict[etree._Element, str | None] = {}
        page: str | None = None
        for body in self.bodies():
            for element in body.iter(f"{_T}pb", f"{_T}div"):
                if local_name(element) == "pb":
                    page = element.get("n") or page
                elif element.get("type") == level and not any(
                    a.get("type") == level for a in element.iterancestors(f"{_T}div")
                ):
                    starts[element] = page
        span = edition_span(self.root)
        read = [self._document(div, page_at_start, level, span) for div, page_at_start in starts.items()]
        facts = [(d.number, d.title, d.paragraphs, d.place) for d, _ in read]
        datings = place_undated(facts, [dating for _, dating in read])
        return [
            (replace(document, date_edtf=dating.edtf), dating)
            for (document, _), dating in zip(read, datings, strict=True)
        ]

    def _document(
        self, div: etree._Element, page: str | None, level: str, span: tuple[datetime, datetime] | None
    ) -> tuple[TeiDocument, Dating]:
        head = div.find(f"{_T}head")
        reader = DocumentReader(page)
        reader.read(div, title=head)
        number = div.get("n") or ""
        title = _plain(head) or f"{level.capitalize()} {number}".strip()
        dating, place = own_dating(div, span, _plain)
        return reader.document(title=title, date_edtf=dating.edtf, place=place, number=number), dating

    def whole(self) -> TeiDocument:
        reader = DocumentReader(None)
        for body in self.bodies():
            reader.read(body, title=None)
        bodies = self.bodies()
        dating, place = own_dating(bodies[0], None, _plain) if bodies else (Dating(), "")
        edtf = dating.edtf
        creation = self.root.find(f"{_T}teiHeader/{_T}profileDesc/{_T}creation")
        if creation is not None:  # when and where the text was written, as the header records it
            place = place or _plain(creation.find(f"{_T}placeName"))
            dated = creation.find(f"{_T}date")
            if not edtf and dated is not None:
                edtf = own_dating_of_date(dated, place)
        title = self.header.title or (_plain(bodies[0].find(f".//{_T}head")) if bodies else "")
        return reader.document(title=title, date_edtf=edtf, place=place, number="")


def read_tei(data: bytes) -> TeiText:
    """Parse a TEI file; raises FileImportError (one line) for what is not well-formed TEI."""
    try:
        root = etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as exc:
        raise FileImportError(f"the XML is not well-formed ({exc})") from exc
    if etree.QName(root).namespace != TEI_NS:
        raise FileImportError("an XML file, but not TEI (its root element is not in the TEI namespace)")
    types: Counter[str] = Counter()
    for body in root.iter(f"{_T}body"):
        types.update(div.get("type") for div in body.iter(f"{_T}div") if div.get("type"))
    return TeiText(root, _header(root), list(types.items()))


def extract_tei(data: bytes, encoding: str | None = None) -> Extracted:
    """A TEI file read as one text (the import form's view of it); an edition's documents come through editions.py."""
    text = read_tei(data)
    whole = text.whole()
    if not whole.paragraphs:
        raise FileImportError("the TEI text has no paragraphs")
    return Extracted(
        paragraphs=whole.paragraphs,
        original_format="application/tei+xml",
        pages=whole.pages if any(whole.pages) else (),
        title=whole.title,
        date_text=whole.date_edtf,
        language=text.header.language,
        place=whole.place,
        source=text.header.source,
        footnotes=whole.footnotes,
    )
