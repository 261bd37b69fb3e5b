"""The headless commands of `parallax`, each given the services of an open library and the parsed arguments."""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from typing import TYPE_CHECKING, Any

from app.cli.errors import EXIT_ERROR, EXIT_OK, CliError
from app.cli.pages import pages_json
from app.domain.dates.historical import HistoricalDate, InvalidDateError
from app.domain.dates.written import parse_date_text
from app.domain.documents import DocumentMetadata, DocumentSummary
from app.domain.short_titles import short_title_of
from app.domain.text.blocks import Block, BlockKind
from app.domain.text.paragraphs import plain_line
from app.services.editions import EditionChoice
from app.services.importers.base import shown_name
from app.services.importers.scan import OcrRequest
from app.services.metadata import MetadataInput, apply_input

if TYPE_CHECKING:
    from app.services.registry import Services


def _typed(args: argparse.Namespace) -> MetadataInput:
    values = {field: getattr(args, field) for field in MetadataInput.names()}
    values["tags"] = ",".join(values["tags"])  # --tag may be given several times
    if isinstance(values["language"], list):  # import: the first language given is the document's
        values["language"] = values["language"][0] if values["language"] else ""
    return MetadataInput(**values)


def run_list(services: Services, args: argparse.Namespace) -> int:
    _print_documents(services.library.list_documents(), args.json, empty="The library is empty.")
    return EXIT_OK


def run_trash(services: Services, args: argparse.Namespace) -> int:
    _print_documents(services.library.list_trash(), args.json, empty="The trash is empty.")
    return EXIT_OK


