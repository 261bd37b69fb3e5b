"""`parallax search`: every document and note, from the command line."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from app.cli.errors import EXIT_OK, CliError
from app.services.search import SearchHit

if TYPE_CHECKING:
    from app.services.registry import Services


def add_search_command(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    search_cmd: argparse.ArgumentParser = commands.add_parser(
        "search",
        parents=[common],
        help="find words in every document and note",
        description='Words must all match; "exact phrases"; -excluded; OR; prefix*; filters issuer: kind: '
        "language: tag: date:1956-10-23..1956-11-04. Accents and case do not matter.",
    )
    search_cmd.add_argument("query", nargs="+", metavar="QUERY", help="what to look for (quote it for the shell)")
    search_cmd.add_argument("--limit", type=_limit, default=20, metavar="N", help="hits to print (default 20)")
    search_cmd.add_argument("--json", action="store_true", help="print JSON instead of text")
    return search_cmd


def _limit(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 10_000:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of hits from 1 to 10000")
    return int(text)


def _hit_json(hit: SearchHit) -> dict[str, object]:
    return {
        "document": hit.document_id,
        "note": hit.note_id,
        "title": hit.title,
        "date": hit.date,
        "issuer": hit.issuer,
        "paragraph": hit.paragraph,
        "block": hit.block,
        "block_kind": hit.block_kind or None,
        "snippet": hit.plain_snippet("", ""),
        "marked": hit.plain_snippet("[", "]"),
    }


def run_search(services: Services, args: argparse.Namespace) -> int:
    results = services.search.search(" ".join(args.query), limit=args.limit)
    if results.message and not results.hits:
        raise CliError(results.message)
    if args.json:
        print(json.dumps({"hits": [_hit_json(hit) for hit in results.hits], "more": results.more},
                         ensure_ascii=False, indent=2))  # fmt: skip
        return EXIT_OK
    if not results.hits:
        print("Nothing found.")
        return EXIT_OK
    for hit in results.hits:
        if hit.note_id is not None:
            where = f"note {hit.note_id}: {hit.title}"
        else:
            number = f" {hit.place}" if hit.place else ""
            where = f"{hit.document_id}{number}  {hit.title}" + (f" ({hit.date})" if hit.date else "")
        print(where)
        print(f"    {hit.plain_snippet()}")
    if results.more:
        print(f"(more than {args.limit} hits: --limit N shows more)")
    return EXIT_OK
