"""Citations in the Chicago notes-bibliography style (17th ed.), built from a document's metadata.

Four forms, following where the text was found:
- from an edited volume ('volume'): Author, “Title,” descriptor, Place, Date, in *Volume*, ed. Editor (Place:
  Publisher, Year), pages.
- a newspaper article ('newspaper'): Author, “Title,” *Newspaper* (City), Date, page.
- a memoir ('book'): Author, *Title*, ed. Editor (Place: Publisher, Year), pages.
- anything else ('document'): Author, “Title,” descriptor, Place, Date, Archive, URL.

The descriptor ("radio broadcast", "telegram", "minutes"…) follows the title for kinds Chicago describes, unless the
title already says it. A note cites the printed source when there is one; the archive and URL then follow the
bibliography entry only ("Also available at CVCE.eu, http://…"), so notes stay short and always point to what can be
checked on paper. Parts that are missing are left out with their punctuation. A title's own closing ?, ! or . is never
doubled, and a comma or period after a quoted title goes inside the closing quotation mark.

CSL-JSON and BibTeX are in `citation_formats` and re-exported here, so this module is the one to import.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace
from itertools import groupby

from app.domain.citation.formats import bibtex_entry, bibtex_key, csl_item
from app.domain.citation.parts import (
    Parts,
    abbreviate_pages,
    inverted,
    is_page_reference,
    parts_of,
    quoted,
    short_title,
    surname,
    without_article,
)
from app.domain.documents import DocumentMetadata
from app.domain.text.paragraphs import fold

__all__ = [
    "Citation",
    "Locator",
    "Run",
    "bibliography_entry",
    "bibtex_entry",
    "bibtex_key",
    "csl_item",
    "note_citation",
    "short_note",
    "sort_key",
]


@dataclass(frozen=True)
class Run:
    """A piece of citation text, italic or not."""

    text: str
    italic: bool = False


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")
_BLOCK_START = re.compile(r"[#>]|[-+=]\s")
_LIST_NUMBER = re.compile(r"\d+(?=[.)])")


def _markdown_escape(text: str) -> str:
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return _ENTITY_LIKE.sub(r"\\&", text)


@dataclass(frozen=True)
class Citation:
    """A citation as runs, renderable as plain text, Markdown or HTML."""

    runs: tuple[Run, ...]

    def _groups(self) -> list[tuple[bool, str]]:
        return [(italic, "".join(run.text for run in runs)) for italic, runs in groupby(self.runs, lambda r: r.italic)]

    def plain(self) -> str:
        return "".join(run.text for run in self.runs)

    def markdown(self) -> str:
        """Italics as *…*; characters Markdown would read as markup are escaped."""
        out = "".join(
            f"*{_markdown_escape(text)}*" if italic else _markdown_escape(text) for italic, text in self._groups()
        )
        # A citation that begins like a heading, a quotation or a list item must stay a paragraph.
        if _BLOCK_START.match(out):
            return "\\" + out
        number = _LIST_NUMBER.match(out)
        return out[: number.end()] + "\\" + out[number.end() :] if number else out

    def html(self) -> str:
        """Italics as <i>…</i>; the text HTML-escaped."""
        return "".join(
            f"<i>{html.escape(text, quote=False)}</i>" if italic else html.escape(text, quote=False)
            for italic, text in self._groups()
        )


@dataclass(frozen=True)
class Locator:
    """Where in the document, as the printed source shows it: the page, and the source's own numbering of the
    passage ('op. para. 3') where it has one. Parallax's ¶ numbers are not the source's: a locator carries one
    only when the reader asks for it, and it is then shown as Parallax's ('¶17 in Parallax')."""

    paragraph: int | None = None  # Parallax's ¶
    paragraph_end: int | None = None  # a passage over ¶17–18
    page: str | None = None
    own: str = ""  # the source's own number for the passage: 'op. para. 3', 'para. 2(a)'

    def __post_init__(self) -> None:
        if self.paragraph is not None and self.paragraph < 1:
            raise ValueError(f"paragraphs are numbered from 1, not {self.paragraph}")
        if self.paragraph_end is not None and (self.paragraph is None or self.paragraph_end < self.paragraph):
            raise ValueError(f"not a run of paragraphs: ¶{self.paragraph}–{self.paragraph_end}")

    def display(self) -> str:
        """'254, op. para. 3', '254', '¶17 in Parallax', '254, ¶¶17–18 in Parallax' or '' as a note ends with it."""
        parts = [abbreviate_pages(self.page or ""), self.own]
        if self.paragraph is not None:
            end = self.paragraph_end
            if end is None or end == self.paragraph:
                parts.append(f"¶{self.paragraph} in Parallax")
            else:
                parts.append(f"¶¶{self.paragraph}–{end} in Parallax")
        return ", ".join(part for part in parts if part)


