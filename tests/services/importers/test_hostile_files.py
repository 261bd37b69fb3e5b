"""Files made to break an importer: each is refused in one line or read whole, never a traceback, a hang or a
run away with memory. (The hostile corpus these stand for is not in the repository; each kind is made here.)"""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest

from app.domain.text.blocks import BlockKind
from app.services.importers.base import FileImportError
from app.services.importers.detect import extract
from app.services.importers.tei import read_tei
from app.services.library import LibraryService, NewDocument
from tests.builders import NAGY
from tests.services.importers.test_packages import make_epub

HEADER = (
    "<teiHeader><fileDesc><titleStmt><title>Minimal</title></titleStmt><publicationStmt><p/></publicationStmt>"
    "<sourceDesc><p/></sourceDesc></fileDesc></teiHeader>"
)


def _tei(text: str) -> bytes:
    return f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER}{text}</TEI>'.encode()


# -- tracebacks -----------------------------------------------------------------------------------------------
def test_a_minimal_tei_file_without_editors_is_read() -> None:
    extracted = extract("minimal.xml", _tei("<text><body><p>The text.</p></body></text>"))
    assert extracted.paragraphs == ("The text.",)
    assert extracted.source.editor == ""


def test_a_tei_text_without_a_body_is_one_line() -> None:
    with pytest.raises(FileImportError, match="no <body>"):
        extract("front.xml", _tei("<text><front><p>Only a front.</p></front></text>"))


@pytest.mark.parametrize(
    "attributes",
    [
        'when="1956-00-12"',
        'from="1956-00-01" to="1956-00-05"',
        'notBefore="1956-13-01" notAfter="1956-14-01"',
        'when="1956-02-30"',
    ],
)
def test_impossible_tei_dates_leave_a_document_undated(attributes: str) -> None:
    edition = _tei(
        '<text><body><div type="document" n="1" xmlns:frus="http://history.state.gov/frus/ns/1.0" '
        'frus:doc-dateTime-min="1956-00-01T00:00:00" frus:doc-dateTime-max="1956-13-40T00:00:00">'
        f"<head>A</head><dateline><date {attributes}>someday</date></dateline><p>Text.</p></div></body></text>"
    )
    [document] = read_tei(edition).documents("document")
    assert document.date_edtf == ""
    assert document.paragraphs == ("A", "someday", "Text.")


def _docx(tmp_path: Path) -> bytes:
    document = docx.Document()
    document.add_paragraph("The Hungarian Government declares its neutrality.")
    path = tmp_path / "neutrality.docx"
    document.save(str(path))
    return path.read_bytes()


def _headers(data: bytes, name: bytes) -> tuple[int, int]:
    """Where the local header and the central directory entry of `name` begin."""
    at = data.find(name)
    local = data.rfind(b"PK\x03\x04", 0, at)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        length = int.from_bytes(data[central + 28 : central + 30], "little")
        if data[central + 46 : central + 46 + length] == name:
            return local, central
        central = data.find(b"PK\x01\x02", central + 4)
    raise AssertionError(name)


def test_an_encrypted_entry_is_refused_as_such(tmp_path: Path) -> None:
    data = bytearray(_docx(tmp_path))
    local, central = _headers(bytes(data), b"word/document.xml")
    data[local + 6] |= 1  # the 'encrypted' flag, as a password-protected archive has it
    data[central + 8] |= 1
    with pytest.raises(FileImportError, match="encrypted"):
        extract("locked.docx", bytes(data))
    book = bytearray(make_epub(["<p>A chapter.</p>"]))
    local, central = _headers(bytes(book), b"OEBPS/text/c0.xhtml")
    book[local + 6] |= 1
    book[central + 8] |= 1
    with pytest.raises(FileImportError, match="encrypted"):
        extract("locked.epub", bytes(book))


def test_a_corrupt_deflate_stream_is_refused_as_damaged(tmp_path: Path) -> None:
    data = bytearray(_docx(tmp_path))
    local, _ = _headers(bytes(data), b"word/document.xml")
    start = local + 30 + int.from_bytes(data[local + 26 : local + 28], "little")
    start += int.from_bytes(data[local + 28 : local + 30], "little")
    for offset in range(start + 8, start + 40):
        data[offset] ^= 0xFF
    with pytest.raises(FileImportError, match="damaged"):
        extract("corrupt.docx", bytes(data))


def test_an_entry_that_fails_its_checksum_is_refused_even_one_parallax_never_reads(tmp_path: Path) -> None:
    data = bytearray(_docx(tmp_path))
    local, central = _headers(bytes(data), b"docProps/app.xml")
    data[local + 14] ^= 0xFF  # the CRC, in both headers
    data[central + 16] ^= 0xFF
    with pytest.raises(FileImportError, match=r"damaged \(docProps/app.xml"):
        extract("crc.docx", bytes(data))


