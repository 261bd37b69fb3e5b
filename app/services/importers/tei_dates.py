"""The dates of an edition's documents, as honest as the edition allows.

A document is dated, in this order, by the `date` in its own dateline (`@when`, `@notBefore`/`@notAfter`,
`@from`/`@to`), by the bounds the edition computes for it (FRUS: `frus:doc-dateTime-min` and `-max`), or by its
dateline as written. A span as wide as the edition's own dates (FRUS gives its editorial notes the whole volume,
1955–1957), or wider than a month, is a placeholder, not a date. A document left without a date takes one from
its first sentence ('On October 30 the Soviet Government…') if that falls between its neighbours, else the span
between its neighbours in the edition's order (editions of this kind are chronological): both are marked
approximate, and its basis says where the date came from. A date that cannot be true (a `notBefore` after its
`notAfter`, year 0, month 13) leaves the document undated, with the problem reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from lxml import etree

from app.domain.dates.historical import MONTHS, HistoricalDate, InvalidDateError, Precision, with_place_offset
from app.domain.dates.iso import edtf_between, edtf_from_iso
from app.domain.dates.written import parse_date_text
from app.domain.dates.zones import iso_offset, offset_at, place_key
from app.services.importers.base import find_date
from app.services.importers.tei_blocks import local_name

_T = "{http://www.tei-c.org/ns/1.0}"
_BOUNDS = (("when", None), ("notBefore", "notAfter"), ("from", "to"))
PLACEHOLDER_DAYS = 31  # bounds an edition computes for one document that span more than this are no date
Plain = Callable[[etree._Element | None], str]

_MONTH_NAMES = "|".join(MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_IN_SENTENCE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_NAMES})\.?(?:,?\s+(?P<y2>\d{{4}}))?)"
)


@dataclass(frozen=True)
class Dating:
    """A document's date as EDTF ('' undated), where it came from if not from the document, and any problem."""

    edtf: str = ""
    basis: str = ""
    problem: str = ""


def edition_span(root: etree._Element) -> tuple[datetime, datetime] | None:
    """The days the whole edition covers, as its header gives them (FRUS: the content date, `frus:coverage`)."""
    header = root.find(f"{_T}teiHeader")
    if header is None:
        return None
    for element in header.iter():
        if not isinstance(element.tag, str):
            continue
        if local_name(element) == "coverage" or element.get("type") == "content-date":
            values = _attributes(element)
            low, high = values.get("notBefore") or values.get("from"), values.get("notAfter") or values.get("to")
            try:
                if low and high:
                    span = HistoricalDate.parse(edtf_between(low, high))
                    return span.lo, span.hi
            except InvalidDateError:
                continue
    return None


def _attributes(element: etree._Element) -> dict[str, str]:
    return {etree.QName(name).localname.removesuffix("-iso"): value for name, value in element.attrib.items()}


def _described(values: dict[str, str], names: Sequence[str]) -> str:
    return " ".join(f"{name}={values[name]!r}" for name in names if values.get(name))


def _from_dateline_date(element: etree._Element) -> tuple[str, str]:
    """The EDTF of TEI's dating attributes on a dateline's date, and what is wrong with them ('' if nothing)."""
    values = _attributes(element)
    for lower, upper in _BOUNDS:
        names = (lower,) if upper is None else (lower, upper)
        if not all(values.get(name) for name in names):
            continue
        try:
            edtf = edtf_from_iso(values[lower]) if upper is None else edtf_between(values[lower], values[upper])
        except InvalidDateError as exc:
            return "", f"its date {_described(values, names)} cannot be true ({exc})"
        return edtf, ""
    return "", ""


def _from_edition_bounds(div: etree._Element, span: tuple[datetime, datetime] | None) -> tuple[str, str]:
    """The EDTF of the bounds an edition computes for a document, unless they are a placeholder."""
    values = _attributes(div)
    low, high = values.get("doc-dateTime-min"), values.get("doc-dateTime-max")
    if not (low and high):
        return "", ""
    try:
        edtf = edtf_between(low, high)
        date = HistoricalDate.parse(edtf)
    except InvalidDateError as exc:
        return "", f"its dates {_described(values, ('doc-dateTime-min', 'doc-dateTime-max'))} cannot be true ({exc})"
    if date.hi - date.lo > timedelta(days=PLACEHOLDER_DAYS):
        return "", ""
    if span is not None and date.lo <= span[0] and date.hi >= span[1]:
        return "", ""
    return edtf, ""


def datelines(div: etree._Element) -> list[etree._Element]:
    """The document's own datelines (and docDates): not those quoted in its notes, nor those of divisions in it."""
    found = []
    for element in div.iter(f"{_T}dateline", f"{_T}docDate"):
        between = []
        for ancestor in element.iterancestors():
            if ancestor is div:
                break
            between.append(local_name(ancestor))
        if "note" not in between and "div" not in between:
            found.append(element)
            if len(found) == 2:
                break
    return found


def on_place_clock(edtf: str, place: str) -> str:
    """A single time given on another clock (FRUS gives Washington's) moved to its place's clock, if known."""
    try:
        date = HistoricalDate.parse(edtf)
    except InvalidDateError:
        return edtf
    if date.is_range or date.precision is not Precision.TIME or date.offset is None or not place_key(place):
        return edtf
    instant = date.sort_key
    guess = offset_at(place, instant)
    offset = offset_at(place, instant + timedelta(minutes=guess)) if guess is not None else None
    if offset is None or offset == date.offset:
        return edtf
    local = instant + timedelta(minutes=offset)
    return f"{local:%Y-%m-%dT%H:%M:%S}{iso_offset(offset)}{'~' if date.approximate else ''}"


