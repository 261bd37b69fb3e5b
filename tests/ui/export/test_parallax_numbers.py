"""File › Cite Parallax's ¶ Numbers Too: off, citations give the printed page; on, Parallax's ¶ as well, marked."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from pytestqt.qtbot import QtBot

from app.ui.window.main_window import MainWindow
from tests.builders import WITHDRAW
from tests.ui.helpers import RecordingPrompter, current_pane, drag_select

MakeWindow = Callable[..., tuple[MainWindow, RecordingPrompter]]


def _copy_citation(qtbot: QtBot, window: MainWindow) -> str:
    pane = current_pane(window)
    drag_select(qtbot, pane, 17, WITHDRAW)
    qtbot.keyClick(pane.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    return QGuiApplication.clipboard().text()


def test_parallax_numbers_are_cited_only_when_asked_and_the_choice_is_kept(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window, _ = make_window()
    action = window.findChild(QAction, "cite_parallax_numbers")
    assert action is not None
    assert not action.isChecked()
    assert "¶" not in _copy_citation(qtbot, window)
    action.trigger()
    assert _copy_citation(qtbot, window).endswith("1957), 252–55, ¶17 in Parallax.")
    window.close()
    again, _ = make_window()  # the next start remembers it
    remembered = again.findChild(QAction, "cite_parallax_numbers")
    assert remembered is not None
    assert remembered.isChecked()
    assert _copy_citation(qtbot, again).endswith("¶17 in Parallax.")
