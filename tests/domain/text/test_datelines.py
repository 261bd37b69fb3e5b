"""Datelines in English, Hungarian, Russian, German and French: what they say, and what is not one."""

import pytest

from app.domain.dates.written import parse_date_text
from app.domain.text.datelines import Dateline, read_dateline


@pytest.mark.parametrize(
    ("line", "place", "edtf", "source"),
    [
        ("Budapest, Radio Free Kossuth, 1 November 1956, 19:50", "Budapest", "1956-11-01T19:50", "Radio Free Kossuth"),
        ("Pravda, 31 October 1956", "", "1956-10-31", "Pravda"),  # a paper is not a place
        ("Washington, October 26, 1956, 5:50 p.m.", "Washington", "1956-10-26T17:50", ""),
        ("Budapest, November 2, 1956—midnight", "Budapest", "1956-11-02", ""),
        ("MOSCOW, Oct. 30, 1956 (TASS)", "Moscow", "1956-10-30", "TASS"),
        ("Budapest, 1956. november 4.", "Budapest", "1956-11-04", ""),
        ("Budapest, 1956. október 30., 14 óra 28 perc", "Budapest", "1956-10-30T14:28", ""),
        ("Szabad Nép, 1956. október 29., hétfő", "", "1956-10-29", "Szabad Nép"),
        ("Kossuth Rádió, 1956. november 4., 5 óra 20 perc", "", "1956-11-04T05:20", "Kossuth Rádió"),
        ("Москва, 30 октября 1956 г.", "Москва", "1956-10-30", ""),
        ("Москва, 31 октября 1956 г., 20 ч. 30 мин.", "Москва", "1956-10-31T20:30", ""),
        ("Moskau, den 30. Oktober 1956", "Moskau", "1956-10-30", ""),
        ("Wien, 1. November 1956, 19.50 Uhr", "Wien", "1956-11-01T19:50", ""),
        ("Paris, le 1er novembre 1956", "Paris", "1956-11-01", ""),
        ("30.10.1956", "", "1956-10-30", ""),  # a protocol's date, day first
    ],
)
def test_a_dateline_gives_its_place_date_and_source(line: str, place: str, edtf: str, source: str) -> None:
    found = read_dateline(line)
    assert found is not None
    assert (found.place, parse_date_text(found.date_text).edtf, found.source) == (place, edtf, source)


@pytest.mark.parametrize(
    "line",
    [
        "On 1 November 1956, Nagy declared the neutrality of Hungary.",  # a sentence that mentions a date
        "The Soviet Government, 30 October 1956 declared",
        "Telegram From the Legation in Hungary to the Department of State",
        "Magyarország népe!",
        "Tuesday, 19:50",  # no year: dateparser would make it this week
        "Budapest, 1956",  # a year alone is no day
        "Budapest (ČTK). Október 30-án a délutáni órákban Nagy Imre bejelentette a kormány határozatát.",
        "x" * 200 + ", 1 November 1956",
    ],
)
def test_what_is_not_a_dateline(line: str) -> None:
    assert read_dateline(line) is None


def test_a_dateline_is_read_into_its_parts_without_the_words_around_the_date() -> None:
    assert read_dateline("Budapest, 23 October 1956.") == Dateline("Budapest", "23 October 1956", "")
