"""A stored document row made into the domain's DocumentMetadata: one mapping for the ORM's rows and for the
plain rows the first page is read from (app/services/first_page.py), so the two can never disagree."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from app.domain.documents import DocumentKind, DocumentMetadata, SourceCitation


class DocumentRow(Protocol):
    """The columns of `documents` that describe a document, by name."""

    @property
    def title(self) -> str: ...
    @property
    def issuer(self) -> str: ...
    @property
    def date_edtf(self) -> str: ...
    @property
    def place(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def source_publication(self) -> str: ...
    @property
    def source_editor(self) -> str: ...
    @property
    def source_publisher(self) -> str: ...
    @property
    def source_place(self) -> str: ...
    @property
    def source_year(self) -> str: ...
    @property
    def source_pages(self) -> str: ...
    @property
    def source_number(self) -> str: ...
    @property
    def archive(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def rights(self) -> str: ...
    @property
    def original_format(self) -> str: ...
    @property
    def translation_of_id(self) -> int | None: ...
    @property
    def date_basis(self) -> str: ...


def metadata_of(row: DocumentRow, tags: Iterable[str]) -> DocumentMetadata:
    return DocumentMetadata(
        title=row.title,
        issuer=row.issuer,
        date_edtf=row.date_edtf,
        place=row.place,
        language=row.language,
        kind=DocumentKind(row.kind),
        source=SourceCitation(
            publication=row.source_publication,
            editor=row.source_editor,
            publisher=row.source_publisher,
            place=row.source_place,
            year=row.source_year,
            pages=row.source_pages,
            number=row.source_number,
        ),
        archive=row.archive,
        url=row.url,
        rights=row.rights,
        original_format=row.original_format,
        tags=tuple(tags),
        translation_of=row.translation_of_id,
        date_basis=row.date_basis,
    )
