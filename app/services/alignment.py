"""Aligning two documents: links made by hand, suggested links, and accepting or rejecting them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from app.domain.alignment.links import AlignmentLink, LinkOrigin, ParagraphSpan
from app.domain.alignment.suggest import AlignmentMethod, ProgressCallback, choose_method, suggest_alignment
from app.domain.errors import InvalidInputError
from app.services.changes import Change, Fact, Step
from app.services.infrastructure.transactions import LibraryWriteError, writing
from app.services.library import DocumentNotFoundError
from app.services.tasks import Job
from db.models import AlignmentLinkRow, ParagraphRow
from db.repositories import AlignmentRepository, DocumentRepository


def _reporting(job: Job) -> ProgressCallback:
    """The domain's progress callback (a fraction done; False to stop), reporting to a job in percent."""

    def progress(fraction: float) -> bool:
        job.report(round(100 * fraction), 100)
        return not job.cancelled

    return progress


_LINKS = frozenset({Fact.LINKS})


class AlignmentError(InvalidInputError):
    """A link that cannot be made as asked; the message says why in one line."""


class AlignmentStorageError(LibraryWriteError):
    """The links could not be stored just now; none of the change was kept."""


@dataclass(frozen=True)
class Suggestion:
    method: AlignmentMethod
    suggested: int  # new suggestions stored (and now among `links`)
    links: list[AlignmentLink]  # everything now linked between the two documents
    kept: int = 0  # links the user made or accepted, which the suggestions were made around

    def summary(self) -> str:
        """What was stored, in a line: never more than the band and `parallax align` show."""
        how = "by similar wording" if self.method is AlignmentMethod.SIMILARITY else "by paragraph length and anchors"
        around = f" around the {self.kept} link{'s' * (self.kept != 1)} you made" if self.kept else ""
        if not self.suggested:
            return (f"No links suggested{around}: no paragraphs of the two texts answer each other closely "
                    "enough to pair them. Link paragraphs by hand (Ctrl+L) where they do.")  # fmt: skip
        return f"Suggested {self.suggested} link{'s' * (self.suggested != 1)} {how}{around} (dashed)."


def _row(left_id: int, right_id: int, link: AlignmentLink) -> dict[str, object]:
    """The stored form of a link seen from `left_id`: the lower document id always goes on the left."""
    if left_id > right_id:
        left_id, right_id, link = right_id, left_id, link.flipped()
    return {
        "left_document_id": left_id,
        "left_first": link.left.first,
        "left_last": link.left.last,
        "right_document_id": right_id,
        "right_first": link.right.first,
        "right_last": link.right.last,
        "origin": link.origin.value,
        "created_at": datetime.now(UTC).replace(tzinfo=None),
    }


def _link(row: AlignmentLinkRow, seen_from: int) -> AlignmentLink:
    link = AlignmentLink(
        ParagraphSpan(row.left_first, row.left_last),
        ParagraphSpan(row.right_first, row.right_last),
        LinkOrigin(row.origin),
        row.id,
    )
    return link if row.left_document_id == seen_from else link.flipped()


