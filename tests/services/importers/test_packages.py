import contextlib
import io
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.importers.base import FileImportError
from app.services.importers.detect import extract


def make_docx(tmp_path: Path) -> bytes:
    document = docx.Document()
    document.core_properties.title = "Telegram 1956-11-01"
    document.core_properties.author = "Legation in Budapest"
    document.add_heading("Telegram from the Legation in Hungary to the Department of State", level=1)
    document.add_paragraph("Budapest, November 1, 1956.")
    document.add_paragraph("Nagy informed the Soviet Ambassador that Hungary withdraws from the Warsaw Pact.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Sent", "7 p.m."
    table.cell(1, 0).text, table.cell(1, 1).text = "Received", "3:40 p.m., November 2"
    document.add_paragraph("Wailes")
    path = tmp_path / "telegram.docx"
    document.save(str(path))
    return path.read_bytes()


def make_epub(chapters: list[str], title: str = "The Hungarian Revolution", spine_order: tuple[int, ...] = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as book:
        book.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        book.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
            "</rootfiles></container>",
        )
        items = "".join(
            f'<item id="c{i}" href="text/c{i}.xhtml" media-type="application/xhtml+xml"/>' for i in range(len(chapters))
        )
        order = spine_order or tuple(range(len(chapters)))
        spine = "".join(f'<itemref idref="c{i}"/>' for i in order)
        book.writestr(
            "OEBPS/content.opf",
            '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{title}</dc:title><dc:creator>A. Historian</dc:creator><dc:language>en-GB</dc:language>"
            f"</metadata><manifest>{items}</manifest><spine>{spine}</spine></package>",
        )
        for i, body in enumerate(chapters):
            book.writestr(
                f"OEBPS/text/c{i}.xhtml",
                f'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>c{i}</title>'
                f"</head><body>{body}</body></html>",
            )
    return buffer.getvalue()


def test_docx_paragraphs_headings_and_tables_in_order(tmp_path: Path) -> None:
    extracted = extract("telegram.docx", make_docx(tmp_path))
    assert extracted.title == "Telegram from the Legation in Hungary to the Department of State"
    assert extracted.author == "Legation in Budapest"
    assert extracted.paragraphs == (
        "Budapest, November 1, 1956.",
        "Nagy informed the Soviet Ambassador that Hungary withdraws from the Warsaw Pact.",
        "Sent | 7 p.m.",
        "Received | 3:40 p.m., November 2",
        "Wailes",
    )
    assert extracted.date_text == "November 1, 1956"


def test_epub_chapters_follow_the_spine() -> None:
    data = make_epub(
        ["<h1>Chapter one</h1><p>First.</p>", "<h2>Chapter two</h2><p>Second.</p><ul><li>item</li></ul>"],
        spine_order=(1, 0),
    )
    extracted = extract("book.epub", data)
    assert extracted.title == "The Hungarian Revolution"
    assert (extracted.author, extracted.language) == ("A. Historian", "en")
    assert extracted.paragraphs == ("Second.", "item", "Chapter one", "First.")


def test_epub_xml_with_entities_is_not_expanded() -> None:
    laugh = '<!DOCTYPE html [<!ENTITY a "hahahahahahahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    data = make_epub(["<p>&b;&b;&b;</p><p>Plain text.</p>"])
    data = data.replace(b'<?xml version="1.0"?><html', f'<?xml version="1.0"?>{laugh}<html'.encode())
    try:
        extracted = extract("book.epub", data)
    except FileImportError:
        return  # refusing it outright is fine too
    assert "hahaha" not in " ".join(extracted.paragraphs)


def test_a_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("word/document.xml", b"\x00" * (80 * 1024 * 1024))
    assert len(buffer.getvalue()) < 200_000
    with pytest.raises(FileImportError, match="ZIP bomb"):
        extract("bomb.docx", buffer.getvalue())


def test_damaged_packages_are_a_clear_error(tmp_path: Path) -> None:
    whole_docx, whole_epub = make_docx(tmp_path), make_epub(["<p>First.</p>"])
    with pytest.raises(FileImportError, match="damaged or truncated"):
        extract("t.docx", whole_docx[: len(whole_docx) // 2])
    with pytest.raises(FileImportError, match="damaged or truncated"):
        extract("b.epub", whole_epub[:300])
    with pytest.raises(FileImportError, match="not well-formed XML"):
        extract("b.epub", make_epub(["<p>First.</q>"]))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=4000))
def test_random_bytes_behind_a_zip_header_only_raise_our_error(data: bytes) -> None:
    for name in ("x.docx", "x.epub"):
        with contextlib.suppress(FileImportError):
            extract(name, b"PK\x03\x04" + data)
