"""`parallax notes`, `parallax note add` and `parallax note show`: research notes without a window."""

from __future__ import annotations

import argparse
import json
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.cli.errors import EXIT_OK, CliError
from app.domain.notes.model import Note
from app.services.metadata import parse_date_field

if TYPE_CHECKING:
    from app.services.registry import Services


def add_note_commands(
    commands: argparse._SubParsersAction[Any],
    common: argparse.ArgumentParser,
    document_id: Callable[[str], int],
    note_id: Callable[[str], int],
) -> list[argparse.ArgumentParser]:
    notes_cmd = commands.add_parser("notes", parents=[common], help="list the research notes")
    notes_cmd.add_argument("--json", action="store_true", help="print JSON instead of a list")
    note_cmd = commands.add_parser("note", parents=[common], help="add a note, or print one")
    actions = note_cmd.add_subparsers(dest="note_command", metavar="ACTION", required=True, parser_class=type(common))
    add_cmd = actions.add_parser("add", parents=[common], help="a note quoting passages of documents")
    add_cmd.add_argument(
        "--doc",
        action="append",
        type=document_id,
        default=[],
        required=True,
        metavar="ID",
        help="a document (repeatable)",
    )
    add_cmd.add_argument(
        "--quote",
        action="append",
        default=[],
        required=True,
        metavar="TEXT",
        help="words of the document before it, which must occur there exactly once",
    )
    add_cmd.add_argument("--text", default="", metavar="BODY", help="the note itself (Markdown)")
    add_cmd.add_argument("--title", default="", help="(default: the first quote's opening words)")
    add_cmd.add_argument("--tag", action="append", default=[], dest="tags", metavar="TAG", help="a tag (repeatable)")
    add_cmd.add_argument("--date", default="", help="a date that places the note on the timeline")
    add_cmd.add_argument(
        "--private", action="store_true", help="in a shared library: seen by you alone (default: by every member)"
    )
    add_cmd.add_argument("--json", action="store_true", help="print the note as JSON")
    show_cmd = actions.add_parser("show", parents=[common], help="print a note with its passages")
    show_cmd.add_argument("id", type=note_id, metavar="ID")
    show_cmd.add_argument("--json", action="store_true", help="print JSON instead of text")
    return [notes_cmd, note_cmd, add_cmd, show_cmd]


def note_json(note: Note) -> dict[str, object]:
    return {
        "id": note.id,
        "title": note.title,
        "text": note.body,
        "tags": list(note.tags),
        "date": note.date_edtf,
        "author": note.author,
        "private": note.private,
        "revision": note.revision,
        "created": note.created_at.isoformat(timespec="seconds"),
        "updated": note.updated_at.isoformat(timespec="seconds"),
        "passages": [
            {
                "document": passage.document_id,
                "citation": passage.citation(),
                "paragraphs": [passage.paragraphs.first, passage.paragraphs.last] if passage.paragraphs else None,
                "block": passage.block_kind or None,
                "start": passage.start,
                "end": passage.end,
                "quote": passage.quote,
                "orphaned": passage.orphaned,
                "document_in_trash": passage.in_trash,
            }
            for passage in note.passages
        ],
        "links": [ref.id for ref in note.links],
        "backlinks": [ref.id for ref in note.backlinks],
    }


def run_notes(services: Services, args: argparse.Namespace) -> int:
    notes = services.notes.list_notes()
    if args.json:
        print(json.dumps([note_json(note) for note in notes], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not notes:
        print("No notes yet.")
        return EXIT_OK
    width = max(len(str(note.id)) for note in notes)
    for note in notes:
        where = "; ".join(passage.citation() for passage in note.passages)
        orphans = f"  [{note.orphaned} orphaned]" if note.orphaned else ""
        tags = f"  #{' #'.join(note.tags)}" if note.tags else ""
        tags += f"  ({note.author}{', private' if note.private else ''})" if note.author else ""
        print(f"{note.id:>{width}}  {note.title}{tags}{orphans}" + (f"\n{'':>{width}}  — {where}" if where else ""))
    return EXIT_OK


def run_note(services: Services, args: argparse.Namespace) -> int:
    if args.note_command == "add":
        note = _add(services, args)
        if not args.json:
            print(f"added note {note.id}: {note.title}")
    else:
        note = services.notes.get(args.id)
    if args.json:
        print(json.dumps(note_json(note), ensure_ascii=False, indent=2))
    elif args.note_command == "show":
        _print_note(note)
    return EXIT_OK


def _add(services: Services, args: argparse.Namespace) -> Note:
    if len(args.doc) != len(args.quote):
        raise CliError(f"give one --quote for each --doc ({len(args.doc)} documents, {len(args.quote)} quotes)")
    date = parse_date_field(args.date)
    # Every quote is found before anything is stored, so a typo stores nothing.
    passages = [services.notes.find_quote(doc, quote) for doc, quote in zip(args.doc, args.quote, strict=True)]
    return services.notes.create(
        passages, title=args.title, body=args.text, tags=args.tags, date_edtf=date, private=args.private
    ).result


def _print_note(note: Note) -> None:
    print(note.title)
    details = [f"note {note.id}", f"edited {note.updated_at:%Y-%m-%d %H:%M}"]
    if note.author:
        details.append(f"by {note.author}" + (" (private)" if note.private else ""))
    if note.date_edtf:
        details.append(f"dated {note.date_display}")
    if note.tags:
        details.append("tags: " + ", ".join(note.tags))
    if note.deleted_at:
        details.append("in the trash")
    print(" · ".join(details))
    for passage in note.passages:
        state = " (orphaned: not found in the text as it is now)" if passage.orphaned else ""
        print()
        print(textwrap.indent(textwrap.fill(f"“{passage.quote}”", 88), "    "))
        print(f"    — {passage.citation()}{state}")
    if note.body:
        print()
        print(note.body)
    for label, refs in (("Links to", note.links), ("Linked from", note.backlinks)):
        if refs:
            print(f"{label}: " + "; ".join(f"{ref.title} ({ref.id})" for ref in refs))
