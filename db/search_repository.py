"""Full-text queries on SQLite FTS5. The MATCH expression always comes compiled from our own query form."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

MARK_START, MARK_END = "\x02", "\x03"  # around matched words in snippets
SNIPPET_TOKENS = 18


@dataclass(frozen=True)
class Filters:
    issuers: Sequence[str] = ()
    kinds: Sequence[str] = ()
    languages: Sequence[str] = ()
    tags: Sequence[str] = ()
    date_from: datetime | None = None
    date_to: datetime | None = None
    by_instant: bool = False  # the bounds are instants in UTC (a time was typed), not days as written

    @property
    def narrowing(self) -> bool:
        """Anything that needs each match's document looked up before it can be counted."""
        return self.only_documents or bool(self.tags) or self.date_from is not None or self.date_to is not None

    @property
    def only_documents(self) -> bool:
        """Filters that notes cannot meet (they have no issuer, kind or language)."""
        return bool(self.issuers or self.kinds or self.languages)


@dataclass(frozen=True)
class RawHit:
    rowid: int
    document_id: int
    score: float


def _document_conditions(filters: Filters, params: dict[str, object]) -> str:
    conditions = ["d.deleted_at IS NULL"]
    for number, issuer in enumerate(filters.issuers):
        params[f"issuer{number}"] = f"%{issuer}%"
        conditions.append(f"d.issuer LIKE :issuer{number}")
    if filters.kinds:
        names = []
        for number, kind in enumerate(filters.kinds):
            params[f"kind{number}"] = kind
            names.append(f":kind{number}")
        conditions.append(f"d.kind IN ({', '.join(names)})")
    for number, language in enumerate(filters.languages):
        params[f"language{number}"] = language
        params[f"language_sub{number}"] = f"{language}-%"
        conditions.append(f"(d.language = :language{number} OR d.language LIKE :language_sub{number})")
    for number, tag in enumerate(filters.tags):
        params[f"tag{number}"] = tag
        conditions.append(
            "EXISTS (SELECT 1 FROM document_tags dt JOIN tags t ON t.id = dt.tag_id "
            f"WHERE dt.document_id = d.id AND t.name = :tag{number})"
        )
    conditions += date_conditions("d", filters, params)
    return " AND ".join(conditions)


def _stored(moment: datetime) -> str:
    """A date and time written as the library's DateTime columns hold it, so that text comparison orders it."""
    return moment.isoformat(" ", timespec="microseconds")


def date_conditions(alias: str, filters: Filters, params: dict[str, object]) -> list[str]:
    conditions = []
    low, high = ("date_utc_lo", "date_utc_hi") if filters.by_instant else ("date_lo", "date_hi")
    if filters.date_from is not None:
        params["date_from"] = _stored(filters.date_from)
        conditions.append(f"{alias}.{high} >= :date_from")
    if filters.date_to is not None:
        params["date_to"] = _stored(filters.date_to)
        conditions.append(f"{alias}.{low} <= :date_to")
    return conditions


Place = tuple[int, int | None, int, str]  # a block's document, ¶ number (or None), position and kind


