"""Check an edition's dates against its own record: every document's day, the order, and date ranges.

    .venv/bin/python bench/frus_dates.py PATH/TO/frus-volume.xml [--range 1956-11-01 1956-11-04 ...]

For each `div type="document"` the edition's own statement is read straight from the XML (the dateline's
`date/@when`, `@from`/`@to`, and FRUS's `frus:doc-dateTime-min`), independently of Parallax, and compared with
what Parallax makes of it:
- the day: the dateline's day as written (its clock); for a document without one, a day between its
  neighbours in the volume (FRUS volumes are chronological);
- the order: Parallax's order (by instant) against FRUS's own instants (doc-dateTime-min, all at −05:00) for
  every pair of documents both known to the minute, and by day for the others;
- ranges: the documents an import of each range picks, against those whose day (as written) lies in it.
Nothing is written anywhere but a temporary library, removed at the end.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain.dates.historical import HistoricalDate
from app.domain.dates.written import parse_date_text
from app.services.editions import EditionChoice
from app.services.importers.tei import read_tei
from app.services.registry import open_services

TEI = "{http://www.tei-c.org/ns/1.0}"
FRUS = "{http://history.state.gov/frus/ns/1.0}"


def _instant(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return (moment - (moment.utcoffset() or timedelta())).replace(tzinfo=None)


@dataclass(frozen=True)
class Entry:
    """One document as the XML states it."""

    n: str
    subtype: str
    day: date | None  # the dateline's day, as written
    timed: bool
    instant: datetime | None  # FRUS's instant in UTC, when the document is known to the minute


def the_record(path: Path) -> list[Entry]:
    """What the XML itself says of each document: its number, its dateline's day, FRUS's instant (if a minute)."""
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    found = []
    for div in root.iter(f"{TEI}div"):
        if div.get("type") != "document":
            continue
        dateline_date = next((d for line in div.iter(f"{TEI}dateline") for d in line.iter(f"{TEI}date")), None)
        when = dateline_date.get("when") or dateline_date.get("from") if dateline_date is not None else None
        low, high = div.get(f"{FRUS}doc-dateTime-min"), div.get(f"{FRUS}doc-dateTime-max")
        found.append(
            Entry(
                n=div.get("n") or "",
                subtype=div.get("subtype", ""),
                day=date.fromisoformat(when[:10]) if when else None,
                timed=bool(when and "T" in when),
                instant=_instant(low) if low and low == high and when and "T" in when else None,
            )
        )
    return found


def check(path: Path, ranges: list[tuple[str, str]]) -> dict[str, Any]:
    record = the_record(path)
    text = read_tei(path.read_bytes())
    dated = {document.number: (document, dating) for document, dating in text.dated("document")}
    wrong_day: list[tuple[str, str, str]] = []
    placed: list[tuple[str, str, str, bool]] = []
    undated: list[str] = []
    days: dict[str, date] = {}
    ordered = [entry.n for entry in record]
    for index, entry in enumerate(record):
        number = entry.n
        document, dating = dated[number]
        if not document.date_edtf:
            undated.append(number)
            continue
        parsed = HistoricalDate.parse(document.date_edtf)
        days[number] = parsed.lo.date()
        if entry.day is not None:
            if not parsed.lo.date() <= entry.day <= parsed.hi.date():
                wrong_day.append((number, document.date_edtf, str(entry.day)))
            continue
        before = next((record[i].day for i in range(index - 1, -1, -1) if record[i].day), None)
        after = next((record[i].day for i in range(index + 1, len(record)) if record[i].day), None)
        inside = (before is None or parsed.hi.date() >= before) and (after is None or parsed.lo.date() <= after)
        placed.append((number, parsed.display(), dating.basis, inside))
    # the order Parallax lists them in: by instant, as the library does
    by_instant = sorted(
        (HistoricalDate.parse(dated[n][0].date_edtf).sort_key, i, n) for i, n in enumerate(ordered) if n in days
    )
    position = {n: i for i, (_key, _i, n) in enumerate(by_instant)}
    frus_instant = {e.n: e.instant for e in record if e.instant is not None}
    timed = sorted(frus_instant)
    inverted_instants = [
        (a, b)
        for i, a in enumerate(timed)
        for b in timed[i + 1 :]
        if (frus_instant[a] < frus_instant[b]) != (position[a] < position[b]) and frus_instant[a] != frus_instant[b]
    ]
    inverted_days = [
        (a, b)
        for i, a in enumerate(days)
        for b in list(days)[i + 1 :]
        if days[a] != days[b] and (days[a] < days[b]) != (position[a] < position[b])
    ]
    pairs_in_old_order = sum(  # what keeping the clock and dropping the offset does to the same pairs
        1
        for i, a in enumerate(timed)
        for b in timed[i + 1 :]
        if (frus_instant[a] < frus_instant[b])
        != (HistoricalDate.parse(dated[a][0].date_edtf).lo < HistoricalDate.parse(dated[b][0].date_edtf).lo)
        and frus_instant[a] != frus_instant[b]
    )
    range_results = []
    with tempfile.TemporaryDirectory() as folder:
        library, services = open_services(Path(folder) / "library.sqlite3")
        try:
            for start, end in ranges:
                choice = EditionChoice(date_from=parse_date_text(start), date_to=parse_date_text(end))
                low, high = choice.date_from, choice.date_to
                assert low is not None
                assert high is not None
                expected = {
                    n for n, d in days.items()
                    if HistoricalDate.parse(dated[n][0].date_edtf).hi.date() >= low.lo.date() and d <= high.hi.date()
                }  # fmt: skip
                picked = {
                    services.library.get_document(i).metadata.source.number
                    for i in services.importing.import_edition(path, text, choice).document_ids
                }
                range_results.append(
                    {
                        "from": start,
                        "to": end,
                        "picked": len(picked),
                        "exact": picked == expected,
                        "missing": sorted(expected - picked),
                        "extra": sorted(picked - expected),
                    }
                )
            collections = len(services.collections.list_collections())
        finally:
            library.close()
    return {
        "documents": len(record),
        "with a dateline day": sum(1 for e in record if e.day),
        "wrong day": wrong_day,
        "placed without a dateline": len(placed),
        "placed outside their neighbours": [p for p in placed if not p[3]],
        "undated": undated,
        "timed pairs compared": len(timed) * (len(timed) - 1) // 2,
        "timed pairs out of FRUS's instant order": inverted_instants,
        "the same pairs out of order if offsets are dropped": pairs_in_old_order,
        "pairs out of day order": inverted_days,
        "ranges": range_results,
        "collections after importing the ranges": collections,
        "placed": placed,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("edition", type=Path)
    parser.add_argument("--range", nargs=2, action="append", metavar=("FROM", "TO"), dest="ranges")
    args = parser.parse_args()
    ranges = args.ranges or [("1956-10-20", "1956-10-31"), ("1956-11-01", "1956-11-04"), ("1956-11-05", "1956-11-15")]
    result = check(args.edition, [tuple(r) for r in ranges])
    print(json.dumps(result, indent=2, ensure_ascii=False, default=str))
    problems = result["wrong day"] or result["timed pairs out of FRUS's instant order"] or result["undated"]
    return 1 if problems or not all(r["exact"] for r in result["ranges"]) else 0


if __name__ == "__main__":
    raise SystemExit(main())
