"""Backups and restores from the window, and a library that fails its check at start."""

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.infrastructure.storage import Library
from app.services.registry import Services
from app.ui.safety.controller import carry_out
from tests.builders import damage, live_titles
from tests.ui.helpers import RecordingPrompter, WindowMaker, menu_action


def test_back_up_now_then_restore_a_backup_from_the_window(
    make_window: WindowMaker, qtbot: QtBot, services: Services, db_path: Path, started: tuple[Library, Services]
) -> None:
    window, prompter = make_window()
    menu_action(window, "File", "Back Up Now").trigger()
    window.parts.safety.wait()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Library backed up to library-"))
    assert "(checked; 1 kept in" in window.statusBar().currentMessage()
    [backup] = services.safety.backups()
    services.library.move_to_trash(1)
    prompter.picked, prompter.choice = 0, None
    menu_action(window, "File", "Restore from Backup…").trigger()
    assert prompter.picks_offered[0][0].endswith("MB)")
    assert window.isVisible()  # asked, and answered no: nothing happens
    assert window.parts.safety.after_close is None
    prompter.choice = "Restore and Restart"
    menu_action(window, "File", "Restore from Backup…").trigger()
    assert not window.isVisible()  # the window closes to let go of the file
    started[0].close()
    plan = window.parts.safety.after_close
    assert plan is not None
    make_window.let_go(window)
    message = carry_out(services.safety, plan)
    assert message.startswith(f"Restored {backup.path.name}; the library as it was is at ")
    assert live_titles(db_path) != []  # the Declaration is back out of the trash


def test_a_library_failing_its_check_at_start_is_set_aside_and_the_newest_good_backup_put_back(
    make_window: WindowMaker, qtbot: QtBot, services: Services, db_path: Path, started: tuple[Library, Services]
) -> None:
    good = services.safety.backup()
    started[0].close()
    damage(db_path, "paragraphs_fts_data")  # a page of the search index: the start itself reads none of it
    prompter = RecordingPrompter()
    prompter.choice = "Restore and Restart"
    window, _ = make_window.begin(prompter=prompter)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)  # found at start, offered, accepted: closed
    assert prompter.choices_offered == [["Restore and Restart"]]
    plan = window.parts.safety.after_close
    assert plan is not None
    assert (plan.backup, plan.damaged) == (good.path, True)
    make_window.let_go(window)
    message = carry_out(services.safety, plan)
    assert message.startswith(f"The damaged library was moved to {db_path}.damaged-")
    damaged = next(db_path.parent.glob(f"{db_path.name}.damaged-*"))
    assert damaged.stat().st_size > 0  # kept, never deleted
    assert live_titles(db_path) == live_titles(good.path)
    assert services.safety.check(full=True).ok


def test_a_failed_backup_is_said_and_the_library_is_untouched(
    make_window: WindowMaker, qtbot: QtBot, db_path: Path
) -> None:
    window, prompter = make_window()
    folder = db_path.with_name(f"{db_path.stem}-backups")
    folder.write_text("a file where the backups folder should be", encoding="utf-8")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    menu_action(window, "File", "Back Up Now").trigger()
    window.parts.safety.wait()
    qtbot.waitUntil(lambda: bool(prompter.errors))
    assert prompter.errors[0][0] == "Backup failed"
    assert live_titles(db_path) != []


def test_how_many_backups_are_kept_is_a_preference(make_window: WindowMaker, qtbot: QtBot, services: Services) -> None:
    window, prompter = make_window()
    prompter.number = 2
    menu_action(window, "File", "Backups Kept…").trigger()
    assert prompter.numbers_asked == [("Backups to keep in the library's backups folder:", 5)]
    for _ in range(3):
        menu_action(window, "File", "Back Up Now").trigger()
        window.parts.safety.wait()
    qtbot.waitUntil(lambda: "(checked; 2 kept in" in window.statusBar().currentMessage())
    assert len(services.safety.backups()) == 2
    window.close()
    again, _ = make_window()
    assert again.parts.safety.safety.keep == 2
