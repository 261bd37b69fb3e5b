"""Historical dates with precision, stored as EDTF and shown as historians write them.

A time keeps the UTC offset its source gave ('1956-10-30T14:28:00+01:00' is 14:28 in Budapest): it is shown as
written, on the clock of its place, and sorts by the instant it names. A day, a month or a year has no clock:
'30 October 1956' written in Budapest is the 30th, and sorts by that day wherever it was written.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.domain.dates.zones import iso_offset, offset_at, offset_label, place_for
from app.domain.errors import InvalidInputError

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# One EDTF point in the subset Parallax stores: year, month, day or minute (with the UTC offset its source gave,
# where it gave one: 'Z', '+01:00'), with a qualifier.
_POINT = re.compile(
    r"^(?P<year>\d{4})"
    r"(?:-(?P<month>\d{2})"
    r"(?:-(?P<day>\d{2})"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?P<offset>Z|[+-]\d{2}:\d{2})?)?)?)?"
    r"(?P<qualifier>[~?%])?$"
)
MAX_OFFSET = 14 * 60  # minutes: no clock on Earth is further from UTC
# A day (or month, or year) without a time is taken, as an instant, on the westernmost clock of the 1956 table
# (Washington's, UTC−5), as FRUS takes its days: it then begins after every source's clock has reached it, so
# that a telegram written late on the 2nd in Washington never lists after the 3rd.
DAY_CLOCK = timedelta(hours=5)


class InvalidDateError(InvalidInputError):
    """A date string that is not one of the EDTF forms Parallax stores."""


class Precision(StrEnum):
    TIME = "time"
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True)
class _Point:
    lo: datetime
    hi: datetime
    precision: Precision
    approximate: bool
    uncertain: bool
    offset: int | None = None  # minutes east of UTC, for a time whose source gave it

    @property
    def utc(self) -> datetime:
        """The first instant: a time with its offset in UTC, one without as written, a day on DAY_CLOCK."""
        if self.precision is not Precision.TIME:
            return self.lo + DAY_CLOCK
        return self.lo - timedelta(minutes=self.offset) if self.offset is not None else self.lo

    @property
    def utc_end(self) -> datetime:
        return self.utc if self.precision is Precision.TIME else self.hi + DAY_CLOCK


def _offset(text: str | None) -> int | None:
    if not text:
        return None
    if text == "Z":
        return 0
    minutes = int(text[1:3]) * 60 + int(text[4:6])
    if minutes > MAX_OFFSET or int(text[4:6]) > 59:
        raise InvalidDateError(f"no such UTC offset: {text!r}")
    return -minutes if text[0] == "-" else minutes


def _parse_point(text: str) -> _Point:
    match = _POINT.match(text)
    if match is None:
        raise InvalidDateError(f"not a date Parallax understands: {text!r}")
    parts = match.groupdict()
    qualifier = parts["qualifier"] or ""
    year = int(parts["year"])
    if year == 0:
        raise InvalidDateError(f"no such date: {text!r} (there is no year 0)")
    offset = None
    try:
        if parts["month"] is None:
            lo = datetime(year, 1, 1)
            hi = datetime(year, 12, 31, 23, 59, 59)
            precision = Precision.YEAR
        elif parts["day"] is None:
            month = int(parts["month"])
            lo = datetime(year, month, 1)
            last = calendar.monthrange(year, month)[1]
            hi = datetime(year, month, last, 23, 59, 59)
            precision = Precision.MONTH
        elif parts["hour"] is None:
            lo = datetime(year, int(parts["month"]), int(parts["day"]))
            hi = lo + timedelta(hours=23, minutes=59, seconds=59)
            precision = Precision.DAY
        else:
            lo = datetime(
                year, int(parts["month"]), int(parts["day"]),
                int(parts["hour"]), int(parts["minute"]), int(parts["second"] or 0),
            )  # fmt: skip
            hi = lo
            precision = Precision.TIME
            offset = _offset(parts["offset"])
    except ValueError as exc:  # month 13, 31 November, hour 25
        raise InvalidDateError(f"no such date: {text!r}") from exc
    return _Point(lo, hi, precision, qualifier in ("~", "%"), qualifier in ("?", "%"), offset)


@dataclass(frozen=True)
class HistoricalDate:
    """A date as precise as the source allows: a point (day, month, year, time) or a range.

    `lo` and `hi` are the bounds as written, on the clock of the place (a day runs from its midnight to its
    last second there); `utc_lo` and `utc_hi` are the same bounds as instants, which is how dates are ordered:
    a time with its offset becomes UTC, a time without one stays as written, and a day is taken on DAY_CLOCK.
    """

    edtf: str
    lo: datetime
    hi: datetime
    precision: Precision
    approximate: bool = False
    uncertain: bool = False
    utc_lo: datetime | None = None
    utc_hi: datetime | None = None
    offset: int | None = None  # the UTC offset of its time, in minutes east, where its source gave one

    def __post_init__(self) -> None:
        if self.utc_lo is None:
            object.__setattr__(self, "utc_lo", self.lo)
        if self.utc_hi is None:
            object.__setattr__(self, "utc_hi", self.hi)

    @classmethod
    def parse(cls, edtf: str) -> HistoricalDate:
        """Parse the stored EDTF form; raise InvalidDateError for anything else."""
        text = edtf.strip()
        if not text:
            raise InvalidDateError("empty date")
        if text.startswith("[") and text.endswith("]") and ".." in text:  # one day of several: 'between …'
            first, _, last = text[1:-1].partition("..")
            start, end = _parse_point(first), _parse_point(last)
            if start.precision is not Precision.DAY or end.precision is not Precision.DAY or end.lo <= start.lo:
                raise InvalidDateError(f"not a date Parallax understands: {text!r}")
            return cls(text, start.lo, end.hi, Precision.DAY, True, False, start.utc, end.utc_end)
        if "/" in text:
            start_text, _, end_text = text.partition("/")
            start, end = _parse_point(start_text), _parse_point(end_text)
            if end.hi < start.lo or (end.utc < start.utc and Precision.TIME in (start.precision, end.precision)):
                raise InvalidDateError(f"range ends before it starts: {text!r}")
            precision = max(start.precision, end.precision, key=_COARSENESS.index)
            return cls(
                text, start.lo, end.hi, precision,
                start.approximate or end.approximate, start.uncertain or end.uncertain,
                start.utc, end.utc_end,
                start.offset if start.offset is not None else end.offset,
            )  # fmt: skip
        point = _parse_point(text)
        return cls(
            text, point.lo, point.hi, point.precision, point.approximate, point.uncertain,
            point.utc, point.utc_end, point.offset,
        )  # fmt: skip

    @property
    def is_range(self) -> bool:
        return "/" in self.edtf or self.is_between

    @property
    def is_between(self) -> bool:
        """One day, not known which, of several: '[1956-10-30..1956-10-31]', 'between 30 and 31 October 1956'."""
        return self.edtf.startswith("[")

    @property
    def sort_key(self) -> datetime:
        """Where the date stands in time: its first instant (UTC for a time with its offset)."""
        assert self.utc_lo is not None  # set in __post_init__
        return self.utc_lo

    @property
    def has_zone(self) -> bool:
        return self.offset is not None

    def display(self, place: str = "") -> str:
        """The date as a historian writes it: '30 October 1956', 'c. November 1956', '1–2 November 1956';
        a time on its own clock, with the zone: '30 October 1956, 14:28 (Budapest)' (the place's name where its
        clock showed that offset then, else 'UTC+1')."""
        if self.is_between:
            return _display_between(self.lo, self.hi)
        if self.is_range:
            start_text, _, end_text = self.edtf.partition("/")
            text = _display_range(_parse_point(start_text), _parse_point(end_text))
        else:
            text = _display_point(_parse_point(self.edtf))
        if self.offset is not None:
            text += f" ({place_for(place, self.offset, self.lo) or offset_label(self.offset)})"
        if self.approximate:
            text = "c. " + text
        if self.uncertain:
            text += "?"
        return text

    def display_utc(self) -> str:
        """A time with its offset as UTC ('30 October 1956, 13:28 UTC'); '' for a date without a zone."""
        if self.offset is None or self.utc_lo is None or self.utc_hi is None:
            return ""
        start = _display_time(self.utc_lo)
        if self.utc_hi == self.utc_lo:
            return f"{start} UTC"
        if self.utc_hi.date() == self.utc_lo.date():
            return f"{start}–{self.utc_hi:%H:%M} UTC"
        return f"{start} – {_display_time(self.utc_hi)} UTC"


_COARSENESS = [Precision.TIME, Precision.DAY, Precision.MONTH, Precision.YEAR]


def _display_time(when: datetime) -> str:
    return f"{when.day} {MONTHS[when.month - 1]} {when.year}, {when:%H:%M}"


def _display_point(point: _Point) -> str:
    when = point.lo
    if point.precision is Precision.YEAR:
        return str(when.year)
    if point.precision is Precision.MONTH:
        return f"{MONTHS[when.month - 1]} {when.year}"
    day = f"{when.day} {MONTHS[when.month - 1]} {when.year}"
    if point.precision is Precision.TIME:
        return f"{day}, {when:%H:%M}"
    return day


def _display_between(a: datetime, b: datetime) -> str:
    if a.year != b.year:
        return f"between {a.day} {MONTHS[a.month - 1]} {a.year} and {b.day} {MONTHS[b.month - 1]} {b.year}"
    if a.month != b.month:
        return f"between {a.day} {MONTHS[a.month - 1]} and {b.day} {MONTHS[b.month - 1]} {a.year}"
    return f"between {a.day} and {b.day} {MONTHS[a.month - 1]} {a.year}"


def _display_range(start: _Point, end: _Point) -> str:
    same_kind = start.precision == end.precision
    a, b = start.lo, end.lo
    if same_kind and start.precision is Precision.TIME and a.date() == b.date():
        return f"{_display_time(a)}–{b:%H:%M}"
    if same_kind and start.precision is Precision.DAY and a.year == b.year:
        if a.month == b.month:
            return f"{a.day}–{b.day} {MONTHS[a.month - 1]} {a.year}"
        return f"{a.day} {MONTHS[a.month - 1]} – {b.day} {MONTHS[b.month - 1]} {a.year}"
    if same_kind and start.precision is Precision.MONTH and a.year == b.year:
        return f"{MONTHS[a.month - 1]}–{MONTHS[b.month - 1]} {a.year}"
    if same_kind and start.precision is Precision.YEAR:
        return f"{a.year}–{b.year}"
    return f"{_display_point(start)} – {_display_point(end)}"


def with_offset(edtf: str, offset_for: Callable[[datetime], int | None]) -> str:
    """The EDTF with an offset given to each time that has none, where `offset_for(local time)` knows one.

    A date without a time, or a time that already has its offset, is left as it is.
    """
    if not edtf or edtf.startswith("["):
        return edtf
    parts = edtf.split("/")
    changed = []
    for part in parts:
        point = _parse_point(part)
        if point.precision is not Precision.TIME or point.offset is not None:
            changed.append(part)
            continue
        offset = offset_for(point.lo)
        if offset is None:
            changed.append(part)
            continue
        qualifier = part[-1] if part[-1] in "~?%" else ""
        changed.append(f"{point.lo:%Y-%m-%dT%H:%M:%S}{iso_offset(offset)}{qualifier}")
    result = "/".join(changed)
    HistoricalDate.parse(result)
    return result


def with_place_offset(edtf: str, place: str) -> str:
    """'1956-10-30T14:28' written in Budapest → '1956-10-30T14:28:00+01:00'; anything else as it is."""
    return with_offset(edtf, lambda local: offset_at(place, local)) if place.strip() else edtf
