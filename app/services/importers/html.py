"""HTML (and the XHTML inside EPUBs): the blocks a reader sees, nothing loaded, nothing run.

A page saved from a browser is reduced to its main content (html_content.py), the site's name goes from the
title to the publication, and author, date and description come from the page's metadata (html_meta.py).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser as _Tokenizer

from lxml import etree
from lxml import html as lxml_html

from app.domain.documents import DocumentKind, SourceCitation
from app.domain.text.blocks import Block, BlockKind
from app.domain.text.headings import kind_from_heading
from app.domain.text.paragraphs import fold
from app.services.importers.base import MAX_TEXT_BYTES, Extracted, FileImportError, find_date
from app.services.importers.html_blocks import HEADINGS, HtmlBlocks, read_blocks
from app.services.importers.html_content import is_furniture_line, looks_like_web_page, main_content, prune
from app.services.importers.html_meta import page_meta
from app.services.importers.structure import finish
from app.services.importers.text import check_text, decode_counted

MAX_DEPTH = 1500  # elements nested deeper are read as plain text in their parent (libxml2 stops at 2048)
# The document type and whatever internal subset it declares: markup, never text.
_DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*(?:\[(?P<subset>.*?)\]\s*)?>", re.IGNORECASE | re.DOTALL)
_ENTITY = re.compile(r"<!ENTITY\s+%?\s*([\w.-]+)")
_LEAD = re.compile(r"\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*", re.DOTALL)  # what may come before it


def html_parser() -> lxml_html.HTMLParser:
    # No network, comments and processing instructions dropped; huge_tree, so that a long paragraph is not cut.
    return lxml_html.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True, recover=True, huge_tree=True
    )


def xml_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)  # fmt: skip


def without_doctype(text: str) -> str:
    """The page without its DOCTYPE, and without references to the entities its internal subset declares (which
    are never expanded: they stand for nothing here)."""
    lead = _LEAD.match(text)
    found = _DOCTYPE.match(text, lead.end() if lead else 0)
    if found is None:
        return text
    declared = _ENTITY.findall(found.group("subset") or "")
    rest = text[: found.start()] + text[found.end() :]
    for name in declared:
        rest = rest.replace(f"&{name};", "")
    return rest


class _Flattener(_Tokenizer):
    """Writes the page again with elements nested deeper than MAX_DEPTH left out (their text is kept)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.open_tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if len(self.open_tags) < MAX_DEPTH:
            self.out.append(self.get_starttag_text() or "")
        if tag not in ("br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source"):
            self.open_tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open_tags:
            while self.open_tags:
                if len(self.open_tags) <= MAX_DEPTH:
                    self.out.append(f"</{self.open_tags[-1]}>")
                if self.open_tags.pop() == tag:
                    break

    def handle_data(self, data: str) -> None:
        self.out.append(data.replace("<", "&lt;"))

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")


def parse_html(text: str) -> etree._Element:
    """The page's tree; a page nested too deeply for libxml2 is read again with its deepest elements flattened."""
    try:
        parser = html_parser()
        root = lxml_html.document_fromstring(text.encode("utf-8"), parser=parser)
        if any("Excessive depth" in entry.message for entry in parser.error_log):
            flattener = _Flattener()
            flattener.feed(text)
            flattener.close()
            root = lxml_html.document_fromstring("".join(flattener.out).encode("utf-8"), parser=html_parser())
    except (etree.ParserError, ValueError) as exc:
        raise FileImportError(f"the HTML cannot be read: {exc}") from exc
    return root


def blocks_of(root: etree._Element, *, reduce: bool = False) -> HtmlBlocks:
    """The blocks of a page (its main content alone when `reduce` and it is a web page)."""
    body = root.find("body") if local_name(root) == "html" else root
    body = body if body is not None else root
    if not (reduce and looks_like_web_page(body)):
        return _trimmed(read_blocks(body)) if reduce else read_blocks(body)
    prune(body)
    wrapper = etree.Element("div")
    for part in main_content(body):
        wrapper.append(part)  # moved: the page is read once
    found = read_blocks(wrapper)
    kept = HtmlBlocks(unplaced=found.unplaced)
    for block, share in zip(found.blocks, found.links, strict=True):
        if not is_furniture_line(block.text, share, block.kind is BlockKind.HEADING):
            kept.blocks.append(block)
            kept.links.append(share)
    return kept


