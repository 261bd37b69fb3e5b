"""A first start: the notes and the search results are both in view, and each empty panel says how to begin."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.window.main_window import MainWindow


def test_notes_and_search_are_in_view_at_once_with_a_guide_in_each(window: MainWindow, qtbot: QtBot) -> None:
    frame = window.frame
    qtbot.waitUntil(lambda: frame.notes_dock.isVisible() and frame.search_dock.isVisible())
    assert not frame.notes_dock.geometry().intersects(frame.search_dock.geometry())  # one above the other
    assert not frame.notes_dock.visibleRegion().isEmpty()
    assert not frame.search_dock.visibleRegion().isEmpty()
    guide = window.parts.notes.editor.empty_hint
    assert guide.isVisible()
    assert "Ctrl+M" in guide.text()
    assert "F1" in guide.text()
    summary = window.parts.search.view.summary.text()
    assert "Ctrl+K" in summary
    assert "issuer:Nagy" in summary


def test_help_lists_the_keys_of_every_menu(window: MainWindow) -> None:
    from app.ui.window.shortcuts import READING_KEYS, menu_shortcuts

    listed = menu_shortcuts(window.menuBar())
    keys = {keys for _menu, keys, _what in listed}
    assert {"Ctrl+M", "F12", "F11", "F1", "Ctrl+K", "F7"} <= {k for joined in keys for k in joined.split(", ")}
    assert any(what == "Focus Mode" for _menu, _keys, what in listed)
    assert ("Reading", "Ctrl+Down, Ctrl+Up", "Go to the next or the previous paragraph") in READING_KEYS
