"""`parallax align` and `parallax diff`: the side-by-side comparison without a window."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from app.cli.errors import EXIT_OK
from app.domain.alignment.links import AlignmentLink, InvalidSpanError, ParagraphSpan
from app.domain.comparison.word_diff import DiffOptions
from app.services.alignment import AlignmentError

if TYPE_CHECKING:
    from app.services.registry import Services


def _link_json(link: AlignmentLink) -> dict[str, object]:
    return {
        "left": [link.left.first, link.left.last],
        "right": [link.right.first, link.right.last],
        "origin": link.origin.value,
    }


def _link_arg(text: str) -> tuple[ParagraphSpan, ParagraphSpan]:
    """'4-5:4' -> (¶4–5, ¶4)."""
    left, colon, right = text.partition(":")
    if not colon:
        raise InvalidSpanError(f"not a link: {text!r} (write paragraphs of A, a colon, paragraphs of B: 4-5:4)")
    return ParagraphSpan.parse(left), ParagraphSpan.parse(right)


def run_align(services: Services, args: argparse.Namespace) -> int:
    titles = [services.library.get_document(doc_id).metadata.title for doc_id in (args.left, args.right)]
    pairs = [_link_arg(text) for text in args.link]  # all checked before any is stored
    for left, right in pairs:
        services.alignment.link(args.left, left, args.right, right)
    if args.suggest:
        result = services.alignment.suggest(args.left, args.right)
        print(result.summary(), file=sys.stderr)
    links = services.alignment.links(args.left, args.right)
    if args.json:
        payload = {"left": args.left, "right": args.right, "links": [_link_json(link) for link in links]}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"A {args.left}: {titles[0]}\nB {args.right}: {titles[1]}")
    if not links:
        print("No links yet (add --suggest to have some suggested).")
    for link in links:
        print(f"{link.left.display():>10}  ↔  {link.right.display():<10}  {link.origin.value}")
    return EXIT_OK


def run_diff(services: Services, args: argparse.Namespace) -> int:
    options = DiffOptions(ignore_case=not args.case, ignore_punctuation=not args.punctuation)
    if args.left == args.right:
        raise AlignmentError("a document cannot be compared with itself")
    comparison = services.comparison.differences(args.left, args.right, options)
    if args.json:
        payload = {
            "left": args.left,
            "right": args.right,
            "similarity": round(comparison.similarity, 4),
            "aligned_similarity": round(comparison.coverage.similarity, 4),
            "comparable": comparison.comparable,
            "summary": comparison.headline(),
            "from_stored_links": comparison.from_stored_links,
            "links": [_link_json(link) for link in comparison.links],
            "pairs": [
                {
                    **_link_json(pair.link),
                    "similarity": round(pair.similarity, 4),
                    "changes": [{"old": edit.old, "new": edit.new} for edit in pair.edits],
                }
                for pair in comparison.pairs
            ],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"A {args.left}: {comparison.left.metadata.title}\nB {args.right}: {comparison.right.metadata.title}")
    if not comparison.from_stored_links:
        print("(no links stored: paragraphs paired by a fresh suggestion)")
    print(comparison.headline() + "\n")
    if comparison.languages is not None:  # the aligned view instead of word differences
        for link in comparison.links:
            print(f"{link.left.display():>10}  ↔  {link.right.display():<10}  {link.origin.value}")
        return EXIT_OK
    for pair in comparison.pairs:
        if not pair.edits:
            continue
        print(f"{pair.link.display()}  ({pair.similarity:.0%} alike)")
        for edit in pair.edits:
            print(f"    {edit.display()}")
    return EXIT_OK
