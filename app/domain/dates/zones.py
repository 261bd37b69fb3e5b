"""The clocks of the places the sources of autumn 1956 were written in: their UTC offsets in 1956, and their names.

A small table is enough, and it is the same on every machine (a time zone database is not everywhere, and is not
needed for one year). The offsets and the summer-time changes are those of the IANA time zone database (tzdata):
Washington and New York kept daylight time (UTC−4) from 29 April until 02:00 on 28 October 1956, London British
Summer Time (UTC+1) from 22 April to 7 October, Budapest summer time (UTC+2) from 3 June to 30 September.
Outside 1956 a place has no known offset: nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class _Clock:
    name: str
    standard: int  # minutes east of UTC
    summer: tuple[datetime, datetime] | None = None  # in UTC, from..until, one hour ahead of standard


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text)


_CLOCKS = (
    _Clock("Budapest", 60, (_utc("1956-06-03T01:00"), _utc("1956-09-30T01:00"))),
    _Clock("Moscow", 180),
    _Clock("Washington", -300, (_utc("1956-04-29T07:00"), _utc("1956-10-28T06:00"))),
    _Clock("New York", -300, (_utc("1956-04-29T07:00"), _utc("1956-10-28T06:00"))),
    _Clock("London", 0, (_utc("1956-04-22T02:00"), _utc("1956-10-07T02:00"))),
    _Clock("Paris", 60),
    _Clock("Warsaw", 60),
    _Clock("Belgrade", 60),
    _Clock("Vienna", 60),
    _Clock("Munich", 60),
    _Clock("Bonn", 60),
    _Clock("Prague", 60),
    _Clock("Bucharest", 120),
    _Clock("Cairo", 120),
)
_ALIASES = {
    "washington, d.c.": "Washington", "washington d.c.": "Washington", "washington dc": "Washington",
    "new york city": "New York", "united nations": "New York", "moskva": "Moscow", "москва": "Moscow",
    "moszkva": "Moscow", "varsó": "Warsaw", "warszawa": "Warsaw", "belgrád": "Belgrade", "beograd": "Belgrade",
    "bécs": "Vienna", "wien": "Vienna", "párizs": "Paris", "london": "London", "prága": "Prague", "praha": "Prague",
    "münchen": "Munich", "kairó": "Cairo",
}  # fmt: skip
_BY_NAME = {clock.name.casefold(): clock for clock in _CLOCKS}
YEAR = 1956

# Zone abbreviations and forms people type after a time: 'CET', 'EST', 'UTC+1', '+01:00', 'Z'.
_ABBREVIATIONS = {"utc": 0, "gmt": 0, "z": 0, "cet": 60, "cest": 120, "eet": 120, "msk": 180, "est": -300,
                  "edt": -240, "bst": 60}  # fmt: skip
_NUMERIC = re.compile(r"^(?:utc|gmt)?\s*(?P<sign>[+\-−])(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?$", re.IGNORECASE)


def place_key(place: str) -> str:
    """The table's name for a place as written ('Washington, October 30' → 'Washington'), or ''."""
    text = " ".join(place.split()).casefold().strip(" .")
    if not text:
        return ""
    for candidate in (text, text.split(",")[0].strip(), text.split("(")[0].strip()):
        name = _ALIASES.get(candidate) or (_BY_NAME[candidate].name if candidate in _BY_NAME else "")
        if name:
            return name
    return ""


def offset_at(place: str, local: datetime) -> int | None:
    """Minutes east of UTC of `place`'s clock at the local time `local` (1956 only); None if not known."""
    clock = _BY_NAME.get(place_key(place).casefold())
    if clock is None or local.year != YEAR:
        return None
    if clock.summer is not None:
        start, end = clock.summer
        as_standard = local - timedelta(minutes=clock.standard)  # UTC, if the clock showed standard time
        if start <= as_standard - timedelta(hours=1) < end:  # the clock showed summer time
            return clock.standard + 60
    return clock.standard


def place_for(place: str, offset: int, local: datetime) -> str:
    """The place's name if its clock showed `offset` at `local`, else ''."""
    return place_key(place) if offset_at(place, local) == offset else ""


def offset_of_zone(text: str) -> int | None:
    """Minutes east of UTC for a zone as typed after a time ('CET', 'UTC+1', '+01:00', 'Z'); None if not one."""
    cleaned = text.strip().strip("()").strip()
    if not cleaned:
        return None
    known = _ABBREVIATIONS.get(cleaned.casefold())
    if known is not None:
        return known
    match = _NUMERIC.match(cleaned)
    if match is None:
        return None
    hours, minutes = int(match.group("hours")), int(match.group("minutes") or 0)
    if hours > 14 or minutes > 59:
        return None
    total = hours * 60 + minutes
    return -total if match.group("sign") in "-−" else total


def offset_label(offset: int) -> str:
    """'UTC+1', 'UTC−5', 'UTC+5:30', 'UTC'."""
    if offset == 0:
        return "UTC"
    sign = "+" if offset > 0 else "−"
    hours, minutes = divmod(abs(offset), 60)
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


def iso_offset(offset: int) -> str:
    """'+01:00', '-05:00' as ISO 8601 and EDTF write an offset."""
    sign = "+" if offset >= 0 else "-"
    hours, minutes = divmod(abs(offset), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


def known_places() -> tuple[str, ...]:
    return tuple(clock.name for clock in _CLOCKS)
