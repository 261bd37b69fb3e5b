"""`parallax search`: documents and notes found, with the words marked; what cannot be searched, said so."""

import json
from pathlib import Path

import pytest

from tests.builders import NEGOTIATE
from tests.cli.helpers import run_on


def test_search_prints_document_paragraph_and_snippet(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    run_on(capsys, db_path, "note", "add", "--doc", "1", "--quote", NEGOTIATE, "--text", "Warsaw, again.")
    code, out, _ = run_on(capsys, db_path, "search", "Warsaw Treaty", "--limit", "2")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("1 ¶")
    assert "[Warsaw] [Treaty]" in lines[1]
    assert lines[-1] == "(more than 2 hits: --limit N shows more)"
    code, out, _ = run_on(capsys, db_path, "search", "warsaw", "again", "--json")
    assert json.loads(out)["hits"][0]["note"] == 1
    code, _, err = run_on(capsys, db_path, "search", "--", "-Warsaw")  # as a shell user writes a leading -
    assert (code, err) == (
        1,
        "parallax: error: Type a word to look for: filters and -exclusions only narrow a search.\n",
    )
    for typed in ('"', "NEAR(", "AND", "*", "emperor's", "1648."):
        code, out, err = run_on(capsys, db_path, "search", typed)
        assert code == 0, typed
        assert err == ""
