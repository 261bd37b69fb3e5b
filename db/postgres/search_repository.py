"""Full-text queries on PostgreSQL, with the same methods (and the same hits) as the FTS5 repository.

The query arrives as a plan of terms (the search box's own parse, never raw user text): each term's text goes
to `websearch_to_tsquery` or, for a prefix, `to_tsquery` as a bound parameter, and the terms are joined with
the tsquery operators here. Scores are negated `ts_rank`s, so that lower is better as with FTS5's bm25.

A search for other forms of the words (the second tier, see app/services/search.py) is matched against
`forms_vector`, the words and their keys, and leaves out what the words as typed match in `search_vector`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from db.postgres.search_schema import CONFIGURATION, FORMS_VECTOR, VECTOR
from db.search_repository import MARK_END, MARK_START, SNIPPET_TOKENS, Filters, Place, RawHit

FUNCTIONS = ("websearch_to_tsquery", "to_tsquery")
# Weights of D, C, B, A: a title (A) counts five times its document's issuer or its note's text (B), as the
# FTS5 indexes' bm25 weights do.
TITLE_WEIGHTS = "'{0, 0, 0.2, 1}'"
FORMS_TITLE_WEIGHTS = "'{0.2, 0, 0.2, 1}'"  # the keys (D) of the title and the rest count as the text does
_KEYS = "coalesce({}.forms, '')"  # a row's search keys ('' while they are not yet computed)
_HIT = re.compile(r"(\w+)\.search_vector @@ q\.query")
_VECTOR = re.compile(r"\.search_vector\b")
HEADLINE = (
    f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords={SNIPPET_TOKENS}, MinWords={SNIPPET_TOKENS // 2}, "
    "ShortWord=0, MaxFragments=1, FragmentDelimiter=…"
)
WHOLE = f"StartSel={MARK_START}, StopSel={MARK_END}, HighlightAll=true"


def snippet(column: str) -> str:
    """The matched words marked in a short text whole (as FTS5's snippet gives it, punctuation and all), or in
    the best stretch of a longer one."""
    return (
        f"CASE WHEN array_length(regexp_split_to_array(btrim({column}), '\\s+'), 1) <= {SNIPPET_TOKENS} "
        f"THEN ts_headline('{CONFIGURATION}', {column}, q.query, '{WHOLE}') "
        f"ELSE ts_headline('{CONFIGURATION}', {column}, q.query, '{HEADLINE}') END"
    )


def marked(column: str) -> str:
    """The whole text with the matched words marked (FTS5's highlight)."""
    return f"ts_headline('{CONFIGURATION}', {column}, q.query, '{WHOLE}')"


@dataclass(frozen=True)
class TsMatch:
    """The tsquery of one search, as SQL over bound parameters."""

    sql: str
    params: dict[str, object] = field(default_factory=dict)
    vector: str = VECTOR  # the column matched: the words, or the words and their keys
    exclude: str | None = None  # a tsquery whose matches in the words (search_vector) are left out

    def query_sql(self) -> str:
        """The subquery `q` that every statement joins: the tsquery (and the one left out)."""
        exact = f", {self.exclude} AS exact" if self.exclude else ""
        return f"(SELECT {self.sql} AS query{exact}) q"

    def apply(self, sql: str) -> str:
        """A statement written against search_vector, made to match this query's vector instead."""
        if self.vector == VECTOR and self.exclude is None:
            return sql

        def hit(found: re.Match[str]) -> str:
            alias = found.group(1)
            left_out = f" AND NOT {alias}.{VECTOR} @@ q.exact" if self.exclude else ""
            return f"({alias}.{self.vector} @@ q.query{left_out})"

        sql = _HIT.sub(hit, _VECTOR.sub(f".{self.vector}", sql).replace(f".{self.vector} @@", f".{VECTOR} @@"))
        return sql.replace(TITLE_WEIGHTS, FORMS_TITLE_WEIGHTS)


def compile_plan(
    groups: Sequence[Sequence[tuple[str, str]]],
    excluded: Sequence[tuple[str, str]],
    params: dict[str, object] | None = None,
) -> TsMatch:
    """(function, text) terms: every group must match, one of its terms at least; no excluded term may."""
    params = {} if params is None else params

    def term(function: str, text: str) -> str:
        if function not in FUNCTIONS:
            raise ValueError(f"not a text search function: {function}")
        name = f"tq{len(params)}"
        params[name] = text
        return f"{function}('{CONFIGURATION}'::regconfig, :{name})"

    def alternatives(terms: Sequence[tuple[str, str]]) -> str:
        return "(" + " || ".join(term(function, text) for function, text in terms) + ")"

    sql = " && ".join(alternatives(group) for group in groups)
    if excluded:
        sql = f"({sql}) && !!{alternatives(excluded)}"
    return TsMatch(sql, params)


def _document_conditions(filters: Filters, params: dict[str, object]) -> str:
    conditions = ["d.deleted_at IS NULL"]
    for number, issuer in enumerate(filters.issuers):
        params[f"issuer{number}"] = f"%{issuer}%"
        conditions.append(f"d.issuer ILIKE :issuer{number}")  # SQLite's LIKE ignores case too
    if filters.kinds:
        names = []
        for number, kind in enumerate(filters.kinds):
            params[f"kind{number}"] = kind
            names.append(f":kind{number}")
        conditions.append(f"d.kind IN ({', '.join(names)})")
    for number, language in enumerate(filters.languages):
        params[f"language{number}"] = language.lower()
        params[f"language_sub{number}"] = f"{language.lower()}-%"
        conditions.append(f"(lower(d.language) = :language{number} OR lower(d.language) LIKE :language_sub{number})")
    conditions += _tag_conditions("document_tags", "document_id", "d", filters, params)
    conditions += date_conditions("d", filters, params)
    return " AND ".join(conditions)


def _tag_conditions(table: str, column: str, alias: str, filters: Filters, params: dict[str, object]) -> list[str]:
    conditions = []
    for number, tag in enumerate(filters.tags):
        params[f"tag{number}"] = tag.lower()
        conditions.append(
            f"EXISTS (SELECT 1 FROM {table} x JOIN tags t ON t.id = x.tag_id "
            f"WHERE x.{column} = {alias}.id AND lower(t.name) = :tag{number})"
        )
    return conditions


def date_conditions(alias: str, filters: Filters, params: dict[str, object]) -> list[str]:
    conditions = []
    low, high = ("date_utc_lo", "date_utc_hi") if filters.by_instant else ("date_lo", "date_hi")
    if filters.date_from is not None:
        params["date_from"] = filters.date_from
        conditions.append(f"{alias}.{high} >= :date_from")
    if filters.date_to is not None:
        params["date_to"] = filters.date_to
        conditions.append(f"{alias}.{low} <= :date_to")
    return conditions


def _marks(ids: Iterable[int]) -> str:
    return ", ".join(str(int(value)) for value in ids)


class PostgresSearchRepository:
    """See db/search_repository.py's SearchRepository: the same questions, answered by PostgreSQL."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._known: dict[int, tuple[str, str, str]] = {}
        self._places: dict[int, Place] = {}
        self._recorded: list[tuple[str, dict[str, object]]] | None = None
        self._ready: dict[tuple[str, str], list[Any]] = {}

    @staticmethod
    def compile(fts: str | None, plan: tuple[Any, ...] | None) -> TsMatch | None:
        """The match for this repository, from the query's compiled forms (FTS5's text is not ours): the words as
        typed (groups, excluded), or in any form but as typed (groups, excluded, and the plan of the words as
        typed)."""
        del fts
        if plan is None:
            return None
        if len(plan) == 2:
            return compile_plan(*plan)
        groups, excluded, exact = plan
        forms = compile_plan(groups, excluded)
        left_out = compile_plan(exact[0], exact[1], params=forms.params)
        return TsMatch(forms.sql, forms.params, FORMS_VECTOR, left_out.sql)

    def _rows(self, sql: str, match: TsMatch | None = None, params: dict[str, object] | None = None) -> list[Any]:
        bound = {**(match.params if match else {}), **(params or {})}
        if match is not None:
            sql = match.apply(sql).replace("{query}", match.query_sql())  # (every time it is named: the same)
        sql = _named_to_pyformat(sql)
        if self._recorded is not None:
            self._recorded.append((sql, bound))
            return []
        ready = self._ready.pop((sql, repr(sorted(bound.items()))), None)
        if ready is not None:
            return ready
        return list(self._session.connection().exec_driver_sql(sql, bound).all())

    def prefetch(self, match: TsMatch, filters: Filters, cap: int, count: int, note_limit: int) -> None:
        """Send the three questions every search asks (titles, the first page, notes) at once, in one round trip
        (psycopg's pipeline); the answers wait here for the calls that ask them."""
        if filters.narrowing:
            return
        self._recorded = []
        try:
            self.titles(match, filters, cap)
            self.first_page(match, cap, count, ranked=True)
            self.notes(match, filters, note_limit)
            queries = self._recorded
        finally:
            self._recorded = None
        driver = self._session.connection().connection.driver_connection
        assert driver is not None
        with driver.pipeline():
            cursors = [driver.execute(sql, bound) for sql, bound in queries]
        for (sql, bound), cursor in zip(queries, cursors, strict=True):
            self._ready[(sql, repr(sorted(bound.items())))] = list(cursor.fetchall())

    def paragraphs(self, match: TsMatch, filters: Filters, cap: int) -> list[RawHit]:
        params: dict[str, object] = {"cap": cap}
        where = _document_conditions(filters, params)
        rows = self._rows(
            "SELECT p.id, p.document_id, -ts_rank(p.search_vector, q.query) FROM {query} "
            "JOIN paragraphs p ON p.search_vector @@ q.query JOIN documents d ON d.id = p.document_id "
            f"WHERE {where} LIMIT :cap",
            match,
            params,
        )
        return [RawHit(int(rowid), int(document_id), float(score)) for rowid, document_id, score in rows]

    def paragraph_scores(self, match: TsMatch, cap: int) -> list[tuple[int, float]]:
        rows = self._rows(
            "SELECT p.id, -ts_rank(p.search_vector, q.query) FROM {query} "
            "JOIN paragraphs p ON p.search_vector @@ q.query LIMIT :cap",
            match,
            {"cap": cap},
        )
        return [(int(rowid), float(score)) for rowid, score in rows]

    def count_matches(self, match: TsMatch, cap: int) -> int:
        sql = (
            "SELECT count(*) FROM (SELECT 1 FROM {query} JOIN paragraphs p ON p.search_vector @@ q.query LIMIT :cap) m"
        )
        return int(self._rows(sql, match, {"cap": cap})[0][0])

    def paragraph_page(self, match: TsMatch, count: int) -> list[tuple[int, float, str]]:
        """The best `count` matching paragraphs, as the plain `@@` query ranks them, with their snippets."""
        rows = self._rows(
            f"SELECT best.id, best.score, {snippet('p.text')} FROM {{query}} "
            "CROSS JOIN LATERAL (SELECT p.id, -ts_rank(p.search_vector, q.query) AS score FROM paragraphs p "
            "WHERE p.search_vector @@ q.query ORDER BY 2, 1 LIMIT :count) best "
            "JOIN paragraphs p ON p.id = best.id ORDER BY best.score, best.id",
            match,
            {"count": count},
        )
        return [(int(rowid), float(score), str(snippet)) for rowid, score, snippet in rows]

    def first_page(
        self, match: TsMatch, cap: int, count: int, *, ranked: bool
    ) -> tuple[int, list[tuple[int, float, str]]]:
        """How many paragraphs match (counted up to cap + 1) and, when no more than `cap` do and `ranked`, the best
        `count` of them as paragraph_page gives them. In one pass: at most cap + 1 matches are taken and ranked
        (all of them, when they are no more), counted as they are; a page of more is not used. The places of the
        page's paragraphs are kept for live_places_of."""
        if not ranked:
            return self.count_matches(match, cap + 1), []
        rows = self._rows(
            f"SELECT best.n, best.id, best.score, {snippet('p.text').replace('q.query', 'best.query')}, "
            "p.document_id, p.number, p.position, p.kind, d.title, d.date_edtf, d.issuer, d.deleted_at IS NULL "
            "FROM (SELECT m.id, "
            "m.query, -ts_rank(m.search_vector, m.query) AS score, count(*) OVER () AS n FROM (SELECT p.id, "
            "p.search_vector, q.query FROM {query} JOIN paragraphs p ON p.search_vector @@ q.query LIMIT :over) m "
            "ORDER BY 3, 1 LIMIT :count) best JOIN paragraphs p ON p.id = best.id "
            "LEFT JOIN documents d ON d.id = p.document_id ORDER BY best.score, best.id",
            match,
            {"over": cap + 1, "count": count},
        )
        matched = int(rows[0][0]) if rows else 0
        if matched > cap:
            return matched, []
        page = []
        for _matched, rowid, score, marked, doc, number, position, kind, title, edtf, issuer, live in rows:
            page.append((int(rowid), float(score), str(marked)))
            if live:
                self._places[int(rowid)] = (int(doc), _number(number), int(position), str(kind))
                self._known[int(doc)] = (str(title), str(edtf), str(issuer))
        return matched, page

    def live_places_of(self, rowids: Sequence[int]) -> dict[int, Place]:
        if not rowids:
            return {}
        if all(rowid in self._places for rowid in rowids):  # read with the page
            return {rowid: self._places[rowid] for rowid in rowids}
        rows = self._rows(
            "SELECT p.id, p.document_id, p.number, p.position, p.kind, d.title, d.date_edtf, d.issuer "
            "FROM paragraphs p "
            f"JOIN documents d ON d.id = p.document_id WHERE p.id IN ({_marks(rowids)}) AND d.deleted_at IS NULL"
        )
        places: dict[int, Place] = {}
        for rowid, doc, number, position, kind, title, edtf, issuer in rows:
            places[int(rowid)] = (int(doc), _number(number), int(position), str(kind))
            self._known[int(doc)] = (str(title), str(edtf), str(issuer))
        return places

    def titles(self, match: TsMatch, filters: Filters, cap: int) -> dict[int, float]:
        params: dict[str, object] = {"cap": cap}
        where = _document_conditions(filters, params)
        rows = self._rows(
            f"SELECT d.id, -ts_rank({TITLE_WEIGHTS}, d.search_vector, q.query) FROM {{query}} "
            f"JOIN documents d ON d.search_vector @@ q.query WHERE {where} LIMIT :cap",
            match,
            params,
        )
        return {int(rowid): float(score) for rowid, score in rows}

    def paragraph_details(
        self, match: TsMatch, rowids: Sequence[int]
    ) -> dict[int, tuple[int, int | None, int, str, str]]:
        if not rowids:
            return {}
        rows = self._rows(
            f"SELECT p.id, p.document_id, p.number, p.position, p.kind, {snippet('p.text')} FROM {{query}} "
            f"JOIN paragraphs p ON p.id IN ({_marks(rowids)})",
            match,
        )
        return {
            int(rowid): (int(doc), _number(number), int(position), str(kind), str(snippet))
            for rowid, doc, number, position, kind, snippet in rows
        }

    def paragraph_marks(
        self, match: TsMatch, rowids: Sequence[int]
    ) -> dict[int, tuple[int, int | None, int, str, str, str, str]]:
        """For each block: its document, ¶ number (None for a heading…), position, kind and text, the text with
        its matched words marked, and its search keys with the matched keys marked (one key per word, in order)."""
        if not rowids:
            return {}
        rows = self._rows(
            f"SELECT p.id, p.document_id, p.number, p.position, p.kind, p.text, {marked('p.text')}, "
            f"{marked(_KEYS.format('p'))} "
            f"FROM {{query}} JOIN paragraphs p ON p.id IN ({_marks(rowids)})",
            match,
        )
        return {
            int(r[0]): (int(r[1]), _number(r[2]), int(r[3]), str(r[4]), str(r[5]), str(r[6] or ""), str(r[7] or ""))
            for r in rows
        }

    def languages(self) -> list[str]:
        """The languages documents and notes are written in, as their descriptions say (each once)."""
        rows = self._rows("SELECT DISTINCT language FROM documents UNION SELECT DISTINCT language FROM notes")
        return [str(row[0]) for row in rows]

    def documents(self, ids: Sequence[int]) -> dict[int, tuple[str, str, str]]:
        missing = set(ids) - self._known.keys()
        if missing:
            for row in self._rows(
                f"SELECT id, title, date_edtf, issuer FROM documents WHERE id IN ({_marks(missing)})"
            ):
                self._known[int(row[0])] = (str(row[1]), str(row[2]), str(row[3]))
        return {doc_id: self._known[doc_id] for doc_id in ids if doc_id in self._known}

    def notes(self, match: TsMatch, filters: Filters, limit: int) -> list[tuple[int, float, str, str]]:
        """Live notes (those the member may see: the server's policies decide) matching the query."""
        rows = self._notes(match, filters, limit, f"{snippet('n.title')}, {snippet('n.body')}")
        return [(int(r[0]), float(r[1]), str(r[2]), _body_snippet(str(r[2]), str(r[3]))) for r in rows]

    def note_marks(
        self, match: TsMatch, filters: Filters, limit: int
    ) -> list[tuple[int, float, str, str, str, str, str]]:
        """Live notes matching: id, score, title, text, both with matched words marked, and marked search keys."""
        shown = f"n.title, n.body, {marked('n.title')}, {marked('n.body')}, {marked(_KEYS.format('n'))}"
        rows = self._notes(match, filters, limit, shown)
        return [(int(r[0]), float(r[1]), *_texts(r[2:7])) for r in rows]

    def _notes(self, match: TsMatch, filters: Filters, limit: int, shown: str) -> list[Any]:
        if filters.only_documents:
            return []
        params: dict[str, object] = {"limit": limit}
        conditions = ["n.deleted_at IS NULL", *date_conditions("n", filters, params)]
        conditions += _tag_conditions("note_tags", "note_id", "n", filters, params)
        return self._rows(
            f"SELECT n.id, -ts_rank({TITLE_WEIGHTS}, n.search_vector, q.query) AS score, {shown} "
            f"FROM {{query}} JOIN notes n ON n.search_vector @@ q.query WHERE {' AND '.join(conditions)} "
            "ORDER BY score, n.id LIMIT :limit",
            match,
            params,
        )


def _texts(values: Sequence[object]) -> tuple[str, str, str, str, str]:
    title, body, marked_title, marked_body, marked_keys = (str(value or "") for value in values)
    return title, body, marked_title, marked_body, marked_keys


def _body_snippet(title: str, body: str) -> str:
    """The text's snippet where the words are found in it; else none, so that the title's is shown."""
    return body if MARK_START in body or MARK_START not in title else ""


def _named_to_pyformat(sql: str) -> str:
    """`:name` placeholders as psycopg's `%(name)s` (and literal % doubled), for the driver's own cursor."""
    escaped = sql.replace("%", "%%")
    return re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", escaped)


def _number(number: object) -> int | None:
    """A block's ¶ number; None for one that takes none (a heading, a dateline)."""
    return None if number is None else int(str(number))
