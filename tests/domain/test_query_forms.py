"""The query compiled to find other forms of its words: quotes and prefixes stay exact, nothing raises."""

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.query import parse_query


def keys(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [tuple("hu0" + token[:4] for token in tokens), tuple("en0" + token[:5] for token in tokens)]


def test_each_word_matches_as_typed_or_by_its_keys_and_exact_matches_are_left_out() -> None:
    query = parse_query("Varsói Szerződés")
    assert query.fts_forms(keys, "{text}", "{forms}") == (
        '(({text}: "varsói" OR {forms}: ("hu0vars" OR "en0varsó")) AND '
        '({text}: "szerződés" OR {forms}: ("hu0szer" OR "en0szerz"))) NOT ({text}: ("varsói" AND "szerződés"))'
    )


def test_quotes_and_prefixes_match_only_as_typed() -> None:
    query = parse_query('"Soviet troops" negotia* withdraw')
    compiled = query.fts_forms(keys, "{text}", "{forms}")
    assert compiled is not None
    assert '{text}: "soviet troops" AND {text}: "negotia"* AND ({text}: "withdraw" OR {forms}:' in compiled


def test_an_excluded_word_is_left_out_in_every_form() -> None:
    compiled = parse_query("Nagy -Kádár").fts_forms(keys, "{text}", "{forms}")
    assert compiled is not None
    assert 'NOT (({text}: "kádár" OR {forms}: ("hu0kádá" OR "en0kádár")))' in compiled


def test_nothing_to_look_for_compiles_to_nothing() -> None:
    assert parse_query("language:hu").fts_forms(keys, "{text}", "{forms}") is None
    assert parse_query("").fts_in("{text}") is None


def test_keys_that_are_not_plain_words_are_never_compiled() -> None:
    compiled = parse_query("Nagy").fts_forms(lambda _tokens: [('x" OR "y',), ()], "{text}", "{forms}")
    assert compiled == '({text}: "nagy") NOT ({text}: ("nagy"))'


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_whatever_is_typed_compiles_to_what_sqlite_accepts(typed: str) -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(text, forms, tokenize='unicode61 remove_diacritics 2')")
    connection.execute("INSERT INTO t VALUES ('a forradalma', 'hu0forradalm')")
    query = parse_query(typed)
    for expression in (query.fts_in("{text}"), query.fts_forms(keys, "{text}", "{forms}")):
        if expression is not None:
            connection.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()
