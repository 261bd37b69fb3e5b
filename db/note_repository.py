"""Queries over notes, their passages, links and revisions. Each repository takes a Session; the caller commits."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from db.models import DocumentRow, NoteLinkRow, NoteRevisionRow, NoteRow, ParagraphRow, PassageAnchorRow


class NoteRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def session(self) -> Session:
        return self._session

    def get_any(self, note_id: int, *, loaded: bool = False) -> NoteRow | None:
        """A note, in the trash or not; `loaded` fetches its tags and passages with it."""
        if not loaded:
            return self._session.get(NoteRow, note_id)
        statement = (
            select(NoteRow)
            .where(NoteRow.id == note_id)
            .options(selectinload(NoteRow.tags), selectinload(NoteRow.anchors).selectinload(PassageAnchorRow.document))
        )
        return self._session.scalars(statement).first()

    def get_live(self, note_id: int) -> NoteRow | None:
        """A note not in the trash, with its tags (joined) and passages (and their documents) loaded."""
        statement = (
            select(NoteRow)
            .where(NoteRow.id == note_id, NoteRow.deleted_at.is_(None))
            .options(joinedload(NoteRow.tags), selectinload(NoteRow.anchors).selectinload(PassageAnchorRow.document))
        )
        return self._session.scalars(statement).unique().first()

    def all(self, *, in_trash: bool = False) -> Sequence[NoteRow]:
        statement = select(NoteRow).options(
            selectinload(NoteRow.tags), selectinload(NoteRow.anchors).selectinload(PassageAnchorRow.document)
        )
        if in_trash:
            statement = statement.where(NoteRow.deleted_at.is_not(None)).order_by(NoteRow.deleted_at.desc())
        else:
            statement = statement.where(NoteRow.deleted_at.is_(None)).order_by(NoteRow.updated_at.desc())
        return self._session.scalars(statement).all()

    def anchors_in(self, document_id: int) -> Sequence[PassageAnchorRow]:
        """The passages of live notes in one document, in text order."""
        statement = (
            select(PassageAnchorRow)
            .join(NoteRow, NoteRow.id == PassageAnchorRow.note_id)
            .where(PassageAnchorRow.document_id == document_id, NoteRow.deleted_at.is_(None))
            .options(selectinload(PassageAnchorRow.note), selectinload(PassageAnchorRow.document))
            .order_by(PassageAnchorRow.start_offset, PassageAnchorRow.id)
        )
        return self._session.scalars(statement).all()

    def paragraph_lengths(self, document_id: int) -> list[tuple[int, int | None]]:
        """The length of each block of the text in reading order, with its ¶ number (None for a heading…)."""
        statement = (
            select(func.length(ParagraphRow.text), ParagraphRow.number)
            .where(ParagraphRow.document_id == document_id)
            .order_by(ParagraphRow.position)
        )
        return [(int(length or 0), number) for length, number in self._session.execute(statement)]

    def block_kinds(self, document_id: int) -> list[str]:
        statement = (
            select(ParagraphRow.kind).where(ParagraphRow.document_id == document_id).order_by(ParagraphRow.position)
        )
        return list(self._session.scalars(statement))

    def paragraph_texts(self, document_id: int) -> list[str]:
        """Every block's text in reading order (what passages' offsets count in)."""
        statement = (
            select(ParagraphRow.text).where(ParagraphRow.document_id == document_id).order_by(ParagraphRow.position)
        )
        return list(self._session.scalars(statement))

    def document(self, document_id: int) -> DocumentRow | None:
        document = self._session.get(DocumentRow, document_id)
        return document if document is not None and document.deleted_at is None else None

    # -- links between notes ---------------------------------------------------------------------------------
    def linked_from(self, note_id: int) -> list[int]:
        statement = select(NoteLinkRow.target_id).where(NoteLinkRow.source_id == note_id)
        return list(self._session.scalars(statement))

    def linking_to(self, note_id: int) -> list[int]:
        statement = select(NoteLinkRow.source_id).where(NoteLinkRow.target_id == note_id)
        return list(self._session.scalars(statement))

    def add_link(self, source_id: int, target_id: int) -> None:
        if self._session.get(NoteLinkRow, (source_id, target_id)) is None:
            self._session.add(NoteLinkRow(source_id=source_id, target_id=target_id))

    def remove_link(self, source_id: int, target_id: int) -> None:
        self._session.execute(
            delete(NoteLinkRow).where(NoteLinkRow.source_id == source_id, NoteLinkRow.target_id == target_id)
        )

    def live_titles(self) -> dict[int, str]:
        statement = select(NoteRow.id, NoteRow.title).where(NoteRow.deleted_at.is_(None))
        return {int(note_id): str(title) for note_id, title in self._session.execute(statement).all()}

    @property
    def folds_case(self) -> bool:
        """Whether the database's lower() folds every letter (PostgreSQL's does; SQLite's only A to Z)."""
        return self._session.get_bind().dialect.name == "postgresql"

    def links_both_ways(self, note_id: int) -> tuple[list[int], list[int]]:
        """The notes this one links to, and those linking to it (picked links), in one query."""
        statement = select(NoteLinkRow.source_id, NoteLinkRow.target_id).where(
            (NoteLinkRow.source_id == note_id) | (NoteLinkRow.target_id == note_id)
        )
        rows = self._session.execute(statement).all()
        return [int(t) for s, t in rows if s == note_id], [int(s) for s, t in rows if t == note_id]

    def live_titles_of(self, ids: Sequence[int]) -> dict[int, str]:
        if not ids:
            return {}
        statement = select(NoteRow.id, NoteRow.title).where(NoteRow.deleted_at.is_(None), NoteRow.id.in_(ids))
        return {int(note_id): str(title) for note_id, title in self._session.execute(statement).all()}

    def live_titled(self, names: Sequence[str]) -> dict[int, str]:
        """Live notes whose title is one of `names`, whatever its case (where lower() folds every letter)."""
        if not names:
            return {}
        wanted = [name.lower() for name in names]
        statement = select(NoteRow.id, NoteRow.title).where(
            NoteRow.deleted_at.is_(None), func.lower(NoteRow.title).in_(wanted)
        )
        return {int(note_id): str(title) for note_id, title in self._session.execute(statement).all()}

    def bodies_mentioning(self, title: str) -> Sequence[tuple[int, str]]:
        """Live notes whose text has a [[link]] and holds `title` somewhere, whatever its case."""
        statement = select(NoteRow.id, NoteRow.body).where(
            NoteRow.deleted_at.is_(None),
            NoteRow.body.contains("[[", autoescape=True),
            func.strpos(func.lower(NoteRow.body), title.lower()) > 0,
        )
        return [(int(note_id), str(body)) for note_id, body in self._session.execute(statement).all()]

    def bodies_with_links(self) -> Sequence[tuple[int, str]]:
        """The live notes whose text has a [[title]] link, with that text."""
        statement = select(NoteRow.id, NoteRow.body).where(
            NoteRow.deleted_at.is_(None), NoteRow.body.contains("[[", autoescape=True)
        )
        return [(int(note_id), str(body)) for note_id, body in self._session.execute(statement).all()]

    # -- revisions ------------------------------------------------------------------------------------------
    def latest_revision(self, note_id: int) -> NoteRevisionRow | None:
        statement = (
            select(NoteRevisionRow)
            .where(NoteRevisionRow.note_id == note_id)
            .order_by(NoteRevisionRow.saved_at.desc(), NoteRevisionRow.id.desc())
            .limit(1)
        )
        return self._session.scalars(statement).first()

    def revisions(self, note_id: int) -> Sequence[NoteRevisionRow]:
        statement = (
            select(NoteRevisionRow)
            .where(NoteRevisionRow.note_id == note_id)
            .order_by(NoteRevisionRow.saved_at.desc(), NoteRevisionRow.id.desc())
        )
        return self._session.scalars(statement).all()

    def prune_revisions(self, note_id: int, keep: int) -> None:
        kept = select(NoteRevisionRow.id).where(NoteRevisionRow.note_id == note_id)
        kept = kept.order_by(NoteRevisionRow.saved_at.desc(), NoteRevisionRow.id.desc()).limit(keep)
        self._session.execute(
            delete(NoteRevisionRow).where(NoteRevisionRow.note_id == note_id, NoteRevisionRow.id.not_in(kept))
        )

    def add_revision(self, row: NoteRevisionRow) -> None:
        self._session.add(row)
