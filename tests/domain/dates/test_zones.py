"""Times keep their clock: shown as written with the zone, ordered by the instant, UTC on request."""

from datetime import datetime

import pytest

from app.domain.dates.historical import HistoricalDate, InvalidDateError, Precision, with_place_offset
from app.domain.dates.written import parse_date_text
from app.domain.dates.zones import offset_at, offset_label, offset_of_zone, place_key


@pytest.mark.parametrize(
    ("place", "local", "offset"),
    [
        ("Budapest", datetime(1956, 10, 30, 14, 28), 60),
        ("Budapest", datetime(1956, 7, 1, 12, 0), 120),  # Hungarian summer time, 3 June – 30 September 1956
        ("Moscow", datetime(1956, 10, 30, 22, 0), 180),
        ("Washington", datetime(1956, 10, 27, 12, 0), -240),  # daylight time until 28 October
        ("Washington", datetime(1956, 10, 28, 1, 30), -240),
        ("Washington", datetime(1956, 10, 28, 3, 0), -300),
        ("New York", datetime(1956, 11, 4, 16, 25), -300),
        ("London", datetime(1956, 10, 6, 12, 0), 60),  # British Summer Time ended on 7 October
        ("London", datetime(1956, 10, 26, 14, 0), 0),
        ("Paris", datetime(1956, 11, 4, 17, 0), 60),
        ("Warsaw", datetime(1956, 10, 25, 18, 0), 60),
        ("Belgrade", datetime(1956, 11, 2, 12, 0), 60),
        ("Washington, D.C.", datetime(1956, 11, 1, 9, 0), -300),
        ("Москва", datetime(1956, 10, 30, 22, 0), 180),
        ("Narnia", datetime(1956, 10, 30, 22, 0), None),
        ("Budapest", datetime(1957, 1, 1, 12, 0), None),  # the table knows 1956 only: nothing is guessed
    ],
)
def test_the_1956_clocks_of_the_places_telegrams_came_from(place: str, local: datetime, offset: int | None) -> None:
    assert offset_at(place, local) == offset


def test_a_time_is_shown_as_written_with_its_zone_and_its_utc() -> None:
    date = HistoricalDate.parse("1956-10-30T14:28:00+01:00")
    assert date.display("Budapest") == "30 October 1956, 14:28 (Budapest)"
    assert date.display() == "30 October 1956, 14:28 (UTC+1)"
    assert date.display("Moscow") == "30 October 1956, 14:28 (UTC+1)"  # Moscow's clock was not at +1
    assert date.display_utc() == "30 October 1956, 13:28 UTC"
    assert date.precision is Precision.TIME


def test_three_telegrams_from_three_zones_sort_by_the_instant_they_were_written() -> None:
    moscow = HistoricalDate.parse("1956-10-30T22:00:00+03:00")  # 19:00 UTC
    budapest = HistoricalDate.parse("1956-10-30T14:00:00+01:00")  # 13:00 UTC
    washington = HistoricalDate.parse("1956-10-30T13:22:00-05:00")  # 18:22 UTC
    ordered = sorted([moscow, budapest, washington], key=lambda d: d.sort_key)
    assert ordered == [budapest, washington, moscow]


def test_a_day_stays_a_day_wherever_it_was_written() -> None:
    day = HistoricalDate.parse("1956-10-30")
    assert day.sort_key == datetime(1956, 10, 30, 5)  # on the westernmost clock (UTC−5), as FRUS takes days
    assert day.display("Budapest") == "30 October 1956"
    assert day.display_utc() == ""
    assert parse_date_text("30 October 1956 (Budapest)").edtf == "1956-10-30"


@pytest.mark.parametrize(
    ("typed", "edtf"),
    [
        ("30 October 1956, 14:28 (Budapest)", "1956-10-30T14:28:00+01:00"),
        ("30 October 1956, 13:22 (UTC−5)", "1956-10-30T13:22:00-05:00"),
        ("30 Oct 1956 22:00 MSK", "1956-10-30T22:00:00+03:00"),
        ("27 October 1956, 12:00 (Washington)", "1956-10-27T12:00:00-04:00"),
        ("29 October 1956, 12:00 (Washington)", "1956-10-29T12:00:00-05:00"),
        ("c. 30 Oct 1956 14:28 +01:00", "1956-10-30T14:28:00+01:00~"),
        ("30 October 1956, 2:28 pm", "1956-10-30T14:28"),  # no zone written: a clock unknown
    ],
)
def test_a_zone_typed_after_a_time_is_kept(typed: str, edtf: str) -> None:
    assert parse_date_text(typed).edtf == edtf


def test_what_is_shown_reads_back_as_the_same_date() -> None:
    for edtf in ("1956-10-30T14:28:00+01:00", "1956-10-30T13:22:00-05:00", "1956-10-30T22:00:00+03:00"):
        date = HistoricalDate.parse(edtf)
        for place in ("", "Budapest", "Washington", "Moscow"):
            assert parse_date_text(date.display(place)).sort_key == date.sort_key


def test_a_time_typed_for_a_place_takes_the_place_s_clock() -> None:
    assert with_place_offset("1956-10-30T14:28", "Budapest") == "1956-10-30T14:28:00+01:00"
    assert with_place_offset("1956-10-27T12:00", "Washington") == "1956-10-27T12:00:00-04:00"
    assert with_place_offset("1956-10-30T14:28:00+03:00", "Budapest") == "1956-10-30T14:28:00+03:00"  # as given
    assert with_place_offset("1956-10-30", "Budapest") == "1956-10-30"
    assert with_place_offset("1956-10-30T14:28", "Narnia") == "1956-10-30T14:28"


def test_a_range_of_times_is_shown_on_one_clock() -> None:
    meeting = HistoricalDate.parse("1956-10-26T09:00:00-04:00/1956-10-26T10:42:00-04:00")
    assert meeting.display("Washington") == "26 October 1956, 09:00–10:42 (Washington)"
    assert meeting.display_utc() == "26 October 1956, 13:00–14:42 UTC"


@pytest.mark.parametrize(
    "edtf",
    ["0000-10-30", "1956-13", "1956-10-30T14:28:00+16:00", "1956-10-30T14:00:00+01:00/1956-10-30T07:00:00-05:00"],
)
def test_dates_that_cannot_be_true_are_refused(edtf: str) -> None:
    with pytest.raises(InvalidDateError):
        HistoricalDate.parse(edtf)


def test_zone_names_and_labels() -> None:
    assert [offset_of_zone(z) for z in ("CET", "UTC+1", "+01:00", "Z", "UTC−5", "pm")] == [60, 60, 60, 0, -300, None]
    assert [offset_label(o) for o in (60, -300, 0, 330)] == ["UTC+1", "UTC−5", "UTC", "UTC+5:30"]
    assert place_key("Washington, October 30, 1956") == "Washington"
