"""When the system asks for high contrast, the window and the page are painted in the high-contrast form of the
palette the reader chose; the choice itself (light or dark) is what is kept."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.ui.common.settings import WindowSettings
from app.ui.common.theme import Theme, accessibility_hints
from app.ui.window.main_window import MainWindow


def painted(window: MainWindow) -> Theme:
    """The palette the window is painted in now."""
    return window.painted_theme


def test_high_contrast_follows_the_system_over_the_chosen_palette(window: MainWindow, settings_path: object) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.set_high_contrast(True)  # as the system's contrastPreferenceChanged has it call
    assert window.painted_theme is Theme.CONTRAST_LIGHT
    assert app.palette().color(QPalette.ColorRole.Base).name() == "#ffffff"
    pane = window.documents.current_pane()
    assert pane is not None
    assert pane.view.colors().ink.name() == "#000000"
    window.toggle_dark()
    assert painted(window) is Theme.CONTRAST_DARK
    assert pane.view.colors().paper.name() == "#000000"
    assert window.theme is Theme.DARK  # what the reader chose
    window.close()
    assert WindowSettings(QSettings(str(settings_path), QSettings.Format.IniFormat)).theme is Theme.DARK
    window.set_high_contrast(False)
    window.set_theme(Theme.LIGHT)


def test_the_systems_contrast_setting_is_read(window: MainWindow) -> None:
    hints = accessibility_hints()
    assert hints is not None
    assert window.painted_theme is window.theme.with_contrast(hints.contrastPreference().name == "HighContrast")
