"""Reads a PDF's text in a process of its own (run by pdf.py), because PDF parsers have hung on crafted files.

Input: the PDF's bytes on stdin. Output: JSON with each page's label and text, and the document's metadata.
"""

from __future__ import annotations

import json
import sys


def _lines(textpage: object) -> list[tuple[str, float | None]]:
    """The page's printed lines, each with the height of its baseline (None where geometry is missing).

    Lines are found from where each character sits: the text layer's own breaks are not always the print's."""
    text: str = textpage.get_text_range()  # type: ignore[attr-defined]  # pypdfium2 has no type stubs
    lines: list[list[str]] = [[]]
    bottoms: list[float] = []
    previous: float | None = None
    for index, char in enumerate(text):
        visible = char not in " \r\n\t"
        try:
            _left, bottom, _right, top = textpage.get_charbox(index)  # type: ignore[attr-defined]  # as above
        except Exception:
            return [(line, None) for line in text.replace("\r\n", "\n").split("\n")]
        if visible and previous is not None and bottom < previous - 0.6 * max(1.0, top - bottom):
            lines.append([])
        if visible or lines[-1]:
            lines[-1].append(char if visible else " ")
        if visible:
            if len(bottoms) < len(lines):
                bottoms.append(bottom)
            previous = bottom
    return [("".join(chars).strip(), bottom) for chars, bottom in zip(lines, bottoms, strict=False)]


def main() -> int:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    data = sys.stdin.buffer.read()
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        print(json.dumps({"error": str(exc)}))
        return 0
    pages = []
    for index in range(len(document)):
        page = document[index]
        textpage = page.get_textpage()
        try:
            label = document.get_page_label(index) or str(index + 1)
        except (pdfium.PdfiumError, AttributeError):
            label = str(index + 1)
        images = sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))
        pages.append({"label": label, "lines": _lines(textpage), "images": images})
        textpage.close()
        page.close()
    metadata = document.get_metadata_dict(skip_empty=True)
    document.close()
    print(json.dumps({"pages": pages, "title": metadata.get("Title", ""), "author": metadata.get("Author", "")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
