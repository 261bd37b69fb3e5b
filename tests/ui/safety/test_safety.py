"""Backups and restores from the window, and a library that fails its check at start."""

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.registry import Services
from app.services.safety import CheckReport
from app.ui.safety.controller import carry_out
from app.ui.window.main_window import MainWindow
from tests.ui.conftest import RecordingPrompter

MakeWindow = Callable[..., tuple[MainWindow, RecordingPrompter]]


def live_titles(db_path: Path) -> list[str]:
    connection = sqlite3.connect(db_path)
    try:
        return [row[0] for row in connection.execute("SELECT title FROM documents WHERE deleted_at IS NULL")]
    finally:
        connection.close()


def file_menu_action(window: MainWindow, text: str) -> None:
    menu = window.menuBar().actions()[0].menu()
    next(action for action in menu.actions() if action.text().replace("&", "") == text).trigger()


def test_back_up_now_then_restore_a_backup_from_the_window(
    make_window: MakeWindow, qtbot: QtBot, services: Services, db_path: Path, started: tuple
) -> None:
    window, prompter = make_window()
    file_menu_action(window, "Back Up Now")
    window.parts.safety.wait()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Library backed up to library-"))
    assert "(checked; 1 kept in" in window.statusBar().currentMessage()
    [backup] = services.safety.backups()
    services.library.move_to_trash(1)
    prompter.picked, prompter.choice = 0, None
    file_menu_action(window, "Restore from Backup…")
    assert prompter.picks_offered[0][0].endswith("MB)")
    assert window.isVisible()  # asked, and answered no: nothing happens
    assert window.parts.safety.after_close is None
    prompter.choice = "Restore and Restart"
    file_menu_action(window, "Restore from Backup…")
    assert not window.isVisible()  # the window closes to let go of the file
    started[0].close()
    message = carry_out(services.safety, window.parts.safety.after_close)
    assert message.startswith(f"Restored {backup.path.name}; the library as it was is at ")
    assert live_titles(db_path) != []  # the Declaration is back out of the trash


def test_a_library_failing_its_check_is_set_aside_and_the_newest_good_backup_offered(
    make_window: MakeWindow, qtbot: QtBot, services: Services, db_path: Path, started: tuple
) -> None:
    good = services.safety.backup()
    window, prompter = make_window()
    prompter.choice = "Restore and Restart"
    window.parts.safety._on_done(
        "check", CheckReport(db_path, ("*** in database main *** Page 7: btreeInitPage() error",), False)
    )
    assert prompter.choices_offered == [["Restore and Restart"]]
    plan = window.parts.safety.after_close
    assert plan is not None
    assert (plan.backup, plan.damaged) == (good.path, True)
    assert not window.isVisible()
    started[0].close()
    message = carry_out(services.safety, plan)
    assert message.startswith(f"The damaged library was moved to {db_path}.damaged-")
    damaged = next(db_path.parent.glob(f"{db_path.name}.damaged-*"))
    assert damaged.stat().st_size > 0  # kept, never deleted
    assert live_titles(db_path) == live_titles(good.path)


def test_a_failed_backup_is_said_and_the_library_is_untouched(
    make_window: MakeWindow, qtbot: QtBot, db_path: Path
) -> None:
    window, prompter = make_window()
    folder = db_path.with_name(f"{db_path.stem}-backups")
    folder.write_text("a file where the backups folder should be", encoding="utf-8")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    file_menu_action(window, "Back Up Now")
    window.parts.safety.wait()
    qtbot.waitUntil(lambda: bool(prompter.errors))
    assert prompter.errors[0][0] == "Backup failed"
    assert live_titles(db_path) != []


def test_how_many_backups_are_kept_is_a_preference(make_window: MakeWindow, qtbot: QtBot, services: Services) -> None:
    window, prompter = make_window()
    prompter.number = 2
    file_menu_action(window, "Backups Kept…")
    assert prompter.numbers_asked == [("Backups to keep in the library's backups folder:", 5)]
    for _ in range(3):
        file_menu_action(window, "Back Up Now")
        window.parts.safety.wait()
    qtbot.waitUntil(lambda: "(checked; 2 kept in" in window.statusBar().currentMessage())
    assert len(services.safety.backups()) == 2
    window.close()
    again, _ = make_window()
    assert again.parts.safety.safety.keep == 2
