"""A research bundle as one self-contained HTML file (and the simpler HTML the PDF is set from).

Every link stays inside the file: the contents lead to each note, a note to its quoted passages, each quotation's
citation to its bibliography entry, and each entry back to the notes that cite it. Nothing is loaded from
anywhere: the style is inline, note bodies are rendered with raw HTML off and images left out.
"""

from __future__ import annotations

import re
from html import escape

from app.domain.export.bundle import Bundle, ExportedNote, Quotation
from app.domain.export.bundle_markdown import anchor_of, event_line, summary_line
from app.domain.notes.markdown import markdown_html

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
# Nothing may be fetched when the file is opened: no scripts, no images, no fonts, no frames.
_NOTHING_LOADED = "default-src 'none'; style-src 'unsafe-inline'"

SCREEN_STYLE = """
body { font-family: Charter, Georgia, 'Liberation Serif', 'DejaVu Serif', serif; max-width: 46em; margin: 2em auto;
       padding: 0 1em; line-height: 1.45; color: #222; background: #fdfcf8; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; } h2 { font-size: 1.3em; margin-top: 2em; }
.meta { color: #666; font-style: italic; }
blockquote { margin: 1em 0; padding: 0.4em 1em; border-left: 3px solid #b9a77a; background: #f5f1e6; }
.cite { font-size: 0.92em; color: #444; }
table.side { border-collapse: collapse; width: 100%; margin: 1em 0; }
table.side td { border: 1px solid #d8d0bd; padding: 0.4em 0.6em; vertical-align: top; width: 50%; }
table.side td.head { background: #efe9da; }
.bib p { padding-left: 2em; text-indent: -2em; margin: 0.5em 0; }
.back { font-size: 0.85em; color: #666; }
ul.events li { margin: 0.25em 0; }
a { color: #5a4a1f; }
"""

PRINT_STYLE = """
body { font-family: 'DejaVu Serif', serif; font-size: 11pt; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; }
.meta { color: #555555; font-style: italic; }
blockquote { margin-left: 18px; margin-right: 18px; }
.cite { font-size: 10pt; color: #333333; }
.back { font-size: 9pt; color: #555555; }
a { color: #222222; text-decoration: none; }
"""


def _quotation(quotation: Quotation) -> str:
    parts = [f'<blockquote id="{quotation.anchor}">“{escape(quotation.passage.quote)}”']
    if quotation.passage.orphaned:
        parts.append("<br><i>Not found in the document's text as it is now; this is the passage as quoted.</i>")
    if quotation.citation is not None and quotation.source is not None:
        parts.append(
            f'<br><span class="cite">— <a href="#{quotation.source.anchor}">{quotation.citation.html()}</a></span>'
        )
    else:
        parts.append(
            f'<span class="cite">— {escape(quotation.passage.document_title)} (no longer in the library)</span>'
        )
    return "".join(parts) + "</blockquote>"


def _side_by_side(note: ExportedNote) -> str:
    heads = "".join(f'<td class="head"><i>{escape(q.passage.document_title)}</i></td>' for q in note.quotations)
    cells = "".join(
        f'<td>“{escape(q.passage.quote)}” <a href="#{q.anchor}">{escape(q.passage.place)}</a></td>'
        for q in note.quotations
    )
    return (
        '<p class="meta">Side by side:</p>'
        f'<table class="side" border="1" cellspacing="0" cellpadding="6" width="100%"><tr>{heads}</tr>'
        f"<tr>{cells}</tr></table>"
    )


def _note(number: int, note: ExportedNote, anchors: dict[str, str]) -> str:
    parts = [f'<h2 id="{note.anchor}"><a name="{note.anchor}"></a>{number}. {escape(note.note.title)}</h2>']
    facts = [f"Dated {escape(note.note.date_display)}"] if note.note.date_display else []
    if note.note.tags:
        facts.append("tags: " + escape(", ".join(note.note.tags)))
    if note.quotations:
        facts.append(
            "quotes " + ", ".join(f'<a href="#{q.anchor}">{escape(q.passage.place)}</a>' for q in note.quotations)
        )
    if facts:
        parts.append(f'<p class="meta">{" · ".join(facts)}</p>')
    parts += [_quotation(quotation) for quotation in note.quotations]
    if note.side_by_side:
        parts.append(_side_by_side(note))
    if note.note.body.strip():
        parts.append(markdown_html(_without_images(note.note.body), lambda title: anchor_of(anchors, title)))
    if note.links:
        shown = [
            f'<a href="#{anchor}">{escape(title)}</a>' if anchor else escape(title) for title, anchor in note.links
        ]
        parts.append(f'<p class="meta">Linked notes: {", ".join(shown)}</p>')
    return "\n".join(parts)


def _without_images(body: str) -> str:
    """'![alt](address)' keeps its alt text only: the file must load nothing."""
    return _IMAGE.sub(r"\1", body)


def _bibliography(bundle: Bundle) -> str:
    citing: dict[str, list[tuple[int, ExportedNote]]] = {}
    for number, note in enumerate(bundle.notes, start=1):
        for source_anchor in dict.fromkeys(q.source.anchor for q in note.quotations if q.source is not None):
            citing.setdefault(source_anchor, []).append((number, note))
    parts = ['<h2 id="bibliography"><a name="bibliography"></a>Bibliography</h2>', '<div class="bib">']
    for source in bundle.sources:
        back = ", ".join(
            f'<a href="#{note.anchor}">note {number}</a>' for number, note in citing.get(source.anchor, [])
        )
        back_text = f' <span class="back">(cited in {back})</span>' if back else ""
        parts.append(f'<p id="{source.anchor}"><a name="{source.anchor}"></a>{source.entry.html()}{back_text}</p>')
    return "\n".join([*parts, "</div>"])


def _events(bundle: Bundle) -> str:
    items = []
    for item in bundle.events:
        date, text = event_line(item)
        items.append(f"<li><b>{escape(date)}</b>: {escape(text)}</li>")
    heading = f"Events, {escape(bundle.period)}" if bundle.period else "Events"
    return f'<h2 id="events"><a name="events"></a>{heading}</h2>\n<ul class="events">{"".join(items)}</ul>'


def render_html(bundle: Bundle, *, for_print: bool = False, contents: bool = True) -> str:
    """The whole bundle; `for_print` gives the plainer HTML that Qt's text layout sets as PDF pages.

    Without `contents`, a single note is printed as itself: no title page lines, no list of notes."""
    meta = escape(summary_line(bundle))
    anchors = {note.note.title.casefold(): note.anchor for note in bundle.notes}
    body: list[str] = []
    if contents:
        body += [f"<h1>{escape(bundle.title)}</h1>", f'<p class="meta">{meta}</p>']
        entries = [f'<li><a href="#{note.anchor}">{escape(note.note.title)}</a></li>' for note in bundle.notes]
        body.append(f"<ol>{''.join(entries)}</ol>" if entries else "<p>No notes are in this selection.</p>")
    body += [_note(number, note, anchors) for number, note in enumerate(bundle.notes, start=1)]
    if bundle.sources:
        body.append(_bibliography(bundle))
    if bundle.events:
        body.append(_events(bundle))
    style = PRINT_STYLE if for_print else SCREEN_STYLE
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_NOTHING_LOADED}">\n'
        f"<title>{escape(bundle.title)}</title>\n<style>{style}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
