"""Ctrl+D beside a translation, beside another text, and over a note: what the reader is shown."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from app.domain.documents import DocumentMetadata
from app.services.library import NewDocument
from app.services.registry import Services
from app.ui.common.theme import Theme, reader_colors
from app.ui.reader.decorations import Decorations, Mark
from app.ui.window.main_window import MainWindow
from tests.builders import HUNGARIAN, RESOLUTION
from tests.ui.helpers import WindowMaker as MakeWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _differences(window: MainWindow) -> list[dict[int, list[tuple[int, int, Mark]]]]:
    view = window.documents.current_view()
    assert view is not None
    return [pane.view.decorations.differences for pane in view.panes()]


def test_beside_a_translation_ctrl_d_offers_the_aligned_paragraphs_instead(
    make_window: MakeWindow, services: Services, qtbot: QtBot
) -> None:
    hungarian = services.library.add_document(
        NewDocument(DocumentMetadata(title="Nyilatkozat", language="hu"), tuple(HUNGARIAN))
    )
    window, _ = make_window(open_ids=(1, hungarian))
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    assert _differences(window) == [{}, {}]
    message = window.statusBar().currentMessage()
    assert "is in English and “Nyilatkozat” in Hungarian: word differences compare the wording" in message
    assert "Suggest Alignment, Ctrl+Shift+A" in message


def test_beside_an_unrelated_text_ctrl_d_says_so_instead_of_colouring_everything(
    make_window: MakeWindow, services: Services, qtbot: QtBot
) -> None:
    resolution = services.library.add_document(
        NewDocument(DocumentMetadata(title="Resolution 1004", language="en"), RESOLUTION)
    )
    window, _ = make_window(open_ids=(1, resolution))
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    assert _differences(window) == [{}, {}]
    assert "“Resolution 1004” are not versions of one text" in window.statusBar().currentMessage()


def test_a_notes_tint_and_the_difference_colours_both_show_where_they_meet(qtbot: QtBot) -> None:
    colors = reader_colors(Theme.LIGHT)
    decorations = Decorations(lambda: None)
    decorations.set_notes({0: [(0, 20, "A note")]})
    decorations.set_differences({0: [(10, 30, Mark.CHANGED)]})
    formats = decorations.formats_for(0, colors)
    spans = {(f.start, f.start + f.length): f.format for f in formats}
    assert spans[(0, 20)].background().color() == colors.note  # the note's tint, where no difference is
    assert spans[(10, 30)].background().color() == colors.changed
    overlap = spans[(10, 20)]
    assert overlap.background().color() == colors.changed
    assert overlap.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert overlap.underlineColor() == colors.note_mark
    assert list(spans) == [(0, 20), (10, 30), (10, 20)]  # drawn in this order: the last one wins where they meet
