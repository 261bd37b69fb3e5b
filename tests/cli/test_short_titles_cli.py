"""The command line shows a document's short title and changes it with --short-title."""

import json
from pathlib import Path

import pytest

from app.cli import main


def _show(capsys: pytest.CaptureFixture[str], db_path: Path, doc_id: int) -> dict[str, object]:
    assert main(["--db", str(db_path), "show", str(doc_id), "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out))


def test_short_title_is_shown_and_set(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    assert main(["--db", str(db_path), "list", "--json"]) == 0
    doc_id = json.loads(capsys.readouterr().out)[0]["id"]
    assert _show(capsys, db_path, doc_id)["short_title"] == "Declaration by the Soviet Government"
    assert main(["--db", str(db_path), "edit", str(doc_id), "--short-title", "Soviet Declaration"]) == 0
    capsys.readouterr()
    shown = _show(capsys, db_path, doc_id)
    assert shown["short_title"] == "Soviet Declaration"
    assert str(shown["title"]).startswith("Declaration by the Soviet Government on the Principles")
    assert main(["--db", str(db_path), "show", str(doc_id)]) == 0
    assert "Short title: Soviet Declaration" in capsys.readouterr().out.splitlines()[2]
