"""Full-text search on either back end: the questions search asks, and the repository that answers them for a
session (FTS5 in a library file, tsvector on PostgreSQL)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy.orm import Session

from db.postgres.search_repository import PostgresSearchRepository
from db.search_repository import Filters, RawHit, SearchRepository


class FullTextRepository(Protocol):
    """What search asks of either back end; `match` is whatever that back end's `compile` made."""

    def compile(self, fts: str | None, plan: Any) -> Any: ...
    def paragraphs(self, match: Any, filters: Filters, cap: int) -> list[RawHit]: ...
    def paragraph_scores(self, match: Any, cap: int) -> list[tuple[int, float]]: ...
    def count_matches(self, match: Any, cap: int) -> int: ...
    def paragraph_page(self, match: Any, count: int) -> list[tuple[int, float, str]]: ...
    def live_places_of(self, rowids: Sequence[int]) -> dict[int, tuple[int, int]]: ...
    def titles(self, match: Any, filters: Filters, cap: int) -> dict[int, float]: ...
    def paragraph_details(self, match: Any, rowids: Sequence[int]) -> dict[int, tuple[int, int, str]]: ...
    def documents(self, ids: Sequence[int]) -> dict[int, tuple[str, str, str]]: ...
    def notes(self, match: Any, filters: Filters, limit: int) -> list[tuple[int, float, str, str]]: ...


def search_repository(session: Session) -> FullTextRepository:
    """The repository for the session's back end: FTS5 in a library file, tsvector on PostgreSQL."""
    if session.get_bind().dialect.name == "postgresql":
        return PostgresSearchRepository(session)
    return SearchRepository(session)
