"""The command line works without Qt: no command but the window's loads it, and a PDF export loads only QtGui."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.registry import open_services

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, sys
from app.cli import main
code = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6") or m.startswith("app.ui"))
print(json.dumps({"code": code, "loaded": loaded}))
"""


def _run(db: Path, *arguments: str) -> dict[str, object]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "--db", str(db), *arguments],
        capture_output=True, text=True, env=environment, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture
def library(tmp_path: Path) -> Path:
    db = tmp_path / "library.sqlite3"
    opened, services = open_services(db)
    services.notes.create(
        [services.notes.find_quote(1, "the city of Budapest")], title="Withdrawal", date_edtf="1956-10-30"
    )
    opened.close()
    return db


@pytest.mark.parametrize(
    "arguments",
    [
        ("list",), ("show", "1"), ("search", "Budapest"), ("timeline", "--from", "1956-10-30", "--to", "1956-10-31"),
        ("notes",), ("check", "--quick"), ("align", "1", "1"),
    ],
)  # fmt: skip
def test_commands_that_open_no_window_never_load_qt(library: Path, arguments: tuple[str, ...]) -> None:
    seen = _run(library, *arguments)
    assert seen["loaded"] == []


def test_a_pdf_export_loads_qt_gui_for_its_text_layout_and_nothing_of_the_window(library: Path, tmp_path: Path) -> None:
    target = tmp_path / "notes.pdf"
    seen = _run(library, "export", "--format", "pdf", "-o", str(target))
    assert seen["code"] == 0
    assert target.read_bytes().startswith(b"%PDF")
    loaded = seen["loaded"]
    assert isinstance(loaded, list)
    assert "PySide6.QtGui" in loaded
    assert [name for name in loaded if name.startswith("app.ui") or name == "PySide6.QtWidgets"] == []