@dataclass
class _Writer:
    """Runs joined by separators, with Chicago's punctuation habits applied at each join."""

    runs: list[Run] = field(default_factory=list)

    def add(self, separator: str, *runs: Run) -> None:
        runs = tuple(run for run in runs if run.text)
        if not runs:
            return
        if self.runs:
            self._join(separator)
        self.runs.extend(runs)

    def _join(self, separator: str) -> None:
        last = self.runs[-1]
        closing = ""
        if last.text.endswith("”"):  # a quoted title, perhaps ending in a quotation of its own: ’”
            closing = "’”" if last.text.endswith("’”") and "‘" in last.text else "”"
        body = last.text[: len(last.text) - len(closing)]
        mark = separator[:1] if separator[:1] in ",." else ""
        rest = separator[len(mark) :]
        if body.endswith(("?", "!")) or (mark == "." and body.endswith(".")):
            mark = ""  # the title's own mark stands for ours
        if mark and closing:
            self.runs[-1] = Run(body + mark + closing, last.italic)
            mark = ""
        if mark or rest:
            self.runs.append(Run(mark + rest))

    def done(self) -> Citation:
        if self.runs:
            self._join(".")
        return Citation(tuple(self.runs))


def _with_document_pages(parts: Parts, locator: Locator | None) -> Locator | None:
    """Where the passage's own page is not known, the document's pages stand for it ('252–55, ¶17 in Parallax')."""
    pages = parts.source.pages
    if locator is not None and not (locator.page or "").strip() and pages and is_page_reference(pages):
        return replace(locator, page=pages)
    return locator


def _pages_for_note(parts: Parts, locator: Locator | None) -> str:
    """The whole range without a locator; with one, the locator (after a series number such as 'doc. 148')."""
    locator = _with_document_pages(parts, locator)
    pages = parts.source.pages
    where = locator.display() if locator is not None else ""
    if not where:
        found = abbreviate_pages(pages)
    elif pages and not is_page_reference(pages):
        found = f"{pages}, {where}"
    else:
        found = where
    return ", ".join(piece for piece in (_numbered(parts), found) if piece)


def _numbered(parts: Parts) -> str:
    """The document's number in an edition ('doc. 133'), where recorded."""
    return f"doc. {parts.source.number}" if parts.source.number else ""


def _title_run(parts: Parts) -> Run:
    if not parts.title:
        return Run("")
    return Run(parts.title, italic=True) if parts.form == "book" else Run(quoted(parts.title))


