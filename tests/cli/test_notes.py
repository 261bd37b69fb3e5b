"""`parallax note add|show` and `parallax notes`: notes quoting passages, cited; bad ones refused in one line."""

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.builders import NEGOTIATE, WITHDRAW
from tests.cli.helpers import run_on


def test_a_note_added_on_the_command_line_quotes_and_cites_its_passages(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = run_on(capsys, db_path, "notes")
    assert (code, out) == (0, "No notes yet.\n")
    code, out, err = run_on(
        capsys, db_path, "note", "add", "--doc", "1", "--quote", WITHDRAW, "--doc", "1", "--quote", NEGOTIATE,
        "--text", "Overtaken within a day.", "--tag", "Budapest", "--date", "31 Oct 1956", "--title", "Withdrawal",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == "added note 1: Withdrawal\n"
    code, out, _ = run_on(capsys, db_path, "note", "show", "1")
    assert code == 0
    assert "dated 31 October 1956 · tags: Budapest" in out
    assert f"“{WITHDRAW}”" in out
    assert "30 October 1956, ¶17\n" in out
    assert "30 October 1956, ¶18\n" in out
    assert out.rstrip().endswith("Overtaken within a day.")
    code, out, _ = run_on(capsys, db_path, "notes", "--json")
    [note] = json.loads(out)
    assert note["date"] == "1956-10-31"
    assert [p["paragraphs"] for p in note["passages"]] == [[17, 17], [18, 18]]
    assert note["passages"][0]["quote"] == WITHDRAW


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--doc", "1", "--quote", "Soviet"], "“Soviet” occurs 27 times: quote a few more words"),
        (["--doc", "1", "--quote", "no such words"], "“no such words” is not in the text"),
        (["--doc", "1", "--doc", "1", "--quote", WITHDRAW], "give one --quote for each --doc"),
        (["--doc", "99", "--quote", WITHDRAW], "no document with ID 99"),
        (["--doc", "1", "--quote", WITHDRAW, "--date", "the day after"], "date"),
    ],
)
def test_a_bad_note_is_one_line_of_error_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, argv: list[str], message: str
) -> None:
    code, _, err = run_on(capsys, db_path, "note", "add", *argv)
    assert code == 1
    assert message in err
    assert len(err.splitlines()) == 1
    assert run_on(capsys, db_path, "notes")[1] == "No notes yet.\n"


def test_a_corrected_paragraph_moves_a_passage_or_orphans_it(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    run_on(capsys, db_path, "note", "add", "--doc", "1", "--quote", NEGOTIATE)
    code, _, _ = run_on(capsys, db_path, "edit", "1", "--paragraph", "18", "--text", "A wholly different paragraph.")
    assert code == 0
    _, out, _ = run_on(capsys, db_path, "note", "show", "1")
    assert "(orphaned: not found in the text as it is now)" in out
    _, out, _ = run_on(capsys, db_path, "notes")
    assert "[1 orphaned]" in out
    code, _, err = run_on(capsys, db_path, "edit", "1", "--paragraph", "18")
    assert code == 1
    assert "go together" in err
    assert run_on(capsys, db_path, "note", "show", "5")[2] == "parallax: error: no note with ID 5\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["note", "show", "99999999999999999999"],
        ["note", "show", "abc"],
        ["note", "add", "--doc", "99999999999999999999", "--quote", WITHDRAW],
    ],
)
def test_an_impossible_id_is_a_usage_error_in_one_line(
    capsys: pytest.CaptureFixture[str], db_path: Path, argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db_path), *argv])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "ID (IDs are whole numbers from 1" in err
    assert len(err.splitlines()) == 1
