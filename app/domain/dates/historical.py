"""Historical dates with precision, stored as EDTF and shown as historians write them."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.domain.errors import InvalidInputError

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# One EDTF point in the subset Parallax stores: year, month, day or minute, with a qualifier.
_POINT = re.compile(
    r"^(?P<year>\d{4})"
    r"(?:-(?P<month>\d{2})"
    r"(?:-(?P<day>\d{2})"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?)?)?"
    r"(?P<qualifier>[~?%])?$"
)


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


def _parse_point(text: str) -> _Point:
    match = _POINT.match(text)
    if match is None:
        raise InvalidDateError(f"not a date Parallax understands: {text!r}")
    parts = match.groupdict()
    qualifier = parts["qualifier"] or ""
    year = int(parts["year"])
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
    except ValueError as exc:  # month 13, 31 November, hour 25
        raise InvalidDateError(f"no such date: {text!r}") from exc
    return _Point(lo, hi, precision, qualifier in ("~", "%"), qualifier in ("?", "%"))


@dataclass(frozen=True)
class HistoricalDate:
    """A date as precise as the source allows: a point (day, month, year, time) or a range."""

    edtf: str
    lo: datetime
    hi: datetime
    precision: Precision
    approximate: bool = False
    uncertain: bool = False

    @classmethod
    def parse(cls, edtf: str) -> HistoricalDate:
        """Parse the stored EDTF form; raise InvalidDateError for anything else."""
        text = edtf.strip()
        if not text:
            raise InvalidDateError("empty date")
        if "/" in text:
            start_text, _, end_text = text.partition("/")
            start, end = _parse_point(start_text), _parse_point(end_text)
            if end.hi < start.lo:
                raise InvalidDateError(f"range ends before it starts: {text!r}")
            precision = max(start.precision, end.precision, key=_COARSENESS.index)
            return cls(
                text, start.lo, end.hi, precision,
                start.approximate or end.approximate, start.uncertain or end.uncertain,
            )  # fmt: skip
        point = _parse_point(text)
        return cls(text, point.lo, point.hi, point.precision, point.approximate, point.uncertain)

    @property
    def is_range(self) -> bool:
        return "/" in self.edtf

    def display(self) -> str:
        """The date as a historian writes it: '30 October 1956', 'c. November 1956', '1–2 November 1956'."""
        if self.is_range:
            start_text, _, end_text = self.edtf.partition("/")
            text = _display_range(_parse_point(start_text), _parse_point(end_text))
        else:
            text = _display_point(_parse_point(self.edtf))
        if self.approximate:
            text = "c. " + text
        if self.uncertain:
            text += "?"
        return text


_COARSENESS = [Precision.TIME, Precision.DAY, Precision.MONTH, Precision.YEAR]


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


def _display_range(start: _Point, end: _Point) -> str:
    same_kind = start.precision == end.precision
    a, b = start.lo, end.lo
    if same_kind and start.precision is Precision.DAY and a.year == b.year:
        if a.month == b.month:
            return f"{a.day}–{b.day} {MONTHS[a.month - 1]} {a.year}"
        return f"{a.day} {MONTHS[a.month - 1]} – {b.day} {MONTHS[b.month - 1]} {a.year}"
    if same_kind and start.precision is Precision.MONTH and a.year == b.year:
        return f"{MONTHS[a.month - 1]}–{MONTHS[b.month - 1]} {a.year}"
    if same_kind and start.precision is Precision.YEAR:
        return f"{a.year}–{b.year}"
    return f"{_display_point(start)} – {_display_point(end)}"