class SearchRepository:
    """Ranking is bounded: at most `cap` matches are scored, so a word in every document still answers at once.

    Every query goes through the driver's own cursor on the session's connection (and transaction): a search
    is a handful of small queries, and building SQLAlchemy results for each would cost a third of the search.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._known: dict[int, tuple[str, str, str]] = {}  # documents already read: title, EDTF date, issuer

    @staticmethod
    def compile(fts: str | None, plan: object) -> str | None:
        """The match for this repository from the query's compiled forms: FTS5's MATCH text."""
        del plan
        return fts

    def _rows(self, sql: str, params: dict[str, object] | tuple[object, ...]) -> list[Any]:
        cursor = self._session.connection().connection.cursor()
        try:
            cursor.execute(sql, params)
            return list(cursor.fetchall())
        finally:
            cursor.close()

    def paragraphs(self, match: str, filters: Filters, cap: int) -> list[RawHit]:
        params: dict[str, object] = {"match": match, "cap": cap}
        where = _document_conditions(filters, params)
        rows = self._rows(
            "SELECT f.rowid, p.document_id, bm25(paragraphs_fts) FROM paragraphs_fts f "
            "JOIN paragraphs p ON p.id = f.rowid JOIN documents d ON d.id = p.document_id "
            f"WHERE paragraphs_fts MATCH :match AND {where} LIMIT :cap",
            params,
        )
        return [RawHit(int(rowid), int(document_id), float(score)) for rowid, document_id, score in rows]

    def paragraph_scores(self, match: str, cap: int) -> list[tuple[int, float]]:
        """Matching paragraphs and their scores straight from the index: no join, so no lookup per match."""
        rows = self._rows(
            "SELECT rowid, bm25(paragraphs_fts) FROM paragraphs_fts WHERE paragraphs_fts MATCH ? LIMIT ?", (match, cap)
        )
        return [(int(rowid), float(score)) for rowid, score in rows]

    def count_matches(self, match: str, cap: int) -> int:
        """How many paragraphs match, counting no further than `cap` (cheap: no scores)."""
        sql = "SELECT count(*) FROM (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? LIMIT ?)"
        return int(self._rows(sql, (match, cap))[0][0])

    def prefetch(self, match: str, filters: Filters, cap: int, count: int, note_limit: int) -> None:
        """(On PostgreSQL, the questions a search asks are sent at once; SQLite answers each at once anyway.)"""

    def first_page(self, match: str, cap: int, count: int, *, ranked: bool) -> tuple[int, list[tuple[int, float, str]]]:
        """How many paragraphs match (counted up to cap + 1) and, when no more than `cap` do and `ranked`, the
        best `count` of them (paragraph_page)."""
        matched = self.count_matches(match, cap + 1)
        return matched, self.paragraph_page(match, count) if ranked and matched <= cap else []

    def paragraph_page(self, match: str, count: int) -> list[tuple[int, float, str]]:
        """The best `count` matching paragraphs with their scores and snippets, as the plain FTS5 query ranks them."""
        rows = self._rows(
            "SELECT rowid, rank, snippet(paragraphs_fts, 0, ?, ?, '…', ?) FROM paragraphs_fts "
            "WHERE paragraphs_fts MATCH ? ORDER BY rank LIMIT ?",
            (MARK_START, MARK_END, SNIPPET_TOKENS, match, count),
        )
        return [(int(rowid), float(score), str(snippet)) for rowid, score, snippet in rows]

    def live_places_of(self, rowids: Sequence[int]) -> dict[int, Place]:
        """For each block whose document is not in the trash: that document, the block's ¶ number (None for a
        heading, a dateline…), its position in the text and its kind.

        The documents' titles, dates and issuers read on the way are kept for `documents`.
        """
        if not rowids:
            return {}
        marks = ", ".join(str(int(rowid)) for rowid in rowids)
        # CROSS JOIN keeps SQLite from starting at the documents (by their trash index) and probing every one.
        rows = self._rows(
            "SELECT p.id, p.document_id, p.number, p.position, p.kind, d.title, d.date_edtf, d.issuer "
            "FROM paragraphs p CROSS JOIN documents d ON d.id = p.document_id "
            f"WHERE p.id IN ({marks}) AND d.deleted_at IS NULL",
            (),
        )
        places: dict[int, Place] = {}
        for rowid, doc, number, position, kind, title, edtf, issuer in rows:
            places[int(rowid)] = (int(doc), None if number is None else int(number), int(position), str(kind))
            self._known[int(doc)] = (str(title), str(edtf), str(issuer))
        return places

    def titles(self, match: str, filters: Filters, cap: int) -> dict[int, float]:
        """Documents whose title (or issuer) matches, with a score that weighs the title well above the issuer."""
        params: dict[str, object] = {"match": match, "cap": cap}
        where = _document_conditions(filters, params)
        rows = self._rows(
            "SELECT f.rowid, bm25(documents_fts, 10.0, 2.0) FROM documents_fts f JOIN documents d ON d.id = f.rowid "
            f"WHERE documents_fts MATCH :match AND {where} LIMIT :cap",
            params,
        )
        return {int(rowid): float(score) for rowid, score in rows}

    def paragraph_details(self, match: str, rowids: Sequence[int]) -> dict[int, tuple[int, int | None, int, str, str]]:
        """For each block: its place (see `live_places_of`) and a snippet with the matched words marked."""
        if not rowids:
            return {}
        marks = ", ".join(str(int(rowid)) for rowid in rowids)
        rows = self._rows(
            "SELECT f.rowid, p.document_id, p.number, p.position, p.kind, "
            f"snippet(paragraphs_fts, 0, :start, :end, '…', {SNIPPET_TOKENS}) "
            "FROM paragraphs_fts f JOIN paragraphs p ON p.id = f.rowid "
            f"WHERE paragraphs_fts MATCH :match AND f.rowid IN ({marks})",
            {"match": match, "start": MARK_START, "end": MARK_END},
        )
        return {
            int(rowid): (int(doc), None if number is None else int(number), int(position), str(kind), str(snippet))
            for rowid, doc, number, position, kind, snippet in rows
        }

    def paragraph_marks(
        self, match: str, rowids: Sequence[int]
    ) -> dict[int, tuple[int, int | None, int, str, str, str, str]]:
        """For each block: its place (see `live_places_of`) and text, the text with its matched words marked, and
        its search keys with the matched keys marked (one key per word, in order)."""
        if not rowids:
            return {}
        marks = ", ".join(str(int(rowid)) for rowid in rowids)
        rows = self._rows(
            "SELECT f.rowid, p.document_id, p.number, p.position, p.kind, p.text, "
            "highlight(paragraphs_fts, 0, :start, :end), highlight(paragraphs_fts, 1, :start, :end) "
            "FROM paragraphs_fts f JOIN paragraphs p ON p.id = f.rowid "
            f"WHERE paragraphs_fts MATCH :match AND f.rowid IN ({marks})",
            {"match": match, "start": MARK_START, "end": MARK_END},
        )
        return {
            int(r[0]): (
                int(r[1]), None if r[2] is None else int(r[2]), int(r[3]), str(r[4]), str(r[5]), str(r[6] or ""),
                str(r[7] or ""),
            )
            for r in rows
        }  # fmt: skip

    def languages(self) -> list[str]:
        """The languages documents and notes are written in, as their descriptions say (each once)."""
        rows = self._rows("SELECT DISTINCT language FROM documents UNION SELECT DISTINCT language FROM notes", ())
        return [str(row[0]) for row in rows]

    def documents(self, ids: Sequence[int]) -> dict[int, tuple[str, str, str]]:
        """Title, EDTF date and issuer of each document."""
        missing = set(ids) - self._known.keys()
        if missing:
            marks = ", ".join(str(int(doc_id)) for doc_id in missing)
            for row in self._rows(f"SELECT id, title, date_edtf, issuer FROM documents WHERE id IN ({marks})", ()):
                self._known[int(row[0])] = (str(row[1]), str(row[2]), str(row[3]))
        return {doc_id: self._known[doc_id] for doc_id in ids if doc_id in self._known}

    def notes(self, match: str, filters: Filters, limit: int) -> list[tuple[int, float, str, str]]:
        """Live notes matching: id, score (title weighted over text), title snippet, text snippet."""
        return [(row[0], row[1], row[2], row[3]) for row in self._notes(match, filters, limit, marks=False)]

    def note_marks(self, match: str, filters: Filters, limit: int) -> list[tuple[int, float, str, str, str, str, str]]:
        """Live notes matching: id, score, title, text, both with matched words marked, and marked search keys."""
        return self._notes(match, filters, limit, marks=True)

    def _notes(self, match: str, filters: Filters, limit: int, *, marks: bool) -> list[Any]:
        if filters.only_documents:
            return []
        params: dict[str, object] = {"match": match, "limit": limit, "start": MARK_START, "end": MARK_END}
        conditions = ["n.deleted_at IS NULL", *date_conditions("n", filters, params)]
        for number, tag in enumerate(filters.tags):
            params[f"tag{number}"] = tag
            conditions.append(
                "EXISTS (SELECT 1 FROM note_tags nt JOIN tags t ON t.id = nt.tag_id "
                f"WHERE nt.note_id = n.id AND t.name = :tag{number})"
            )
        shown = (
            "n.title, n.body, highlight(notes_fts, 0, :start, :end), highlight(notes_fts, 1, :start, :end), "
            "highlight(notes_fts, 2, :start, :end)"
            if marks
            else f"snippet(notes_fts, 0, :start, :end, '…', {SNIPPET_TOKENS}), "
            f"snippet(notes_fts, 1, :start, :end, '…', {SNIPPET_TOKENS})"
        )
        rows = self._rows(
            f"SELECT f.rowid, bm25(notes_fts, 5.0, 1.0), {shown} FROM notes_fts f JOIN notes n ON n.id = f.rowid "
            f"WHERE notes_fts MATCH :match AND {' AND '.join(conditions)} ORDER BY 2 LIMIT :limit",
            params,
        )
        return [(int(r[0]), float(r[1]), *(str(value or "") for value in r[2:])) for r in rows]
