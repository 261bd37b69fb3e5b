"""A research bundle as Markdown: readable as plain text, with anchors that Markdown viewers turn into links."""

from __future__ import annotations

import re

from app.domain.dates.historical import MONTHS
from app.domain.export.bundle import Bundle, ExportedNote, Quotation
from app.domain.notes.markdown import with_wiki_links
from app.domain.timeline import TimelineItem

_CELL_BREAKS = re.compile(r"\s*\n\s*")


def summary_line(bundle: Bundle) -> str:
    """'All notes · 2 notes · exported 26 November 2026', under the bundle's title."""
    count = len(bundle.notes)
    return f"{bundle.scope} · {count} note{'s' if count != 1 else ''} · exported {made_at_text(bundle)}"


def made_at_text(bundle: Bundle) -> str:
    """'26 November 2026', as the rest of Parallax writes dates."""
    moment = bundle.made_at
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def sentence(text: str) -> str:
    """The text ending with one full stop (or its own ? or !)."""
    text = text.strip()
    return text if not text or text.endswith((".", "?", "!", "…")) else text + "."


def event_line(item: TimelineItem) -> tuple[str, str]:
    """An event as the bundle lists it: its date as written, and 'Label (Place). Source: ….'"""
    text = sentence(item.label + (f" ({item.place})" if item.place else ""))
    if item.source:
        text += " Source: " + sentence(item.source)
    return item.date.display(item.place), text


def _quote_block(quotation: Quotation) -> list[str]:
    lines = [f'<a id="{quotation.anchor}"></a>', ""]
    lines += [f"> {line}" if line else ">" for line in quotation.passage.quote.splitlines()]
    if quotation.passage.orphaned:
        lines.append(">\n> ⚠ Not found in the document's text as it is now; this is the passage as it was quoted.")
    if quotation.citation is not None and quotation.source is not None:
        lines.append(f">\n> — {quotation.citation.markdown()} ([source](#{quotation.source.anchor}))")
    else:
        lines.append(f">\n> — {quotation.passage.document_title} (no longer in the library)")
    return [*lines, ""]


def _cell(text: str) -> str:
    return _CELL_BREAKS.sub(" ", text).replace("|", "\\|").strip()


def _side_by_side(note: ExportedNote) -> list[str]:
    """The passages of a note that links documents, as one table row: each document in its own column."""
    columns = note.quotations
    header = "| " + " | ".join(_cell(q.passage.document_title) for q in columns) + " |"
    rule = "|" + "---|" * len(columns)
    quotes = "| " + " | ".join(f"“{_cell(q.passage.quote)}”" for q in columns) + " |"
    where = "| " + " | ".join(_cell(q.passage.paragraphs.display()) for q in columns) + " |"
    return ["**Side by side**", "", header, rule, quotes, where, ""]


def _body(note: ExportedNote, anchors: dict[str, str]) -> str:
    """The note's own Markdown, its [[links]] pointing into the bundle where the note is in it."""
    return with_wiki_links(note.note.body, lambda title: anchor_of(anchors, title)).strip()


def anchor_of(anchors: dict[str, str], title: str) -> str | None:
    anchor = anchors.get(title.casefold())
    return f"#{anchor}" if anchor else None


def _note(number: int, note: ExportedNote, anchors: dict[str, str]) -> list[str]:
    lines = [f'<a id="{note.anchor}"></a>', "", f"## {number}. {note.note.title}", ""]
    facts = [f"Dated {note.note.date_display}"] if note.note.date_display else []
    if note.note.tags:
        facts.append("tags: " + ", ".join(note.note.tags))
    if facts:
        lines += ["*" + " · ".join(facts) + "*", ""]
    for quotation in note.quotations:
        lines += _quote_block(quotation)
    if note.side_by_side:
        lines += _side_by_side(note)
    body = _body(note, anchors)
    if body:
        lines += [body, ""]
    if note.links:
        shown = [f"[{title}](#{anchor})" if anchor else title for title, anchor in note.links]
        lines += ["Linked notes: " + ", ".join(shown), ""]
    return lines


def render_markdown(bundle: Bundle) -> str:
    lines = [f"# {bundle.title}", "", summary_line(bundle), ""]
    anchors = {note.note.title.casefold(): note.anchor for note in bundle.notes}
    if bundle.notes:
        lines += ["## Contents", ""]
        lines += [f"{n}. [{note.note.title}](#{note.anchor})" for n, note in enumerate(bundle.notes, start=1)]
        lines += ["- [Bibliography](#bibliography)"] if bundle.sources else []
        lines += ["- [Events](#events)"] if bundle.events else []
        lines.append("")
    else:
        lines += ["No notes are in this selection.", ""]
    for number, note in enumerate(bundle.notes, start=1):
        lines += _note(number, note, anchors)
    if bundle.sources:
        lines += ['<a id="bibliography"></a>', "", "## Bibliography", ""]
        for source in bundle.sources:
            lines += [f'<a id="{source.anchor}"></a>', "", source.entry.markdown(), ""]
    if bundle.events:
        lines += ['<a id="events"></a>', "", f"## Events, {bundle.period}", ""]
        for item in bundle.events:
            date, text = event_line(item)
            lines.append(f"- **{date}**: {text}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
