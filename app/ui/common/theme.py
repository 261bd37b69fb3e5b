"""Light and dark palettes, for the window and for the page itself."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.ui.common.style import ReaderColors


class Theme(StrEnum):
    LIGHT = "light"
    DARK = "dark"


_CHROME = {
    Theme.LIGHT: {
        "window": "#efebe4", "base": "#fbf8f1", "alt": "#f3efe6", "text": "#1f1d1a", "button": "#e7e2d8",
        "highlight": "#3b6ea5", "highlight_text": "#ffffff", "mid": "#b9b2a5", "disabled": "#9a9386",
        "tooltip": "#fffdf6", "link": "#2f5f93",
    },
    Theme.DARK: {
        "window": "#26272b", "base": "#1c1d20", "alt": "#232428", "text": "#dedad2", "button": "#303136",
        "highlight": "#5b87b8", "highlight_text": "#ffffff", "mid": "#4a4b50", "disabled": "#74746f",
        "tooltip": "#2e2f34", "link": "#8fb6e0",
    },
}  # fmt: skip

_PAGE = {
    Theme.LIGHT: ReaderColors(
        paper=QColor("#fbf8f1"), ink=QColor("#1f1d1a"), muted=QColor("#857d70"),
        selection=QColor("#c9dcf2"), selection_ink=QColor("#1f1d1a"),
        match=QColor("#f7e7a1"), current_match=QColor("#f2a94e"),
        term=QColor("#bfe3da"), only_here=QColor("#cdeabd"), changed=QColor("#f8d3c4"),
        partner=QColor("#e3ebf6"), link=QColor("#8fb0d6"), suggested=QColor("#c8a85a"),
        note=QColor("#f4e2f0"), note_mark=QColor("#a4508f"),
    ),
    Theme.DARK: ReaderColors(
        paper=QColor("#1c1d20"), ink=QColor("#dedad2"), muted=QColor("#8c8880"),
        selection=QColor("#35557a"), selection_ink=QColor("#f4f1ea"),
        match=QColor("#d9c46a"), current_match=QColor("#f2a94e"),
        term=QColor("#2f6158"), only_here=QColor("#2f5531"), changed=QColor("#6b3b2f"),
        partner=QColor("#28313c"), link=QColor("#587ca6"), suggested=QColor("#9c844a"),
        note=QColor("#4a2f45"), note_mark=QColor("#d08cc0"),
    ),
}  # fmt: skip


def parse_theme(value: object) -> Theme:
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
    return palette


STYLE = "Fusion"
STYLED = "parallaxStyled"  # an application property: the style is set already (see app/bootstrap.py)


def apply_theme(app: QApplication, theme: Theme) -> None:
    if app.property(STYLED) is not True:  # setting a style from Python makes PySide load QStyle's types: ~8 ms
        app.setStyle(STYLE)
        app.setProperty(STYLED, True)
    app.setPalette(palette_for(theme))
