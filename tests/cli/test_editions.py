"""`parallax import EDITION.xml [--from DATE --to DATE] [--json]` and what `show` prints of its documents."""

import json
from pathlib import Path

import pytest

from app.services.infrastructure.instance import LibraryLock
from tests.builders import SINGLE, edition_xml, write
from tests.cli.helpers import run


def test_an_edition_imports_its_documents_in_the_range_as_one_collection(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    path = write(tmp_path, "frus.xml", edition_xml())
    code, out, err = run(
        capsys, "--db", str(db_path), "import", str(path), "--from", "1 October 1956", "--to", "30 Nov 1956", "--json"
    )
    assert (code, err) == (0, "")
    [row] = json.loads(out)
    assert len(row["ids"]) == 5
    assert row["id"] == row["ids"][0]
    assert (row["duplicates"], row["error"]) == (0, None)
    assert isinstance(row["collection"], int)
    code, out, _ = run(capsys, "--db", str(db_path), "show", str(row["ids"][0]))
    assert "Collection: Foreign Relations of the United States, 1955–1957, Volume XXV, Eastern Europe" in out
    assert "doc. 133, pp. 317–318." in " ".join(out.split())  # the source line is wrapped
    lines = out.splitlines()
    first = lines.index("¶1  Nagy announced the end of the one-party system. Tildy and Kádár spoke after him.")
    assert lines[first + 1] == "    [2] Radio Kossuth, 2:28 p.m."  # under its paragraph, not in it
    assert "    [1] Source: Department of State, Central Files, 764.00/10–3056. Secret; Niact." in lines[:first]
    code, out, _ = run(capsys, "--db", str(db_path), "show", str(row["ids"][0]), "--json")
    shown = json.loads(out)
    assert shown["date"] == "1956-10-30T13:00:00+01:00"
    assert shown["date_precision"] == "time"
    assert shown["source"]["number"] == "133"
    assert shown["footnotes"][1] == {"paragraph": 1, "label": "2", "text": "Radio Kossuth, 2:28 p.m."}
    assert [p["page"] for p in shown["paragraphs"]] == ["317", "318", "318"]


def test_the_plain_output_is_every_new_id_and_the_title_filter_works(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    path = write(tmp_path, "frus.xml", edition_xml())
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(path), "--matching", "telegram")
    assert code == 0
    assert len(out.split()) == 3  # 133, 136 and 137 are telegrams; 138 is a letter, outside no range here
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(path), "--level", "chapter", "--json")
    [row] = json.loads(out)
    assert len(row["ids"]) == 1


def test_a_single_tei_text_is_one_document(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "nagy.xml", SINGLE)
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(path), "--json")
    [row] = json.loads(out)
    assert code == 0
    assert "ids" not in row
    _code, out, _ = run(capsys, "--db", str(db_path), "show", str(row["id"]))
    assert "    [1] That is, the Council of Ministers." in out.splitlines()


BAD = [
    (edition_xml(), ["--from", "1 January 1957"], "frus.xml: none of its 6 documents is dated from 1 January 1957"),
    (edition_xml(), ["--from", "in the autumn"], "--from: cannot read 'in the autumn' as a date"),
    ("<catalogue/>", [], "frus.xml: an XML file, but not TEI"),
    ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>', [], "frus.xml: the XML is not well-formed"),
]


@pytest.mark.parametrize("case", range(len(BAD)))
def test_bad_input_is_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, case: int
) -> None:
    text, options, message = BAD[case]
    path = write(tmp_path, "frus.xml", text)
    code, out, err = run(capsys, "--db", str(db_path), "import", str(path), *options)
    assert code == 1
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith(f"parallax: error: {message}")
    code, out, _ = run(capsys, "--db", str(db_path), "list", "--json")
    assert len(json.loads(out)) == 1  # the Declaration alone


def test_an_edition_is_not_imported_while_a_window_holds_the_library(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    path = write(tmp_path, "frus.xml", edition_xml())
    run(capsys, "--db", str(db_path), "list")  # the library exists
    lock = LibraryLock(db_path)
    lock.acquire()
    try:
        code, _, err = run(capsys, "--db", str(db_path), "import", str(path))
    finally:
        lock.release()
    assert code == 1
    assert "parallax: error:" in err
