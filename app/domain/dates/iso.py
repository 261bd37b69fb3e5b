"""ISO 8601 dates as documentary editions give them (TEI @when, @notBefore/@notAfter, FRUS date bounds) to EDTF.

A time keeps the clock and the offset the edition gives: `1956-10-30T13:00:00+01:00` is 1 p.m. in Budapest and
is stored so (`1956-10-30T13:00:00+01:00`), which orders it by the instant it names. A date without a time stays a
day, on no clock (an `xs:date` may carry a zone; it is dropped, since a day written in Budapest is that day).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from app.domain.dates.historical import HistoricalDate, InvalidDateError

_ISO = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?)?)?)?"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?$"
)


@dataclass(frozen=True)
class _Iso:
    year: int
    month: int | None
    day: int | None
    hour: int | None
    minute: int | None
    second: int
    zone: str  # '' (none given), or '+01:00', '-05:00', '+00:00'

    @property
    def date(self) -> str:
        parts = [f"{self.year:04d}"] + [f"{part:02d}" for part in (self.month, self.day) if part is not None]
        return "-".join(parts)

    @property
    def edtf(self) -> str:
        if self.hour is None:
            return self.date
        if not self.zone:
            return f"{self.date}T{self.hour:02d}:{self.minute:02d}"
        return f"{self.date}T{self.hour:02d}:{self.minute:02d}:00{self.zone}"

    @property
    def day_start(self) -> bool:
        return self.hour is None or (self.hour, self.minute, self.second) == (0, 0, 0)

    @property
    def day_end(self) -> bool:
        return self.hour is None or (self.hour, self.minute) == (23, 59)


def _zone(text: str | None) -> str:
    if not text:
        return ""
    if text == "Z":
        return "+00:00"
    return text if ":" in text else f"{text[:3]}:{text[3:]}"


def _parse(text: str) -> _Iso:
    match = _ISO.match(text.strip())
    if match is None:
        raise InvalidDateError(f"not an ISO date: {text!r}")
    groups = match.groupdict()
    zone = _zone(groups.pop("zone"))
    values = {key: int(value) if value else None for key, value in groups.items()}
    year = values["year"]
    assert year is not None  # the pattern requires it
    hour = values["hour"]
    return _Iso(year, values["month"], values["day"], hour, values["minute"], values["second"] or 0,
                zone if hour is not None else "")  # fmt: skip


def _checked(edtf: str) -> str:
    HistoricalDate.parse(edtf)  # raises InvalidDateError for 31 November, year 0 and the like
    return edtf


def edtf_from_iso(text: str) -> str:
    """One ISO date or date-time as EDTF at its own precision ('1956-10-30T14:28+01:00' → '…T14:28:00+01:00')."""
    return _checked(_parse(text).edtf)


def edtf_between(lower: str, upper: str) -> str:
    """The EDTF for a date known to lie between two ISO bounds, as precise as they allow.

    The same minute is a time; two times of one day a range of times (a meeting from 9 to 10:42); a whole day
    a day; a whole month or year that month or year; else a range of days.
    """
    lo, hi = _parse(lower), _parse(upper)
    if lo.hour is not None and hi.hour is not None and (lo.date, lo.hour, lo.minute) == (hi.date, hi.hour, hi.minute):
        return _checked(lo.edtf)
    if lo.day is None or hi.day is None:  # bounds given as months or years
        return _checked(lo.date if lo.date == hi.date else f"{lo.date}/{hi.date}")
    if lo.date == hi.date:
        if lo.hour is not None and hi.hour is not None and not (lo.day_start and hi.day_end):
            return _checked(f"{lo.edtf}/{hi.edtf}")
        return _checked(lo.date)
    assert lo.month is not None  # a day implies its month
    assert hi.month is not None
    whole = lo.day_start and hi.day_end and lo.day == 1
    if whole and lo.year == hi.year and hi.day == calendar.monthrange(hi.year, hi.month)[1]:
        if lo.month == hi.month:
            return _checked(f"{lo.year:04d}-{lo.month:02d}")
        if (lo.month, hi.month) == (1, 12):
            return _checked(f"{lo.year:04d}")
    return _checked(f"{lo.date}/{hi.date}")


def span_days(lower: str, upper: str) -> float:
    """How many days two ISO bounds span (a day's own bounds span one), ignoring their clocks."""
    lo, hi = HistoricalDate.parse(_parse(lower).date), HistoricalDate.parse(_parse(upper).date)
    return (hi.hi - lo.lo).total_seconds() / 86_400
