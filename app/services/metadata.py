"""Metadata as a user types it (free-text date, kind by name), checked and turned into DocumentMetadata."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from app.domain.dates.historical import HistoricalDate, InvalidDateError, with_place_offset
from app.domain.dates.written import parse_date_text
from app.domain.documents import DocumentKind, DocumentMetadata, SourceCitation
from app.domain.errors import InvalidInputError
from app.domain.text.paragraphs import normalize_paragraph


class InvalidMetadataError(InvalidInputError):
    """A field the user filled in that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class MetadataInput:
    """What the user typed, field by field; an empty field means 'not given'."""

    title: str = ""
    issuer: str = ""
    date: str = ""  # as people write it: '1 November 1956', 'c. 29 Oct 1956', '1–2 Nov 1956'
    place: str = ""
    language: str = ""
    kind: str = ""
    source: str = ""  # the publication
    editor: str = ""
    publisher: str = ""
    source_place: str = ""
    year: str = ""
    pages: str = ""
    number: str = ""  # the document's number in the publication (an edition's 'doc. 123')
    archive: str = ""
    url: str = ""
    rights: str = ""
    tags: str = ""  # comma-separated: 'Warsaw Treaty, withdrawal'
    translation_of: str = ""  # a document ID

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(field.name for field in fields(cls))


def input_from(metadata: DocumentMetadata) -> MetadataInput:
    """A form's worth of text for existing metadata (the date as a historian writes it)."""
    source = metadata.source
    return MetadataInput(
        title=metadata.title, issuer=metadata.issuer, date=metadata.date_display, place=metadata.place,
        language=metadata.language, kind=metadata.kind.value, source=source.publication, editor=source.editor,
        publisher=source.publisher, source_place=source.place, year=source.year, pages=source.pages,
        number=source.number, archive=metadata.archive, url=metadata.url, rights=metadata.rights,
        tags=", ".join(metadata.tags), translation_of=str(metadata.translation_of or ""),
    )  # fmt: skip


def parse_kind(text: str) -> DocumentKind:
    cleaned = text.strip().lower()
    try:
        return DocumentKind(cleaned) if cleaned else DocumentKind.OTHER
    except ValueError:
        kinds = ", ".join(kind.value for kind in DocumentKind)
        raise InvalidMetadataError(f"unknown kind {text!r} (one of: {kinds})") from None


def parse_date_field(text: str) -> str:
    """The EDTF for a typed date ('' for none); raises InvalidMetadataError."""
    if not text.strip():
        return ""
    try:
        return parse_date_text(text).edtf
    except InvalidDateError as exc:
        raise InvalidMetadataError(str(exc)) from exc


def parse_tags(text: str) -> tuple[str, ...]:
    tags = (normalize_paragraph(part) for part in text.replace(";", ",").split(","))
    return tuple(dict.fromkeys(tag[:100] for tag in tags if tag))


def parse_translation_of(text: str) -> int | None:
    cleaned = text.strip().lstrip("#")
    if not cleaned:
        return None
    if not cleaned.isdigit() or int(cleaned) < 1:
        raise InvalidMetadataError(f"translation of: {text!r} is not a document ID")
    return int(cleaned)


def apply_input(base: DocumentMetadata, given: MetadataInput, *, keep_empty: bool) -> DocumentMetadata:
    """`base` with the user's fields applied. keep_empty: an empty field keeps base's value (the command line,
    defaults from a file); otherwise every field is taken as shown in a form, so emptying one clears it."""

    def pick(typed: str, current: str) -> str:
        typed = typed.strip()
        return current if keep_empty and not typed else typed

    date_edtf = base.date_edtf
    if given.date.strip() or not keep_empty:
        date_edtf = parse_date_field(given.date)
    elif date_edtf:
        try:
            HistoricalDate.parse(date_edtf)
        except InvalidDateError:
            date_edtf = ""
    place = pick(given.place, base.place)
    date_edtf = with_place_offset(date_edtf, place)  # a time typed for Budapest is on Budapest's clock
    kind = parse_kind(given.kind) if given.kind.strip() else (base.kind if keep_empty else DocumentKind.OTHER)
    title = normalize_paragraph(pick(given.title, base.title))
    if not title:
        raise InvalidMetadataError("a document needs a title")
    source = SourceCitation(
        publication=pick(given.source, base.source.publication),
        editor=pick(given.editor, base.source.editor),
        publisher=pick(given.publisher, base.source.publisher),
        place=pick(given.source_place, base.source.place),
        year=pick(given.year, base.source.year),
        pages=pick(given.pages, base.source.pages),
        number=pick(given.number, base.source.number),
    )
    return replace(
        base,
        title=title,
        issuer=pick(given.issuer, base.issuer),
        date_edtf=date_edtf,
        date_basis=base.date_basis if date_edtf == base.date_edtf else "",
        place=place,
        language=pick(given.language, base.language),
        kind=kind,
        source=source,
        archive=pick(given.archive, base.archive),
        url=pick(given.url, base.url),
        rights=pick(given.rights, base.rights),
        tags=base.tags if keep_empty and not given.tags.strip() else parse_tags(given.tags),
        translation_of=(
            base.translation_of
            if keep_empty and not given.translation_of.strip()
            else parse_translation_of(given.translation_of)
        ),
    )
