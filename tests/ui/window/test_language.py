"""The window speaks Hungarian or Russian: chosen in View ▸ Language, remembered, and followed by the command line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from app.cli import speak_the_users_language
from app.domain import i18n
from app.ui.common.language import speak
from tests.ui.helpers import WindowMaker


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    speak("en")


def language_menu(window: QMainWindow) -> QMenu:
    """View ▸ Language, whatever it is called in the language spoken (it is the submenu listing "Magyar")."""
    for menu in window.menuBar().findChildren(QMenu):
        if any(action.text() == "Magyar" for action in menu.actions()):
            return menu
    raise AssertionError("no Language menu")


def checked(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if isinstance(action, QAction) and action.isChecked()]


def test_a_language_chosen_in_the_menu_is_spoken_from_the_next_start(
    make_window: WindowMaker, settings_path: Path
) -> None:
    window, prompter = make_window()
    menu = language_menu(window)
    assert (menu.title(), checked(menu)) == ("&Language", ["English"])
    next(action for action in menu.actions() if action.text() == "Magyar").trigger()
    assert prompter.infos == [("Language", "Parallax will speak Magyar from its next start.")]
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value("interface/language") == "hu"
    make_window.let_go(window)

    window, _ = make_window()
    menu = language_menu(window)
    assert (menu.title(), checked(menu)) == ("&Nyelv", ["Magyar"])
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Fájl", "S&zerkesztés", "&Nézet", "Össze&vetés", "&Jegyzetek", "&Keresés", "&Idővonal", "&Súgó"]
    assert i18n.translate("Menus", "Language") == "Nyelv"  # Parallax's own strings outside the widgets too


def test_the_command_line_speaks_the_language_chosen_in_the_window(
    make_window: WindowMaker, settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _ = make_window()
    next(action for action in language_menu(window).actions() if action.text() == "Русский").trigger()
    make_window.let_go(window)
    monkeypatch.setattr("app.bootstrap.default_settings_path", lambda: settings_path)
    assert speak_the_users_language() == "ru"
    assert i18n.translate("Menus", "Language") == "Язык"


def test_without_a_choice_the_systems_language_is_spoken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "hu_HU:en")
    assert speak_the_users_language() == "hu"
    monkeypatch.setenv("LANGUAGE", "de_DE")
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert speak_the_users_language() == "en"  # a language Parallax does not speak: English
