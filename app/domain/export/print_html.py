"""A document as printed pages: its citation at the head, then its paragraphs numbered as Parallax shows them."""

from __future__ import annotations

from html import escape

from app.domain.citation.chicago import Citation
from app.domain.documents import DocumentDetail
from app.domain.text.blocks import Block, BlockKind


def _block_html(block: Block) -> str:
    """A block as printed: a heading as a heading, a dateline small, the paragraphs with their ¶ numbers."""
    text = escape(block.text)
    if block.kind is BlockKind.HEADING:
        level = min(6, max(2, block.level + 1))  # the page's own title is the <h1>
        return f"<h{level}>{text}</h{level}>"
    if block.kind is BlockKind.DATELINE:
        return f"<p><small><i>{text}</i></small></p>"
    if block.kind is BlockKind.CLOSER:
        return f'<p align="right">{text}</p>'
    if block.kind is BlockKind.EDITORIAL:
        return f'<p align="center"><i>{text}</i></p>'
    if block.number is None:
        return f"<p>{text}</p>"
    indent = "&nbsp;" * 4 * (block.level + 1) if block.kind in (BlockKind.LIST_ITEM, BlockKind.QUOTATION) else ""
    return f"<p><b>¶{block.number}</b>&nbsp;&nbsp;{indent}{text}</p>"


def document_print_html(document: DocumentDetail, citation: Citation) -> str:
    """The title, a line of what it is, the full citation, then the text: headings, datelines and ¶1…¶n (with the
    printed page where it changes)."""
    meta = document.metadata
    facts = " · ".join(part for part in (meta.kind.label, meta.issuer, meta.place, meta.date_display) if part)
    parts = [
        f"<h1>{escape(document.title)}</h1>",
        f"<p><i>{escape(facts)}</i></p>",
        f"<p><small>Cite as: {citation.html()}</small></p>",
        "<hr>",
    ]
    page = None
    for block in document.text_blocks:
        if block.page and block.page != page:
            page = block.page
            parts.append(f'<p align="right"><small>[p. {escape(page)}]</small></p>')
        parts.append(_block_html(block))
    return (
        '<html><head><meta charset="utf-8">'
        f"<title>{escape(document.title)}</title></head><body>" + "\n".join(parts) + "</body></html>"
    )
