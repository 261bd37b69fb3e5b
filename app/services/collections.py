"""Collections: the documents of one edition, imported together, shown or hidden and trashed together."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import NotFoundError
from app.services.changes import Change, Fact, Step
from app.services.infrastructure.transactions import writing
from app.services.library import LibraryStorageError
from db.collection_repository import CollectionRepository


class CollectionNotFoundError(NotFoundError):
    def __init__(self, collection_id: int) -> None:
        super().__init__(f"no collection with ID {collection_id}")


@dataclass(frozen=True)
class Collection:
    id: int
    name: str
    citation: str
    hidden: bool
    document_count: int  # in the library (not in the trash)
    trashed_count: int


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class CollectionService:
    """Every call is its own transaction."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def list_collections(self) -> list[Collection]:
        with self._sessions() as session:
            return [
                Collection(row.id, row.name, row.citation, row.hidden, alive, trashed)
                for row, alive, trashed in CollectionRepository(session).with_counts()
            ]

    def get(self, collection_id: int) -> Collection:
        found = next((c for c in self.list_collections() if c.id == collection_id), None)
        if found is None:
            raise CollectionNotFoundError(collection_id)
        return found

    def create(self, name: str, citation: str = "") -> int:
        with writing(self._sessions, LibraryStorageError) as session:
            return CollectionRepository(session).add(" ".join(name.split()) or "Untitled edition", citation, _now()).id

    def find_or_create(self, name: str, citation: str = "") -> tuple[int, bool]:
        """The collection of this edition (same name and citation), made if there is none; and whether it was made."""
        cleaned = " ".join(name.split()) or "Untitled edition"
        with writing(self._sessions, LibraryStorageError) as session:
            repository = CollectionRepository(session)
            found = repository.named(cleaned, citation)
            if found is not None:
                return found.id, False
            return repository.add(cleaned, citation, _now()).id, True

    def remove_if_empty(self, collection_id: int) -> bool:
        """Drop a collection that received no documents (an import cancelled at once, or all duplicates)."""
        with writing(self._sessions, LibraryStorageError) as session:
            repository = CollectionRepository(session)
            if repository.member_ids(collection_id, live=True) or repository.member_ids(collection_id, live=False):
                return False
            repository.remove(collection_id)
            return True

    def set_hidden(self, collection_id: int, hidden: bool) -> None:
        """Leave a collection's documents out of the library list and the timeline, or bring them back."""
        with writing(self._sessions, LibraryStorageError) as session:
            row = CollectionRepository(session).get(collection_id)
            if row is None:
                raise CollectionNotFoundError(collection_id)
            row.hidden = hidden

    def move_to_trash(self, collection_id: int) -> Change[list[int]]:
        """Move every document of the collection that is in the library to the trash (the result: their IDs)."""
        with writing(self._sessions, LibraryStorageError) as session:
            repository = CollectionRepository(session)
            row = repository.get(collection_id)
            if row is None:
                raise CollectionNotFoundError(collection_id)
            ids, name = repository.member_ids(collection_id, live=True), row.name
            repository.set_deleted(ids, _now())
        return Change(
            f"move “{name}” to the trash", ids, (Step(self.restore, (ids,)),), (), frozenset({Fact.DOCUMENTS})
        )

    def restore(self, document_ids: list[int]) -> None:
        """Take these documents back out of the trash (the undo of move_to_trash)."""
        with writing(self._sessions, LibraryStorageError) as session:
            CollectionRepository(session).set_deleted(document_ids, None)
