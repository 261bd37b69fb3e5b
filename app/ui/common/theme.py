"""Light and dark palettes, for the window and for the page itself, and their high-contrast forms.

Every pair of text and background colour meets WCAG AA (4.5:1), the tints under text included; the high-contrast
forms, used when the system asks for high contrast, meet AAA (7:1) (tests/ui/test_contrast.py computes them)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessibilityHints, QColor, QGuiApplication, QPalette, QStyleHints
from PySide6.QtWidgets import QApplication

from app.ui.common.style import ReaderColors


class Theme(StrEnum):
    LIGHT = "light"
    DARK = "dark"
    CONTRAST_LIGHT = "contrast-light"  # the light palette as the system's high contrast asks for it
    CONTRAST_DARK = "contrast-dark"

    @property
    def dark(self) -> bool:
        return self in (Theme.DARK, Theme.CONTRAST_DARK)

    @property
    def base(self) -> Theme:
        """The palette the reader chose (light or dark), whatever the contrast."""
        return Theme.DARK if self.dark else Theme.LIGHT

    def with_contrast(self, high: bool) -> Theme:
        if not high:
            return self.base
        return Theme.CONTRAST_DARK if self.dark else Theme.CONTRAST_LIGHT


_CHROME = {
    Theme.LIGHT: {
        "window": "#efebe4", "base": "#fbf8f1", "alt": "#f3efe6", "text": "#1f1d1a", "button": "#e7e2d8",
        "highlight": "#3b6ea5", "highlight_text": "#ffffff", "mid": "#b9b2a5", "disabled": "#6b655a",
        "tooltip": "#fffdf6", "link": "#2f5f93",
    },
    Theme.DARK: {
        "window": "#26272b", "base": "#1c1d20", "alt": "#232428", "text": "#dedad2", "button": "#303136",
        "highlight": "#3f6896", "highlight_text": "#ffffff", "mid": "#4a4b50", "disabled": "#9a9a94",
        "tooltip": "#2e2f34", "link": "#8fb6e0",
    },
    Theme.CONTRAST_LIGHT: {
        "window": "#ffffff", "base": "#ffffff", "alt": "#f2f2f2", "text": "#000000", "button": "#ffffff",
        "highlight": "#00308f", "highlight_text": "#ffffff", "mid": "#000000", "disabled": "#4d4d4d",
        "tooltip": "#ffffff", "link": "#00308f",
    },
    Theme.CONTRAST_DARK: {
        "window": "#000000", "base": "#000000", "alt": "#141414", "text": "#ffffff", "button": "#000000",
        "highlight": "#ffd60a", "highlight_text": "#000000", "mid": "#ffffff", "disabled": "#bdbdbd",
        "tooltip": "#000000", "link": "#8ec5ff",
    },
}  # fmt: skip

_PAGE = {
    Theme.LIGHT: ReaderColors(
        paper=QColor("#fbf8f1"), ink=QColor("#1f1d1a"), muted=QColor("#6b655a"),
        selection=QColor("#c9dcf2"), selection_ink=QColor("#1f1d1a"),
        match=QColor("#f7e7a1"), current_match=QColor("#f2a94e"),
        term=QColor("#bfe3da"), only_here=QColor("#cdeabd"), changed=QColor("#f8d3c4"),
        partner=QColor("#e3ebf6"), link=QColor("#5a82b0"), suggested=QColor("#a07f2c"),
        note=QColor("#f4e2f0"), note_mark=QColor("#a4508f"),
    ),
    Theme.DARK: ReaderColors(
        paper=QColor("#1c1d20"), ink=QColor("#dedad2"), muted=QColor("#9a968d"),
        selection=QColor("#35557a"), selection_ink=QColor("#f4f1ea"),
        match=QColor("#d9c46a"), current_match=QColor("#f2a94e"),
        term=QColor("#2f6158"), only_here=QColor("#2f5531"), changed=QColor("#6b3b2f"),
        partner=QColor("#28313c"), link=QColor("#6d90ba"), suggested=QColor("#a88e52"),
        note=QColor("#4a2f45"), note_mark=QColor("#d08cc0"),
    ),
    Theme.CONTRAST_LIGHT: ReaderColors(
        paper=QColor("#ffffff"), ink=QColor("#000000"), muted=QColor("#3d3d3d"),
        selection=QColor("#00308f"), selection_ink=QColor("#ffffff"),
        match=QColor("#ffe14d"), current_match=QColor("#ff9d00"),
        term=QColor("#9ef0dc"), only_here=QColor("#a8f0a0"), changed=QColor("#ffc2b3"),
        partner=QColor("#d6e6ff"), link=QColor("#00308f"), suggested=QColor("#6b4e00"),
        note=QColor("#ffd1f4"), note_mark=QColor("#7a005e"),
    ),
    Theme.CONTRAST_DARK: ReaderColors(
        paper=QColor("#000000"), ink=QColor("#ffffff"), muted=QColor("#d0d0d0"),
        selection=QColor("#ffd60a"), selection_ink=QColor("#000000"),
        match=QColor("#ffe14d"), current_match=QColor("#ff9d00"),
        term=QColor("#004d40"), only_here=QColor("#0b4a0b"), changed=QColor("#5c1a0b"),
        partner=QColor("#0a2a52"), link=QColor("#8ec5ff"), suggested=QColor("#ffd60a"),
        note=QColor("#4d0a3f"), note_mark=QColor("#ff8ce6"),
    ),
}  # fmt: skip


def parse_theme(value: object) -> Theme:
    """The palette chosen, as stored (light or dark: high contrast follows the system, it is not stored)."""
    try:
        return Theme(str(value)).base
    except ValueError:
        return Theme.LIGHT


_kept: list[QStyleHints] = []  # the style hints' wrapper must outlive the accessibility hints taken from it


def accessibility_hints() -> QAccessibilityHints | None:
    """The system's accessibility hints (None without an application)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return None
    if not _kept:
        _kept.append(app.styleHints())
    return _kept[0].accessibility()


