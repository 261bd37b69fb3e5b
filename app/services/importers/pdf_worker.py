"""Reads a PDF's text in a process of its own (run by pdf.py), because PDF parsers have hung on crafted files.

Input: the PDF's bytes on stdin, and as its one argument how many characters of text it may give at most.
Output: JSON with each page's label and lines (text, baseline height, font size, bold) and the document's
metadata, or an error.
"""

from __future__ import annotations

import json
import sys

Line = tuple[str, float | None, float, bool]  # text, baseline height, font size (0: unknown), all bold


def _font(textpage: object, index: int) -> tuple[float, bool]:
    """The size and boldness of character `index`, where PDFium can tell (by the weight, or by the font's name:
    embedded fonts often give no weight)."""
    try:
        import ctypes

        from pypdfium2 import raw

        handle = textpage.raw  # type: ignore[attr-defined]
        size = float(raw.FPDFText_GetFontSize(handle, index))
        bold = raw.FPDFText_GetFontWeight(handle, index) >= 600
        if not bold:
            name = ctypes.create_string_buffer(128)
            flags = ctypes.c_int(0)
            raw.FPDFText_GetFontInfo(handle, index, name, 128, ctypes.byref(flags))
            face = name.value.decode("latin-1", "replace").lower()
            bold = any(word in face for word in ("bold", "black", "heavy", "semibold", "demi"))
        return size, bold
    except Exception:
        return 0.0, False


def _lines(textpage: object) -> list[Line]:
    """The page's printed lines, each with the height of its baseline (None where geometry is missing), its
    commonest font size and whether all of it is bold.

    Lines are found from where each character sits: the text layer's own breaks are not always the print's."""
    text: str = textpage.get_text_range()  # type: ignore[attr-defined]  # pypdfium2 has no type stubs
    lines: list[list[str]] = [[]]
    bottoms: list[float] = []
    sizes: list[list[float]] = [[]]
    bold: list[list[bool]] = [[]]
    previous: float | None = None
    for index, char in enumerate(text):
        visible = char not in " \r\n\t"
        try:
            _left, bottom, _right, top = textpage.get_charbox(index)  # type: ignore[attr-defined]  # as above
        except Exception:
            return [(line, None, 0.0, False) for line in text.replace("\r\n", "\n").split("\n")]
        if visible and previous is not None and bottom < previous - 0.6 * max(1.0, top - bottom):
            lines.append([])
            sizes.append([])
            bold.append([])
        if visible or lines[-1]:
            lines[-1].append(char if visible else " ")
        if visible:
            size, heavy = _font(textpage, index)
            sizes[-1].append(size)
            bold[-1].append(heavy)
            if len(bottoms) < len(lines):
                bottoms.append(bottom)
            previous = bottom
    return [
        ("".join(chars).strip(), bottom, max(set(size), key=size.count) if size else 0.0, bool(heavy) and all(heavy))
        for chars, bottom, size, heavy in zip(lines, bottoms, sizes, bold, strict=False)
    ]


def main() -> int:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    data = sys.stdin.buffer.read()
    allowed = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 50_000_000
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        print(json.dumps({"error": str(exc)}))
        return 0
    pages = []
    given = 0
    for index in range(len(document)):
        page = document[index]
        textpage = page.get_textpage()
        try:
            label = document.get_page_label(index) or str(index + 1)
        except (pdfium.PdfiumError, AttributeError):
            label = str(index + 1)
        lines = _lines(textpage)
        images = sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))
        textpage.close()
        page.close()
        given += sum(len(line[0]) for line in lines)
        if given > allowed:  # what the file expands to counts against the import limit
            print(json.dumps({"error": "too much text", "too_much": True}))
            return 0
        pages.append({"label": label, "lines": lines, "images": images})
    metadata = document.get_metadata_dict(skip_empty=True)
    document.close()
    print(json.dumps({"pages": pages, "title": metadata.get("Title", ""), "author": metadata.get("Author", "")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
