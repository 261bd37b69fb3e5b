"""`parallax backup`, `backups`, `restore` and `check`: they work on the library file, even a damaged one."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.cli.errors import EXIT_ERROR, EXIT_OK, CliError
from app.services.safety import SafetyService, describe, dump_command

COMMANDS = ("backup", "backups", "restore_backup", "check")  # `parallax restore FILE` arrives as restore_backup


def add_safety_commands(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> list[argparse.ArgumentParser]:
    backup_cmd = commands.add_parser("backup", parents=[common], help="make a checked copy of the library")
    where = "a file or folder (default: the library's backups folder, keeping the last 5)"
    backup_cmd.add_argument("destination", nargs="?", default="", metavar="DEST", help=where)
    backups_cmd = commands.add_parser("backups", parents=[common], help="list the library's backups, newest first")
    backups_cmd.add_argument("--json", action="store_true", help="print JSON instead of text")
    check_cmd = commands.add_parser("check", parents=[common], help="check the library's integrity, search index too")
    check_cmd.add_argument("--quick", action="store_true", help="only SQLite's quick check")
    return [backup_cmd, backups_cmd, check_cmd]


def run(db_path: Path, args: argparse.Namespace) -> int:
    return run_with(SafetyService(db_path), args)


def run_with(safety: SafetyService, args: argparse.Namespace) -> int:
    """On a library file, or on a shared library (whose backups are pg_dump's: these commands say how)."""
    return int(globals()[f"_run_{args.command}"](safety, args))


def _run_backup(safety: SafetyService, args: argparse.Namespace) -> int:
    made = safety.backup(Path(args.destination).expanduser() if args.destination else None)
    print(f"backed up to {made.path} (checked)")
    return EXIT_OK


def _run_backups(safety: SafetyService, args: argparse.Namespace) -> int:
    if safety.shared is not None:
        raise CliError(f"a shared library's backups are made on its server with pg_dump: {dump_command(safety.shared)}")
    found = safety.backups()
    if args.json:
        payload = [{"path": str(b.path), "made": b.made.isoformat(), "bytes": b.size} for b in found]
        print(json.dumps(payload, indent=2))
    elif not found:
        print(f"No backups yet in {safety.folder}.")
    for backup in [] if args.json else found:
        print(describe(backup))
    return EXIT_OK


def _run_restore_backup(safety: SafetyService, args: argparse.Namespace) -> int:
    aside = safety.restore(args.backup.expanduser())
    print(f"restored {args.backup}; the library as it was is kept at {aside}")
    return EXIT_OK


def _run_check(safety: SafetyService, args: argparse.Namespace) -> int:
    if safety.shared is None and not safety.db_path.exists():
        raise CliError(f"{safety.db_path} does not exist")
    report = safety.check(full=not args.quick)
    if report.ok and safety.shared is not None:
        what = "constraints, indexes, row-level security, members, search"  # (and amcheck, where the server has it)
        print(f"{report.path}: ok ({what})")
        return EXIT_OK
    if report.ok:
        print(f"{report.path}: ok ({'full check, search indexes included' if report.full else 'quick check'})")
        return EXIT_OK
    print(f"{report.path}: {len(report.problems)} problem(s)")
    for problem in report.problems[:20]:
        print(f"  {problem}")
    return EXIT_ERROR