def system_wants_high_contrast() -> bool:
    """Whether the system's accessibility settings ask applications for high contrast."""
    hints = accessibility_hints()
    return hints is not None and hints.contrastPreference() == Qt.ContrastPreference.HighContrast


def error_color(theme: Theme) -> str:
    """The colour of an error line on the window's background, readable in every palette."""
    return {Theme.LIGHT: "#a8231b", Theme.DARK: "#ff9b8f", Theme.CONTRAST_LIGHT: "#8f0000"}.get(theme, "#ff8a80")


def muted_color(theme: Theme) -> str:
    """The colour of secondary text (a date under a title, a hint) on the window, a list or a tooltip."""
    return _CHROME[theme]["disabled"]


def current_theme() -> Theme:
    """The palette the application is painted in now (read from it, for parts that colour text themselves)."""
    app = QApplication.instance()
    value = app.property(THEME_PROPERTY) if isinstance(app, QApplication) else None
    try:
        return Theme(str(value))
    except ValueError:
        return Theme.LIGHT


def reader_colors(theme: Theme) -> ReaderColors:
    return _PAGE[theme]


def palette_for(theme: Theme) -> QPalette:
    colors = {name: QColor(value) for name, value in _CHROME[theme].items()}
    role = QPalette.ColorRole
    palette = QPalette()
    assignments = {
        role.Window: "window", role.WindowText: "text", role.Base: "base", role.AlternateBase: "alt",
        role.Text: "text", role.Button: "button", role.ButtonText: "text", role.Highlight: "highlight",
        role.HighlightedText: "highlight_text", role.ToolTipBase: "tooltip", role.ToolTipText: "text",
        role.PlaceholderText: "disabled", role.Mid: "mid", role.Link: "link",
        role.BrightText: "highlight_text",
    }  # fmt: skip
    for color_role, name in assignments.items():
        palette.setColor(color_role, colors[name])
    for color_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, color_role, colors["disabled"])
    palette.setColor(QPalette.ColorGroup.Disabled, role.PlaceholderText, colors["disabled"])
    return palette


STYLE = "Fusion"
STYLED = "parallaxStyled"  # an application property: the style is set already (see app/bootstrap.py)
THEME_PROPERTY = "parallaxTheme"  # an application property: the palette it is painted in


def apply_theme(app: QApplication, theme: Theme) -> None:
    if app.property(STYLED) is not True:  # setting a style from Python makes PySide load QStyle's types: ~8 ms
        app.setStyle(STYLE)
        app.setProperty(STYLED, True)
    app.setProperty(THEME_PROPERTY, theme.value)
    app.setPalette(palette_for(theme))
