"""Research notes: create them from passages, save them as typed, link them, keep their revisions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from app.domain.dates.historical import HistoricalDate, InvalidDateError
from app.domain.errors import InvalidInputError, NotFoundError
from app.domain.notes.anchors import AmbiguousQuoteError, PassageAnchor, QuoteNotFoundError, find_quote
from app.domain.notes.model import Note, NoteRef, Passage, Revision, title_from_quote
from app.services.anchoring import Anchoring, InvalidAnchorError, PassageRequest, RemovedPassage, utc_now
from app.services.changes import Change, Fact, Step
from app.services.infrastructure.storage import Membership
from app.services.infrastructure.transactions import (
    ChangedMeanwhileError,
    LibraryWriteError,
    NotPermittedError,
    writing,
)
from app.services.library import DocumentNotFoundError, write_date
from app.services.note_links import links_of
from app.services.note_sharing import NoteConflictError, NoteDraft, check_may_change, check_may_create
from db.models import NoteRevisionRow, NoteRow, PassageAnchorRow
from db.note_repository import NoteRepository
from db.repositories import DocumentRepository

REVISION_INTERVAL = timedelta(minutes=5)
MAX_REVISIONS = 200
MAX_TITLE_CHARS = 300

__all__ = [
    "AmbiguousQuoteError",
    "InvalidAnchorError",
    "InvalidNoteError",
    "NoteConflictError",
    "NoteDraft",
    "NoteNotFoundError",
    "NoteStorageError",
    "NotesService",
    "PassageRequest",
    "QuoteNotFoundError",
    "RemovedPassage",
]


_NOTES = frozenset({Fact.NOTES})


class NoteNotFoundError(NotFoundError):
    def __init__(self, note_id: int, where: str = "") -> None:
        super().__init__(f"no note with ID {note_id}{where}")
        self.note_id = note_id


class NoteStorageError(LibraryWriteError):
    """The library could not store the note just now (disk full, file locked, ...); the text should be kept."""


class InvalidNoteError(InvalidInputError):
    """A note that cannot be saved as given; the message says why in one line."""


def _date(edtf: str) -> HistoricalDate | None:
    try:
        return HistoricalDate.parse(edtf) if edtf else None
    except InvalidDateError as exc:
        raise InvalidNoteError(str(exc)) from exc


class NotesService:
    """Every call is one transaction. Reading a note also finds its passages again where their texts changed."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Callable[[], datetime] = utc_now,
        *,
        member: Membership | None = None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self.member = member  # in a shared library, who is writing (None: a library file, where anyone may)

    def _writing(self) -> AbstractContextManager[Session]:
        """One transaction; a database that cannot be written becomes NoteStorageError (the caller keeps the text)."""
        return writing(self._sessions, NoteStorageError)

    # -- reading ------------------------------------------------------------------------------------------
    def get(self, note_id: int) -> Note:
        with self._writing() as session:
            repository = NoteRepository(session)
            row = repository.get_any(note_id, loaded=True)
            if row is None:
                raise NoteNotFoundError(note_id)
            return self._note(repository, Anchoring(repository), row, with_links=True)

    def list_notes(self, *, in_trash: bool = False) -> list[Note]:
        """Every note (or every note in the trash), most recently edited first."""
        with self._writing() as session:
            repository = NoteRepository(session)
            anchoring = Anchoring(repository)
            return [self._note(repository, anchoring, row) for row in repository.all(in_trash=in_trash)]

    def passages_in(self, document_id: int) -> list[tuple[NoteRef, Passage]]:
        """The passages notes quote in one document, in text order, each with its note."""
        with self._writing() as session:
            repository = NoteRepository(session)
            anchoring = Anchoring(repository)
            rows = repository.anchors_in(document_id)
            anchoring.refresh(rows)
            found = [(NoteRef(row.note_id, row.note.title), anchoring.passage(row)) for row in rows]
            return sorted(found, key=lambda pair: (pair[1].start, pair[1].id))

    def revisions(self, note_id: int) -> list[Revision]:
        """Earlier texts of a note, the most recent first."""
        with self._sessions() as session:
            rows = NoteRepository(session).revisions(note_id)
            return [Revision(row.id, row.saved_at, row.title, row.body, row.author, row.conflicting) for row in rows]

    def find_quote(self, document_id: int, quote: str) -> PassageRequest:
        """The one place a quote occurs in a document; raises QuoteNotFoundError or AmbiguousQuoteError."""
        with self._sessions() as session:
            repository = NoteRepository(session)
            if repository.document(document_id) is None:
                raise DocumentNotFoundError(document_id)
            start, end = find_quote(Anchoring(repository).text(document_id), quote)
            return PassageRequest(document_id, start, end)

    # -- writing ------------------------------------------------------------------------------------------
    def create(
        self,
        passages: Sequence[PassageRequest] = (),
        *,
        title: str = "",
        body: str = "",
        tags: Sequence[str] = (),
        date_edtf: str = "",
        private: bool = False,
    ) -> Change[Note]:
        """A new note quoting `passages`; without a title, the first passage's opening words are its title.
        `private`: in a shared library, seen by its author alone."""
        date = _date(date_edtf)
        check_may_create(self.member, private)
        with self._writing() as session:
            repository = NoteRepository(session)
            anchoring = Anchoring(repository)
            anchors = [anchoring.new_row(request, position) for position, request in enumerate(passages)]
            title = title.strip() or (title_from_quote(anchors[0].quote) if anchors else "Untitled note")
            now = self._clock()
            row = NoteRow(
                title=title[:MAX_TITLE_CHARS], body=body, created_at=now, updated_at=now, private=private,
                saved_by=self._who(),
            )  # fmt: skip
            write_date(row, date_edtf, date)
            row.tags = DocumentRepository(session).tags_named(tags)
            row.anchors = anchors
            session.add(row)
            session.flush()
            note = self._note(repository, anchoring, row, with_links=True)
        return Change(
            f"new note “{note.title}”", note, (Step(self.move_to_trash, (note.id,)),),
            (Step(self.restore, (note.id,)),), _NOTES,
        )  # fmt: skip

    def save(
        self,
        note_id: int,
        *,
        title: str,
        body: str,
        tags: Sequence[str] = (),
        date_edtf: str = "",
        base_revision: int | None = None,
        base: NoteDraft | None = None,
    ) -> Note:
        """Store what the editor holds; the text before it is kept as a revision at most every few minutes.

        `base_revision`: the revision the text was written over, and `base` that revision's text. If the note's
        text has been changed since (by another member: a note moved to the trash and back, or given a passage,
        has a new revision but the same text), nothing is overwritten: this text is kept among its earlier
        versions and NoteConflictError says so, with both."""
        title = " ".join(title.split())[:MAX_TITLE_CHARS]
        if not title:
            raise InvalidNoteError("a note needs a title")
        date = _date(date_edtf)
        draft = NoteDraft(title, body, tuple(tags), date_edtf)
        try:
            return self._save(note_id, draft, date, base_revision, base)
        except ChangedMeanwhileError:  # saved by another between our read and our write: now it is a conflict
            return self._save(note_id, draft, date, base_revision, base)

    def _save(
        self, note_id: int, draft: NoteDraft, date: HistoricalDate | None, revision: int | None, base: NoteDraft | None
    ) -> Note:
        conflict: NoteConflictError | None = None
        with self._writing() as session:
            repository = NoteRepository(session)
            row = self._live(repository, note_id)
            check_may_change(self.member, row.author, row.private)
            now = self._clock()
            moved_on = revision is not None and row.revision != revision and (base is None or not _holds(row, base))
            if moved_on and not _holds(row, draft):
                repository.add_revision(
                    NoteRevisionRow(note_id=row.id, title=draft.title, body=draft.body, saved_at=now, conflicting=True)
                )
                conflict = NoteConflictError(self._note(repository, Anchoring(repository), row, with_links=True), draft)
            else:
                return self._write(repository, row, draft, date, now)
        raise conflict

    def _write(
        self, repository: NoteRepository, row: NoteRow, draft: NoteDraft, date: HistoricalDate | None, now: datetime
    ) -> Note:
        title, body, tags, date_edtf = draft.title, draft.body, draft.tags, draft.date_edtf
        if (row.title, row.body) != (title, body):
            self._keep_revision(repository, row, now)
            row.title, row.body, row.updated_at, row.saved_by = title, body, now, self._who()
            row.forms = None  # its search keys are computed again before the commit
        if row.date_edtf != date_edtf:
            row.updated_at = now
            write_date(row, date_edtf, date)
        if [tag.name.casefold() for tag in row.tags] != [tag.casefold() for tag in tags]:
            row.updated_at = now
            row.tags = DocumentRepository(repository.session).tags_named(tags)
        return self._note(repository, Anchoring(repository), row, with_links=True)

    def set_private(self, note_id: int, private: bool) -> Note:
        """In a shared library: make a note seen by its author alone, or by every member (the author's to do)."""
        with self._writing() as session:
            repository = NoteRepository(session)
            row = self._live(repository, note_id)
            member = self.member
            if member is not None and row.author != member.user:
                raise NotPermittedError(f"only its author ({row.author}) can make this note private or shared")
            check_may_change(member, row.author, private)
            if row.private != private:
                row.private, row.updated_at = private, self._clock()
            return self._note(repository, Anchoring(repository), row, with_links=True)

    def add_passage(self, note_id: int, request: PassageRequest) -> Note:
        with self._writing() as session:
            repository = NoteRepository(session)
            row = self._live(repository, note_id)
            anchoring = Anchoring(repository)
            row.anchors.append(anchoring.new_row(request, len(row.anchors)))
            row.updated_at = self._clock()
            session.flush()
            return self._note(repository, anchoring, row, with_links=True)

    def remove_passage(self, note_id: int, passage_id: int) -> Change[RemovedPassage]:
        """Take a passage out of a note; it is kept whole (quote, context, place) in the change, for its undo."""
        with self._writing() as session:
            repository = NoteRepository(session)
            row = self._live(repository, note_id)
            anchor = self._passage_row(row, passage_id)
            removed = RemovedPassage.of(anchor)
            title, where = row.title, anchor.document.title
            row.anchors.remove(anchor)
            row.updated_at = self._clock()
        label = f"remove the passage of “{where}” from “{title}”"
        return Change(label, removed, (Step(self.restore_passage, (note_id, removed)),), (), _NOTES)

    def restore_passage(self, note_id: int, removed: RemovedPassage) -> Note:
        """Put back a passage exactly as it was taken out (an orphaned one stays orphaned, with its quote)."""
        with self._writing() as session:
            repository = NoteRepository(session)
            row = self._live(repository, note_id)
            if repository.document(removed.document_id) is None:
                raise DocumentNotFoundError(removed.document_id)
            row.anchors.insert(min(removed.position, len(row.anchors)), removed.row())
            for position, anchor in enumerate(row.anchors):
                anchor.position = position
            row.updated_at = self._clock()
            session.flush()
            return self._note(repository, Anchoring(repository), row, with_links=True)

    def keep_revision(self, note_id: int) -> None:
        """Keep the note's text as it is now among its earlier versions (before another replaces it)."""
        with self._writing() as session:
            repository = NoteRepository(session)
            self._keep_revision(repository, self._live(repository, note_id), self._clock(), force=True)

    def reattach(self, note_id: int, passage_id: int, request: PassageRequest) -> Note:
        """Put a passage (typically an orphaned one) on new words of its document."""
        with self._writing() as session:
            repository = NoteRepository(session)
            row = self._live(repository, note_id)
            anchor = self._passage_row(row, passage_id)
            if request.document_id != anchor.document_id:
                raise InvalidNoteError(f"re-attach the passage in “{anchor.document.title}”")
            anchoring = Anchoring(repository)
            placed = PassageAnchor.from_text(anchoring.text(anchor.document_id), request.start, request.end)
            anchoring.write(anchor, placed, orphaned=False)
            anchor.content_hash = anchor.document.content_hash
            row.updated_at = self._clock()
            return self._note(repository, anchoring, row, with_links=True)

    def link(self, note_id: int, target_id: int) -> Note:
        if note_id == target_id:
            raise InvalidNoteError("a note cannot link to itself")
        with self._writing() as session:
            repository = NoteRepository(session)
            row = self._live(repository, note_id)
            self._live(repository, target_id)
            repository.add_link(note_id, target_id)
            session.flush()
            return self._note(repository, Anchoring(repository), row, with_links=True)

    def unlink(self, note_id: int, target_id: int) -> Note:
        with self._writing() as session:
            repository = NoteRepository(session)
            row = self._live(repository, note_id)
            repository.remove_link(note_id, target_id)
            return self._note(repository, Anchoring(repository), row, with_links=True)

    def move_to_trash(self, note_id: int) -> Change[None]:
        with self._writing() as session:
            row = self._live(NoteRepository(session), note_id)
            row.deleted_at, title = self._clock(), row.title
        return Change(
            f"move note “{title}” to the trash", None, (Step(self.restore, (note_id,)),),
            (Step(self.move_to_trash, (note_id,)),), _NOTES,
        )  # fmt: skip

    def restore(self, note_id: int) -> None:
        with self._writing() as session:
            row = NoteRepository(session).get_any(note_id)
            if row is None or row.deleted_at is None:
                raise NoteNotFoundError(note_id, " in the trash")
            row.deleted_at = None

    # -- helpers ------------------------------------------------------------------------------------------
    def _who(self) -> str:
        return self.member.user if self.member is not None else ""

    @staticmethod
    def _live(repository: NoteRepository, note_id: int) -> NoteRow:
        row = repository.get_live(note_id)
        if row is None:
            raise NoteNotFoundError(note_id)
        return row

    @staticmethod
    def _passage_row(row: NoteRow, passage_id: int) -> PassageAnchorRow:
        anchor = next((anchor for anchor in row.anchors if anchor.id == passage_id), None)
        if anchor is None:
            raise InvalidNoteError(f"the note has no passage {passage_id}")
        return anchor

    def _keep_revision(self, repository: NoteRepository, row: NoteRow, now: datetime, *, force: bool = False) -> None:
        """Keep the text as it stood before this save, unless a revision was kept only minutes ago."""
        if not row.body.strip():
            return
        latest = repository.latest_revision(row.id)
        if latest is not None and (latest.title, latest.body) == (row.title, row.body):
            return
        if latest is not None and now - latest.saved_at < REVISION_INTERVAL and not force:
            return
        repository.add_revision(NoteRevisionRow(note_id=row.id, title=row.title, body=row.body, saved_at=now))
        repository.prune_revisions(row.id, MAX_REVISIONS)

    @staticmethod
    def _note(repository: NoteRepository, anchoring: Anchoring, row: NoteRow, *, with_links: bool = False) -> Note:
        anchoring.refresh(row.anchors)
        links: tuple[NoteRef, ...] = ()
        backlinks: tuple[NoteRef, ...] = ()
        if with_links:
            links, backlinks = links_of(repository, row)
        return Note(
            id=row.id,
            title=row.title,
            body=row.body,
            tags=tuple(tag.name for tag in row.tags),
            date_edtf=row.date_edtf,
            created_at=row.created_at,
            updated_at=row.updated_at,
            passages=tuple(anchoring.passage(anchor) for anchor in row.anchors),
            links=links,
            backlinks=backlinks,
            deleted_at=row.deleted_at,
            author=row.author,
            private=row.private,
            revision=row.revision,
            saved_by=row.saved_by,
        )


def _holds(row: NoteRow, draft: NoteDraft) -> bool:
    """Whether the stored note already says what the draft says (two members typed the same: no conflict)."""
    tags = [tag.name.casefold() for tag in row.tags]
    return (row.title, row.body, row.date_edtf, tags) == (draft.title, draft.body, draft.date_edtf,
                                                          [tag.casefold() for tag in draft.tags])  # fmt: skip
