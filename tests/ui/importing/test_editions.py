"""A TEI edition through the window: its dialog, the import in the background, the collection, the footnotes."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from app.services.registry import Services
from app.ui.importing.edition_dialog import EditionDialog
from app.ui.reader.page_layout import BlockStyle
from app.ui.window.main_window import MainWindow
from tests.builders import edition_xml, write
from tests.ui.helpers import CTRL, RecordingPrompter, WindowMaker, button, child, current_pane


def _ok(dialog: QDialog) -> bool:
    return button(dialog, QDialogButtonBox.StandardButton.Ok).isEnabled()


def _import_autumn(dialog: QDialog) -> bool:
    """Answer the edition dialog as a user would: type the dates, then press Import."""
    assert child(dialog, QLabel, "EditionSummary").text() == "6 documents found, dated 20 September – 4 November 1956."
    child(dialog, QLineEdit, "EditionFrom").setText("1 October 1956")
    child(dialog, QLineEdit, "EditionTo").setText("30 November 1956")
    assert child(dialog, QLabel, "EditionCount").text() == (
        "5 of 6 documents will be imported (dated 30 October – 4 November 1956), as one collection."
    )
    return _ok(dialog)


def _imported(make_window: WindowMaker, tmp_path: Path, qtbot: QtBot) -> tuple[MainWindow, RecordingPrompter]:
    window, prompter = make_window()
    prompter.files_to_open = [write(tmp_path, "frus.xml", edition_xml())]
    prompter.dialog_answer = _import_autumn
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: not window.parts.importer.busy(), timeout=20_000)
    return window, prompter


def test_an_edition_is_chosen_in_its_dialog_and_imported_as_a_collection(
    make_window: WindowMaker, services: Services, tmp_path: Path, qtbot: QtBot
) -> None:
    window, prompter = _imported(make_window, tmp_path, qtbot)
    assert isinstance(prompter.dialogs[0], EditionDialog)
    assert prompter.infos[-1] == ("Import finished", "Imported 5 documents as one collection in the library.")
    assert window.parts.library_panel.proxy.rowCount() == 6  # with the Declaration
    bar = window.parts.library_panel.collection_bar
    assert bar.isVisible()
    assert bar.state.text() == "1 collection"
    [collection] = services.collections.list_collections()
    assert collection.document_count == 5


def test_the_dialog_counts_again_as_the_level_dates_and_words_change(services: Services, tmp_path: Path) -> None:
    text = services.importing.read_edition(write(tmp_path, "frus.xml", edition_xml()))
    assert text is not None
    dialog = EditionDialog("frus.xml", text)
    count = child(dialog, QLabel, "EditionCount")
    assert count.text() == "All 6 documents will be imported, as one collection."
    child(dialog, QLineEdit, "EditionWords").setText("telegram")
    assert count.text().startswith("3 of 6 documents will be imported")
    assert child(dialog, QListWidget, "EditionPreview").item(0).text() == (
        "30 October 1956, 13:00 (Budapest) — 133. Telegram From the Legation in Hungary to the Department of State"
    )
    child(dialog, QLineEdit, "EditionFrom").setText("1 January 1957")
    assert count.text() == "No document matches: change the dates or the words."
    assert not _ok(dialog)
    child(dialog, QLineEdit, "EditionFrom").setText("sometime")
    assert count.text().startswith("⚠ Cannot read 'sometime'")
    assert not _ok(dialog)
    child(dialog, QLineEdit, "EditionFrom").clear()
    child(dialog, QLineEdit, "EditionWords").clear()
    level = child(dialog, QComboBox, "EditionLevel")
    level.setCurrentIndex(level.findData("chapter"))
    assert child(dialog, QLabel, "EditionSummary").text() == "1 document found."
    assert dialog.choice().level == "chapter"


def test_the_whole_text_as_one_document_goes_to_the_description_form(make_window: WindowMaker, tmp_path: Path) -> None:
    window, prompter = make_window()

    def whole_text(dialog: QDialog) -> bool:
        if isinstance(dialog, EditionDialog):
            level = child(dialog, QComboBox, "EditionLevel")
            level.setCurrentIndex(level.count() - 1)
            return True
        return False  # the description form of one document: cancelled here

    prompter.dialog_answer = whole_text
    window.parts.importer.import_paths([write(tmp_path, "frus.xml", edition_xml())])
    assert len(prompter.dialogs) == 2
    assert child(prompter.dialogs[1], QLineEdit, "meta_title").text().startswith("Foreign Relations")


def _action(window: MainWindow, name: str) -> QAction:
    bar = window.parts.library_panel.collection_bar
    bar.rebuild()
    found = bar.menu.findChild(QAction, name)
    assert found is not None
    return found


def test_a_collection_is_hidden_shown_alone_trashed_and_brought_back_with_ctrl_z(
    make_window: WindowMaker, services: Services, tmp_path: Path, qtbot: QtBot
) -> None:
    window, _ = _imported(make_window, tmp_path, qtbot)
    [collection] = services.collections.list_collections()
    proxy = window.parts.library_panel.proxy
    _action(window, f"collection_shown_{collection.id}").toggle()  # unchecked: hidden
    assert proxy.rowCount() == 1
    assert services.collections.get(collection.id).hidden  # kept for the next start
    assert window.parts.library_panel.collection_bar.state.text() == "1 collection, 1 hidden"
    _action(window, f"collection_shown_{collection.id}").toggle()
    assert proxy.rowCount() == 6
    _action(window, f"collection_only_{collection.id}").trigger()
    assert proxy.rowCount() == 5
    window.parts.library_panel.collection_bar.show_all.click()
    assert proxy.rowCount() == 6
    opened = next(d.id for d in services.library.list_documents() if d.collection_id == collection.id)
    window.parts.workspace.open_document(opened)
    _action(window, f"collection_trash_{collection.id}").trigger()
    assert proxy.rowCount() == 1
    assert opened not in window.documents.open_ids()  # its open document closed with it
    assert len(services.library.list_trash()) == 5
    assert not window.parts.library_panel.collection_bar.isVisible()
    window.parts.library_panel.table.setFocus()  # not a text field, whose own undo Ctrl+Z would be
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert proxy.rowCount() == 6
    assert services.library.list_trash() == []


def test_footnotes_are_set_under_their_paragraph_and_not_in_its_text(
    make_window: WindowMaker, services: Services, tmp_path: Path, qtbot: QtBot
) -> None:
    window, _ = _imported(make_window, tmp_path, qtbot)
    [telegram] = [d for d in services.library.list_documents() if d.title.startswith("133.")]
    window.parts.workspace.open_document(telegram.id)
    pane = current_pane(window)
    blocks = pane.view.blocks()
    source = next(block for block in blocks if block.style is BlockStyle.SOURCE)
    assert source.notes == ("1\u2002Source: Department of State, Central Files, 764.00/10–3056. Secret; Niact.",)
    first = blocks[pane.block_of(1)]
    assert first.notes == ("2\u2002Radio Kossuth, 2:28 p.m.",)
    assert "Kossuth" not in first.text
    assert blocks[pane.block_of(2)].notes == ()
    block = pane.block_of(1)
    notes = pane.view.footnotes_extent(block)
    assert notes is not None
    top, bottom = notes
    last_line = pane.view.line_extent(block, len(first.text))
    assert last_line[1] <= top < bottom  # below the paragraph's lines, with lines of their own
    assert bottom <= pane.view.block_extent(block)[1]  # and inside the paragraph's block
    assert pane.paragraph_count() == 3
