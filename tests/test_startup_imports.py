"""The window's first page never waits for the storage stack: when the Declaration is first painted, SQLAlchemy,
Alembic, the services that use them and the window's other parts have not been loaded yet (they load after,
off the GUI thread). bench/startup.py measures what this buys."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.services.registry import open_services

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, os, sys
from app.ui.reader.document_view import DocumentView

LATER = ("sqlalchemy", "alembic", "app.services.library", "app.services.notes", "app.ui.window.parts",
         "app.ui.notes.controller", "app.ui.timeline.controller", "markdown_it", "rapidfuzz", "lxml", "dateparser",
         "Stemmer", "simplemma", "lingua", "marisa_trie", "app.domain.language.word_forms")
paint = DocumentView.paintEvent

def first_paint(self, event):
    paint(self, event)
    print(json.dumps({"title": self.window().windowTitle(), "loaded": [m for m in LATER if m in sys.modules]}))
    sys.stdout.flush()
    os._exit(0)

DocumentView.paintEvent = first_paint
from app.cli import main
main(["--db", sys.argv[1]])
"""


def test_the_first_page_is_painted_before_the_storage_stack_is_loaded(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    library, _services = open_services(db)
    library.close()
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(db)], capture_output=True, text=True, env=environment, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["title"].startswith("Declaration by the Soviet Government")
    assert seen["loaded"] == []
