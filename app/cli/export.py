"""`parallax export`: notes as Markdown, HTML or PDF, and sources as Chicago, CSL-JSON or BibTeX, into one file."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.errors import EXIT_OK, CliError
from app.cli.timeline import bound_of
from app.domain.citation.bibliography import BibliographyFormat
from app.domain.export.bundle import Scope
from app.domain.timeline import DateRange

if TYPE_CHECKING:
    from app.services.registry import Services

NOTE_FORMATS = ("md", "html", "pdf")
FORMATS = (*NOTE_FORMATS, *(form.value for form in BibliographyFormat))


def add_export_command(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    export_cmd: argparse.ArgumentParser = commands.add_parser(
        "export",
        parents=[common],
        help="write notes (md, html, pdf) or a bibliography (chicago, csl-json, bibtex) to a file",
        description=(
            "Notes with their quoted passages, citations, bibliography and the period's events; or the "
            "bibliography alone: of the documents the chosen notes quote, of --doc documents, or of all."
        ),
    )
    export_cmd.add_argument("--format", required=True, choices=FORMATS, help="what to write")
    export_cmd.add_argument("--tag", default="", metavar="TAG", help="only the notes with this tag")
    export_cmd.add_argument("--from", dest="start", default="", metavar="DATE", help="only notes dated from this date")
    export_cmd.add_argument("--to", dest="end", default="", metavar="DATE", help="only notes dated up to this date")
    export_cmd.add_argument(
        "--doc", action="append", type=int, default=[], metavar="ID", help="a bibliography of these documents only"
    )
    export_cmd.add_argument(
        "--parallax-numbers",
        action="store_true",
        help="cite Parallax's ¶ numbers too ('¶17 in Parallax'), beside the printed page",
    )
    export_cmd.add_argument("-o", "--output", required=True, type=Path, metavar="FILE", help="the file to write")
    return export_cmd


def _scope(args: argparse.Namespace) -> Scope:
    start, end = bound_of(args.start, "--from", end=False), bound_of(args.end, "--to", end=True)
    if (start is None) != (end is None):
        raise CliError("--from and --to go together: the first and the last day of the period")
    if start is not None and end is not None:
        if end < start:
            raise CliError("--to is before --from")
        return Scope(tag=args.tag.strip(), period=DateRange.of_days(start, end))
    return Scope(tag=args.tag.strip())


def _pdf(html: str, title: str) -> bytes:
    """PDF is the one format set by Qt's text layout (fonts embedded, every script shaped), so it loads QtGui."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown: a display is not needed
    from PySide6.QtGui import QGuiApplication

    from app.render.pdf import pdf_bytes

    _app = QGuiApplication.instance() or QGuiApplication(["parallax"])  # the text layout needs one
    return pdf_bytes(html, title)


def run_export(services: Services, args: argparse.Namespace) -> int:
    from app.domain.export.bundle_html import render_html
    from app.domain.export.bundle_markdown import render_markdown

    scope = _scope(args)
    services.export.parallax_numbers = args.parallax_numbers
    if args.format in NOTE_FORMATS:
        if args.doc:
            raise CliError("--doc chooses the documents of a bibliography; notes are chosen with --tag, --from, --to")
        bundle = services.export.bundle(scope)
        if args.format == "pdf":
            data = _pdf(render_html(bundle, for_print=True), bundle.title)
        else:
            data = (render_markdown(bundle) if args.format == "md" else render_html(bundle)).encode("utf-8")
        what = f"{len(bundle.notes)} note{'s' if len(bundle.notes) != 1 else ''}, {len(bundle.sources)} sources"
    else:
        form = BibliographyFormat(args.format)
        if args.doc and (scope.tag or scope.period):
            raise CliError("choose the documents either with --doc or through the notes (--tag, --from, --to)")
        text = services.export.bibliography(form, args.doc, scope if scope.tag or scope.period else None)
        data, what = text.encode("utf-8"), "bibliography"
    services.export.write(args.output, data)
    print(f"wrote {args.output} ({what})")
    return EXIT_OK
