"""Searching every document and note: our query form in, a page of ranked hits with marked snippets out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.dates.historical import HistoricalDate, InvalidDateError
from app.domain.errors import StorageError
from app.domain.language.languages import language_code
from app.domain.language.word_forms import WordForms, marked_words, word_spans
from app.domain.query import FilterField, SearchQuery, TsPlan, parse_query
from app.domain.text.snippets import marked_ranges, snippet, words_in_ranges
from db.search import FullTextRepository, search_repository
from db.search_index import FORMS, exact_columns
from db.search_repository import MARK_END, MARK_START, Filters, RawHit

RANKED_CAP = 2_000  # matches scored per query; beyond this, the best of those first found come first
TITLE_WEIGHT = 2.0  # a paragraph of a document whose title matches ranks as if it matched more strongly
NOTE_LIMIT = 50

__all__ = ["MARK_END", "MARK_START", "SearchHit", "SearchResults", "SearchService", "in_reading_order"]


@dataclass(frozen=True)
class SearchHit:
    document_id: int | None  # None for a note
    note_id: int | None
    title: str
    date: str  # as people write it
    issuer: str
    paragraph: int | None  # None for a note, a match in the title only, or in a block without a ¶ (a heading)
    snippet: str  # matched words between MARK_START and MARK_END
    score: float
    block: int | None = None  # the position (from 1) in the text of the block matched
    block_kind: str = ""  # its kind: 'paragraph', 'heading', 'dateline', …
    other_forms: bool = False  # found by other forms of the words typed (ranked after those found as typed)

    @property
    def place(self) -> str:
        """'¶5', or the kind of block matched where it has no number ('heading'), or '' for a title."""
        if self.paragraph:
            return f"¶{self.paragraph}"
        return self.block_kind

    def plain_snippet(self, start: str = "[", end: str = "]") -> str:
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)

    def marked_words(self) -> list[str]:
        """The words the snippet marks, each once: what to mark in the document when it is opened."""
        plain = self.snippet.replace(MARK_START, "").replace(MARK_END, "")
        words = (plain[low:high] for low, high in marked_ranges(self.snippet, MARK_START, MARK_END))
        return list(dict.fromkeys(word for word in words if word.strip()))


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


@dataclass(frozen=True)
class _Matches:
    """One query compiled for each index: paragraphs, notes, documents' titles (FTS5's MATCH texts, or one
    tsquery for all three on PostgreSQL)."""

    paragraphs: Any
    notes: Any
    titles: Any


def _compiled(
    repository: FullTextRepository, compile_for: Callable[[str], str | None], plan: PlanPairs | None
) -> _Matches | None:
    parts = [repository.compile(compile_for(index), plan) for index in ("paragraphs_fts", "notes_fts", "documents_fts")]
    if parts[0] is None or parts[1] is None or parts[2] is None:
        return None
    return _Matches(parts[0], parts[1], parts[2])


@dataclass
class _Tier:
    """The ranked matches of one way of matching (as typed, or in other forms), best first."""

    matches: _Matches
    inflected: bool
    scored: list[tuple[float, str, int]] = field(default_factory=list)  # score, kind, paragraph/document/note
    details: Places = field(default_factory=dict)  # block: document, ¶ number, position, kind, snippet
    notes: dict[int, tuple[str, str]] = field(default_factory=dict)  # note: title, snippet
    titles: dict[int, float] = field(default_factory=dict)
    capped: bool = False


class SearchService:
    def __init__(self, sessions: sessionmaker[Session], forms: WordForms | None = None) -> None:
        self._sessions = sessions
        self._forms = forms

    def prepare_word_forms(self) -> list[str]:
        """Load the dictionaries of the languages the library's texts are in (a few seconds the first time on a
        machine), so that no search or note save waits for them later; the languages prepared."""
        with self._sessions() as session:
            languages = sorted({code for code in map(language_code, search_repository(session).languages()) if code})
        forms = self._word_forms()
        for language in languages:
            forms.key("a", language)  # the first word of a language loads its stemmer and dictionary
        return languages

    def _word_forms(self) -> WordForms:
        if self._forms is None:
            from app.services.infrastructure.word_index import word_forms

            self._forms = word_forms()
        return self._forms

    def search(
        self,
        typed: str,
        *,
        limit: int = 50,
        offset: int = 0,
        date_from: datetime | None = None,
        date_to: datetime | None = None,
    ) -> SearchResults:
        """A page of hits for what was typed (a date range from elsewhere, like the timeline, narrows it).

        Words are found as typed first, then in their other forms (in each text's language): every hit of the
        first kind ranks above every hit of the second."""
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
            by_instant=query.date_by_instant,
        )
        try:
            with self._sessions() as session:
                repository = search_repository(session)
                exact = _compiled(repository, lambda index: query.fts_in(exact_columns(index)), _plan(query.tsquery()))
                assert exact is not None  # there are words to look for
                return self._search(repository, query, exact, filters, limit=limit, offset=offset, message=message)
        except (SQLAlchemyError, StorageError) as exc:  # a locked file, a server gone: said, never raised
            name = type(getattr(exc, "orig", None) or exc).__name__
            return SearchResults(query, message=f"The library could not be searched just now ({name}).")

    def _search(
        self,
        repository: FullTextRepository,
        query: SearchQuery,
        exact: _Matches,
        filters: Filters,
        *,
        limit: int,
        offset: int,
        message: str,
    ) -> SearchResults:
        wanted = offset + limit
        repository.prefetch(exact.paragraphs, filters, RANKED_CAP, wanted + 1, NOTE_LIMIT)
        tiers = [_rank(repository, _Tier(exact, inflected=False), filters, wanted, None)]
        found = len(tiers[0].scored)
        if found <= wanted:  # room on the page: the other forms of the words come next
            inflected = self._inflected(repository, query)
            if inflected is not None:
                tiers.append(_rank(repository, _Tier(inflected, inflected=True), filters, wanted - found, tiers[0]))
        entries = [(tier, entry) for tier in tiers for entry in tier.scored]
        page = entries[offset : offset + limit]
        for tier in tiers:
            _describe(
                repository, tier, [key for owner, (_, kind, key) in page if owner is tier and kind == "paragraph"]
            )
        documents = repository.documents(
            [tier.details[key][0] if kind == "paragraph" else key for tier, (_, kind, key) in page if kind != "note"]
        )
        hits = [_hit(tier, entry, documents) for tier, entry in page]
        capped = any(tier.capped for tier in tiers)
        return SearchResults(query, hits, more=len(entries) > offset + limit, capped=capped, message=message)

    def _inflected(self, repository: FullTextRepository, query: SearchQuery) -> _Matches | None:
        """The query compiled to match other forms of its words, in the languages the library's texts are in."""
        languages = sorted({code for code in map(language_code, repository.languages()) if code})
        if not languages:
            return None
        forms = self._word_forms()

        def keys(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
            return forms.query_keys(tokens, languages)

        return _compiled(
            repository,
            lambda index: query.fts_forms(keys, exact_columns(index), "{" + FORMS + "}"),
            _forms_plan(query.tsquery_forms(keys), query.tsquery()),
        )


def in_reading_order(hits: list[SearchHit]) -> list[SearchHit]:
    """The hits of the words as typed, then those of other forms of the words (as ranked); each part grouped by
    document, the documents in order of their best hit, and within a document in reading order (a match in its
    title first, then by its blocks); the notes' hits after, as ranked."""
    as_typed = [hit for hit in hits if not hit.other_forms]
    return _grouped(as_typed) + _grouped([hit for hit in hits if hit.other_forms])


def _reading_place(hit: SearchHit) -> int:
    """Where a hit is in its document's reading order: its block's position (a hit in the title alone first)."""
    return hit.block if hit.block is not None else (hit.paragraph or 0)


def _grouped(hits: list[SearchHit]) -> list[SearchHit]:
    groups: dict[int, list[SearchHit]] = {}
    for hit in hits:
        if hit.document_id is not None:
            groups.setdefault(hit.document_id, []).append(hit)
    ordered = [hit for group in groups.values() for hit in sorted(group, key=_reading_place)]
    return ordered + [hit for hit in hits if hit.document_id is None]


Places = dict[int, tuple[int, int | None, int, str, str]]  # block: document, ¶ number, position, kind, snippet
# A tsquery plan as plain (function, text) pairs: groups, excluded, and for other forms the plan of the words as
# typed, whose matches are left out (the storage layer knows nothing of the domain's types).
PlanPairs = tuple[Any, ...]


def _pairs(plan: TsPlan) -> tuple[list[list[tuple[str, str]]], list[tuple[str, str]]]:
    groups = [[(term.function, term.text) for term in group] for group in plan.groups]
    return groups, [(term.function, term.text) for term in plan.excluded]


def _plan(plan: TsPlan | None) -> PlanPairs | None:
    """The PostgreSQL plan of the words as typed."""
    return None if plan is None else _pairs(plan)


def _forms_plan(plan: TsPlan | None, exact: TsPlan | None) -> PlanPairs | None:
    """The PostgreSQL plan of the words in any of their forms, but not as typed."""
    if plan is None or exact is None:
        return None
    return (*_pairs(plan), _pairs(exact))


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


def _rank(repository: FullTextRepository, tier: _Tier, filters: Filters, wanted: int, earlier: _Tier | None) -> _Tier:
    """Score the tier's matches: paragraphs (a matching title lifts its document's), titles alone, notes."""
    tier.titles = repository.titles(tier.matches.titles, filters, RANKED_CAP)
    bonus = dict(tier.titles)
    for doc_id, score in earlier.titles.items() if earlier else ():
        bonus[doc_id] = bonus.get(doc_id, 0.0) + score
    raw, details, count = _paragraph_hits(repository, tier.matches.paragraphs, filters, bonus, wanted)
    tier.capped = count > RANKED_CAP
    if not tier.inflected:
        tier.details = details
    scored = [(hit.score + TITLE_WEIGHT * bonus.get(hit.document_id, 0.0), "paragraph", hit.rowid) for hit in raw]
    shown = {hit.document_id for hit in raw}
    if earlier is not None:
        shown |= set(earlier.titles) | {earlier.details[key][0] for _, kind, key in earlier.scored
                                       if kind == "paragraph" and key in earlier.details}  # fmt: skip
    scored += [(score, "title", doc_id) for doc_id, score in tier.titles.items() if doc_id not in shown]
    if tier.inflected:
        for row in repository.note_marks(tier.matches.notes, filters, NOTE_LIMIT):
            tier.notes[row[0]] = _note_marked(*row[2:])
            scored.append((row[1], "note", row[0]))
    else:
        for note_id, score, title, body in repository.notes(tier.matches.notes, filters, NOTE_LIMIT):
            tier.notes[note_id] = (title.replace(MARK_START, "").replace(MARK_END, ""), body or title)
            scored.append((score, "note", note_id))
    tier.scored = sorted(scored)
    return tier


def _describe(repository: FullTextRepository, tier: _Tier, rowids: list[int]) -> None:
    """The document, number and snippet of each of these paragraphs not yet known."""
    missing = [rowid for rowid in rowids if rowid not in tier.details]
    if not tier.inflected:
        tier.details.update(repository.paragraph_details(tier.matches.paragraphs, missing))
        return
    for rowid, (doc_id, number, position, kind, text, marked_text, marked_keys) in repository.paragraph_marks(
        tier.matches.paragraphs, missing
    ).items():
        words = words_in_ranges(text, marked_ranges(marked_text, MARK_START, MARK_END))
        words |= set(marked_words(marked_keys, MARK_START, MARK_END))
        tier.details[rowid] = (doc_id, number, position, kind, snippet(text, words, MARK_START, MARK_END))


def _note_marked(title: str, body: str, marked_title: str, marked_body: str, marked_keys: str) -> tuple[str, str]:
    """A note's title and a snippet of it with the words matched in any form marked (its keys: title, then text)."""
    title_words = len(word_spans(title))
    keyed = marked_words(marked_keys, MARK_START, MARK_END)
    in_title = words_in_ranges(title, marked_ranges(marked_title, MARK_START, MARK_END))
    in_title |= {number for number in keyed if number < title_words}
    in_body = words_in_ranges(body, marked_ranges(marked_body, MARK_START, MARK_END))
    in_body |= {number - title_words for number in keyed if number >= title_words}
    if in_body or not in_title:
        return title, snippet(body or title, in_body, MARK_START, MARK_END)
    return title, snippet(title, in_title, MARK_START, MARK_END)


def _hit(tier: _Tier, entry: tuple[float, str, int], documents: dict[int, tuple[str, str, str]]) -> SearchHit:
    score, kind, key = entry
    if kind == "note":
        title, shown = tier.notes[key]
        return SearchHit(None, key, title, "", "", None, shown, score, other_forms=tier.inflected)
    empty: tuple[int, int | None, int | None, str, str] = (key, None, None, "", "")
    doc_id, number, position, block_kind, marked = tier.details[key] if kind == "paragraph" else empty
    title, edtf, issuer = documents[doc_id]
    marked = marked or f"{MARK_START}{title}{MARK_END}"
    return SearchHit(
        doc_id, None, title, _date_display(edtf), issuer, number, marked, score,
        block=position, block_kind=block_kind, other_forms=tier.inflected,
    )  # fmt: skip
