"""Every message box goes through here, so tests can answer them without patching Qt."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


class Prompter(Protocol):
    def error(self, title: str, message: str) -> None: ...

    def about(self, title: str, html: str) -> None: ...

    def show_dialog(self, dialog: QDialog) -> None: ...


class DialogPrompter:
    """The real thing: modal message boxes over a parent window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def error(self, title: str, message: str) -> None:
        QMessageBox.critical(self.parent, title, message)

    def about(self, title: str, html: str) -> None:
        QMessageBox.about(self.parent, title, html)

    def show_dialog(self, dialog: QDialog) -> None:
        dialog.exec()
