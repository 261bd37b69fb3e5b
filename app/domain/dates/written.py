"""Dates typed as people write them, in English, Hungarian, Russian, German or French, to EDTF."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from app.domain.dates.historical import HistoricalDate, InvalidDateError, Precision, with_offset
from app.domain.dates.zones import offset_at, offset_of_zone, place_key

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

LANGUAGES = ["en", "hu", "ru", "de", "fr"]

_APPROXIMATE = re.compile(
    r"^(?:c\.|ca\.?|circa|about|around|approx(?:\.|imately)?|kb\.|körülbelül|около|etwa|um|vers|env\.|~)\s*",
    re.IGNORECASE,
)
# Parts of a month: early 1–10, mid 11–20, late 21–end (stored as an approximate range).
_PART = {
    "early": 0, "beginning of": 0, "anfang": 0, "début": 0, "debut": 0, "начало": 0, "eleje": 0,
    "mid": 1, "mid-": 1, "middle of": 1, "mitte": 1, "середина": 1, "közepe": 1,
    "late": 2, "end of": 2, "ende": 2, "fin": 2, "конец": 2, "vége": 2,
}  # fmt: skip
_PART_RE = re.compile(
    r"^(?P<part>" + "|".join(sorted((re.escape(k) for k in _PART), key=len, reverse=True)) + r")\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_PART_AFTER_RE = re.compile(r"^(?P<rest>.+?)\s+(?P<part>eleje|közepe|vége)$", re.IGNORECASE)
_DAY_RANGE = re.compile(r"^(?P<a>\d{1,2})\.?\s*(?:[-–—]|to|bis|au)\s*(?P<b>\d{1,2})\.?\s+(?P<rest>.+)$", re.IGNORECASE)
# A zone written after a time: '14:28 CET', '2 p.m. (Budapest)', '13:22 UTC−5', '20:00 +01:00'.
_ZONE_AFTER_TIME = re.compile(
    r"^(?P<rest>.*?(?:\d[:.]\d{2}|\d\s*[ap]\.?\s*m\.?))\s*"
    r"(?:\((?P<paren>[^)]+)\)|(?P<zone>(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?|[+\-−]\d{2}:?\d{2}|[A-Za-z]{1,4}))$",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(r"^(?P<rest>.+?)\s*\((?P<paren>[^)]+)\)(?P<zone>)$")  # '30 October 1956 (Budapest)'
_FULL_RANGE = re.compile(r"^(?P<a>.+?)\s*(?:\s[-–—/]\s|\bto\b|\bbis\b)\s*(?P<b>.+)$", re.IGNORECASE)


@cache
def _parser() -> DateDataParser:
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True, "PREFER_DAY_OF_MONTH": "first"}
    return DateDataParser(languages=LANGUAGES, settings=settings)


def _edtf_point(text: str) -> tuple[str, datetime, str] | None:
    """One point in time as EDTF, with its datetime and precision, or None if it is not a date."""
    cleaned = text.strip().strip(",;")
    if re.fullmatch(r"\d{3,4}", cleaned):  # a bare year: dateparser would invent today's month
        year = int(cleaned)
        return f"{year:04d}", datetime(year, 1, 1), "year"
    data = _parser().get_date_data(cleaned)
    when = data.date_obj
    if when is None:
        return None
    period = data.period or "day"
    if period == "year":
        return f"{when.year:04d}", when, period
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}", when, period
    if period == "time":
        return f"{when:%Y-%m-%dT%H:%M}", when, period
    return f"{when:%Y-%m-%d}", when, "day"


def parse_date_text(text: str) -> HistoricalDate:
    """'1 November 1956', 'c. 29 Oct 1956', '1–2 Nov 1956', 'early November 1956', '1956. november 1.' …

    Raises InvalidDateError with a message a user can act on.
    """
    original = " ".join(text.split())
    if not original:
        raise InvalidDateError("no date given")
    try:
        return HistoricalDate.parse(original)  # already EDTF
    except InvalidDateError:
        pass
    body, zone = _split_zone(original)
    date = _parse_plain(original, body)
    if zone is None or date.precision is not Precision.TIME:
        return date  # a day stays a day, whatever zone is written after it
    return HistoricalDate.parse(with_offset(date.edtf, zone))


def _split_zone(text: str) -> tuple[str, Callable[[datetime], int | None] | None]:
    """The text without the zone written after its time, and that zone's clock; or the text and None."""
    match = _ZONE_AFTER_TIME.match(text) or _PLACE_AFTER.match(text)
    if match is None:
        return text, None
    if match.group("paren"):
        written = match.group("paren")
        fixed = offset_of_zone(written)
        if fixed is None and not place_key(written):
            return text, None
    else:
        fixed = offset_of_zone(match.group("zone"))
        if fixed is None:
            return text, None
        written = ""
    if fixed is not None:
        return match.group("rest"), lambda _local: fixed
    return match.group("rest"), lambda local: offset_at(written, local)


def _parse_plain(original: str, body: str) -> HistoricalDate:
    """The date in `body` (typed as `original`), without a zone."""
    approximate = False
    match = _APPROXIMATE.match(body)
    if match:
        approximate, body = True, body[match.end() :]
    edtf = _month_part(body) or _day_range(body) or _full_range(body) or _single(body)
    if edtf is None:
        raise InvalidDateError(f"cannot read {original!r} as a date")
    if approximate and "~" not in edtf:
        edtf = "/".join(part + "~" for part in edtf.split("/"))
    try:
        return HistoricalDate.parse(edtf)
    except InvalidDateError as exc:
        raise InvalidDateError(f"cannot read {original!r} as a date") from exc


def _single(body: str) -> str | None:
    point = _edtf_point(body)
    return point[0] if point else None


def _month_part(body: str) -> str | None:
    match = _PART_RE.match(body) or _PART_AFTER_RE.match(body)
    if not match:
        return None
    point = _edtf_point(match.group("rest"))
    if point is None or point[2] != "month":
        return None
    when = point[1]
    last = calendar.monthrange(when.year, when.month)[1]
    first_day, last_day = ((1, 10), (11, 20), (21, last))[_PART[match.group("part").lower()]]
    return f"{when:%Y-%m}-{first_day:02d}~/{when:%Y-%m}-{last_day:02d}~"


def _day_range(body: str) -> str | None:
    match = _DAY_RANGE.match(body)
    if not match:
        return None
    rest = match.group("rest")
    start, end = _edtf_point(f"{match.group('a')} {rest}"), _edtf_point(f"{match.group('b')} {rest}")
    if start is None or end is None or start[2] != "day" or end[2] != "day":
        return None
    return f"{start[0]}/{end[0]}"


def _full_range(body: str) -> str | None:
    match = _FULL_RANGE.match(body)
    if not match:
        return None
    start, end = _edtf_point(match.group("a")), _edtf_point(match.group("b"))
    if start is None or end is None:
        return None
    if start[2] == "day" and end[2] == "day" and not re.search(r"\d{4}", match.group("a")):
        start = _edtf_point(f"{match.group('a')} {end[1].year}") or start  # '30 October – 4 November 1956'
    return f"{start[0]}/{end[0]}"
