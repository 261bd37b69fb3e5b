"""Research leaving the app: bundles of notes, bibliographies and citations, written to files whole or not at all."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from app.domain.citation.bibliography import BibliographyFormat, render_bibliography
from app.domain.citation.chicago import Citation, note_citation
from app.domain.citation.locators import locator_for
from app.domain.documents import DocumentDetail
from app.domain.errors import InvalidInputError
from app.domain.export.bundle import Bundle, Scope, build_bundle, in_scope
from app.domain.export.bundle_html import render_html
from app.domain.export.bundle_markdown import render_markdown
from app.domain.notes.model import NoteSort, sorted_notes
from app.services.infrastructure.files import FileWriteError, write_atomically
from app.services.library import DocumentNotFoundError, LibraryService
from app.services.notes import NotesService
from app.services.timeline import TimelineService

__all__ = ["BundleFormat", "ExportError", "ExportService", "FileWriteError", "Scope"]


class BundleFormat(StrEnum):
    MARKDOWN = "md"
    HTML = "html"
    PDF = "pdf"

    @property
    def suffix(self) -> str:
        return f".{self.value}"

    @property
    def label(self) -> str:
        return {"md": "Markdown", "html": "HTML (one self-contained file)", "pdf": "PDF"}[self.value]


class ExportError(InvalidInputError):
    """Nothing to export as asked; the message says why in one line."""


class ExportService:
    def __init__(
        self,
        library: LibraryService,
        notes: NotesService,
        timeline: TimelineService,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._library = library
        self._notes = notes
        self._timeline = timeline
        self._clock = clock
        # Whether citations give Parallax's ¶ numbers too ('¶17 in Parallax'): only when the reader asks, since
        # the printed source has no such numbers.
        self.parallax_numbers = False

    def tags(self) -> list[str]:
        """The tags of the notes, for choosing which to export."""
        names = {tag.casefold(): tag for note in self._notes.list_notes() for tag in note.tags}
        return sorted(names.values(), key=str.casefold)

    def bundle(self, scope: Scope) -> Bundle:
        """The notes in scope (in date order, undated last), with what they quote and the period's events."""
        notes = sorted_notes(self._notes.list_notes(), NoteSort.DATE)
        documents = self._documents({passage.document_id for note in notes for passage in note.passages})
        chosen = [note for note in notes if in_scope(note, scope, documents)]
        if not chosen and scope.tag and scope.tag.casefold() not in {t.casefold() for t in self.tags()}:
            raise ExportError(f"no note is tagged “{scope.tag}”")
        return build_bundle(
            chosen, documents, self._timeline.items(), scope=scope, made_at=self._clock(),
            parallax_numbers=self.parallax_numbers,
        )  # fmt: skip

    def bundle_text(self, scope: Scope, form: BundleFormat) -> str:
        """Markdown, or the HTML of a self-contained file (PDF is set from render_html(..., for_print=True))."""
        bundle = self.bundle(scope)
        return render_markdown(bundle) if form is BundleFormat.MARKDOWN else render_html(bundle)

    def bibliography(
        self, form: BibliographyFormat, document_ids: Sequence[int] = (), scope: Scope | None = None
    ) -> str:
        """The given documents, or those the notes in `scope` quote, or every document, as a bibliography."""
        if scope is not None:
            pairs = [(source.document_id, source.metadata) for source in self.bundle(scope).sources]
            if not pairs:
                raise ExportError(f"no document is quoted by the notes chosen ({scope.describe().lower()})")
        elif document_ids:
            found = self._documents(set(document_ids))
            missing = sorted(set(document_ids) - set(found))
            if missing:
                raise ExportError(f"no document with ID {missing[0]} in the library (see 'parallax list')")
            pairs = [(doc_id, found[doc_id].metadata) for doc_id in dict.fromkeys(document_ids)]
        else:
            pairs = [(summary.id, summary.metadata) for summary in self._library.list_documents()]
        if not pairs:
            raise ExportError("the library has no documents to list")
        return render_bibliography(pairs, form)

    def bundle_of_note(self, note_id: int) -> Bundle:
        """One note as a bundle of its own (for printing it): its passages cited, its sources listed, no events."""
        note = self._notes.get(note_id)
        documents = self._documents({passage.document_id for passage in note.passages})
        return build_bundle(
            [note], documents, [], scope=Scope(), made_at=self._clock(), title=note.title,
            parallax_numbers=self.parallax_numbers,
        )  # fmt: skip

    def document(self, document_id: int) -> DocumentDetail:
        return self._library.get_document(document_id)

    def document_ids(self) -> list[int]:
        return [summary.id for summary in self._library.list_documents()]

    def citation(self, document_id: int, first: int | None = None, last: int | None = None) -> Citation:
        """A full note citing ¶first (to ¶last) of a document by its printed page (the document's pages where the
        paragraph's is not known) and its own numbering; or the whole document."""
        document = self._library.get_document(document_id)
        if first is None or not 1 <= first <= len(document.paragraphs):
            return note_citation(document.metadata)
        return note_citation(document.metadata, locator_for(document, first, last, parallax=self.parallax_numbers))

    @staticmethod
    def write(path: Path, data: bytes) -> None:
        """Raises FileWriteError with a one-line reason; an existing file is replaced only by a complete one."""
        write_atomically(path, data)

    def _documents(self, ids: set[int]) -> dict[int, DocumentDetail]:
        found: dict[int, DocumentDetail] = {}
        for doc_id in sorted(ids):
            try:
                found[doc_id] = self._library.get_document(doc_id)
            except DocumentNotFoundError:
                continue  # in the trash: its passages are still shown, without a source
        return found
