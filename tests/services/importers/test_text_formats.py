import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.importers.base import FileImportError
from app.services.importers.detect import extract
from app.services.importers.html import extract_html
from app.services.importers.markdown import extract_markdown
from app.services.importers.text import decode, extract_text

HUNGARIAN = "Ünnepélyes nyilatkozat. A magyar nemzeti kormány őszintén kéri a semlegesség elismerését."
RUSSIAN = "Заявление Правительства Союза ССР об основах развития и дальнейшем укреплении дружбы."
FRENCH = (
    "Le gouvernement soviétique déclare que les relations entre les pays socialistes doivent reposer sur "
    "l'égalité complète, le respect de l'intégrité territoriale, de l'indépendance et de la souveraineté. "
    "Cœur, œuvre, « naïveté » — façon."
)
GERMAN = "Die Sowjetregierung erklärt, daß die Beziehungen auf völliger Gleichberechtigung beruhen müssen. Größe."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (HUNGARIAN, "cp1250"),
        (HUNGARIAN, "iso-8859-2"),
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8-r"),
        (FRENCH, "cp1252"),
        (GERMAN, "cp1252"),
        (HUNGARIAN + " " + RUSSIAN, "utf-16"),
        (HUNGARIAN + " " + RUSSIAN, "utf-8-sig"),
    ],
)
def test_legacy_encodings_import_without_a_replacement_character(text: str, encoding: str) -> None:
    data = ("\n\n".join([text] * 6)).encode(encoding)
    decoded, _used = decode(data)
    assert "\ufffd" not in decoded
    assert decoded.replace("\ufeff", "").split("\n\n")[0] == text


def test_the_user_can_choose_the_encoding_and_a_wrong_one_is_a_clear_error() -> None:
    data = RUSSIAN.encode("koi8-r")
    assert extract_text(data, "koi8-r").paragraphs == (RUSSIAN,)
    with pytest.raises(FileImportError, match="not valid utf-8"):
        extract_text(data, "utf-8")
    with pytest.raises(FileImportError, match="unknown encoding"):
        extract_text(data, "klingon-1")


def test_hard_wrapped_lines_join_and_blank_lines_separate_paragraphs() -> None:
    data = (
        b"Telegram from the Legation\n\nBudapest, November 1, 1956\n\n"
        b"Nagy informed\nthe Soviet ambassador\nthat Hungary\nleaves the Warsaw Treaty.\n\nEnd.\n"
    )
    extracted = extract_text(data)
    assert extracted.title == "Telegram from the Legation"
    assert extracted.paragraphs == (
        "Budapest, November 1, 1956",
        "Nagy informed the Soviet ambassador that Hungary leaves the Warsaw Treaty.",
        "End.",
    )
    assert extracted.date_text == "November 1, 1956"


def test_indented_paragraphs_without_blank_lines_are_told_apart() -> None:
    data = (
        b"    First paragraph begins\nand goes on here.\n    Second paragraph begins\nand ends here.\n    Third one.\n"
    )
    assert extract_text(data).paragraphs == (
        "First paragraph begins and goes on here.",
        "Second paragraph begins and ends here.",
        "Third one.",
    )


def test_markdown_structure_becomes_paragraphs_without_markup() -> None:
    data = (
        b"# The UN resolution\n\n*4 November 1956*\n\nThe General **Assembly**,\nconsidering...\n\n"
        b"## Part two\n\n- calls upon the USSR\n- requests the Secretary-General\n\n> a quotation\n"
    )
    extracted = extract_markdown(data, None)
    assert extracted.title == "The UN resolution"
    assert extracted.paragraphs == (
        "4 November 1956",
        "The General Assembly, considering...",
        "Part two",
        "calls upon the USSR",
        "requests the Secretary-General",
        "a quotation",
    )
    assert extracted.date_text == "4 November 1956"


def test_html_keeps_the_text_a_reader_sees_and_drops_the_rest() -> None:
    page = b"""<!doctype html><html lang="hu"><head><title>Nagy Imre r\xc3\xa1di\xc3\xb3besz\xc3\xa9de</title>
    <meta name="author" content="Nagy Imre"><link rel="canonical" href="https://example.org/nagy">
    <script>document.write('x')</script><style>p {color: red}</style></head><body>
    <nav><a href="/">Home</a></nav><h1>Magyarorsz\xc3\xa1g semlegess\xc3\xa9ge</h1>
    <p>1956. november 1.</p><p>Magyarorsz\xc3\xa1g <b>n\xc3\xa9pe</b>!</p>
    <ul><li>one</li><li>two</li></ul><table><tr><th>Vote</th><td>50&ndash;8</td></tr></table>
    <blockquote>quoted</blockquote><img src="http://tracker.invalid/pixel.gif"><footer>Copyright</footer></body></html>"""
    extracted = extract_html(page, None)
    assert extracted.title == "Magyarország semlegessége"
    assert extracted.author == "Nagy Imre"
    assert extracted.language == "hu"
    assert extracted.url == "https://example.org/nagy"
    assert extracted.date_text == "1956. november 1."
    assert extracted.paragraphs == ("1956. november 1.", "Magyarország népe!", "one", "two", "Vote | 50–8", "quoted")


def test_external_entities_are_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    page = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<html><body><p>a &x; b</p></body></html>"
    )
    extracted = extract_html(page.encode(), None)
    assert "TOP SECRET" not in " ".join(extracted.paragraphs)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t", "empty"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        ("nul.txt", b"text with a \x00 NUL byte\n", "NUL"),
        ("scan.pdf", b"%PDF-1.7 ...", "PDF"),
        ("data.xyz", b"some text", "unknown format"),
    ],
)
def test_bad_files_are_refused_with_the_reason(name: str, data: bytes, message: str) -> None:
    with pytest.raises(FileImportError, match=message):
        extract(name, data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.md", "a.html"]))
def test_random_bytes_only_ever_raise_our_own_error(data: bytes, name: str) -> None:
    try:
        extracted = extract(name, data)
    except FileImportError:
        return
    assert extracted.paragraphs
    assert all(paragraph.strip() for paragraph in extracted.paragraphs)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000), st.sampled_from(["a.txt", "a.md", "a.html"]))
def test_random_text_only_ever_raises_our_own_error(text: str, name: str) -> None:
    with contextlib.suppress(FileImportError):
        extract(name, text.encode("utf-8"))


def test_a_paged_text_loses_its_running_heads_and_keeps_page_numbers() -> None:
    head = "DOCUMENTS ON AMERICAN FOREIGN RELATIONS"
    pages = [
        f"{head}\n\nThe Soviet government is prepared to discuss measures.\n\n252",
        f"{head}\n\nThis principle must also be extended to advisors.\n\n253",
        f"{head}\n\nIn view of the fact that by this time the people's\n\n254",
        f"{head}\n\ndemocracies have formed their own cadres.\n\n255",
    ]
    extracted = extract_text("\f".join(pages).encode())
    assert extracted.paragraphs == (
        "The Soviet government is prepared to discuss measures.",
        "This principle must also be extended to advisors.",
        "In view of the fact that by this time the people's democracies have formed their own cadres.",
    )
    assert extracted.pages == ("1", "2", "3")


@pytest.mark.parametrize("text", ["<A,>", "<A\x1f>", "<p,>Words</p,>"])
def test_tag_names_lxml_itself_would_refuse_are_only_ever_our_own_error(text: str) -> None:
    with contextlib.suppress(FileImportError):  # found by the random-text test above
        extract("a.html", text.encode("utf-8"))