def _trimmed(found: HtmlBlocks) -> HtmlBlocks:
    """A page without a site's structure may still open and close with a bar of links: those go."""
    first, last = 0, len(found.blocks)
    edge = [is_furniture_line(block.text, max(share, 0.75 * (share > 0.5)), False) for block, share in
            zip(found.blocks, found.links, strict=True)]  # fmt: skip
    while first < last and edge[first] and found.blocks[first].kind is not BlockKind.HEADING:
        first += 1
    while (
        last > first
        and found.blocks[last - 1].kind is not BlockKind.HEADING
        and (edge[last - 1] or found.blocks[last - 1].text.startswith(("©", "Copyright ©", "(c) ")))
    ):
        last -= 1
    return HtmlBlocks(found.blocks[first:last], found.unplaced, found.links[first:last])


def local_name(element: etree._Element) -> str:
    tag = element.tag
    return tag.rpartition("}")[2].lower() if isinstance(tag, str) else ""


def own_title(heading: str, page_title: str) -> tuple[str, str]:
    """The page's heading as its title, and what the browser's title adds to it as the site's name
    ('Avalon Project - Radio and Television Report …')."""
    if not page_title or fold(heading) not in fold(page_title):
        return heading, ""
    start = fold(page_title).index(fold(heading))
    rest = (page_title[:start] + " " + page_title[start + len(heading) :]).strip(" |-–—:·»/")
    return heading, rest if len(rest) <= 80 else ""


def _with_title(blocks: list[Block], title: str, page: etree._Element) -> list[Block]:
    """The page's own heading at the head of its text, where the content found began below it."""
    if not title or any(b.kind is BlockKind.HEADING and fold(b.text) == fold(title) for b in blocks[:4]):
        return _without_repeats(blocks)
    for heading in page.iter(*HEADINGS):
        text = " ".join("".join(heading.itertext()).split())
        if text and fold(text) == fold(title):
            return _without_repeats([Block(text, BlockKind.HEADING, level=1), *blocks])
    return _without_repeats(blocks)


def _without_repeats(blocks: list[Block]) -> list[Block]:
    """A heading repeated at once (a page's title printed twice) is kept once."""
    out: list[Block] = []
    for block in blocks:
        if out and block.kind is BlockKind.HEADING and out[-1].kind is BlockKind.HEADING and out[-1].text == block.text:
            continue
        out.append(block)
    return out


def extract_html(data: bytes, encoding: str | None = None, _max_bytes: int = MAX_TEXT_BYTES) -> Extracted:
    decoded = decode_counted(data, encoding)
    check_text(decoded.text)
    root = parse_html(without_doctype(decoded.text))
    meta = page_meta(root)
    first_heading = next((" ".join("".join(h.itertext()).split()) for h in root.iter(*HEADINGS)), "")
    found = blocks_of(root, reduce=True)
    blocks = _with_title(found.blocks, meta.title or meta.page_title or first_heading, root) if found.blocks else []
    if not blocks:
        raise FileImportError("the page has no text")
    finished = finish(blocks)
    title, site = meta.title, meta.site
    if not title and finished.title:  # the page's own heading, and from the browser's title the site's name
        title, found_site = own_title(finished.title, meta.browser_title)
        site = site or found_site
    title = title or meta.page_title
    kind = kind_from_heading(title)
    return Extracted(
        blocks=finished.blocks,
        original_format="text/html",
        title=title,
        author=meta.author,
        date_text=meta.date_text or finished.date_text or find_date([b.text for b in finished.blocks[:6]]),
        place=finished.place,
        language=meta.language,
        url=meta.url,
        encoding=decoded.encoding,
        source=SourceCitation(publication=site) if site else SourceCitation(),
        replaced=decoded.replaced,
        unplaced=found.unplaced,
        description=meta.description,
        kind=kind.value if kind is not DocumentKind.OTHER else "",
    )
