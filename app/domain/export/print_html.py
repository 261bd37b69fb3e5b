"""A document as printed pages: its citation at the head, then its paragraphs numbered as Parallax shows them."""

from __future__ import annotations

from html import escape

from app.domain.citation.chicago import Citation
from app.domain.documents import DocumentDetail


def document_print_html(document: DocumentDetail, citation: Citation) -> str:
    """The title, a line of what it is, the full citation, then ¶1…¶n (with the printed page where it changes)."""
    meta = document.metadata
    facts = " · ".join(part for part in (meta.kind.label, meta.issuer, meta.place, meta.date_display) if part)
    parts = [
        f"<h1>{escape(document.title)}</h1>",
        f"<p><i>{escape(facts)}</i></p>",
        f"<p><small>Cite as: {citation.html()}</small></p>",
        "<hr>",
    ]
    page = None
    for paragraph in document.paragraphs:
        if paragraph.page and paragraph.page != page:
            page = paragraph.page
            parts.append(f'<p align="right"><small>[p. {escape(page)}]</small></p>')
        parts.append(f"<p><b>¶{paragraph.number}</b>&nbsp;&nbsp;{escape(paragraph.text)}</p>")
    return (
        '<html><head><meta charset="utf-8">'
        f"<title>{escape(document.title)}</title></head><body>" + "\n".join(parts) + "</body></html>"
    )
