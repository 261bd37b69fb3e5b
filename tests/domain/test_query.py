import sqlite3
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.query import FilterField, parse_query


def test_words_phrases_exclusions_alternatives_and_prefixes() -> None:
    query = parse_query('Warsaw "Soviet troops" -Suez neutrality OR neutral negotia*')
    assert query.fts() == '"warsaw" AND "soviet troops" AND ("neutrality" OR "neutral") AND "negotia"* NOT ("suez")'
    assert [term.display() for term in query.terms()] == [
        "warsaw",
        '"soviet troops"',
        "neutrality",
        "neutral",
        "negotia*",
    ]


def test_filters_are_taken_out_of_the_words() -> None:
    query = parse_query(
        'withdraw issuer:"Imre Nagy" kind:broadcast language:hu tag:Budapest date:1956-10-23..1956-11-04'
    )
    assert query.fts() == '"withdraw"'
    assert query.values(FilterField.ISSUER) == ["Imre Nagy"]
    assert query.values(FilterField.KIND) == ["broadcast"]
    assert query.values(FilterField.LANGUAGE) == ["hu"]
    assert query.values(FilterField.TAG) == ["Budapest"]
    assert (query.date_from, query.date_to) == (datetime(1956, 10, 23), datetime(1956, 11, 4, 23, 59, 59))


@pytest.mark.parametrize(
    ("typed", "fts"),
    [
        ('"', None),
        ("NEAR(", '"near"'),
        ("AND", '"and"'),
        ("*", None),
        ("co-operation", '("co operation" OR "cooperation")'),
        ('"co-operation"', '"co operation"'),
        ("emperor's", '"emperor s"'),
        ("1648.", '"1648"'),
        ("", None),
        ("   ", None),
        ("-only", None),
        ("OR OR OR", '"or"'),
        ("title:Declaration", '"title declaration"'),
        ("Ünnepélyes", '"ünnepélyes"'),
        ("Варшавский", '"варшавский"'),
    ],
)
def test_whatever_is_typed_becomes_words_or_nothing(typed: str, fts: str | None) -> None:
    assert parse_query(typed).fts() == fts


def test_a_date_that_cannot_be_read_is_said_not_raised() -> None:
    query = parse_query("Nagy date:yesterday")
    assert query.fts() == '"nagy"'
    assert query.problems == ("date:yesterday: write dates as date:1956-10-23..1956-11-04 (or date:1956-11)",)


@pytest.fixture(scope="module")
def fts_table() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='unicode61 remove_diacritics 2')")
    connection.execute("INSERT INTO t VALUES ('Ünnepélyes nyilatkozat: co-operation, the emperor''s 1648. Варшавский')")
    return connection


@settings(max_examples=10_000, deadline=None)
@given(st.text(max_size=60))
def test_ten_thousand_random_strings_never_raise_here_or_in_sqlite(fts_table: sqlite3.Connection, typed: str) -> None:
    expression = parse_query(typed).fts()
    if expression is not None:
        fts_table.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchone()


def test_accents_and_case_do_not_matter_to_the_index(fts_table: sqlite3.Connection) -> None:
    for typed in ("unnepelyes", "CO-OPERATION", "emperor's", "1648.", "варшав*", "nyilat*"):
        expression = parse_query(typed).fts()
        assert fts_table.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchone() == (1,), typed
