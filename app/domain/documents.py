"""Plain value types for documents, as the services hand them to the UI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from app.domain.dates.historical import HistoricalDate, InvalidDateError


class DocumentKind(StrEnum):
    DECLARATION = "declaration"
    SPEECH = "speech"
    BROADCAST = "broadcast"
    TELEGRAM = "telegram"
    LETTER = "letter"
    RESOLUTION = "resolution"
    MINUTES = "minutes"
    NEWSPAPER_ARTICLE = "newspaper article"
    MEMOIR = "memoir"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True)
class SourceCitation:
    """Where a document's text was taken from, as a bibliography needs it."""

    publication: str = ""
    editor: str = ""
    publisher: str = ""
    place: str = ""
    year: str = ""
    pages: str = ""
    number: str = ""  # the document's number in the publication (an edition's 'doc. 123')

    def display(self) -> str:
        """'Publication, ed. Editor (Place: Publisher, Year), doc. 12, pp. 252–255.' with absent parts left out."""
        if not self.publication:
            return ""
        text = self.publication
        if self.editor:
            text += f", ed. {self.editor}"
        imprint = ": ".join(part for part in (self.place, self.publisher) if part)
        imprint = ", ".join(part for part in (imprint, self.year) if part)
        if imprint:
            text += f" ({imprint})"
        if self.number:
            text += f", doc. {self.number}"
        if self.pages:
            label = "pp." if any(dash in self.pages for dash in "-–,") else "p."
            text += f", {label} {self.pages}"
        return text + "."


@dataclass(frozen=True)
class DocumentMetadata:
    """Everything a researcher records about a source, apart from its text."""

    title: str
    issuer: str = ""
    date_edtf: str = ""
    place: str = ""
    language: str = ""
    kind: DocumentKind = DocumentKind.OTHER
    source: SourceCitation = field(default_factory=SourceCitation)
    archive: str = ""
    url: str = ""
    rights: str = ""
    original_format: str = ""
    tags: tuple[str, ...] = ()
    translation_of: int | None = None  # the ID of the document this one translates
    date_basis: str = ""  # where a date the document does not state came from ('between its neighbours …')

    @property
    def date(self) -> HistoricalDate | None:
        if not self.date_edtf:
            return None
        try:
            return HistoricalDate.parse(self.date_edtf)
        except InvalidDateError:
            return None

    @property
    def date_display(self) -> str:
        parsed = self.date
        if parsed is not None:
            return parsed.display(self.place)
        return self.date_edtf


@dataclass(frozen=True)
class Paragraph:
    number: int
    text: str
    page: str | None = None


@dataclass(frozen=True)
class Footnote:
    """An editor's or author's note, kept apart from the text: under ¶`paragraph`, or under the heading if None."""

    paragraph: int | None
    label: str
    text: str


@dataclass(frozen=True)
class DocumentSummary:
    """One row of the library list."""

    id: int
    metadata: DocumentMetadata
    paragraph_count: int
    created_at: datetime
    sort_key: datetime | None = None
    collection_id: int | None = None

    @property
    def title(self) -> str:
        return self.metadata.title


@dataclass(frozen=True)
class DocumentDetail:
    """A document with its text, ready to read."""

    id: int
    metadata: DocumentMetadata
    paragraphs: tuple[Paragraph, ...]
    content_hash: str
    created_at: datetime
    updated_at: datetime
    footnotes: tuple[Footnote, ...] = ()
    collection: str = ""  # the name of the edition it was imported with, if any

    @property
    def title(self) -> str:
        return self.metadata.title
