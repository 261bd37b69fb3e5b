"""A long status message is cut short before the "¶17 of 20" indicator, never run over it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.window.main_window import MainWindow
from app.ui.window.status_bar import StatusBar


def test_a_long_message_stops_before_the_position_indicator(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.statusBar()
    assert isinstance(bar, StatusBar)
    window.documents.current_pane().scroll_to_paragraph(17)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.position_label.text().startswith("¶17 of 20"))
    message = "Suggested 19 links by similar wording (dashed). " * 6
    bar.showMessage(message, 5000)
    bar.repaint()
    indicator = window.position_label.geometry()
    drawn = bar.fontMetrics().horizontalAdvance(bar.shown_message())
    assert bar.message_rect().left() + drawn < indicator.left()
    assert bar.shown_message().endswith("…")
    assert bar.toolTip() == message  # whole in the tooltip
    assert bar.currentMessage() == message
