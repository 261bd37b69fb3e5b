"""A scan's pages on the command line: `parallax show ID --pages`, and the pages in `show --json`."""

from __future__ import annotations

from typing import Any

from app.cli.errors import EXIT_OK
from app.domain.documents import DocumentDetail


def _size(count: int) -> str:
    return f"{count / 1024:.0f} KB" if count < 1024 * 1024 else f"{count / 1024 / 1024:.1f} MB"


def pages_json(document: DocumentDetail) -> list[dict[str, Any]]:
    return [
        {
            "number": page.number,
            "label": page.label,
            "width": page.width,
            "height": page.height,
            "image": None
            if page.image_id is None
            else {
                "id": page.image_id,
                "width": page.image_width,
                "height": page.image_height,
                "bytes": page.image_bytes,
            },
            "languages": page.languages.split("+") if page.languages else [],
            "read_from": "ocr" if page.languages else "text layer",
            "setting": page.setting,
            "words": page.word_count,
            "mean_confidence": page.mean_confidence,
        }
        for page in document.pages
    ]


def print_pages(document: DocumentDetail) -> int:
    if not document.pages:
        print(f"“{document.title}” has no page images (it was not imported from a scan).")
        return EXIT_OK
    print(document.title)
    doubtful: dict[int, int] = {}
    starts = {p.number: p.page for p in document.paragraphs}
    for span in document.doubtful:
        doubtful[span.paragraph] = doubtful.get(span.paragraph, 0) + 1
    for page in document.pages:
        read = f"OCR {page.languages}" if page.languages else "text layer"
        confidence = f", mean confidence {page.mean_confidence:.0f}" if page.mean_confidence is not None else ""
        image = (
            f"image {page.image_width}×{page.image_height} ({_size(page.image_bytes)})" if page.image_id else "no image"
        )
        begins = [number for number, label in starts.items() if label == page.label]
        where = (
            f", ¶{begins[0]}–{begins[-1]} begin here"
            if len(begins) > 1
            else (f", ¶{begins[0]} begins here" if begins else "")
        )
        print(f"p. {page.label:<5} {image}, {page.word_count} words, {read}{confidence}{where}")
    total = sum(page.image_bytes for page in document.pages)
    checks = len(document.doubtful)
    print(f"{len(document.pages)} pages, {_size(total)} of images; {checks} words to check (confidence under 60)")
    return EXIT_OK