# -- hangs ------------------------------------------------------------------------------------------------------
def test_deeply_nested_inline_markup_is_read_at_once_and_whole() -> None:
    depth = 60_000
    page = f"<html><body><p>{'<b>' * depth}deep words{'</b>' * depth}</p><p>after them</p></body></html>"
    started = time.perf_counter()
    extracted = extract("deep.html", page.encode())
    assert time.perf_counter() - started < 20  # a quadratic walk took minutes
    assert "deep words" in " ".join(extracted.paragraphs)
    assert extracted.paragraphs[-1] == "after them"


def test_a_chapter_the_spine_lists_a_thousand_times_is_read_once() -> None:
    book = make_epub(["<p>" + "word " * 2000 + "</p>"], spine_order=(0,) * 1000)
    extracted = extract("spine.epub", book)
    assert len(extracted.blocks) == 1


def test_what_a_book_unpacks_to_counts_against_the_import_limit() -> None:
    chapters = ["<p>" + " ".join(f"w{chapter}x{n}" for n in range(30_000)) + "</p>" for chapter in range(12)]
    book = _deflated(make_epub(chapters))
    assert len(book) < 1_000_000
    with pytest.raises(FileImportError, match="more than the import size limit"):
        extract("big.epub", book, max_bytes=2_000_000)
    assert len(extract("big.epub", book, max_bytes=20_000_000).blocks) == 12


def _deflated(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            archive.writestr(info.filename, source.read(info))
    return out.getvalue()


# -- memory --------------------------------------------------------------------------------------------------------
def test_a_text_of_very_many_short_paragraphs_stays_within_a_few_times_its_size() -> None:
    data = b"a\n\n" * 200_000
    tracemalloc.start()
    try:
        extracted = extract("many.txt", data)
        checked = LibraryService.check(NewDocument(NAGY, blocks=extracted.blocks))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert checked.paragraphs == 199_999  # the first 'a' reads as a title: a heading
    assert peak < 25 * len(data)  # Block objects would take over 100 bytes a paragraph


# -- silent loss -----------------------------------------------------------------------------------------------------
def test_text_nested_deeper_than_the_parser_goes_is_kept() -> None:
    page = "<html><body>" + "<div>" * 3000 + "deep text here" + "</div>" * 3000 + "<p>after words</p></body></html>"
    assert extract("deep.html", page.encode()).paragraphs == ("deep text here", "after words")


def test_a_huge_paragraph_is_not_cut() -> None:
    words = "word " * 2_400_000  # 12 MB, past libxml2's 10 MB for one text node
    extracted = extract("huge.html", f"<html><body><p>{words}</p><p>The end.</p></body></html>".encode())
    assert [len(text) for text in extracted.paragraphs] == [len(words.strip()), len("The end.")]


def test_the_doctype_and_its_internal_subset_are_never_text() -> None:
    page = '<!DOCTYPE html [ <!ENTITY i "x"> <!ENTITY j "yy"> ]>\n<html><body><p>Real &i; text.</p></body></html>'
    assert extract("subset.html", page.encode()).paragraphs == ("Real text.",)


def test_an_element_parallax_does_not_know_is_kept_as_a_paragraph_and_counted() -> None:
    page = "<html><body><p>Known.</p><x-remark>An unknown block.</x-remark><p>Known again.</p></body></html>"
    extracted = extract("custom.html", page.encode())
    assert extracted.paragraphs == ("Known.", "An unknown block.", "Known again.")
    assert extracted.unplaced == 1
    assert extracted.notices() == ["1 block of markup Parallax does not know kept as paragraphs"]
    tei = _tei("<text><body><p>Known.</p><remark>An unknown TEI block.</remark></body></text>")
    extracted = extract("custom.xml", tei)
    assert (extracted.paragraphs, extracted.unplaced) == (("Known.", "An unknown TEI block."), 1)


def test_a_few_invalid_bytes_are_replaced_and_said_with_the_encoding() -> None:
    data = "Magyarország népe! A kormány kinyilvánítja a semlegességet.".encode() + b" \xff\xfe v\xe9ge.\n"
    extracted = extract("invalid.txt", data)
    assert extracted.encoding == "utf-8"
    assert extracted.replaced == 3
    assert "Magyarország" in extracted.paragraphs[0]
    assert extracted.notices() == ["read as utf-8: 3 bytes were not valid and shown as �"]


def test_a_first_line_that_reads_as_a_title_is_the_title_however_long() -> None:
    title = (
        "Declaration by the Soviet Government on the Principles of Development and Further Strengthening of "
        "Friendship and Cooperation between the Soviet Union and Other Socialist States, as Broadcast by Radio Moscow"
    )
    assert len(title) > 200
    extracted = extract("declaration.txt", f"{title}\n\nThe policy of peaceful coexistence.\n".encode())
    assert extracted.title == title
    assert [block.kind for block in extracted.blocks] == [BlockKind.HEADING, BlockKind.PARAGRAPH]


def test_a_zip_that_is_no_docx_nor_epub_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(FileImportError, match="neither a DOCX nor an EPUB"):
        extract("archive.zip", buffer.getvalue())
