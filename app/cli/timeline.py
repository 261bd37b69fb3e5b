"""`parallax timeline`: events, documents and notes in date order, from the command line."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.cli.errors import EXIT_OK, CliError
from app.domain.dates.historical import InvalidDateError
from app.domain.dates.written import parse_date_text
from app.domain.timeline import TimelineItem, sorted_items

if TYPE_CHECKING:
    from app.services.registry import Services


def add_timeline_command(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    timeline_cmd: argparse.ArgumentParser = commands.add_parser(
        "timeline",
        parents=[common],
        help="list events, documents and notes in date order",
        description="Everything dated in the library, with the bundled events of October–November 1956.",
    )
    timeline_cmd.add_argument("--from", dest="start", default="", metavar="DATE", help="from this date (inclusive)")
    timeline_cmd.add_argument("--to", dest="end", default="", metavar="DATE", help="up to this date (inclusive)")
    timeline_cmd.add_argument("--hidden", action="store_true", help="include bundled events you have hidden")
    timeline_cmd.add_argument("--json", action="store_true", help="print JSON instead of text")
    return timeline_cmd


def bound_of(text: str, option: str, *, end: bool) -> datetime | None:
    if not text.strip():
        return None
    try:
        date = parse_date_text(text)
    except InvalidDateError as exc:
        raise CliError(f"{option}: {exc}") from exc
    return date.hi if end else date.lo


def _item_json(item: TimelineItem) -> dict[str, object]:
    return {
        "kind": item.kind.value,
        "id": item.id,
        "label": item.label,
        "date": item.date.edtf,
        "date_display": item.date.display(item.place),
        "utc": item.date.display_utc(),
        "precision": item.date.precision.value,
        "approximate": item.date.approximate,
        "range": item.date.is_range,
        "lane": item.lane.value,
        "place": item.place,
        "source": item.source,
        "hidden": item.hidden,
    }


def run_timeline(services: Services, args: argparse.Namespace) -> int:
    start, end = bound_of(args.start, "--from", end=False), bound_of(args.end, "--to", end=True)
    if start is not None and end is not None and end < start:
        raise CliError(f"--from {args.start} is after --to {args.end}")
    items = sorted_items(services.timeline.items(start, end, with_hidden=args.hidden))
    if args.json:
        print(json.dumps({"items": [_item_json(item) for item in items]}, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not items:
        print("Nothing dated in that range.")
    for item in items:
        precision = item.date.precision.value + (", approximate" if item.date.approximate else "")
        precision += ", range" if item.date.is_range else ""
        where = f" ({item.place})" if item.place else ""
        print(f"{item.date.display(item.place):<36} [{precision}] {item.lane.heading}: {item.label}{where}")
    return EXIT_OK
