"""The search box's little language, parsed into our own form and compiled for SQLite FTS5 and for PostgreSQL.

Words must all match; "exact phrases"; -excluded words; OR between alternatives; prefix*; filters issuer:,
kind:, language:, tag:, and date:1956-10-23..1956-11-04. Nothing typed can raise: what cannot be understood is
searched as words, and what cannot be searched at all is reported in `problems`. User text never reaches MATCH
raw: every term becomes a quoted FTS5 phrase of word tokens, so `"`, `NEAR(`, `AND`, `*` or `co-operation` are
only ever words. For PostgreSQL each term becomes the text of one `websearch_to_tsquery` call (a quoted phrase of
word tokens; that function never raises) or, for a prefix or a word's keys, of one `to_tsquery` call made of
single-quoted word tokens alone; the storage layer joins them with the tsquery operators, never with user text.

A query compiles two ways: `fts()` (`tsquery()`) matches the words as typed (accents and case aside),
`fts_forms()` (`tsquery_forms()`) also matches other forms of each word through the index's keys
(app/domain/language/word_forms.py); a quoted phrase and a prefix* are matched as typed in both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from app.domain.dates.historical import HistoricalDate, InvalidDateError, Precision

# Word characters as FTS5's unicode61 tokenizer sees them: letters and digits of any script, not '_'.
_TOKEN = re.compile(r"[^\W_]+")
_LEXEME = re.compile(
    r'(?P<field>[^\W_]+):"(?P<quoted>[^"]*)"?'  # issuer:"Imre Nagy"
    r'|(?P<neg>-)?"(?P<phrase>[^"]*)"?'  # "a phrase" (an unclosed quote runs to the end)
    r"|(?P<or>\bOR\b)"
    r"|(?P<neg2>-)?(?P<word>[^\s\"]+)"
)
_HYPHENATED = re.compile(r"[^\W_]+[-‐‑–][^\W_]+")  # co-operation, non-interference
MAX_TERMS = 32  # a query longer than this is cut: no one types more, and FTS5 work grows with each term
Keys = Callable[[tuple[str, ...]], Sequence[tuple[str, ...]]]  # a word's tokens -> their keys in each language


class FilterField(StrEnum):
    ISSUER = "issuer"
    KIND = "kind"
    LANGUAGE = "language"
    TAG = "tag"
    DATE = "date"


@dataclass(frozen=True)
class Term:
    tokens: tuple[str, ...]
    prefix: bool = False
    hyphenated: bool = False  # typed as non-interference: also found written as one word
    quoted: bool = False  # "typed in quotes": matched exactly as written

    def fts_forms(self, keys: Keys, exact_columns: str, forms_column: str) -> str:
        """This term as typed in `exact_columns`, or by the keys of its words in `forms_column`."""
        exact = f"{exact_columns}: {self.fts()}"
        if self.quoted or self.prefix:
            return exact
        spellings = [self.tokens, ("".join(self.tokens),)] if self.hyphenated else [self.tokens]
        phrases = {'"' + " ".join(key) + '"': None for tokens in spellings for key in keys(tokens) if _safe(key)}
        if not phrases:
            return exact
        return f"({exact} OR {forms_column}: ({' OR '.join(phrases)}))"

    def fts(self) -> str:
        star = "*" if self.prefix else ""
        phrase = '"' + " ".join(self.tokens) + '"' + star
        if self.hyphenated:
            return f'({phrase} OR "{"".join(self.tokens)}"{star})'
        return phrase

    def display(self) -> str:
        text = " ".join(self.tokens)
        return (f'"{text}"' if len(self.tokens) > 1 else text) + ("*" if self.prefix else "")

    def tsquery(self) -> tuple[TsTerm, ...]:
        """The term for PostgreSQL: its alternatives (a hyphenated word is also found written as one)."""
        forms = [self.tokens]
        if self.hyphenated:
            forms.append(("".join(self.tokens),))
        if self.prefix:
            return tuple(TsTerm("to_tsquery", " <-> ".join(f"'{t}'" for t in form) + ":*") for form in forms)
        return tuple(TsTerm("websearch_to_tsquery", '"' + " ".join(form) + '"') for form in forms)

    def tsquery_forms(self, keys: Keys) -> tuple[TsTerm, ...]:
        """The term for PostgreSQL as typed, or by the keys of its words (weight D: the keys' part of the vector)."""
        exact = self.tsquery()
        if self.quoted or self.prefix:
            return exact
        spellings = [self.tokens, ("".join(self.tokens),)] if self.hyphenated else [self.tokens]
        phrases = {" <-> ".join(f"'{part}':D" for part in key): None
                   for tokens in spellings for key in keys(tokens) if _safe(key)}  # fmt: skip
        return exact + tuple(TsTerm("to_tsquery", phrase) for phrase in phrases)


@dataclass(frozen=True)
class TsTerm:
    """One term for PostgreSQL: the text search function to call, and the text to give it (word tokens only)."""

    function: str  # websearch_to_tsquery or to_tsquery
    text: str


@dataclass(frozen=True)
class TsPlan:
    """A query for PostgreSQL: every group must match (a group matches if any of its terms does), none of the
    excluded terms may."""

    groups: tuple[tuple[TsTerm, ...], ...]
    excluded: tuple[TsTerm, ...] = ()


@dataclass(frozen=True)
class SearchQuery:
    groups: tuple[tuple[Term, ...], ...] = ()  # every group must match; a group matches if any of its terms does
    excluded: tuple[Term, ...] = ()
    filters: tuple[tuple[FilterField, str], ...] = ()  # issuer, kind, language, tag: (field, value)
    date_from: datetime | None = None
    date_to: datetime | None = None
    problems: tuple[str, ...] = field(default=())
    date_by_instant: bool = False  # a time was typed: the bounds are instants in UTC, compared with the instants

    @property
    def is_empty(self) -> bool:
        return not self.groups and not self.filters and self.date_from is None and self.date_to is None

    def values(self, which: FilterField) -> list[str]:
        return [value for name, value in self.filters if name is which]

    def terms(self) -> list[Term]:
        """The words and phrases to highlight in what is found."""
        return [term for group in self.groups for term in group]

    def tsquery(self) -> TsPlan | None:
        """The query for PostgreSQL's full-text search, or None if there is nothing to look for."""
        if not self.groups:
            return None
        groups = tuple(tuple(alternative for term in group for alternative in term.tsquery()) for group in self.groups)
        return TsPlan(groups, tuple(alternative for term in self.excluded for alternative in term.tsquery()))

    def tsquery_forms(self, keys: Keys) -> TsPlan | None:
        """`tsquery()` matching any form of the words typed too (an excluded word in any of its forms); the
        matches of the words as typed are left out by the storage layer (with `tsquery()`)."""
        if not self.groups:
            return None
        groups = tuple(tuple(alt for term in group for alt in term.tsquery_forms(keys)) for group in self.groups)
        return TsPlan(groups, tuple(alt for term in self.excluded for alt in term.tsquery_forms(keys)))

    def fts(self) -> str | None:
        """The FTS5 MATCH expression, or None if there is nothing to look for (only filters or exclusions)."""
        if not self.groups:
            return None
        parts = [group[0].fts() if len(group) == 1 else "(" + " OR ".join(t.fts() for t in group) + ")"
                 for group in self.groups]  # fmt: skip
        expression = " AND ".join(parts)
        if self.excluded:
            expression += " NOT (" + " OR ".join(term.fts() for term in self.excluded) + ")"
        return expression

    def fts_in(self, columns: str) -> str | None:
        """`fts()` looking only in `columns` ('{text}'): the words as typed, not their keys beside them."""
        expression = self.fts()
        return None if expression is None else f"{columns}: ({expression})"

    def fts_forms(self, keys: Keys, exact_columns: str, forms_column: str) -> str | None:
        """What matches any form of the words typed (and the words as typed) but not only as typed, or None.

        Every group must match by a word's keys or as typed; an excluded word is left out in any of its forms.
        The exact matches (`fts_in(exact_columns)`) are left out, so the two never overlap and can be ranked
        one after the other.
        """
        exact = self.fts_in(exact_columns)
        if exact is None:
            return None
        parts = []
        for group in self.groups:
            alternatives = [term.fts_forms(keys, exact_columns, forms_column) for term in group]
            parts.append(alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")")
        expression = " AND ".join(parts)
        if self.excluded:
            expression += (
                " NOT ("
                + " OR ".join(term.fts_forms(keys, exact_columns, forms_column) for term in self.excluded)
                + ")"
            )
        return f"({expression}) NOT ({exact})"


_KEY = re.compile(r"[^\W_]+")


def _safe(key: tuple[str, ...]) -> bool:
    """Keys go into a quoted FTS5 phrase: only runs of letters and digits may (they always are, but check)."""
    return bool(key) and all(_KEY.fullmatch(part) for part in key)


def _term(text: str, *, phrase: bool = False) -> Term | None:
    prefix = text.endswith("*")
    tokens = tuple(token.lower() for token in _TOKEN.findall(text))
    hyphenated = not phrase and len(tokens) == 2 and bool(_HYPHENATED.fullmatch(text.rstrip("*")))
    return Term(tokens, prefix, hyphenated, quoted=phrase) if tokens else None


def _date_bounds(value: str) -> tuple[datetime | None, datetime | None, bool]:
    """'1956-10-23..1956-11-04', '1956-10', '..1956-11-04', '1956-10-23..', '1956-10-30T12:00Z..1956-10-30T18:00Z'
    (with times: instants, a time without its offset read as UTC); raises InvalidDateError."""
    start, dots, end = value.partition("..")
    if not dots:
        date = HistoricalDate.parse(value)
        if date.precision is Precision.TIME:
            return date.utc_lo, date.utc_hi, True
        return date.lo, date.hi, False
    first = HistoricalDate.parse(start) if start else None
    last = HistoricalDate.parse(end) if end else None
    if first is None and last is None:
        raise InvalidDateError("an empty date range")
    instants = any(date is not None and date.precision is Precision.TIME for date in (first, last))
    if instants:
        return (first.utc_lo if first else None), (last.utc_hi if last else None), True
    return (first.lo if first else None), (last.hi if last else None), False


class _Builder:
    def __init__(self) -> None:
        self.groups: list[list[Term]] = []
        self.excluded: list[Term] = []
        self.filters: list[tuple[FilterField, str]] = []
        self.date_from: datetime | None = None
        self.date_to: datetime | None = None
        self.date_by_instant = False
        self.problems: list[str] = []
        self.pending_or = False

    def add(self, term: Term | None, *, negative: bool) -> None:
        if term is None or len(self.groups) + len(self.excluded) >= MAX_TERMS:
            return
        if negative:
            self.excluded.append(term)
        elif self.pending_or and self.groups:
            self.groups[-1].append(term)
        else:
            self.groups.append([term])
        self.pending_or = False

    def add_filter(self, name: FilterField, value: str, raw: str) -> None:
        if name is not FilterField.DATE:
            self.filters.append((name, value))
            return
        try:
            self.date_from, self.date_to, self.date_by_instant = _date_bounds(value)
        except InvalidDateError:
            self.problems.append(f"{raw}: write dates as date:1956-10-23..1956-11-04 (or date:1956-11)")

    def build(self) -> SearchQuery:
        return SearchQuery(
            groups=tuple(tuple(group) for group in self.groups),
            excluded=tuple(self.excluded),
            filters=tuple(self.filters),
            date_from=self.date_from,
            date_to=self.date_to,
            problems=tuple(self.problems),
            date_by_instant=self.date_by_instant,
        )


def parse_query(text: str) -> SearchQuery:
    """Whatever was typed, as a query; never raises."""
    builder = _Builder()
    for match in _LEXEME.finditer(text[:2000]):
        if match.group("or"):
            if builder.groups:
                builder.pending_or = True
            else:
                builder.add(_term("or"), negative=False)  # nothing to be an alternative to: the word itself
        elif match.group("field") is not None:
            _field_or_words(builder, match.group("field"), match.group("quoted").strip(), match.group(0))
        elif match.group("phrase") is not None:
            builder.add(_term(match.group("phrase"), phrase=True), negative=bool(match.group("neg")))
        else:
            word = match.group("word")
            name, colon, value = word.partition(":")
            if colon and value and not match.group("neg2"):
                _field_or_words(builder, name, value, word)
            else:
                builder.add(_term(word), negative=bool(match.group("neg2")))
    return builder.build()


def _field_or_words(builder: _Builder, name: str, value: str, raw: str) -> None:
    """`issuer:Nagy` is a filter; `foo:bar` (no such field) is two words, as typed."""
    if name.lower() in {f.value for f in FilterField} and value:
        builder.add_filter(FilterField(name.lower()), value, raw)
    else:
        builder.add(_term(raw), negative=False)
