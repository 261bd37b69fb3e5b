"""Colours meet WCAG AA in every palette: text on its background 4.5:1 (7:1 in the high-contrast palettes), the
tints under text (differences, notes, linked paragraphs, marked terms) included, and marks 3:1."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.domain.timeline import Lane
from app.ui.common.contrast import AA_LARGE, AA_TEXT, AAA_TEXT, contrast, over
from app.ui.common.theme import Theme, error_color, muted_color, palette_for, reader_colors
from app.ui.timeline.lane_item import lane_color

DARK_INK = QColor("#1f1d1a")  # the ink of a find match, on its yellow in either palette (reader/decorations.py)
HIT = QColor("#c9dcf2")  # the search hit being read (search/results.py)


def _needed(theme: Theme) -> float:
    return AAA_TEXT if theme in (Theme.CONTRAST_LIGHT, Theme.CONTRAST_DARK) else AA_TEXT


def text_pairs(theme: Theme) -> dict[str, tuple[QColor, QColor]]:
    """Every pair of text and the background it is read on."""
    role = QPalette.ColorRole
    palette = palette_for(theme)
    page = reader_colors(theme)
    pairs = {
        f"{fg.name}/{bg.name}": (palette.color(fg), palette.color(bg))
        for fg, bg in (
            (role.Text, role.Base), (role.Text, role.AlternateBase), (role.WindowText, role.Window),
            (role.ButtonText, role.Button), (role.HighlightedText, role.Highlight),
            (role.ToolTipText, role.ToolTipBase),
            (role.PlaceholderText, role.Base), (role.PlaceholderText, role.AlternateBase), (role.Link, role.Base),
        )
    }  # fmt: skip
    pairs["muted text/window"] = (QColor(muted_color(theme)), palette.color(role.Window))
    pairs["muted text/tooltip"] = (QColor(muted_color(theme)), palette.color(role.ToolTipBase))
    pairs["disabled label/window"] = (
        palette.color(QPalette.ColorGroup.Disabled, role.WindowText),
        palette.color(role.Window),
    )
    pairs["error/window"] = (QColor(error_color(theme)), palette.color(role.Window))
    pairs["ink/paper"] = (page.ink, page.paper)
    pairs["heading and source lines, ¶ numbers/paper"] = (page.muted, page.paper)
    pairs["selected text/selection"] = (page.selection_ink, over(page.selection, page.paper))
    pairs["find match"] = (DARK_INK, page.match)
    pairs["current find match"] = (DARK_INK, page.current_match)
    for tint in ("term", "only_here", "changed", "partner", "note"):
        pairs[f"ink/{tint} tint"] = (page.ink, over(getattr(page, tint), page.paper))
    return pairs


def mark_pairs(theme: Theme) -> dict[str, tuple[QColor, QColor]]:
    """Marks one must see, though they are not text: 3:1."""
    page = reader_colors(theme)
    base = palette_for(theme).color(QPalette.ColorRole.Base)
    pairs = {
        "note's margin mark/paper": (page.note_mark, page.paper),
        "link band/paper": (page.link, page.paper),
        "suggested link/paper": (page.suggested, page.paper),
    }
    for lane in Lane:
        pairs[f"{lane.value} lane's marks/strip"] = (lane_color(lane, base, AA_LARGE), base)
    return pairs


def ratios(theme: Theme) -> dict[str, float]:
    return {name: round(contrast(*pair), 2) for name, pair in {**text_pairs(theme), **mark_pairs(theme)}.items()}


@pytest.mark.parametrize("theme", list(Theme))
def test_text_and_its_background_meet_aa_in_every_palette(qapp: QApplication, theme: Theme) -> None:
    needed = _needed(theme)
    failing = {name: round(contrast(*pair), 2) for name, pair in text_pairs(theme).items() if contrast(*pair) < needed}
    assert failing == {}


@pytest.mark.parametrize("theme", list(Theme))
def test_marks_meet_three_to_one(qapp: QApplication, theme: Theme) -> None:
    failing = {name: round(contrast(*pair), 2) for name, pair in mark_pairs(theme).items() if contrast(*pair) < 3}
    assert failing == {}


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_the_timelines_lane_names_and_counts_are_legible_in_light_and_dark(qapp: QApplication, theme: Theme) -> None:
    base = palette_for(theme).color(QPalette.ColorRole.Base)
    for lane in Lane:
        assert contrast(lane_color(lane, base, AA_TEXT), base) >= AA_TEXT
    assert contrast(DARK_INK, HIT) >= AA_TEXT


def test_the_high_contrast_palettes_follow_the_chosen_one() -> None:
    assert Theme.LIGHT.with_contrast(True) is Theme.CONTRAST_LIGHT
    assert Theme.DARK.with_contrast(True) is Theme.CONTRAST_DARK
    assert Theme.CONTRAST_DARK.with_contrast(False) is Theme.DARK
