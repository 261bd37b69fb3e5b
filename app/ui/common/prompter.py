"""Every message box and file dialog goes through here, so tests can answer them without patching Qt."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class Prompter(Protocol):
    def error(self, title: str, message: str) -> None: ...

    def info(self, title: str, message: str) -> None: ...

    def about(self, title: str, html: str) -> None: ...

    def run_dialog(self, dialog: QDialog) -> bool: ...

    def open_files(self, title: str, file_filter: str) -> list[Path]: ...

    def choose(self, title: str, message: str, choices: list[str]) -> str | None: ...

    def ask_number(self, title: str, label: str, value: int, minimum: int, maximum: int) -> int | None: ...

    def pick(self, title: str, label: str, items: list[str]) -> int | None: ...

    def ask_text(self, title: str, label: str, text: str) -> str | None: ...

    def save_file(self, title: str, suggested: Path, file_filter: str) -> Path | None: ...

    def set_up_printer(self, printer: QPrinter) -> bool: ...

    def ask_password(self, title: str, label: str, offer_keyring: bool) -> tuple[str, bool] | None: ...


class DialogPrompter:
    """The real thing: modal dialogs over a parent window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def error(self, title: str, message: str) -> None:
        QMessageBox.critical(self.parent, title, message)

    def info(self, title: str, message: str) -> None:
        QMessageBox.information(self.parent, title, message)

    def about(self, title: str, html: str) -> None:
        QMessageBox.about(self.parent, title, html)

    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_files(self, title: str, file_filter: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(self.parent, title, str(Path.home()), file_filter)
        return [Path(name) for name in names]

    def choose(self, title: str, message: str, choices: list[str]) -> str | None:
        """One of `choices`, or None for Cancel."""
        box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=self.parent)
        buttons = [(box.addButton(text, QMessageBox.ButtonRole.AcceptRole), text) for text in choices]
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return next((text for button, text in buttons if button is box.clickedButton()), None)

    def ask_number(self, title: str, label: str, value: int, minimum: int, maximum: int) -> int | None:
        number, accepted = QInputDialog.getInt(self.parent, title, label, value, minimum, maximum)
        return number if accepted else None

    def pick(self, title: str, label: str, items: list[str]) -> int | None:
        """The index of the item chosen from a list, or None for Cancel."""
        chosen, accepted = QInputDialog.getItem(self.parent, title, label, items, 0, False)
        return items.index(chosen) if accepted and chosen in items else None

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        """Several lines of text, or None for Cancel."""
        typed, accepted = QInputDialog.getMultiLineText(self.parent, title, label, text)
        return typed if accepted else None

    def save_file(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        """Where to write a file, or None for Cancel (the caller asks before replacing one)."""
        name, _ = QFileDialog.getSaveFileName(
            self.parent, title, str(suggested), file_filter, options=QFileDialog.Option.DontConfirmOverwrite
        )
        return Path(name) if name else None

    def set_up_printer(self, printer: QPrinter) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        return QPrintDialog(printer, self.parent).exec() == QDialog.DialogCode.Accepted

    def ask_password(self, title: str, label: str, offer_keyring: bool) -> tuple[str, bool] | None:
        """A password typed unseen, and whether to keep it in the system keyring; None for Cancel."""
        from app.ui.common.password import PasswordDialog

        dialog = PasswordDialog(title, label, offer_keyring, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password(), dialog.remember()
