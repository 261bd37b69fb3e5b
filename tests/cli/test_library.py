"""The library's commands: list, show, import, edit, delete, restore and the trash."""

import json
from pathlib import Path

import pytest

from app.services.bundled import load_bundled
from tests.cli.helpers import run


def test_list_json_shows_the_declaration_with_date_issuer_and_source(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "list", "--json")
    assert code == 0
    [document] = json.loads(out)
    assert document["date"] == "1956-10-30"
    assert document["date_display"] == "30 October 1956"
    assert document["issuer"] == "Government of the USSR"
    assert document["source"]["citation"].startswith(
        "Documents on American Foreign Relations, 1956, ed. Paul E. Zinner"
    )
    assert document["paragraphs"] == 20


def test_show_prints_the_numbered_paragraphs_exactly_as_printed(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = run(capsys, "list", "--json", "--db", str(db_path))  # --db after the command works too
    doc_id = json.loads(out)[0]["id"]
    code, out, _ = run(capsys, "--db", str(db_path), "show", str(doc_id))
    assert code == 0
    expected = load_bundled("declaration-1956-10-30").paragraphs
    for number, text in enumerate(expected, start=1):
        assert f"¶{number}  {text}\n" in out
    assert "30 October 1956" in out.splitlines()[1]

    code, out, _ = run(capsys, "--db", str(db_path), "show", str(doc_id), "--json")
    shown = json.loads(out)
    assert [p["text"] for p in shown["paragraphs"]] == list(expected)
    assert [p["number"] for p in shown["paragraphs"]] == list(range(1, 21))


def test_plain_list_is_one_line_per_document(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "list")
    assert code == 0
    assert out.splitlines() == [
        (
            "1  30 October 1956  Declaration   Declaration by the Soviet Government on the Principles of Development "
            "and further Strengthening of Friendship and Cooperation between the Soviet Union and Other Socialist "
            "States — Government of the USSR"
        )
    ]


def test_import_prints_new_ids_and_one_line_per_failure(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    telegram = tmp_path / "telegram.txt"
    telegram.write_text(
        "Budapest, November 1, 1956\n\nNagy told the Soviet ambassador that Hungary leaves the Warsaw Treaty."
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, out, err = run(
        capsys, "--db", str(db_path), "import", str(telegram), str(empty), "--kind", "telegram", "--issuer", "Legation"
    )
    assert code == 1
    assert out == "2\n"
    assert err == "parallax: error: empty.txt: the file is empty\n"
    code, out, _ = run(capsys, "--db", str(db_path), "show", "2", "--json")
    shown = json.loads(out)
    assert (shown["kind"], shown["issuer"], shown["date"]) == ("telegram", "Legation", "1956-11-01")

    code, out, err = run(capsys, "--db", str(db_path), "import", str(telegram), "--json")
    assert code == 1
    assert json.loads(out) == [
        {"file": str(telegram), "id": None, "duplicate_of": 2, "error": "telegram.txt: already in the library (ID 2)"}
    ]


def test_edit_changes_only_the_given_fields_and_checks_them(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "edit", "1", "--place", "Moscow, Kremlin", "--date", "31 Oct 1956")
    assert (code, out) == (0, "updated 1\n")
    _, out, _ = run(capsys, "--db", str(db_path), "show", "1", "--json")
    shown = json.loads(out)
    assert (shown["place"], shown["date"], shown["issuer"]) == (
        "Moscow, Kremlin",
        "1956-10-31",
        "Government of the USSR",
    )
    assert shown["source"]["editor"] == "Paul E. Zinner"
    code, _, err = run(capsys, "--db", str(db_path), "edit", "1", "--date", "the day after")
    assert code == 1
    assert err == "parallax: error: cannot read 'the day after' as a date\n"
    code, _, err = run(capsys, "--db", str(db_path), "edit", "1", "--kind", "sonnet")
    assert "unknown kind 'sonnet'" in err


def test_delete_moves_to_the_trash_and_restore_brings_it_back(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "delete", "1")
    assert (code, out) == (0, "moved 1 to the trash ('parallax restore 1' brings it back)\n")
    assert run(capsys, "--db", str(db_path), "list")[1] == "The library is empty.\n"
    assert run(capsys, "--db", str(db_path), "trash")[1].startswith("1  30 October 1956  Declaration")
    code, _, err = run(capsys, "--db", str(db_path), "show", "1")
    assert code == 1
    assert run(capsys, "--db", str(db_path), "restore", "1")[:2] == (0, "restored 1\n")
    assert run(capsys, "--db", str(db_path), "trash")[1] == "The trash is empty.\n"
    code, _, err = run(capsys, "--db", str(db_path), "restore", "1")
    assert (code, err) == (1, "parallax: error: no document with ID 1 in the trash\n")
    _, out, _ = run(capsys, "--db", str(db_path), "list", "--json")
    assert len(json.loads(out)) == 1  # starting again never re-seeds a trashed or restored Declaration


def test_tags_and_translation_of_from_the_command_line(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    russian = tmp_path / "zayavlenie.txt"
    russian.write_text("Заявление Правительства Союза ССР.", encoding="utf-8")
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(russian), "--language", "ru", "--tag", "Pravda")
    assert (code, out) == (0, "2\n")
    code, _, _ = run(capsys, "--db", str(db_path), "edit", "1", "--translation-of", "2", "--tag", "Warsaw Treaty")
    assert code == 0
    shown = json.loads(run(capsys, "--db", str(db_path), "show", "1", "--json")[1])
    assert (shown["tags"], shown["translation_of"]) == (["Warsaw Treaty"], 2)
    code, _, err = run(capsys, "--db", str(db_path), "edit", "1", "--translation-of", "1")
    assert err == "parallax: error: a document cannot be a translation of itself\n"


def test_import_size_limit_on_the_command_line(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 300_000)
    code, _, err = run(capsys, "--db", str(db_path), "import", str(big), "--max-mb", "1")
    assert (code, err) == (1, "parallax: error: big.txt: the file is 1.5 MB; the limit is 1.0 MB\n")
    assert run(capsys, "--db", str(db_path), "import", str(big), "--max-mb", "2")[0] == 0
