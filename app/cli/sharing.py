"""`parallax setup`, `member add|remove`, `members` and `merge`: a shared library's commands, and merging."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from app.cli.errors import EXIT_OK, CliError
from app.services.sharing import ROLES

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.services.infrastructure.storage import Library, Location
    from app.services.registry import Services

COMMANDS = ("setup", "member", "members", "merge")


def add_sharing_commands(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> list[argparse.ArgumentParser]:
    setup_cmd = commands.add_parser(
        "setup", parents=[common], help="make or upgrade a shared library (run by the database's owner)"
    )
    setup_cmd.add_argument(
        "--readers-write-notes", choices=("yes", "no"), default=None,
        help="whether readers may write private notes of their own (default: yes, or as set before)",
    )  # fmt: skip
    member_cmd = commands.add_parser("member", parents=[common], help="add or remove a member of a shared library")
    actions = member_cmd.add_subparsers(
        dest="member_command", metavar="ACTION", required=True, parser_class=type(common)
    )
    add_cmd = actions.add_parser("add", parents=[common], help="let an existing PostgreSQL login role in")
    add_cmd.add_argument("name", metavar="NAME", help="the member's PostgreSQL login role")
    add_cmd.add_argument("--role", choices=ROLES, required=True, help="editors change the library; readers read it")
    remove_cmd = actions.add_parser("remove", parents=[common], help="take a member's access away")
    remove_cmd.add_argument("name", metavar="NAME")
    members_cmd = commands.add_parser("members", parents=[common], help="list a shared library's members")
    members_cmd.add_argument("--json", action="store_true", help="print JSON instead of a table")
    merge_cmd = commands.add_parser(
        "merge", parents=[common], help="bring another library's documents, notes, links and events into this one"
    )
    merge_cmd.add_argument("source", metavar="LIBRARY", help="a library file, or a shared library's address")
    merge_cmd.add_argument(
        "--shared", action="store_true", help="into a shared library: its notes are shared (default: private)"
    )
    merge_cmd.add_argument("--json", action="store_true", help="print what was merged as JSON")
    return [setup_cmd, member_cmd, add_cmd, remove_cmd, members_cmd, merge_cmd]


def run_setup(location: Location, args: argparse.Namespace, open_services: Callable[..., Any]) -> int:
    from app.services.infrastructure.storage import SharedAddress

    if not isinstance(location, SharedAddress):
        raise CliError("setup is for shared libraries: parallax --db postgresql://OWNER@HOST/DATABASE setup")
    library, services = open_services(location, setting_up=True)
    try:
        readers = None if args.readers_write_notes is None else args.readers_write_notes == "yes"
        report = services.sharing.setup(readers_write_notes=readers)
    finally:
        library.close()
    print(f"{location.display()} is ready; its owner is {report.owner}.")
    if report.documents_seeded or report.events_seeded:
        print(f"Added {report.documents_seeded} bundled document(s) and {report.events_seeded} bundled event(s).")
    if report.members_granted:
        print(f"Granted the library anew to {report.members_granted} member(s).")
    print(f"Readers {'may' if report.readers_write_notes else 'may not'} write private notes of their own.")
    print(f"Add members with: parallax --db {location.display()} member add NAME --role editor|reader")
    return EXIT_OK


def run_member(services: Services, args: argparse.Namespace) -> int:
    if args.member_command == "add":
        member = services.sharing.add_member(args.name, args.role)
        print(f"{member.name} is now {'an' if member.role == 'editor' else 'a'} {member.role} of the library.")
    else:
        services.sharing.remove_member(args.name)
        print(f"{args.name} is no longer a member of the library (their notes stay, with their name).")
    return EXIT_OK


def run_members(services: Services, args: argparse.Namespace) -> int:
    found = services.sharing.members()
    if args.json:
        payload = [
            {
                "name": m.name,
                "role": m.role,
                "added": m.added_at.isoformat(timespec="seconds"),
                "can_log_in": m.can_login,
            }
            for m in found
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    width = max((len(member.name) for member in found), default=4)
    for member in found:
        gone = "" if member.can_login else "  (the role can no longer log in)"
        print(f"{member.name:<{width}}  {member.role:<6}  since {member.added_at:%Y-%m-%d}{gone}")
    return EXIT_OK


def run_merge(library: Library, services: Services, args: argparse.Namespace, open_other: Callable[[str], Any]) -> int:
    from app.services.merge import merge_libraries

    source, _source_services = open_other(args.source)
    try:
        if source.describe() == library.describe():
            raise CliError("a library cannot be merged into itself")
        report = merge_libraries(source, library, private=not args.shared)
    finally:
        source.close()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print(f"Merged {args.source} into {library.describe()}: {report.summary()}.")
    return EXIT_OK
