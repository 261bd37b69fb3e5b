"""View ▸ Language: the languages the window speaks, each in its own name; the choice is remembered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from app.domain.i18n import LANGUAGES, current_language, translate

if TYPE_CHECKING:
    from app.ui.window.main_window import MainWindow


def build_language_menu(menu: QMenu, window: MainWindow) -> QActionGroup:
    languages = menu.addMenu(translate("Menus", "&Language"))
    group = QActionGroup(languages)
    group.setExclusive(True)
    for code, name in LANGUAGES.items():
        action = QAction(name, languages)
        action.setCheckable(True)
        action.setChecked(code == current_language())
        action.setData(code)
        action.triggered.connect(lambda _checked=False, code=code: choose(window, code))
        group.addAction(action)
        languages.addAction(action)
    return group


def choose(window: MainWindow, language: str) -> None:
    """Remember `language`; the window speaks it from its next start (its strings are made once, at start)."""
    if language == (window.settings.language or current_language()):
        return
    window.settings.set_language(language)
    window.prompter.info(
        translate("Menus", "Language"),
        translate("Menus", "Parallax will speak {language} from its next start.").format(language=LANGUAGES[language]),
    )
