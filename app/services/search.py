"""Searching every document and note: our query form in, a page of ranked hits with marked snippets out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.dates.historical import HistoricalDate, InvalidDateError
from app.domain.errors import StorageError
from app.domain.query import FilterField, SearchQuery, TsPlan, parse_query
from db.search import FullTextRepository, search_repository
from db.search_repository import MARK_END, MARK_START, Filters, RawHit

RANKED_CAP = 2_000  # matches scored per query; beyond this, the best of those first found come first
TITLE_WEIGHT = 2.0  # a paragraph of a document whose title matches ranks as if it matched more strongly
NOTE_LIMIT = 50

__all__ = ["MARK_END", "MARK_START", "SearchHit", "SearchResults", "SearchService"]


@dataclass(frozen=True)
class SearchHit:
    document_id: int | None  # None for a note
    note_id: int | None
    title: str
    date: str  # as people write it
    issuer: str
    paragraph: int | None  # None for a note or a match in the title only
    snippet: str  # matched words between MARK_START and MARK_END
    score: float

    def plain_snippet(self, start: str = "[", end: str = "]") -> str:
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)


@dataclass(frozen=True)
class SearchResults:
    query: SearchQuery
    hits: list[SearchHit] = field(default_factory=list)
    more: bool = False  # more hits than this page shows
    capped: bool = False  # more matches than were ranked
    message: str = ""  # what the user should know: nothing to search for, a filter not understood


def _date_display(edtf: str) -> str:
    try:
        return HistoricalDate.parse(edtf).display() if edtf else ""
    except InvalidDateError:
        return edtf


class SearchService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def search(
        self,
        typed: str,
        *,
        limit: int = 50,
        offset: int = 0,
        date_from: datetime | None = None,
        date_to: datetime | None = None,
    ) -> SearchResults:
        """A page of hits for what was typed (a date range from elsewhere, like the timeline, narrows it)."""
        query = parse_query(typed)
        message = "; ".join(query.problems)
        if query.fts() is None:
            if not query.is_empty or query.excluded:
                message = message or "Type a word to look for: filters and -exclusions only narrow a search."
            return SearchResults(query, message=message)
        filters = Filters(
            issuers=query.values(FilterField.ISSUER),
            kinds=[kind.lower() for kind in query.values(FilterField.KIND)],
            languages=query.values(FilterField.LANGUAGE),
            tags=query.values(FilterField.TAG),
            date_from=max((d for d in (query.date_from, date_from) if d is not None), default=None),  # both hold
            date_to=min((d for d in (query.date_to, date_to) if d is not None), default=None),
        )
        try:
            with self._sessions() as session:
                repository = search_repository(session)
                match = repository.compile(query.fts(), _plan(query.tsquery()))
                return self._search(repository, query, match, filters, limit=limit, offset=offset, message=message)
        except (SQLAlchemyError, StorageError) as exc:  # a locked file, a server gone: said, never raised
            name = type(getattr(exc, "orig", None) or exc).__name__
            return SearchResults(query, message=f"The library could not be searched just now ({name}).")

    def _search(
        self,
        repository: FullTextRepository,
        query: SearchQuery,
        match: Any,
        filters: Filters,
        *,
        limit: int,
        offset: int,
        message: str,
    ) -> SearchResults:
        repository.prefetch(match, filters, RANKED_CAP, offset + limit + 1, NOTE_LIMIT)
        titles = repository.titles(match, filters, RANKED_CAP)
        raw, details, count = _paragraph_hits(repository, match, filters, titles, offset + limit)
        capped = count > RANKED_CAP
        scored = [(hit.score + TITLE_WEIGHT * titles.get(hit.document_id, 0.0), "paragraph", hit.rowid) for hit in raw]
        with_paragraphs = {hit.document_id for hit in raw}
        scored += [(score, "title", doc_id) for doc_id, score in titles.items() if doc_id not in with_paragraphs]
        notes = {row[0]: row for row in repository.notes(match, filters, NOTE_LIMIT)}
        scored += [(row[1], "note", note_id) for note_id, row in notes.items()]
        scored.sort()
        page = scored[offset : offset + limit]
        details.update(
            repository.paragraph_details(
                match, [rowid for _, kind, rowid in page if kind == "paragraph" and rowid not in details]
            )
        )
        documents = repository.documents(
            [details[key][0] if kind == "paragraph" else key for _, kind, key in page if kind != "note"]
        )
        hits = [_hit((kind, key, score), details, documents, notes) for score, kind, key in page]
        return SearchResults(query, hits, more=len(scored) > offset + limit, capped=capped, message=message)


Places = dict[int, tuple[int, int, str]]  # paragraph: its document, its number, a snippet


def _plan(plan: TsPlan | None) -> tuple[list[list[tuple[str, str]]], list[tuple[str, str]]] | None:
    """The PostgreSQL plan as plain pairs (the storage layer knows nothing of the domain's types)."""
    if plan is None:
        return None
    groups = [[(term.function, term.text) for term in group] for group in plan.groups]
    return groups, [(term.function, term.text) for term in plan.excluded]


def _paragraph_hits(
    repository: FullTextRepository, match: Any, filters: Filters, titles: dict[int, float], wanted: int
) -> tuple[list[RawHit], Places, int]:
    """Matching paragraphs, scored, with the places and snippets already known, and how many match in all.

    The common case (no filter, no title matched, not too many matches) is the plain FTS5 query with its
    snippets; otherwise at most RANKED_CAP matches are scored, and only the best are looked up in their tables.
    """
    if filters.narrowing:
        raw = repository.paragraphs(match, filters, RANKED_CAP)
        return raw, {}, len(raw)
    # One more than shown, to know there are more (counted, and ranked if they are few, at once where it can).
    count, rows = repository.first_page(match, RANKED_CAP, wanted + 1, ranked=not titles)
    if not titles and count <= RANKED_CAP:
        places = repository.live_places_of([rowid for rowid, _, _ in rows])
        live = [row for row in rows if row[0] in places]
        if len(live) > wanted or len(rows) == count:
            page = [RawHit(rowid, places[rowid][0], score) for rowid, score, _ in live]
            return page, {rowid: (*places[rowid], snippet) for rowid, _, snippet in live}, count
    scores = repository.paragraph_scores(match, RANKED_CAP)
    if titles:  # a title bonus can reorder anything: every candidate's document is needed
        found = repository.live_places_of([rowid for rowid, _ in scores])
        return [RawHit(rowid, found[rowid][0], score) for rowid, score in scores if rowid in found], {}, count
    scores.sort(key=lambda pair: pair[1])
    hits: list[RawHit] = []
    start = 0
    while start < len(scores) and len(hits) <= wanted:  # one more than shown, to know there are more
        chunk = scores[start : start + 2 * (wanted + 1)]
        found = repository.live_places_of([rowid for rowid, _ in chunk])  # leaves out the trash
        hits += [RawHit(rowid, found[rowid][0], score) for rowid, score in chunk if rowid in found]
        start += len(chunk)
    return hits, {}, count


def _hit(
    found: tuple[str, int, float],
    details: dict[int, tuple[int, int, str]],
    documents: dict[int, tuple[str, str, str]],
    notes: dict[int, tuple[int, float, str, str]],
) -> SearchHit:
    kind, key, score = found
    if kind == "note":
        _, _, title, body = notes[key]
        plain_title = title.replace(MARK_START, "").replace(MARK_END, "")
        return SearchHit(None, key, plain_title, "", "", None, body or title, score)
    doc_id, number, snippet = details[key] if kind == "paragraph" else (key, None, "")
    title, edtf, issuer = documents[doc_id]
    snippet = snippet or f"{MARK_START}{title}{MARK_END}"
    return SearchHit(doc_id, None, title, _date_display(edtf), issuer, number, snippet, score)
