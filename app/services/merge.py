"""Merging one library into another: a personal library file into a shared one, or a shared one into a file
for work offline. Everything goes in one transaction of the library merged into: all of it, or nothing.

- Documents are matched by their text (content hash), bundled ones by their bundle key: a text already there is
  not added again, and what refers to it (notes, links, events) is made to refer to the one there.
- Notes come with their passages, tags, earlier versions and links between them; a note already there (same
  title, text and creation time: merged before) is not added twice. Into a shared library they are private to
  the member merging unless asked otherwise; into a file they keep their author and privacy.
- Alignment links and events come unless the same link or event (label and date) is there already.
Only what the member may see of a shared library is merged out of it (the server's policies decide).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.services.infrastructure.storage import Library
from app.services.infrastructure.transactions import LibraryWriteError, writing
from db.models import (
    AlignmentLinkRow,
    CollectionRow,
    DocumentRow,
    EventRow,
    FootnoteRow,
    NoteLinkRow,
    NoteRevisionRow,
    NoteRow,
    ParagraphRow,
    PassageAnchorRow,
    collection_documents,
)
from db.repositories import DocumentRepository


class MergeStorageError(LibraryWriteError):
    """The library merged into could not take it just now; nothing of the merge was kept."""


@dataclass
class MergeReport:
    documents_added: int = 0
    documents_matched: int = 0
    notes_added: int = 0
    notes_matched: int = 0
    links_added: int = 0
    events_added: int = 0
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.documents_added} document(s) added ({self.documents_matched} already there), "
            f"{self.notes_added} note(s) added ({self.notes_matched} already there), {self.links_added} link(s) "
            f"and {self.events_added} event(s) added"
        )

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _columns(row: Any, *left_out: str) -> dict[str, Any]:
    """A row's stored values by column, but for its key (and what is named): every column, today's and later ones."""
    return {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in ("id", *left_out)}


def merge_libraries(source: Library, target: Library, *, private: bool = True) -> MergeReport:
    """Bring `source`'s documents, notes, links and events into `target` (see the module's description)."""
    report = MergeReport()
    with source.sessions() as reading, writing(target.sessions, MergeStorageError) as session:
        merger = _Merger(reading, session, report, into_shared=target.shared, private=private)
        merger.documents()
        merger.notes()
        merger.links()
        merger.events()
    return report


class _Merger:
    def __init__(self, reading: Session, session: Session, report: MergeReport, *, into_shared: bool, private: bool):
        self.reading, self.session, self.report = reading, session, report
        self.into_shared, self.private = into_shared, private
        self.document_ids: dict[int, int] = {}
        self.note_ids: dict[int, int] = {}
        self.tags = DocumentRepository(session)

    # -- documents --------------------------------------------------------------------------------------------
    def _existing_document(self, row: DocumentRow) -> int | None:
        if row.bundle_key:
            found = self.session.scalar(select(DocumentRow.id).where(DocumentRow.bundle_key == row.bundle_key))
            if found is not None:
                return int(found)
        same = select(DocumentRow.id).where(DocumentRow.content_hash == row.content_hash)
        found = self.session.scalar(same.order_by(DocumentRow.deleted_at.is_not(None), DocumentRow.id))
        return int(found) if found is not None else None

    def documents(self) -> None:
        rows = self.reading.scalars(select(DocumentRow).order_by(DocumentRow.id)).all()
        collections: dict[tuple[str, str], int] = {}
        added: list[DocumentRow] = []
        for row in rows:
            existing = self._existing_document(row)
            if existing is not None:
                self.document_ids[row.id] = existing
                self.report.documents_matched += 1
                continue
            copy = DocumentRow(**_columns(row, "translation_of_id"))
            copy.tags = self.tags.tags_named([tag.name for tag in row.tags])
            self.session.add(copy)
            self.session.flush()
            self.document_ids[row.id] = copy.id
            self.report.documents_added += 1
            self._copy_text(row.id, copy.id)
            self._copy_collection(row.id, copy.id, collections)
            added.append(row)
        for row in added:  # translations, once every document has its new ID
            if row.translation_of_id is not None and row.translation_of_id in self.document_ids:
                target = self.session.get(DocumentRow, self.document_ids[row.id])
                if target is not None:
                    target.translation_of_id = self.document_ids[row.translation_of_id]

    def _copy_text(self, source_id: int, target_id: int) -> None:
        paragraphs = self.reading.scalars(select(ParagraphRow).where(ParagraphRow.document_id == source_id)).all()
        if paragraphs:
            rows = [{**_columns(p, "document_id"), "document_id": target_id} for p in paragraphs]
            self.session.execute(insert(ParagraphRow), rows)
        footnotes = self.reading.scalars(select(FootnoteRow).where(FootnoteRow.document_id == source_id)).all()
        if footnotes:
            rows = [{**_columns(f, "document_id"), "document_id": target_id} for f in footnotes]
            self.session.execute(insert(FootnoteRow), rows)

    def _copy_collection(self, source_id: int, target_id: int, made: dict[tuple[str, str], int]) -> None:
        found = self.reading.execute(
            select(CollectionRow)
            .join(collection_documents, collection_documents.c.collection_id == CollectionRow.id)
            .where(collection_documents.c.document_id == source_id)
        ).scalar_one_or_none()
        if found is None:
            return
        key = (found.name, found.citation)
        if key not in made:
            same = select(CollectionRow.id).where(
                CollectionRow.name == found.name, CollectionRow.citation == found.citation
            )
            existing = self.session.scalar(same)
            if existing is None:
                copy = CollectionRow(**_columns(found))
                self.session.add(copy)
                self.session.flush()
                existing = copy.id
            made[key] = int(existing)
        self.session.execute(insert(collection_documents), [{"document_id": target_id, "collection_id": made[key]}])

    # -- notes ------------------------------------------------------------------------------------------------
    def notes(self) -> None:
        rows = self.reading.scalars(select(NoteRow).order_by(NoteRow.id)).all()
        for row in rows:
            same = select(NoteRow.id).where(
                NoteRow.title == row.title, NoteRow.body == row.body, NoteRow.created_at == row.created_at
            )
            existing = self.session.scalar(same)
            if existing is not None:
                self.note_ids[row.id] = int(existing)
                self.report.notes_matched += 1
                continue
            anchors = [a for a in row.anchors if a.document_id in self.document_ids]
            if len(anchors) < len(row.anchors):
                self.report.skipped.append(f"note “{row.title}”: a passage in a document that could not be merged")
            values = _columns(row, "author", "private", "revision")
            if not self.into_shared:
                values.update(author=row.author, private=row.private)
            copy = NoteRow(**values, private=self.private) if self.into_shared else NoteRow(**values)
            copy.tags = self.tags.tags_named([tag.name for tag in row.tags])
            copy.anchors = [
                PassageAnchorRow(
                    **{**_columns(a, "note_id", "document_id"), "document_id": self.document_ids[a.document_id]}
                )
                for a in anchors
            ]
            self.session.add(copy)
            self.session.flush()
            self.note_ids[row.id] = copy.id
            self.report.notes_added += 1
            revisions = self.reading.scalars(select(NoteRevisionRow).where(NoteRevisionRow.note_id == row.id)).all()
            for revision in revisions:
                self.session.add(NoteRevisionRow(**{**_columns(revision, "note_id"), "note_id": copy.id}))
        links = self.reading.scalars(select(NoteLinkRow)).all()
        for link in links:
            source, target = self.note_ids.get(link.source_id), self.note_ids.get(link.target_id)
            if source and target and source != target and self.session.get(NoteLinkRow, (source, target)) is None:
                self.session.add(NoteLinkRow(source_id=source, target_id=target))

    # -- alignment links and events ---------------------------------------------------------------------------
    def links(self) -> None:
        for row in self.reading.scalars(select(AlignmentLinkRow)).all():
            left, right = self.document_ids.get(row.left_document_id), self.document_ids.get(row.right_document_id)
            if left is None or right is None or left == right:
                continue
            runs = [(row.left_first, row.left_last), (row.right_first, row.right_last)]
            if left > right:
                left, right, runs = right, left, runs[::-1]
            (left_first, left_last), (right_first, right_last) = runs
            same = select(AlignmentLinkRow.id).where(
                AlignmentLinkRow.left_document_id == left, AlignmentLinkRow.right_document_id == right,
                AlignmentLinkRow.left_first == left_first, AlignmentLinkRow.left_last == left_last,
                AlignmentLinkRow.right_first == right_first, AlignmentLinkRow.right_last == right_last,
            )  # fmt: skip
            if self.session.scalar(same) is not None:
                continue
            self.session.add(
                AlignmentLinkRow(
                    left_document_id=left,
                    left_first=left_first,
                    left_last=left_last,
                    right_document_id=right,
                    right_first=right_first,
                    right_last=right_last,
                    origin=row.origin,
                    created_at=row.created_at,
                )
            )
            self.report.links_added += 1

    def events(self) -> None:
        for row in self.reading.scalars(select(EventRow).order_by(EventRow.id)).all():
            if row.bundled_key:
                same = select(EventRow).where(EventRow.bundled_key == row.bundled_key)
            else:
                same = select(EventRow).where(
                    EventRow.bundled_key.is_(None), EventRow.label == row.label, EventRow.date_edtf == row.date_edtf
                )
            target = self.session.scalars(same).first()
            if target is None:
                values = _columns(row, "author", "revision")
                if not self.into_shared:
                    values["author"] = row.author
                target = EventRow(**values)
                self.session.add(target)
                self.report.events_added += 1
            known_documents = {document.id for document in target.documents}
            for document in row.documents:
                mapped = self.document_ids.get(document.id)
                if mapped is not None and mapped not in known_documents:
                    found = self.session.get(DocumentRow, mapped)
                    if found is not None:
                        target.documents.append(found)
            known_notes = {note.id for note in target.notes}
            for note in row.notes:
                mapped = self.note_ids.get(note.id)
                if mapped is not None and mapped not in known_notes:
                    found_note = self.session.get(NoteRow, mapped)
                    if found_note is not None:
                        target.notes.append(found_note)
        self.session.flush()
