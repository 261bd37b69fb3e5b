"""A research bundle: notes with their quoted passages and citations, the sources cited, and the period's events.

Built from plain values (notes, documents, timeline items), so that the Markdown, HTML and PDF writers all render
the same thing, and every citation is decided once: the first time a source is cited it gets a full note, later a
short one, as in a paper.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from app.domain.citation.chicago import Citation, Locator, bibliography_entry, note_citation, short_note, sort_key
from app.domain.citation.locators import locator_for
from app.domain.documents import DocumentDetail, DocumentMetadata
from app.domain.notes.model import Note, Passage
from app.domain.timeline import DateRange, ItemKind, TimelineItem, sorted_items


@dataclass(frozen=True)
class Scope:
    """Which notes go into a bundle: all of them, those of a tag, those of a stretch of time (or both)."""

    tag: str = ""
    period: DateRange | None = None

    def describe(self) -> str:
        parts = ["Notes"] if self.tag or self.period else ["All notes"]
        if self.tag:
            parts.append(f"tagged “{self.tag}”")
        if self.period:
            parts.append(f"dated {self.period.display()}")
        return " ".join(parts)


@dataclass(frozen=True)
class Source:
    """A document cited in the bundle, as its bibliography lists it."""

    anchor: str  # 'source-3': where the bibliography entry can be linked to
    document_id: int
    metadata: DocumentMetadata
    entry: Citation


@dataclass(frozen=True)
class Quotation:
    """One passage of a note: the quoted words and the citation that leads back to them."""

    anchor: str  # 'note-2-passage-1'
    passage: Passage
    source: Source | None  # None when its document has left the library (the quote is still shown)
    citation: Citation | None


@dataclass(frozen=True)
class ExportedNote:
    anchor: str  # 'note-2'
    note: Note
    quotations: tuple[Quotation, ...]
    links: tuple[tuple[str, str], ...]  # (title, anchor) of linked notes; anchor '' when not in the bundle

    @property
    def side_by_side(self) -> bool:
        """Passages from two or more documents, which the bundle shows next to each other."""
        return len({quotation.passage.document_id for quotation in self.quotations}) > 1


@dataclass(frozen=True)
class Bundle:
    title: str
    scope: str
    made_at: datetime
    notes: tuple[ExportedNote, ...]
    sources: tuple[Source, ...]  # in bibliography order
    events: tuple[TimelineItem, ...]  # in date order
    period: str  # the stretch the events cover, as written: '23 October – 4 November 1956'


def in_scope(note: Note, scope: Scope, documents: Mapping[int, DocumentDetail]) -> bool:
    """A note is in a period when it is dated then, or, undated, when a document it quotes is."""
    if scope.tag and scope.tag.casefold() not in {tag.casefold() for tag in note.tags}:
        return False
    if scope.period is None:
        return True
    if note.date is not None:
        return scope.period.overlaps(note.date)
    return any(
        scope.period.overlaps(documents[passage.document_id].metadata.date)
        for passage in note.passages
        if passage.document_id in documents
    )


def locator_of(passage: Passage, document: DocumentDetail, *, parallax: bool = False) -> Locator:
    """The printed page the passage's first paragraph begins on, where known, and the source's own numbering;
    Parallax's ¶ (or ¶¶) only when asked for (`parallax`)."""
    span = passage.paragraphs
    if span is None:
        return Locator()
    return locator_for(document, span.first, span.last, parallax=parallax)


def build_bundle(
    notes: Sequence[Note],
    documents: Mapping[int, DocumentDetail],
    events: Iterable[TimelineItem],
    *,
    scope: Scope,
    made_at: datetime,
    title: str = "Research notes",
    parallax_numbers: bool = False,
) -> Bundle:
    """Everything the writers need, with each source cited in full once and briefly after that (by printed page
    and the source's own numbering; with Parallax's ¶ too, marked as such, when `parallax_numbers`)."""
    anchors = {note.id: f"note-{note.id}" for note in notes}
    sources: dict[int, Source] = {}
    exported: list[ExportedNote] = []
    for note in notes:
        quotations = []
        for index, passage in enumerate(note.passages, start=1):
            document = documents.get(passage.document_id)
            source, citation = None, None
            if document is not None:
                locator = None if passage.orphaned else locator_of(passage, document, parallax=parallax_numbers)
                cited_before = document.id in sources
                if not cited_before:
                    sources[document.id] = Source(
                        f"source-{document.id}", document.id, document.metadata, bibliography_entry(document.metadata)
                    )
                source = sources[document.id]
                cite = short_note if cited_before else note_citation
                citation = cite(document.metadata, locator)
            quotations.append(Quotation(f"{anchors[note.id]}-passage-{index}", passage, source, citation))
        links = tuple((ref.title, anchors.get(ref.id, "")) for ref in note.links)
        exported.append(ExportedNote(anchors[note.id], note, tuple(quotations), links))
    period = scope.period or _span_of(notes, sources.values())
    chosen = [
        item
        for item in events
        if item.kind is ItemKind.EVENT and not item.hidden and (period is None or period.overlaps(item.date))
    ]
    return Bundle(
        title=title,
        scope=scope.describe(),
        made_at=made_at,
        notes=tuple(exported),
        sources=tuple(sorted(sources.values(), key=lambda source: sort_key(source.metadata))),
        events=tuple(sorted_items(chosen)),
        period=period.display() if period else "",
    )


def _span_of(notes: Iterable[Note], sources: Iterable[Source]) -> DateRange | None:
    """The days from the earliest to the latest date among the notes and the documents they quote."""
    dates = [note.date for note in notes] + [source.metadata.date for source in sources]
    known = [date for date in dates if date is not None]
    if not known:
        return None
    return DateRange.of_days(min(date.lo for date in known), max(date.hi for date in known))
