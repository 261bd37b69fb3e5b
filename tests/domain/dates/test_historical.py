import contextlib
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.dates.historical import HistoricalDate, InvalidDateError, Precision


@pytest.mark.parametrize(
    ("edtf", "shown", "precision"),
    [
        ("1956-10-30", "30 October 1956", Precision.DAY),
        ("1956-11", "November 1956", Precision.MONTH),
        ("1956", "1956", Precision.YEAR),
        ("1956-10-29~", "c. 29 October 1956", Precision.DAY),
        ("1956-10-30T14:28", "30 October 1956, 14:28", Precision.TIME),
        ("1956-11-01/1956-11-02", "1–2 November 1956", Precision.DAY),
        ("1956-10-30/1956-11-04", "30 October – 4 November 1956", Precision.DAY),
        ("1956-10/1956-11", "October–November 1956", Precision.MONTH),
        ("1956-12-31/1957-01-02", "31 December 1956 – 2 January 1957", Precision.DAY),
        ("1956-10-23?", "23 October 1956?", Precision.DAY),
    ],
)
def test_dates_are_shown_as_historians_write_them(edtf: str, shown: str, precision: Precision) -> None:
    date = HistoricalDate.parse(edtf)
    assert date.display() == shown
    assert date.precision is precision


def test_bounds_cover_the_whole_period() -> None:
    month = HistoricalDate.parse("1956-11")
    assert month.lo == datetime(1956, 11, 1)
    assert month.hi == datetime(1956, 11, 30, 23, 59, 59)
    span = HistoricalDate.parse("1956-11-01/1956-11-02")
    assert (span.lo, span.hi) == (datetime(1956, 11, 1), datetime(1956, 11, 2, 23, 59, 59))
    assert HistoricalDate.parse("1956-10-29~").approximate


@pytest.mark.parametrize(
    "text",
    [
        "",
        "30 October 1956",
        "1956-13",
        "1956-11-31",
        "1956-02-30",
        "1956-11-04/1956-11-01",
        "56-11-04",
        "19XX",
    ],
)
def test_anything_else_is_refused_with_a_clear_error(text: str) -> None:
    with pytest.raises(InvalidDateError):
        HistoricalDate.parse(text)


@given(st.dates(min_value=datetime(1000, 1, 1).date(), max_value=datetime(2999, 12, 31).date()))
def test_every_real_day_parses_and_shows_its_own_day(day: object) -> None:
    date = HistoricalDate.parse(str(day))
    assert date.lo.date() == day
    assert str(date.lo.year) in date.display()


@given(st.text(max_size=30))
def test_random_text_never_raises_anything_but_invalid_date(text: str) -> None:
    with contextlib.suppress(InvalidDateError):
        HistoricalDate.parse(text).display()