class AlignmentService:
    """Every call is one transaction; links come back seen from the first document named."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def links(self, left_id: int, right_id: int) -> list[AlignmentLink]:
        with self._sessions() as session:
            rows = AlignmentRepository(session).between(left_id, right_id)
            return sorted((_link(row, left_id) for row in rows), key=lambda link: (link.left, link.right))

    def link(self, left_id: int, left: ParagraphSpan, right_id: int, right: ParagraphSpan) -> Change[AlignmentLink]:
        """Link two runs by hand; suggestions that overlap either run give way (this is how one is edited)."""
        link = self._link_runs(left_id, left, right_id, right)
        undo = (Step(self.remove, (left_id, right_id, [link.id])),) if link.id is not None else ()
        return Change(f"link {link.display()}", link, undo, (), _LINKS)

    def _link_runs(self, left_id: int, left: ParagraphSpan, right_id: int, right: ParagraphSpan) -> AlignmentLink:
        with writing(self._sessions, AlignmentStorageError) as session:
            self._check(session, left_id, left, right_id, right)
            repository = AlignmentRepository(session)
            replaced = []
            for row in repository.between(left_id, right_id):
                existing = _link(row, left_id)
                if existing.left == left and existing.right == right and existing.origin.confirmed:
                    return existing
                if existing.left == left and existing.right == right:
                    replaced.append(row.id)  # accepting a suggestion by linking the same runs
                elif not existing.origin.confirmed and (existing.left.overlaps(left) or existing.right.overlaps(right)):
                    replaced.append(row.id)
            repository.delete_ids(replaced)
            row = repository.add(AlignmentLinkRow(**_row(left_id, right_id, AlignmentLink(left, right))))
            return _link(row, left_id)

    def remove(
        self, left_id: int, right_id: int, link_ids: Sequence[int], label: str = ""
    ) -> Change[list[AlignmentLink]]:
        """Remove links (made or suggested); the change's result is what was removed, and its undo puts it back."""
        with writing(self._sessions, AlignmentStorageError) as session:
            repository = AlignmentRepository(session)
            wanted = set(link_ids)
            removed = [_link(row, left_id) for row in repository.between(left_id, right_id) if row.id in wanted]
            repository.delete_ids([link.id for link in removed if link.id is not None])
        label = label or "unlink " + ", ".join(link.display() for link in removed)
        return Change(label, removed, (Step(self.restore, (left_id, right_id, removed)),), (), _LINKS)

    def restore(self, left_id: int, right_id: int, links: Sequence[AlignmentLink]) -> None:
        """Put back links removed earlier (undo)."""
        with writing(self._sessions, AlignmentStorageError) as session:
            AlignmentRepository(session).add_many([_row(left_id, right_id, link) for link in links])

    def accept(self, left_id: int, right_id: int, link_ids: Sequence[int] | None = None) -> Change[int]:
        """Accept the given suggestions (all of them if None); the change's result is how many were accepted."""
        accepted = self._set_origin(left_id, right_id, link_ids, LinkOrigin.SUGGESTED, LinkOrigin.ACCEPTED)
        undo = Step(self._set_origin, (left_id, right_id, accepted, LinkOrigin.ACCEPTED, LinkOrigin.SUGGESTED))
        return Change("accept suggested links", len(accepted), (undo,), (), _LINKS)

    def _set_origin(
        self, left_id: int, right_id: int, link_ids: Sequence[int] | None, old: LinkOrigin, new: LinkOrigin
    ) -> list[int]:
        """Links of origin `old` (of `link_ids`, or all) made of origin `new`; their IDs."""
        with writing(self._sessions, AlignmentStorageError) as session:
            changed = []
            for row in AlignmentRepository(session).between(left_id, right_id):
                if row.origin == old and (link_ids is None or row.id in link_ids):
                    row.origin = new.value
                    changed.append(row.id)
            return changed

    def reject(self, left_id: int, right_id: int, link_ids: Sequence[int] | None = None) -> Change[list[AlignmentLink]]:
        """Drop the given suggestions (all of them if None); the change's undo puts them back."""
        suggested = [
            link.id
            for link in self.links(left_id, right_id)
            if link.origin is LinkOrigin.SUGGESTED and link.id is not None and (link_ids is None or link.id in link_ids)
        ]
        return self.remove(left_id, right_id, suggested, label="reject suggested links")

    def suggest(
        self,
        left_id: int,
        right_id: int,
        method: AlignmentMethod | None = None,
        job: Job | None = None,
    ) -> Suggestion:
        """Suggest links for the paragraphs not yet linked by the user; earlier suggestions are replaced.

        Raises Cancelled (storing nothing) when the job is cancelled."""
        if left_id == right_id:
            raise AlignmentError("a document cannot be aligned with itself")
        with self._sessions() as session:
            documents = DocumentRepository(session)
            left_texts = [paragraph.text for paragraph in self._paragraphs(documents, left_id)]
            right_texts = [paragraph.text for paragraph in self._paragraphs(documents, right_id)]
            languages = (self._language(documents, left_id), self._language(documents, right_id))
            confirmed = [
                link
                for link in (_link(row, left_id) for row in AlignmentRepository(session).between(left_id, right_id))
                if link.origin.confirmed
            ]
        chosen = method or choose_method(left_texts, right_texts, languages)
        proposed = suggest_alignment(
            left_texts, right_texts, chosen, None if job is None else _reporting(job), languages=languages,
            fixed=confirmed,
        )  # fmt: skip
        with writing(self._sessions, AlignmentStorageError) as session:
            repository = AlignmentRepository(session)
            existing = [_link(row, left_id) for row in repository.between(left_id, right_id)]
            repository.delete_ids([link.id for link in existing if not link.origin.confirmed and link.id is not None])
            confirmed = [link for link in existing if link.origin.confirmed]  # as they are now
            fresh = [
                link
                for link in proposed
                if not any(link.left.overlaps(c.left) or link.right.overlaps(c.right) for c in confirmed)
            ]
            repository.add_many([_row(left_id, right_id, link) for link in fresh])
        links = self.links(left_id, right_id)
        stored = sum(1 for link in links if link.origin is LinkOrigin.SUGGESTED)
        return Suggestion(chosen, stored, links, kept=len(links) - stored)

    @staticmethod
    def _language(documents: DocumentRepository, document_id: int) -> str:
        document = documents.get_live(document_id)
        return document.language if document is not None else ""

    @staticmethod
    def _paragraphs(documents: DocumentRepository, document_id: int) -> Sequence[ParagraphRow]:
        if documents.get_live(document_id) is None:
            raise DocumentNotFoundError(document_id)
        return documents.paragraphs(document_id)

    @staticmethod
    def _check(session: Session, left_id: int, left: ParagraphSpan, right_id: int, right: ParagraphSpan) -> None:
        if left_id == right_id:
            raise AlignmentError("a document cannot be aligned with itself")
        documents = DocumentRepository(session)
        for document_id, span in ((left_id, left), (right_id, right)):
            document = documents.get_live(document_id)
            if document is None:
                raise DocumentNotFoundError(document_id)
            count = documents.paragraph_count(document_id)
            if span.last > count:
                raise AlignmentError(f"“{document.title}” has {count} paragraphs; there is no {span.display()}")
