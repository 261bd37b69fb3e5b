"""`parallax align`, `diff` and `open` of two documents: links stored, suggested and made; word changes."""

import json
from pathlib import Path

import pytest

from tests.builders import HUNGARIAN, second_translation
from tests.cli.helpers import run


@pytest.fixture
def two(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> tuple[str, str]:
    """The Declaration and, imported, its second translation: ¶4–5 as one paragraph, ¶17 in other words."""
    _, out, _ = run(capsys, "--db", str(db_path), "show", "1", "--json")
    texts = second_translation([p["text"] for p in json.loads(out)["paragraphs"]])
    copy = tmp_path / "copy.txt"
    copy.write_text("\n\n".join(texts), encoding="utf-8")
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(copy), "--title", "Copy", "--json")
    assert code == 0
    [imported] = [json.loads(line) for line in out.splitlines()] if out.lstrip().startswith("{") else json.loads(out)
    return "1", str(imported["id"])


def test_align_prints_stored_links_and_suggests_on_request(
    capsys: pytest.CaptureFixture[str], db_path: Path, two: tuple[str, str]
) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "align", *two)
    assert code == 0
    assert "No links yet" in out
    code, out, err = run(capsys, "--db", str(db_path), "align", *two, "--suggest", "--json")
    assert code == 0
    assert "Suggested 19 links by similar wording (dashed)." in err
    links = json.loads(out)["links"]
    assert {"left": [4, 5], "right": [4, 4], "origin": "suggested"} in links
    code, out, _ = run(capsys, "--db", str(db_path), "align", two[1], two[0])  # seen from the other side
    assert out.splitlines()[0] == f"A {two[1]}: Copy"
    assert any(line.split() == ["¶4", "↔", "¶4–5", "suggested"] for line in out.splitlines())


def test_diff_prints_word_changes_per_pair_and_the_similarity(
    capsys: pytest.CaptureFixture[str], db_path: Path, two: tuple[str, str]
) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "diff", *two)
    assert code == 0
    assert "(no links stored: paragraphs paired by a fresh suggestion)" in out
    assert "¶17 ↔ ¶16" in out
    assert "~ withdraw → pull out" in out
    code, out, _ = run(capsys, "--db", str(db_path), "diff", *two, "--json")
    payload = json.loads(out)
    assert 0.95 < payload["similarity"] < 1.0
    changed = [pair for pair in payload["pairs"] if pair["changes"]]
    assert [pair["left"] for pair in changed] == [[17, 17]]


def test_bad_input_gets_one_line_and_no_window(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    for argv, message in (
        (("align", "1", "99"), "no document with ID 99"),
        (("diff", "1", "1"), "cannot be compared with itself"),
        (("open", "1", "1", "1", "1", "1"), "at most 4 documents"),
    ):
        code, out, err = run(capsys, "--db", str(db_path), *argv)
        assert code == 1
        assert out == ""
        assert err.strip().splitlines() == [err.strip()]
        assert message in err


def test_links_can_be_made_from_the_command_line_and_bad_ones_change_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, two: tuple[str, str]
) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "align", *two, "--link", "1:1", "--link", "5", "--json")
    assert code == 1
    assert "write paragraphs of A, a colon, paragraphs of B" in err
    assert out == ""
    _, out, _ = run(capsys, "--db", str(db_path), "align", *two, "--json")
    assert json.loads(out)["links"] == []  # the good link given with the bad one was not stored either
    code, out, err = run(capsys, "--db", str(db_path), "align", *two, "--link", "21:1")
    assert code == 1
    assert "there is no ¶21" in err
    code, out, _ = run(capsys, "--db", str(db_path), "align", *two, "--link", "4-5:4", "--link", "1:1", "--json")
    assert code == 0
    assert json.loads(out)["links"] == [
        {"left": [1, 1], "right": [1, 1], "origin": "user"},
        {"left": [4, 5], "right": [4, 4], "origin": "user"},
    ]


def test_diff_across_languages_prints_the_aligned_paragraphs_instead(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    translation = tmp_path / "nyilatkozat.txt"
    translation.write_text("\n\n".join(HUNGARIAN), encoding="utf-8")
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(translation), "--title", "Nyilatkozat",
                       "--language", "hu", "--json")  # fmt: skip
    assert code == 0
    [imported] = json.loads(out)
    hungarian = str(imported["id"])
    code, out, _ = run(capsys, "--db", str(db_path), "diff", "1", hungarian)
    assert code == 0
    lines = out.splitlines()
    assert lines[3].startswith("A is in English and B in Hungarian: word differences compare the wording")
    assert any(line.split() == ["¶17", "↔", "¶17", "suggested"] for line in lines)
    assert not any(line.lstrip().startswith("~") for line in lines)