def note_citation(meta: DocumentMetadata, locator: Locator | None = None) -> Citation:
    """Chicago's full note (the first time a document is cited)."""
    parts = parts_of(meta)
    source = parts.source
    out = _Writer()
    out.add("", Run(parts.author))
    out.add(", ", _title_run(parts))
    if parts.form == "newspaper":
        out.add(", ", Run(source.publication, italic=True))
        out.add(" ", Run(f"({parts.newspaper_place})" if parts.newspaper_place else ""))
        out.add(", ", Run(parts.date))
    elif parts.form != "book":
        for piece in (parts.descriptor, parts.place, parts.date):
            out.add(", ", Run(piece))
    if parts.form == "volume":
        out.add(", ", Run("in " if out.runs else "In "), Run(source.publication, italic=True))
    if parts.form != "newspaper":
        out.add(", ", Run(f"ed. {source.editor}" if source.editor else ""))
        out.add(" ", Run(f"({parts.imprint})" if parts.imprint else ""))
    out.add(", ", Run(_pages_for_note(parts, locator)))
    if not parts.printed:
        out.add(", ", Run(parts.archive))
        out.add(", ", Run(parts.url))
    return out.done()


def short_note(meta: DocumentMetadata, locator: Locator | None = None) -> Citation:
    """Chicago's shortened note: surname or institution, short title, locator."""
    parts = parts_of(meta)
    out = _Writer()
    out.add("", Run(surname(parts.author) if parts.author else ""))
    title = " ".join(meta.short_title.split()) or short_title(parts.title)  # the description's own, if it has one
    out.add(", ", Run(title, italic=True) if parts.form == "book" else Run(quoted(title) if title else ""))
    locator = _with_document_pages(parts, locator)
    out.add(", ", Run(locator.display() if locator is not None else ""))
    return out.done()


def bibliography_entry(meta: DocumentMetadata) -> Citation:
    """Chicago's bibliography entry: the author inverted if a person, then the same elements set off by periods."""
    parts = parts_of(meta)
    source = parts.source
    out = _Writer()
    unsigned_paper = parts.form == "newspaper" and not parts.author
    if unsigned_paper:  # an unsigned article is listed under its newspaper
        out.add("", Run(source.publication, italic=True))
        out.add(" ", Run(f"({parts.newspaper_place})" if parts.newspaper_place else ""))
    else:
        out.add("", Run(inverted(parts.author)))
    out.add(". ", _title_run(parts))
    if parts.form == "newspaper":
        if not unsigned_paper:
            out.add(". ", Run(source.publication, italic=True))
            out.add(" ", Run(f"({parts.newspaper_place})" if parts.newspaper_place else ""))
        out.add(", " if not unsigned_paper else ". ", Run(parts.date))
        out.add(", ", Run(abbreviate_pages(source.pages)))
    elif parts.form != "book":
        described = ", ".join(piece for piece in (parts.descriptor, parts.place, parts.date) if piece)
        if parts.descriptor:
            described = described[0].upper() + described[1:]
        out.add(". ", Run(described))
    if parts.form == "volume":
        out.add(". ", Run("In "), Run(source.publication, italic=True))
        out.add(", ", Run(f"edited by {source.editor}" if source.editor else ""))
        out.add(", ", Run(_numbered(parts)))
        out.add(", ", Run(abbreviate_pages(source.pages)))
    elif parts.form != "newspaper":
        out.add(". ", Run(f"Edited by {source.editor}" if source.editor else ""))
    if parts.form != "newspaper":
        out.add(". ", Run(parts.imprint))
    if parts.form == "document" and parts.printed:
        out.add(", ", Run(abbreviate_pages(source.pages)))
    if parts.printed:
        where = ", ".join(piece for piece in (parts.archive, parts.url) if piece)
        out.add(". ", Run(f"Also available at {where}" if where else ""))
    else:
        out.add(". ", Run(parts.archive))
        out.add(". ", Run(parts.url))
    return out.done()


def sort_key(meta: DocumentMetadata) -> tuple[str, ...]:
    """Bibliography order: the author as inverted (or the title, for an unsigned work), then title, then date."""
    parts = parts_of(meta)
    title = fold(without_article(parts.title))
    if parts.author:
        head = fold(without_article(inverted(parts.author)))
    elif parts.form == "newspaper":
        head = fold(without_article(parts.source.publication))
    else:
        head = title
    return (head, title, meta.date_edtf)
