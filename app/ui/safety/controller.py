"""Keeping the library safe from the window: the check at start, the daily backup, Back Up Now, restoring.

Checks and backups run on a worker thread; a restore (or a damaged library replaced by its newest good backup)
happens when the window has closed and let go of the file, and Parallax then starts again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from app.domain.i18n import translate
from app.services.safety import Backup, CheckReport, SafetyError, SafetyService, dump_command
from app.ui.common.actions import add_action
from app.ui.common.prompter import Prompter
from app.ui.common.read_only import unless_read_only, writes
from app.ui.common.settings import MAX_BACKUPS_KEPT, WindowSettings
from app.ui.common.signals import AppSignals
from app.ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from collections.abc import Callable

QUIET_MS = 60_000  # the daily backup waits for a minute without keys or clicks


@dataclass(frozen=True)
class AfterClose:
    """What to do with the library file once the window has closed."""

    backup: Path | None  # put this backup in its place
    damaged: bool = False  # move the library aside as damaged first


class SafetyController(QObject):
    def __init__(
        self,
        *,
        safety: SafetyService,
        prompter: Prompter,
        window: QMainWindow,
        settings: WindowSettings,
        signals: AppSignals,
    ) -> None:
        super().__init__(window)
        self.safety, self._prompter, self._window, self._settings = safety, prompter, window, settings
        self.status = signals.status
        safety.keep = settings.backups_kept
        self.after_close: AfterClose | None = None
        self._runner = TaskRunner("safety", self)
        self._quiet = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._quiet.timeout.connect(self._daily_backup)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._quiet.start()

    def build_menu(self, menu: QMenu) -> None:
        writes(add_action(self._window, menu, translate("Menus", "&Back Up Now"), self.back_up_now))
        writes(add_action(self._window, menu, translate("Menus", "&Restore from Backup…"), self.choose_backup))
        add_action(self._window, menu, translate("Menus", "Backups &Kept…"), self.ask_kept)

    def ask_kept(self) -> None:
        """How many backups to keep, a preference kept between runs (the oldest go first)."""
        count = self._prompter.ask_number(
            "Backups kept", "Backups to keep in the library's backups folder:", self.safety.keep, 1, MAX_BACKUPS_KEPT
        )
        if count is not None:
            self._settings.set_backups_kept(count)
            self.safety.keep = count
            self.status.emit(f"The newest {count} backups will be kept.")

    # -- work on the worker thread -------------------------------------------------------------------------------
    def _submit(self, what: str, work: Callable[[], object]) -> None:
        def failed(error: Exception) -> None:
            if not isinstance(error, SafetyError):
                raise error  # a fault, not a message: the window's error report takes it
            self._on_done(what, error)

        self._runner.run(lambda _job: work(), lambda result: self._on_done(what, result), failed=failed)

    def wait(self) -> None:
        """Let a running check or backup finish (closing the window, tests)."""
        self._runner.wait(timeout=120)

    def check_at_start(self) -> None:
        """SQLite's quick check, in the background so that the window is usable at once."""
        self._submit("check", self.safety.check)

    @unless_read_only
    def back_up_now(self) -> None:
        if self.safety.shared is not None:
            self._prompter.info(
                "Backing up a shared library",
                "A shared library is backed up on its server, by its owner or the server's administrator, with "
                f"PostgreSQL's pg_dump (its backups hold every member's notes), for instance:\n\n"
                f"{dump_command(self.safety.shared)}",
            )
            return
        self.status.emit("Backing up the library…")
        self._submit("backup", self.safety.backup)

    @unless_read_only
    def _daily_backup(self) -> None:
        if self.safety.due():
            self._submit("daily", self.safety.backup)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self._quiet.start()  # not quiet yet: wait a minute more
        return False

    def _on_done(self, what: str, result: object) -> None:
        if isinstance(result, SafetyError):
            if what == "backup":
                self._prompter.error("Backup failed", str(result))
            else:
                self.status.emit(f"The {'check' if what == 'check' else 'daily backup'} could not run: {result}")
        elif isinstance(result, Backup):
            kept = len(self.safety.backups())
            self.status.emit(f"Library backed up to {result.path.name} (checked; {kept} kept in {self.safety.folder}).")
        elif isinstance(result, CheckReport) and not result.ok:
            self._offer_newest_backup(result)

    # -- restoring ---------------------------------------------------------------------------------------------------
    @unless_read_only
    def choose_backup(self) -> None:
        if self.safety.shared is not None:
            self._prompter.info(
                "Restoring a shared library",
                "A shared library is restored on its server by its owner, from a backup made with pg_dump, for "
                f"instance:\n\n{dump_command(self.safety.shared, restore=True)}",
            )
            return
        backups = self.safety.backups()
        if not backups:
            self._prompter.info("No backups yet", f"There are no backups in {self.safety.folder} yet.")
            return
        labels = [f"{b.made.astimezone():%d %B %Y, %H:%M} ({b.size / 1e6:.1f} MB)" for b in backups]
        index = self._prompter.pick("Restore from Backup", "Put this backup in the library's place:", labels)
        if index is None:
            return
        message = (
            f"Restore the library as it was on {labels[index]}?\n\n"
            f"The library as it is now is kept beside it (as {self.safety.db_path.name}.before-restore-…), "
            "and Parallax starts again with the backup."
        )
        if self._prompter.choose("Restore from Backup", message, ["Restore and Restart"]) == "Restore and Restart":
            self.after_close = AfterClose(backups[index].path)
            self._window.close()
            if self._window.isVisible():  # the close was refused (an unsaved note): nothing happens
                self.after_close = None

    def _offer_newest_backup(self, report: CheckReport) -> None:
        if self.safety.shared is not None:
            self._prompter.error(
                "The shared library failed its check",
                f"PostgreSQL's checks of {report.path} found:\n\n" + "\n".join(report.problems[:10])
                + "\n\nTell the library's owner (`parallax --db ADDRESS check` lists them all).",
            )  # fmt: skip
            return
        newest = self.safety.newest_sound_backup()
        what = f"The library {self.safety.db_path} failed its integrity check ({report.problems[0]})."
        if newest is None:
            self._prompter.error(
                "The library is damaged",
                f"{what}\n\nThere is no backup to restore. Parallax will move the damaged file aside (it is never "
                "deleted) when you close the window, and start with an empty library next time.",
            )
            self.after_close = AfterClose(None, damaged=True)
            return
        when = f"{newest.made.astimezone():%d %B %Y, %H:%M}"
        message = (
            f"{what}\n\nParallax can move the damaged file aside (as {self.safety.db_path.name}.damaged-…, never "
            f"deleted) and restore the newest backup that passes the check, from {when}, then start again."
        )
        if self._prompter.choose("The library is damaged", message, ["Restore and Restart"]) == "Restore and Restart":
            self.after_close = AfterClose(newest.path, damaged=True)
            self._window.close()


def carry_out(safety: SafetyService, plan: AfterClose) -> str:
    """Once the window has let go of the file: set a damaged library aside, put the backup in place."""
    lines = []
    if plan.damaged:
        lines.append(f"The damaged library was moved to {safety.set_damaged_aside()}.")
    if plan.backup is not None:
        aside = safety.restore(plan.backup)
        lines.append(
            f"Restored {plan.backup.name}" + ("." if plan.damaged else f"; the library as it was is at {aside}.")
        )
    return " ".join(lines)
