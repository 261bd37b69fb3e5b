"""A note survives the process being killed the moment its autosave returns (SIGKILL: no cleanup at all)."""

import os
import select
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.services.registry import open_services

# The real window in a child process: type into a note, and report as soon as the autosave has returned.
CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from app.bootstrap import open_settings, start_window
    from app.services.registry import open_services

    app = QApplication([])
    library, services = open_services(Path(sys.argv[1]))
    note = services.notes.create(title="Killed while writing").result
    library.close()
    window = start_window(Path(sys.argv[1]), open_settings(Path(sys.argv[2]))).window

    def saved(_before, after):
        print("saved", after.body, flush=True)
        time.sleep(60)  # killed here, with the window open and the library connection still held

    def whole():
        window.parts.notes.open_note(note.id)
        window.parts.notes.saver.saved.connect(saved)
        QTimer.singleShot(0, lambda: QTest.keyClicks(window.parts.notes.editor.body, "The attack began at 4 a.m."))

    window.ready.connect(whole)
    app.exec()
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_a_note_is_intact_after_sigkill_right_after_its_autosave(tmp_path: Path) -> None:
    db_path = tmp_path / "library.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), str(tmp_path / "parallax.ini")],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        ready, _, _ = select.select([child.stdout], [], [], 60)  # never hang the suite on a child that is stuck
        line = child.stdout.readline() if ready else ""
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
    assert line == "saved The attack began at 4 a.m.\n"
    assert child.returncode == -signal.SIGKILL
    library, services = open_services(db_path)
    try:
        [note] = services.notes.list_notes()
        assert (note.title, note.body) == ("Killed while writing", "The attack began at 4 a.m.")
    finally:
        library.close()