def _print_documents(documents: list[DocumentSummary], as_json: bool, empty: str) -> None:
    if as_json:
        payload = [
            {"id": doc.id, **metadata_json(doc.metadata), "paragraphs": doc.paragraph_count} for doc in documents
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    if not documents:
        print(empty)
        return
    id_width = max(len(str(doc.id)) for doc in documents)
    date_width = max(len(doc.metadata.date_display) for doc in documents)
    for doc in documents:
        meta = doc.metadata
        issuer = f" — {plain_line(meta.issuer)}" if meta.issuer else ""
        columns = f"{doc.id:>{id_width}}  {meta.date_display:<{date_width}}  {meta.kind.label:<12}"
        print(f"{columns}  {plain_line(meta.title)}{issuer}")  # nothing that reorders the line


def run_show(services: Services, args: argparse.Namespace) -> int:
    document = services.library.get_document(args.id)
    if args.pages and not args.json:
        from app.cli.pages import print_pages

        return print_pages(document)
    if args.json:
        payload = {
            "id": document.id,
            **metadata_json(document.metadata),
            "content_hash": document.content_hash,
            "collection": document.collection or None,
            "paragraphs": [{"number": p.number, "text": p.text, "page": p.page} for p in document.paragraphs],
            "blocks": [_block_json(position, b) for position, b in enumerate(document.text_blocks, start=1)],
            "footnotes": [{"paragraph": n.paragraph, "label": n.label, "text": n.text} for n in document.footnotes],
            "pages": pages_json(document),
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    meta = document.metadata
    print(plain_line(meta.title))
    print(" · ".join(part for part in (meta.issuer, meta.place, meta.date_display, meta.kind.label) if part))
    print(f"Short title: {short_title_of(meta)}")
    if meta.source.publication:
        print(textwrap.fill(f"Source: {meta.source.display()}", width=100))
    if meta.url:
        print(f"URL: {meta.url}")
    if meta.description:
        print(textwrap.fill(f"Description: {meta.description}", width=100))
    if document.collection:
        print(f"Collection: {document.collection}")
    notes: dict[int | None, list[str]] = {}
    for note in document.footnotes:
        notes.setdefault(note.paragraph, []).append(f"    [{note.label}] {note.text}")
    print("\n".join(["", *notes.get(None, [])]))
    for block in document.text_blocks:
        if block.number is not None:
            print("\n".join([f"¶{block.number}  {block.text}", *notes.get(block.number, []), ""]))
        else:
            print(f"[{_kind_tag(block)}]  {block.text}\n")
    return EXIT_OK


def _block_json(position: int, block: Block) -> dict[str, Any]:
    return {
        "position": position,
        "kind": block.kind.value,
        "number": block.number,
        "level": block.level,
        "label": block.label or None,
        "text": block.text,
        "page": block.page,
    }


def _kind_tag(block: Block) -> str:
    """'heading 2', 'dateline', 'closer': what a block without a ¶ number is."""
    return f"{block.kind.value} {block.level}" if block.kind is BlockKind.HEADING else block.kind.value


def _date_option(text: str, option: str) -> HistoricalDate | None:
    try:
        return parse_date_text(text) if text.strip() else None
    except InvalidDateError as exc:
        raise CliError(f"{option}: {exc}") from exc


def run_import(services: Services, args: argparse.Namespace) -> int:
    given = _typed(args)
    services.importing.max_bytes = args.max_mb * 1_000_000
    edition = EditionChoice(
        args.level, _date_option(args.date_from, "--from"), _date_option(args.date_to, "--to"), args.matching
    )
    ocr = OcrRequest(tuple(args.language), args.ocr_setting) if args.language else None
    outcomes = services.importing.import_files(
        args.files, given, encoding=args.encoding, allow_duplicate=args.duplicate, edition=edition, ocr=ocr
    )
    if args.json:
        rows = []
        for o in outcomes:
            shown = os.fsencode(str(o.path)).decode("utf-8", "backslashreplace")  # a name not valid UTF-8
            row: dict[str, Any] = {"file": shown, "id": o.document_id, "duplicate_of": o.duplicate_of}
            if o.collection_id is not None:  # an edition: its documents and the collection they make
                row |= {"ids": list(o.document_ids), "collection": o.collection_id, "duplicates": o.duplicates}
                row |= {"undated": list(o.date_problems)}
            rows.append(row | {"error": o.error or None} | ({"notices": list(o.notices)} if o.notices else {}))
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for outcome in outcomes:
            for document_id in outcome.document_ids or ([outcome.document_id] if outcome.ok else []):
                print(document_id)
    for outcome in outcomes:
        for problem in outcome.date_problems:
            print(f"parallax: warning: {problem}", file=sys.stderr)
        if not outcome.ok:
            print(f"parallax: error: {outcome.error}", file=sys.stderr)
        for notice in outcome.notices:  # how a file was read, where it matters (bytes replaced, blocks unknown)
            print(f"parallax: note: {shown_name(outcome.path)}: {notice}", file=sys.stderr)
    return EXIT_OK if all(o.ok for o in outcomes) else EXIT_ERROR


def run_edit(services: Services, args: argparse.Namespace) -> int:
    """Change only the fields given on the command line."""
    if (args.paragraph is None) != (args.text is None):
        raise CliError("--paragraph and --text go together: the paragraph's number and its corrected text")
    current = services.library.get_document(args.id).metadata
    correction = (args.paragraph, args.text) if args.paragraph is not None else None
    services.library.edit_document(args.id, apply_input(current, _typed(args), keep_empty=True), correction)
    print(f"updated {args.id}")
    return EXIT_OK


def run_delete(services: Services, args: argparse.Namespace) -> int:
    services.library.move_to_trash(args.id)
    print(f"moved {args.id} to the trash ('parallax restore {args.id}' brings it back)")
    return EXIT_OK


def run_restore(services: Services, args: argparse.Namespace) -> int:
    services.library.restore(args.id)
    print(f"restored {args.id}")
    return EXIT_OK


def metadata_json(meta: DocumentMetadata) -> dict[str, Any]:
    date = meta.date
    source = meta.source
    return {
        "title": meta.title,
        "short_title": short_title_of(meta),
        "issuer": meta.issuer,
        "date": meta.date_edtf,
        "date_display": meta.date_display,
        "date_precision": date.precision.value if date else None,
        "place": meta.place,
        "language": meta.language,
        "kind": meta.kind.value,
        "source": {
            "publication": source.publication,
            "editor": source.editor,
            "publisher": source.publisher,
            "place": source.place,
            "year": source.year,
            "pages": source.pages,
            "number": source.number,
            "citation": source.display(),
        },
        "archive": meta.archive,
        "url": meta.url,
        "rights": meta.rights,
        "description": meta.description,
        "tags": list(meta.tags),
        "translation_of": meta.translation_of,
    }
