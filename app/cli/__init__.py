"""The `parallax` command: no subcommand opens the window; subcommands work without one."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from app import __version__
from app.cli.errors import EXIT_ERROR, EXIT_OK, CliError

if TYPE_CHECKING:
    from app.services.infrastructure.storage import Library, Location
    from app.services.registry import Services

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not argparse's usage dump: 'parallax: error: ... (see parallax --help)'.
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


MAX_PANES = 4


MAX_ID = 2**63 - 1  # SQLite's largest integer


def _record_id(text: str, what: str, listing: str) -> int:
    value = int(text) if text.strip().isdigit() else 0
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text!r} is not a {what} ID (IDs are whole numbers from 1; see '{listing}')")
    return value


def _document_id(text: str) -> int:
    return _record_id(text, "document", "parallax list")


def note_id(text: str) -> int:
    return _record_id(text, "note", "parallax notes")


def _megabytes(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 2000:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size in MB from 1 to 2000")
    return int(text)


READ_ONLY_HELP = "open the window without changing the library (as it does by itself where the file cannot be written)"


def _location(text: str) -> Location:
    """A library file's path, or a shared library's address (postgresql://USER@HOST[:PORT]/DATABASE)."""
    from app.services.infrastructure.storage import LibraryOpenError, parse_location

    try:
        return parse_location(text)
    except LibraryOpenError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--db", type=_location, metavar="LIBRARY", default=argparse.SUPPRESS,
        help="library file to use (default: library.sqlite3 in your user data folder), or a shared library's "
        "address: postgresql://USER@HOST[:PORT]/DATABASE",
    )  # fmt: skip
    parser = _Parser(
        prog="parallax",
        description="Parallax: read primary sources side by side. Without a command, opens the window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"parallax {__version__}")
    parser.add_argument("--read-only", action="store_true", help=READ_ONLY_HELP)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    open_cmd = commands.add_parser("open", parents=[common], help="open documents in the window")
    open_cmd.add_argument("ids", nargs="+", type=_document_id, metavar="ID", help="up to four, shown side by side")
    open_cmd.add_argument("--read-only", action="store_true", help=READ_ONLY_HELP)
    list_cmd = commands.add_parser("list", parents=[common], help="list the documents in the library")
    list_cmd.add_argument("--json", action="store_true", help="print JSON instead of a table")
    show_cmd = commands.add_parser("show", parents=[common], help="print a document's metadata and paragraphs")
    show_cmd.add_argument("id", type=_document_id, metavar="ID")
    show_cmd.add_argument("--json", action="store_true", help="print JSON instead of text")
    show_cmd.add_argument("--pages", action="store_true", help="list a scan's pages: image, words, languages")
    import_cmd = commands.add_parser(
        "import", parents=[common], help="add text, Markdown, HTML, PDF, DOCX, EPUB or TEI files, or scans"
    )
    import_cmd.add_argument("files", nargs="+", type=Path, metavar="FILE")
    _edition_options(import_cmd)
    _metadata_options(import_cmd, languages=True)
    import_cmd.add_argument(
        "--ocr-setting", default="auto", choices=("auto", "single-column", "sparse"),
        help="how Tesseract finds the text on a scanned page (default auto)",
    )  # fmt: skip
    import_cmd.add_argument("--encoding", default=None, help="read text files in this encoding (default: detect)")
    import_cmd.add_argument("--duplicate", action="store_true", help="import even a text already in the library")
    import_cmd.add_argument(
        "--max-mb", type=_megabytes, default=50, metavar="MB", help="refuse files larger than this (default 50)"
    )
    import_cmd.add_argument("--json", action="store_true", help="print one JSON object per file")
    edit_cmd = commands.add_parser("edit", parents=[common], help="change a document's metadata")
    edit_cmd.add_argument("id", type=_document_id, metavar="ID")
    _metadata_options(edit_cmd)
    edit_cmd.add_argument("--paragraph", type=int, metavar="N", help="correct the text of paragraph N (with --text)")
    edit_cmd.add_argument("--text", metavar="TEXT", help="the corrected text of the paragraph")
    delete_cmd = commands.add_parser("delete", parents=[common], help="move a document to the trash")
    delete_cmd.add_argument("id", type=_document_id, metavar="ID")
    restore_cmd = commands.add_parser(
        "restore", parents=[common], help="take a document out of the trash, or put a backup in the library's place"
    )
    restore_cmd.add_argument("target", metavar="ID|BACKUP", help="a document's ID, or a backup file")
    trash_cmd = commands.add_parser("trash", parents=[common], help="list the documents in the trash")
    trash_cmd.add_argument("--json", action="store_true", help="print JSON instead of a table")
    align_cmd = commands.add_parser("align", parents=[common], help="print the paragraph links between two documents")
    align_cmd.add_argument("left", type=_document_id, metavar="A")
    align_cmd.add_argument("right", type=_document_id, metavar="B")
    align_cmd.add_argument(
        "--link",
        action="append",
        default=[],
        metavar="RUN:RUN",
        help="link paragraphs of A to paragraphs of B first, e.g. 4-5:4 (repeatable)",
    )
    align_cmd.add_argument("--suggest", action="store_true", help="suggest links for the unlinked paragraphs first")
    align_cmd.add_argument("--json", action="store_true", help="print JSON instead of text")
    diff_cmd = commands.add_parser("diff", parents=[common], help="print word differences per aligned paragraph pair")
    diff_cmd.add_argument("left", type=_document_id, metavar="A")
    diff_cmd.add_argument("right", type=_document_id, metavar="B")
    diff_cmd.add_argument("--case", action="store_true", help="count differences of case")
    diff_cmd.add_argument("--punctuation", action="store_true", help="count differences of punctuation")
    diff_cmd.add_argument("--json", action="store_true", help="print JSON instead of text")
    module_parsers = _module_commands(commands, common)
    for sub in (
        *module_parsers,
        open_cmd,
        list_cmd,
        show_cmd,
        import_cmd,
        edit_cmd,
        delete_cmd,
        restore_cmd,
        trash_cmd,
        align_cmd,
        diff_cmd,
    ):
        sub.add_argument("--version", action="version", version=f"parallax {__version__}")
    return parser


def _module_commands(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> list[argparse.ArgumentParser]:
    """The commands whose options live beside the code that runs them."""
    from app.cli.export import add_export_command
    from app.cli.notes import add_note_commands
    from app.cli.safety import add_safety_commands
    from app.cli.search import add_search_command
    from app.cli.sharing import add_sharing_commands
    from app.cli.timeline import add_timeline_command

    return [
        *add_note_commands(commands, common, _document_id, note_id),
        *add_safety_commands(commands, common),
        *add_sharing_commands(commands, common),
        add_search_command(commands, common),
        add_export_command(commands, common),
        add_timeline_command(commands, common),
    ]


def _edition_options(parser: argparse.ArgumentParser) -> None:
    """Which documents of a TEI edition to import (other files ignore these)."""
    group = parser.add_argument_group("TEI editions (each becomes a collection of its documents)")
    group.add_argument("--from", dest="date_from", default="", metavar="DATE", help="only documents dated from DATE")
    group.add_argument("--to", dest="date_to", default="", metavar="DATE", help="only documents dated until DATE")
    group.add_argument(
        "--level", default=None, metavar="TYPE", help="the div type that is one document (default: document)"
    )
    group.add_argument(
        "--matching", default="", metavar="WORDS", help="only documents with all these words in the title"
    )


def _metadata_options(parser: argparse.ArgumentParser, *, languages: bool = False) -> None:
    """The description's fields; with `languages`, --language may be repeated (the languages of a scan)."""
    from app.services.metadata import MetadataInput

    for field in MetadataInput.names():
        if field == "language" and languages:
            parser.add_argument(
                "--language", action="append", default=[], dest="language", metavar="LANGUAGE",
                help="a language code such as en, hu, ru; a scan is read in it (repeat it for a bilingual page)",
            )  # fmt: skip
            continue
        if field == "tags":
            parser.add_argument(
                "--tag", action="append", default=[], dest="tags", metavar="TAG", help=IMPORT_HELP["tags"]
            )
            continue
        option = "--" + field.replace("_", "-")
        metavar = "ID" if field == "translation_of" else field.upper()
        parser.add_argument(option, default="", dest=field, metavar=metavar, help=IMPORT_HELP.get(field))


IMPORT_HELP = {
    "short_title": "what the document is called where room is short (default: made from the title)",
    "date": "as you would write it: '1 November 1956', 'c. 29 Oct 1956', '1–2 Nov 1956'",
    "kind": "declaration, speech, broadcast, telegram, letter, resolution, minutes, newspaper article, memoir, other",
    "source": "the publication the text was taken from",
    "source_place": "where the publication was published",
    "tags": "a tag (repeat --tag for several)",
    "translation_of": "the ID of the document this one translates",
    "language": "a language code such as en, hu, ru",
    "number": "the document's number in the publication (an edition's doc. 123)",
}


def _window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """`parallax [--db PATH] [--read-only]`, read without building every command's parser (which loads the modules
    behind them): the window's start waits for nothing it does not need. None for anything else."""
    parser = _WindowParser(prog="parallax", add_help=False)
    parser.add_argument("--db", type=_location, default=argparse.SUPPRESS)
    parser.add_argument("--read-only", action="store_true")
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotAWindowStartError:  # '--db' without a path, say: the full parser says so, once
        return None
    return None if rest else args


class _NotAWindowStartError(Exception):
    pass


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotAWindowStartError(message)


def speak_the_users_language() -> str:
    """Read the command line's messages in the language of the window's Language menu, else the system's
    (from Qt's catalogues, read without Qt); returns the language."""
    from app.bootstrap import default_settings_path
    from app.domain import i18n
    from app.services.infrastructure.catalogs import bundled_catalog, saved_language, system_locales

    language = i18n.choose_language(saved_language(default_settings_path()), system_locales(os.environ))
    catalog = bundled_catalog(language)  # English's too: it holds the plural forms of English
    i18n.install(catalog.translate if catalog is not None else None, language)
    return language


def main(argv: Sequence[str] | None = None) -> int:
    speak_the_users_language()
    window = _window_args(sys.argv[1:] if argv is None else argv)
    if window is not None:
        from app.bootstrap import run_gui

        return run_gui(window.db if "db" in window else _default_db_path(), read_only=window.read_only)
    return _run(argv)


def _run(argv: Sequence[str] | None) -> int:
    from app.domain.errors import ParallaxError
    from app.services.infrastructure.transactions import LibraryWriteError

    args = build_parser().parse_args(argv)
    db_path: Location = args.db if "db" in args else _default_db_path()
    try:
        if args.command is None:
            return _run_window(db_path, [], read_only=args.read_only)
        if args.command == "open":
            if len(args.ids) > MAX_PANES:
                raise CliError(f"at most {MAX_PANES} documents can be shown side by side")
            return _run_window(db_path, args.ids, read_only=args.read_only)
        from app.cli import safety as cli_safety
        from app.cli import sharing as cli_sharing

        if args.command == "setup":
            return cli_sharing.run_setup(db_path, args, _services)
        if args.command == "restore":
            _restore_target(args)
        if isinstance(db_path, Path):
            _check_regular(db_path.expanduser())  # a FIFO or a device as --db: refused before it is opened
        with _writer_lock(db_path, args):
            if args.command in cli_safety.COMMANDS and isinstance(db_path, Path):  # on the file itself: these
                return cli_safety.run(db_path.expanduser(), args)  # work when it cannot be opened
            return _run_command(db_path, args)
    except LibraryWriteError as exc:  # a full disk or an I/O error: nothing of the change was kept
        print(f"parallax: error: {exc}; nothing changed", file=sys.stderr)
        return EXIT_ERROR
    except ParallaxError as exc:  # the one place a command's failure becomes its one line
        print(f"parallax: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # `parallax list | head`
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def _restore_target(args: argparse.Namespace) -> None:
    """`restore 12` brings back a document from the trash; `restore FILE` puts a backup in the library's place."""
    if not args.target.isdigit():
        args.command, args.backup = "restore_backup", Path(args.target)
        return
    try:
        args.id = _document_id(args.target)
    except argparse.ArgumentTypeError as exc:
        raise CliError(str(exc)) from exc


WRITING_COMMANDS = {"import", "edit", "delete", "restore", "restore_backup"}


@contextlib.contextmanager
def _writer_lock(db_path: Location, args: argparse.Namespace) -> Iterator[None]:
    """Commands that change a library file wait for no one: with a window open on it, they refuse in one line.
    (A shared library's server lets many write at once, and checks every save's revision.)"""
    writes = args.command in WRITING_COMMANDS or (args.command == "note" and args.note_command == "add")
    writes = writes or (args.command == "align" and bool(args.link or args.suggest)) or args.command == "merge"
    if not writes or not isinstance(db_path, Path):
        yield
        return
    from app.services.infrastructure.instance import LibraryLock
    from app.services.infrastructure.storage import is_read_only

    if is_read_only(db_path.expanduser()):
        raise CliError(
            f"the library {db_path} is read-only (the file or its folder cannot be written); nothing changed"
        )
    if args.command not in ("restore_backup",):  # a restore may put a library in the place of a broken file
        _check_library_file(db_path.expanduser())  # before the lock file is made beside it
    lock = LibraryLock(db_path.expanduser())
    lock.acquire(purpose="change it from the command line, or make the change in the window")
    try:
        yield
    finally:
        lock.release()


def _check_regular(db_path: Path) -> None:
    from app.services.infrastructure.storage import check_regular

    check_regular(db_path)


def _check_library_file(db_path: Path) -> None:
    from app.services.infrastructure.storage import check_library_file

    check_library_file(db_path)


def _run_command(db_path: Location, args: argparse.Namespace) -> int:
    from app.cli import compare, export, notes, safety, search, sharing, timeline
    from app.cli import library as library_commands

    modules = {
        "align": compare,
        "diff": compare,
        "notes": notes,
        "note": notes,
        "search": search,
        "timeline": timeline,
        "export": export,
        "member": sharing,
        "members": sharing,
    }
    module = modules.get(args.command, library_commands)
    library, services = _services(db_path)
    try:
        if args.command in safety.COMMANDS:  # a shared library's: its server's checks, pg_dump's backups
            return safety.run_with(services.safety, args)
        if args.command == "merge":
            return sharing.run_merge(library, services, args, lambda text: _services(_location(text)))
        return int(getattr(module, f"run_{args.command}")(services, args))
    finally:
        library.close()


def _default_db_path() -> Path:
    from app.services.infrastructure.storage import default_library_path

    return default_library_path()


def _services(location: Location, *, read_only: bool = False, setting_up: bool = False) -> tuple[Library, Services]:
    """The library opened; a shared library's server asking for a password is asked at the terminal, if any."""
    from app.services.infrastructure.storage import PasswordNeededError
    from app.services.registry import open_services

    try:
        return open_services(location, read_only=read_only, setting_up=setting_up)
    except PasswordNeededError as exc:
        if not sys.stdin.isatty():
            raise CliError(f"{exc}: give it in PGPASSWORD or ~/.pgpass") from exc
        import getpass

        password = getpass.getpass(f"Password for {location}: ")
        return open_services(location, read_only=read_only, setting_up=setting_up, password=password)


def _run_window(db_path: Location, ids: list[int], *, read_only: bool) -> int:
    from app.bootstrap import run_gui
    from app.services.first_page import first_documents

    # Checked before any window appears, so that a typo gets one line and no window: read straight from the
    # file when it can be (quick), else through the services (which also say which ID is missing).
    if ids and not (isinstance(db_path, Path) and first_documents(db_path, ids)):
        library, services = _services(db_path)
        try:
            for doc_id in ids:
                services.library.get_document(doc_id)
        finally:
            library.close()
    return run_gui(db_path, ids, read_only=read_only)
