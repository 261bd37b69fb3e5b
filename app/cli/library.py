"""The headless commands of `parallax`, each given the services of an open library and the parsed arguments."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import TYPE_CHECKING, Any

from app.cli.errors import EXIT_ERROR, EXIT_OK, CliError
from app.domain.dates.historical import HistoricalDate, InvalidDateError
from app.domain.dates.written import parse_date_text
from app.domain.documents import DocumentMetadata, DocumentSummary
from app.services.editions import EditionChoice
from app.services.metadata import MetadataInput, apply_input

if TYPE_CHECKING:
    from app.services.registry import Services


def _typed(args: argparse.Namespace) -> MetadataInput:
    values = {field: getattr(args, field) for field in MetadataInput.names()}
    values["tags"] = ",".join(values["tags"])  # --tag may be given several times
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
        issuer = f" — {meta.issuer}" if meta.issuer else ""
        columns = f"{doc.id:>{id_width}}  {meta.date_display:<{date_width}}  {meta.kind.label:<12}"
        print(f"{columns}  {meta.title}{issuer}")


def run_show(services: Services, args: argparse.Namespace) -> int:
    document = services.library.get_document(args.id)
    if args.json:
        payload = {
            "id": document.id,
            **metadata_json(document.metadata),
            "content_hash": document.content_hash,
            "collection": document.collection or None,
            "paragraphs": [{"number": p.number, "text": p.text, "page": p.page} for p in document.paragraphs],
            "footnotes": [{"paragraph": n.paragraph, "label": n.label, "text": n.text} for n in document.footnotes],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    meta = document.metadata
    print(meta.title)
    print(" · ".join(part for part in (meta.issuer, meta.place, meta.date_display, meta.kind.label) if part))
    if meta.source.publication:
        print(textwrap.fill(f"Source: {meta.source.display()}", width=100))
    if meta.url:
        print(f"URL: {meta.url}")
    if document.collection:
        print(f"Collection: {document.collection}")
    notes: dict[int | None, list[str]] = {}
    for note in document.footnotes:
        notes.setdefault(note.paragraph, []).append(f"    [{note.label}] {note.text}")
    print("\n".join(["", *notes.get(None, [])]))
    for paragraph in document.paragraphs:
        print("\n".join([f"¶{paragraph.number}  {paragraph.text}", *notes.get(paragraph.number, []), ""]))
    return EXIT_OK


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
    outcomes = services.importing.import_files(
        args.files, given, encoding=args.encoding, allow_duplicate=args.duplicate, edition=edition
    )
    if args.json:
        rows = []
        for o in outcomes:
            row: dict[str, Any] = {"file": str(o.path), "id": o.document_id, "duplicate_of": o.duplicate_of}
            if o.collection_id is not None:  # an edition: its documents and the collection they make
                row |= {"ids": list(o.document_ids), "collection": o.collection_id, "duplicates": o.duplicates}
                row |= {"undated": list(o.date_problems)}
            rows.append(row | {"error": o.error or None})
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
    return EXIT_OK if all(o.ok for o in outcomes) else EXIT_ERROR


def run_edit(services: Services, args: argparse.Namespace) -> int:
    """Change only the fields given on the command line."""
    if (args.paragraph is None) != (args.text is None):
        raise CliError("--paragraph and --text go together: the paragraph's number and its corrected text")
    current = services.library.get_document(args.id).metadata
    services.library.update_metadata(args.id, apply_input(current, _typed(args), keep_empty=True))
    if args.paragraph is not None:
        services.library.edit_paragraph(args.id, args.paragraph, args.text)
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
        "tags": list(meta.tags),
        "translation_of": meta.translation_of,
    }
