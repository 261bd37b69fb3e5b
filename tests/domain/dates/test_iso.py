import pytest

from app.domain.dates.historical import HistoricalDate, InvalidDateError, Precision
from app.domain.dates.iso import edtf_between, edtf_from_iso


@pytest.mark.parametrize(
    ("iso", "edtf"),
    [
        ("1956-10-30", "1956-10-30"),
        ("1956-10", "1956-10"),
        ("1956", "1956"),
        ("1956-10-30T13:00:00+01:00", "1956-10-30T13:00:00+01:00"),  # the clock of the place, with its offset
        ("1956-11-04T05:20:00Z", "1956-11-04T05:20:00+00:00"),
        ("1956-10-30T13:00+0100", "1956-10-30T13:00:00+01:00"),
        ("1956-10-30T13:00", "1956-10-30T13:00"),
        ("1956-10-30-05:00", "1956-10-30"),  # an xs:date may carry a zone too
    ],
)
def test_one_iso_date_keeps_its_own_precision(iso: str, edtf: str) -> None:
    assert edtf_from_iso(iso) == edtf


@pytest.mark.parametrize("iso", ["", "October 30, 1956", "1956-11-31", "56-10-30", "1956-13"])
def test_what_is_not_an_iso_date_is_refused(iso: str) -> None:
    with pytest.raises(InvalidDateError):
        edtf_from_iso(iso)


@pytest.mark.parametrize(
    ("lower", "upper", "edtf", "precision"),
    [
        # FRUS gives bounds at Washington's offset: a whole day is a day
        ("1956-10-30T00:00:00-05:00", "1956-10-30T23:59:59-05:00", "1956-10-30", Precision.DAY),
        ("1956-11-04T05:20:00-05:00", "1956-11-04T05:20:59-05:00", "1956-11-04T05:20:00-05:00", Precision.TIME),
        # a meeting from 9 to 10:42 a.m. (FRUS doc. 116): a range of times, not the whole day
        (
            "1956-10-26T09:00:00-04:00",
            "1956-10-26T10:42:00-04:00",
            "1956-10-26T09:00:00-04:00/1956-10-26T10:42:00-04:00",
            Precision.TIME,
        ),
        ("1956-10-30T00:00:00-05:00", "1956-11-01T23:59:59-05:00", "1956-10-30/1956-11-01", Precision.DAY),
        ("1956-11-01T00:00:00-05:00", "1956-11-30T23:59:59-05:00", "1956-11", Precision.MONTH),
        ("1956-01-01T00:00:00-05:00", "1956-12-31T23:59:59-05:00", "1956", Precision.YEAR),
        ("1956-10-30", "1956-11-02", "1956-10-30/1956-11-02", Precision.DAY),  # @notBefore/@notAfter
        ("1956-10", "1956-11", "1956-10/1956-11", Precision.MONTH),
        ("1956-10-30", "1956-10-30", "1956-10-30", Precision.DAY),
    ],
)
def test_bounds_become_the_most_precise_date_they_allow(
    lower: str, upper: str, edtf: str, precision: Precision
) -> None:
    found = edtf_between(lower, upper)
    assert found == edtf
    assert HistoricalDate.parse(found).precision is precision


def test_bounds_the_wrong_way_round_are_refused() -> None:
    with pytest.raises(InvalidDateError, match="ends before"):
        edtf_between("1956-11-02", "1956-10-30")


@pytest.mark.parametrize("iso", ["0000-10-30", "1956-13-01", "1956-10-30T25:00:00+01:00", "1956-10-30T12:00:00+15:00"])
def test_dates_that_cannot_be_true_are_refused(iso: str) -> None:
    with pytest.raises(InvalidDateError):
        edtf_from_iso(iso)


def test_a_telegram_keeps_its_clock_and_sorts_by_its_instant() -> None:
    budapest = HistoricalDate.parse(edtf_from_iso("1956-10-30T14:00:00+01:00"))
    washington = HistoricalDate.parse(edtf_from_iso("1956-10-30T13:22:00-05:00"))
    assert (budapest.lo.hour, washington.lo.hour) == (14, 13)  # as written
    assert budapest.sort_key < washington.sort_key  # 13:00 UTC before 18:22 UTC
