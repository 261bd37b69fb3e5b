"""The main window as a reader first meets it: the Declaration typeset, the library, zoom, palette, find, copy;
and what it remembers from one start to the next."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot

from app import __version__
from app.domain.documents import DocumentKind, DocumentMetadata
from app.services.library import NewDocument
from app.services.registry import Services
from app.ui.common.theme import Theme
from app.ui.reader.document_pane import DocumentPane
from app.ui.reader.page_layout import BlockStyle
from app.ui.window.main_window import MainWindow
from tests.ui.helpers import CTRL, SHIFT, WindowMaker, child, current_pane


def test_parallax_opens_on_the_declaration_typeset_for_reading(window: MainWindow) -> None:
    assert window.windowTitle() == (
        "Declaration by the Soviet Government on the Principles of Development and further Strengthening of "
        f"Friendship and Cooperation between the Soviet Union and Other Socialist States — Parallax {__version__}"
    )
    pane = window.findChild(DocumentPane, "DocumentPane")
    assert pane is not None
    assert pane.isVisible()
    blocks = pane.view.blocks()
    title, meta, source = blocks[:3]
    assert title.style is BlockStyle.TITLE
    assert title.text.startswith("Declaration by the Soviet Government")
    assert meta.text == "Declaration · Government of the USSR · Moscow, 30 October 1956"
    assert source.text.startswith("Source: Documents on American Foreign Relations, 1956, ed. Paul E. Zinner")
    body = blocks[3:]
    assert [block.number for block in body] == list(range(1, 21))
    assert body[16].text.startswith("Having in mind that the further presence of Soviet military units in Hungary")
    assert child(window, QLabel, "PositionLabel").text() == "¶1 of 20"


def test_the_page_paints_its_text_and_margin_numbers(window: MainWindow, qtbot: QtBot) -> None:
    view = current_pane(window).view
    image = view.viewport().grab().toImage()
    paper = image.pixelColor(5, 5)
    assert paper.name() == "#fbf8f1"
    inked = sum(
        1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4) if image.pixelColor(x, y) != paper
    )
    assert inked > 200  # text was drawn, not just an empty page


def test_library_panel_lists_documents_and_opens_them(
    make_window: WindowMaker, services: Services, qtbot: QtBot
) -> None:
    second = services.library.add_document(
        NewDocument(
            DocumentMetadata(
                title="Radio address", issuer="Imre Nagy", date_edtf="1956-11-01", kind=DocumentKind.BROADCAST
            ),
            ("People of Hungary!",),
        )
    )
    window, _ = make_window()
    table = child(window, QTableView, "LibraryTable")
    model = table.model()
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert rows[1] == ["Radio address", "Imre Nagy", "1 November 1956", "Broadcast"]
    assert rows[0][1:] == ["Government of the USSR", "30 October 1956", "Declaration"]

    table.setFocus()
    table.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert current_pane(window).document_id == second
    assert window.windowTitle().startswith("Radio address — Parallax")
    assert window.documents.tabs.count() == 2


def test_font_zoom_with_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    view = current_pane(window).view
    normal = view.base_font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert view.base_font().pointSizeF() > normal * 1.15
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert normal < view.base_font().pointSizeF() < normal * 1.15
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert view.base_font().pointSizeF() == normal


def test_dark_palette_covers_the_page_too(window: MainWindow, qtbot: QtBot) -> None:
    view = current_pane(window).view
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL | SHIFT)
    assert window.theme is Theme.DARK
    paper = view.viewport().grab().toImage().pixelColor(5, 5)
    assert paper.lightness() < 60
    qtbot.waitUntil(lambda: window.palette().window().color().lightness() < 80)  # the chrome follows
    window.set_theme(Theme.LIGHT)
    assert view.viewport().grab().toImage().pixelColor(5, 5).lightness() > 200


def test_window_size_splitter_zoom_palette_and_open_documents_are_remembered(
    make_window: WindowMaker, services: Services, qtbot: QtBot
) -> None:
    other = services.library.add_document(NewDocument(DocumentMetadata(title="Telegram"), ("Text.",)))
    window, _ = make_window()
    window.resize(720, 520)  # within the offscreen screen's 800×600
    qtbot.waitUntil(lambda: window.size() == QSize(720, 520))
    layout = window.layout()
    assert layout is not None
    layout.activate()  # the splitter takes its place in the resized window before it is dragged
    window.splitter.setSizes([250, 470])
    window.set_zoom(3)
    window.set_theme(Theme.DARK)
    window.parts.workspace.open_document(other)
    sizes = window.splitter.sizes()
    window.close()

    again, _ = make_window()
    assert (again.width(), again.height()) == (720, 520)
    qtbot.waitUntil(lambda: again.splitter.sizes() == sizes)  # once the window is laid out at its size
    assert again.zoom == 3
    assert again.theme is Theme.DARK
    assert again.documents.open_ids() == [1, other]
    assert current_pane(again).document_id == other
    again.set_theme(Theme.LIGHT)


def test_find_in_document_counts_and_steps_through_matches(window: MainWindow, qtbot: QtBot) -> None:
    pane = current_pane(window)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert pane.find_bar.isVisible()
    qtbot.keyClicks(pane.find_bar.field, "warsaw treaty")
    assert pane.find_bar.count_label.text() == "1 of 6"
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_Return)
    assert pane.find_bar.count_label.text() == "2 of 6"
    pane.find_previous()
    pane.find_previous()
    assert pane.find_bar.count_label.text() == "6 of 6"  # wraps round
    top, _ = pane.view.top_block()
    assert top > 10  # the view followed the last match into ¶18
    pane.find_bar.field.setText("no such words")
    assert pane.find_bar.count_label.text() == "No matches"
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_Escape)
    assert not pane.find_bar.isVisible()


def test_select_and_copy(window: MainWindow, qtbot: QtBot) -> None:
    view = current_pane(window).view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Declaration by the Soviet Government")
    assert copied.rstrip().endswith("the great cause of peace and socialism.")


def test_about_box_names_the_app_and_its_version(make_window: WindowMaker) -> None:
    window, prompter = make_window()
    about = next(a for a in window.findChildren(QAction) if a.text() == "&About Parallax")
    about.trigger()
    [(title, html)] = prompter.abouts
    assert title == "About Parallax"
    assert f"Parallax {__version__}" in html


def test_opening_an_unknown_document_is_a_message_not_a_crash(make_window: WindowMaker) -> None:
    window, prompter = make_window()
    assert not window.parts.workspace.open_document(404)
    assert prompter.errors == [("Cannot open document", "no document with ID 404 in this library")]
    assert current_pane(window).document_id == 1


def test_command_line_ids_open_side_by_side_with_the_first_active(make_window: WindowMaker, services: Services) -> None:
    other = services.library.add_document(NewDocument(DocumentMetadata(title="Resolution"), ("Text.",)))
    window, _ = make_window(open_ids=(other, 1))
    assert window.documents.layout_ids() == [[other, 1]]  # one tab, two panes
    assert current_pane(window).document_id == other


def test_closing_every_document_leaves_a_hint(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)
    assert window.documents.current_pane() is None
    hint = child(window, QLabel, "EmptyHint")
    assert hint.isVisible()
    assert "library" in hint.text()
    assert window.windowTitle() == f"Parallax {__version__}"


def test_document_information_shows_source_address_and_rights(make_window: WindowMaker, qtbot: QtBot) -> None:
    window, prompter = make_window()
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL)
    [dialog] = prompter.dialogs
    shown = {label.text() for label in dialog.findChildren(QLabel)}
    assert "30 October 1956  (1956-10-30)" in shown
    assert any(text.startswith("http://www.cvce.eu/obj/declaration_by_the_soviet_government") for text in shown)
    assert any("Paul E. Zinner" in text for text in shown)
    assert any("reserve reproduction rights" in text for text in shown)


def test_page_down_reads_on(window: MainWindow, qtbot: QtBot) -> None:
    view = current_pane(window).view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.top_block()[0] > 3
    assert child(window, QLabel, "PositionLabel").text() != "¶1 of 20"
