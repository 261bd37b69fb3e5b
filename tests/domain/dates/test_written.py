import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.dates.historical import InvalidDateError
from app.domain.dates.written import parse_date_text


@pytest.mark.parametrize(
    ("typed", "edtf", "shown"),
    [
        ("1 November 1956", "1956-11-01", "1 November 1956"),
        ("1956. november 1.", "1956-11-01", "1 November 1956"),
        ("1 ноября 1956", "1956-11-01", "1 November 1956"),
        ("le 4 novembre 1956", "1956-11-04", "4 November 1956"),
        ("2. November 1956", "1956-11-02", "2 November 1956"),
        ("early November 1956", "1956-11-01~/1956-11-10~", "c. 1–10 November 1956"),
        ("late October 1956", "1956-10-21~/1956-10-31~", "c. 21–31 October 1956"),
        ("1956. október vége", "1956-10-21~/1956-10-31~", "c. 21–31 October 1956"),
        ("c. 29 Oct 1956", "1956-10-29~", "c. 29 October 1956"),
        ("1–2 Nov 1956", "1956-11-01/1956-11-02", "1–2 November 1956"),
        ("30 October – 4 November 1956", "1956-10-30/1956-11-04", "30 October – 4 November 1956"),
        ("November 1956", "1956-11", "November 1956"),
        ("1956", "1956", "1956"),
        ("11/4/56", "1956-11-04", "4 November 1956"),
        ("4 November 1956, 04:20", "1956-11-04T04:20", "4 November 1956, 04:20"),
        ("1956-10-29~", "1956-10-29~", "c. 29 October 1956"),
    ],
)
def test_dates_typed_as_people_write_them(typed: str, edtf: str, shown: str) -> None:
    date = parse_date_text(typed)
    assert date.edtf == edtf
    assert date.display() == shown


@pytest.mark.parametrize("typed", ["", "   ", "32 October 1956", "the day after the revolution", "30 Febuary"])
def test_what_is_not_a_date_is_said_plainly(typed: str) -> None:
    with pytest.raises(InvalidDateError):
        parse_date_text(typed)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_random_text_only_ever_raises_our_own_error(text: str) -> None:
    with contextlib.suppress(InvalidDateError):
        parse_date_text(text).display()
