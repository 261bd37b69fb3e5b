"""HTML (and the XHTML inside EPUBs): the text blocks a reader sees, nothing loaded, nothing run."""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from app.domain.text.paragraphs import normalize_paragraph
from app.services.importers.base import Extracted, FileImportError, find_date
from app.services.importers.text import check_text, decode

DROPPED = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "iframe", "svg",
           "button", "select", "object", "embed", "head", "menu"}  # fmt: skip
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd", "figcaption", "caption",
          "address", "div", "section", "article", "main", "body", "td", "th", "center"}  # fmt: skip
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def _local(tag: object) -> str:
    # Split by hand: etree.QName raises ValueError on the odd names the forgiving HTML parser lets through ('a,').
    return tag.rpartition("}")[2].lower() if isinstance(tag, str) else ""


def html_parser() -> lxml_html.HTMLParser:
    # No network, no entities resolved from outside, comments and processing instructions dropped.
    return lxml_html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True, recover=True)


def xml_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)  # fmt: skip


def blocks_of(root: etree._Element) -> list[tuple[str, str]]:
    """(tag, text) for each innermost block in document order; table rows as cells joined by ' | '."""
    for element in list(root.iter()):
        if _local(element.tag) in DROPPED and element.getparent() is not None:
            element.drop_tree() if hasattr(element, "drop_tree") else element.getparent().remove(element)
    found: list[tuple[str, str]] = []
    _collect(root, found)
    return found


def _collect(element: etree._Element, found: list[tuple[str, str]]) -> None:
    tag = _local(element.tag)
    if tag == "tr":
        cells = [normalize_paragraph("".join(cell.itertext())) for cell in element if _local(cell.tag) in ("td", "th")]
        row = " | ".join(cell for cell in cells if cell)
        if row:
            found.append(("tr", row))
        return
    has_block_child = any(_local(child.tag) in BLOCKS or _local(child.tag) in ("tr", "table", "ul", "ol", "dl")
                          for child in element.iter() if child is not element)  # fmt: skip
    if tag in BLOCKS and not has_block_child:
        text = normalize_paragraph("".join(element.itertext()))
        if text:
            found.append((tag, text))
        return
    # Mixed content: text that sits directly in a container between its blocks.
    loose = normalize_paragraph(element.text or "")
    if loose and tag in BLOCKS:
        found.append((tag, loose))
    for child in element:
        if not isinstance(child.tag, str):
            continue
        _collect(child, found)
        tail = normalize_paragraph(child.tail or "")
        if tail and tag in BLOCKS:
            found.append((tag, tail))


def _meta(root: etree._Element, *names: str) -> str:
    for name in names:
        for element in root.iter("meta"):
            key = (element.get("name") or element.get("property") or "").lower()
            if key == name and element.get("content"):
                return normalize_paragraph(element.get("content") or "")
    return ""


def extract_html(data: bytes, encoding: str | None = None) -> Extracted:
    text, used = decode(data, encoding)
    check_text(text)
    try:
        root = lxml_html.document_fromstring(text.encode("utf-8"), parser=html_parser())
    except (etree.ParserError, ValueError) as exc:
        raise FileImportError(f"the HTML cannot be read: {exc}") from exc
    title_element = root.find(".//title")
    head_title = normalize_paragraph(title_element.text_content()) if title_element is not None else ""
    language = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    canonical = next((link.get("href", "") for link in root.iter("link") if link.get("rel") == "canonical"), "")
    author = _meta(root, "author", "dc.creator", "article:author")
    date_text = _meta(root, "dc.date", "date", "article:published_time")
    meta_title = _meta(root, "og:title", "dc.title")
    body = root.find("body")
    blocks = blocks_of(body if body is not None else root)
    title = ""
    if blocks and blocks[0][0] in HEADINGS:
        title = blocks.pop(0)[1]
    paragraphs = [text for _tag, text in blocks]
    if not paragraphs:
        raise FileImportError("the page has no text")
    return Extracted(
        paragraphs=tuple(paragraphs),
        original_format="text/html",
        title=title or meta_title or head_title,
        author=author,
        date_text=date_text or find_date(paragraphs),
        language=language.split("-")[0].lower() if language else "",
        url=canonical or _meta(root, "og:url"),
        encoding=used,
    )