def own_dating(div: etree._Element, span: tuple[datetime, datetime] | None, plain: Plain) -> tuple[Dating, str]:
    """A document's date from what it and the edition say of it, and its place (the dateline's placeName)."""
    lines = datelines(div)
    place = next((plain(d.find(f".//{_T}placeName")) for d in lines if d.find(f".//{_T}placeName") is not None), "")
    for dateline in lines:  # 1. a date with attributes in the document's dateline
        for date in [dateline, *dateline.iter(f"{_T}date")]:
            edtf, problem = _from_dateline_date(date)
            if problem:
                return Dating(problem=problem), place
            if edtf and span is not None and "/" in edtf:
                whole = HistoricalDate.parse(edtf)
                if whole.lo <= span[0] and whole.hi >= span[1]:
                    continue  # the edition's whole span: a placeholder
            if edtf:
                return Dating(with_place_offset(edtf, place)), place
    edtf, problem = _from_edition_bounds(div, span)  # 2. the edition's own bounds on the document
    if problem:
        return Dating(problem=problem), place
    if edtf:
        return Dating(on_place_clock(edtf, place)), place
    for dateline in lines:  # 3. the dateline as written
        written = find_date([plain(dateline)])
        try:
            if written:
                return Dating(with_place_offset(parse_date_text(written).edtf, place)), place
        except InvalidDateError:
            continue
    return Dating(), place


def _day(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d}"


def _between(low: datetime, high: datetime) -> str:
    """An approximate day, or one day among several: 'c. 31 October 1956', 'between 30 and 31 October 1956'."""
    low, high = min(low, high), max(low, high)
    return f"{_day(low)}~" if low.date() == high.date() else f"[{_day(low)}..{_day(high)}]"


def _first_sentence(paragraphs: Sequence[str]) -> str:
    text = paragraphs[0] if paragraphs else ""
    end = re.search(r"[.!?](?=\s+[A-Z“\"(])", text[20:])
    return text[: 20 + end.start() + 1] if end else text[:400]


def _date_in_sentence(sentence: str, low: datetime | None, high: datetime | None) -> tuple[str, str] | None:
    """A day named in the sentence that lies between the neighbours' days (its year from them if not written)."""
    known = low or high
    year = known.year if known is not None else None
    for match in _IN_SENTENCE.finditer(sentence):
        month_name = match.group("m1") or match.group("m2")
        day = int(match.group("d1") or match.group("d2"))
        written_year = match.group("y1") or match.group("y2")
        chosen = int(written_year) if written_year else year
        if chosen is None:
            continue
        month = next(i for i, name in enumerate(MONTHS, 1) if name.lower().startswith(month_name.lower()[:3]))
        try:
            moment = datetime(chosen, month, day)
        except ValueError:
            continue
        if (low is None or moment.date() >= low.date()) and (high is None or moment.date() <= high.date()):
            return f"{_day(moment)}~", match.group(0)
    return None


def _label(number: str, title: str) -> str:
    return f"doc. {number}" if number else f"“{title[:40]}”"


def place_undated(documents: Sequence[tuple[str, str, Sequence[str], str]], datings: Sequence[Dating]) -> list[Dating]:
    """Dates for the documents (number, title, paragraphs, place) left undated, from their first sentence or neighbours.

    Only documents with neither a date nor a problem are placed; every other dating is returned as it was.
    """
    own = [HistoricalDate.parse(d.edtf) if d.edtf else None for d in datings]

    def nearest(indexes: range) -> tuple[int, HistoricalDate] | None:
        for i in indexes:
            date = own[i]
            if date is not None:
                return i, date
        return None

    def named(i: int, date: HistoricalDate) -> str:
        return f"{_label(documents[i][0], documents[i][1])}, {date.display(documents[i][3])}"

    placed = list(datings)
    for index, dating in enumerate(datings):
        if dating.edtf or dating.problem:
            continue
        before, after = nearest(range(index - 1, -1, -1)), nearest(range(index + 1, len(own)))
        low, high = (before[1].lo if before else None), (after[1].hi if after else None)
        found = _date_in_sentence(_first_sentence(documents[index][2]), low, high)
        if found is not None:
            placed[index] = Dating(found[0], f"dated from its first sentence (“{found[1]}”)")
        elif before is not None and after is not None:
            placed[index] = Dating(
                _between(before[1].lo, after[1].hi),
                f"dated between its neighbours in the edition ({named(*before)}; {named(*after)})",
            )
        elif before is not None or after is not None:
            i, date = before if before is not None else after  # type: ignore[misc]
            side = "after" if before is not None else "before"
            basis = f"dated by its neighbour: it comes {side} {named(i, date)}"
            placed[index] = Dating(_between(date.lo, date.lo), basis)
    return placed


def own_dating_of_date(date: etree._Element, place: str) -> str:
    """The EDTF of one TEI `date` element's attributes ('' if none, or if they cannot be true)."""
    edtf, _problem = _from_dateline_date(date)
    return with_place_offset(edtf, place) if edtf else ""
