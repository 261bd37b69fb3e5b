"""Describing and trashing documents from the window: the description form, its checks, the trash, Ctrl+Z, and
a description the disk has no room for."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from app.domain.documents import DocumentMetadata
from app.services.library import NewDocument
from app.services.registry import Services
from app.ui.reader.page_layout import BlockStyle
from tests.builders import FULL, fill_disk
from tests.ui.helpers import CTRL, WindowMaker, button, child, current_pane


def test_editing_the_description_updates_library_page_and_title(make_window: WindowMaker, qtbot: QtBot) -> None:
    window, prompter = make_window()

    def change_place_and_date(dialog: QDialog) -> bool:
        assert child(dialog, QLineEdit, "meta_date").text() == "30 October 1956"
        assert child(dialog, QLineEdit, "meta_editor").text() == "Paul E. Zinner"
        child(dialog, QLineEdit, "meta_place").setText("Moscow, the Kremlin")
        child(dialog, QLineEdit, "meta_date").setText("c. 30 Oct 1956")
        return True

    prompter.dialog_answer = change_place_and_date
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    meta = [b.text for b in current_pane(window).view.blocks() if b.style is BlockStyle.META]
    assert meta == ["Declaration · Government of the USSR · Moscow, the Kremlin, c. 30 October 1956"]
    assert window.parts.library_panel.proxy.index(0, 2).data() == "c. 30 October 1956"


def test_a_form_that_cannot_be_saved_says_why(make_window: WindowMaker) -> None:
    window, prompter = make_window()

    def clear_title(dialog: QDialog) -> bool:
        child(dialog, QLineEdit, "meta_title").setText("")
        assert child(dialog, QLabel, "EditProblem").text() == "A document needs a title."
        save = button(dialog, QDialogButtonBox.StandardButton.Save)
        assert not save.isEnabled()
        child(dialog, QLineEdit, "meta_title").setText("Declaration")
        child(dialog, QLineEdit, "meta_date").setText("when the tanks came")
        assert child(dialog, QLabel, "EditProblem").text() == "Cannot read 'when the tanks came' as a date."
        return save.isEnabled()

    prompter.dialog_answer = clear_title
    window.parts.librarian.edit(1)
    assert window.windowTitle().startswith("Declaration by the Soviet Government on the Principles")


def test_delete_in_the_library_moves_to_trash_and_ctrl_z_restores(
    make_window: WindowMaker, services: Services, qtbot: QtBot
) -> None:
    window, _ = make_window()
    table = window.parts.library_panel.table
    table.setFocus()
    window.parts.library_panel.select_document(1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert services.library.list_documents() == []
    assert window.documents.current_pane() is None  # its tab closed
    assert "Moved “Declaration by the Soviet Government" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert [d.id for d in services.library.list_documents()] == [1]
    assert window.parts.library_panel.proxy.rowCount() == 1


def test_the_trash_dialog_restores_what_is_selected(make_window: WindowMaker, services: Services) -> None:
    window, prompter = make_window()
    window.parts.librarian.trash(1)

    def restore_first(dialog: QDialog) -> bool:
        listing = child(dialog, QListWidget, "TrashList")
        assert listing.count() == 1
        assert "(ID 1)" in listing.item(0).text()
        listing.item(0).setSelected(True)
        return True

    prompter.dialog_answer = restore_first
    window.parts.librarian.show_trash()
    assert [d.id for d in services.library.list_documents()] == [1]
    window.parts.history.undo()  # the document is already back: nothing happens, nothing breaks
    assert window.statusBar().currentMessage() == "Nothing to undo."


def test_tags_and_translation_of_are_set_in_the_form(make_window: WindowMaker, services: Services) -> None:
    russian = services.library.add_document(
        NewDocument(DocumentMetadata(title="Заявление Правительства СССР", language="ru"), ("Текст.",))
    )
    window, prompter = make_window()

    def tag_and_link(dialog: QDialog) -> bool:
        child(dialog, QLineEdit, "meta_tags").setText("Warsaw Treaty, withdrawal; Hungary")
        combo = child(dialog, QComboBox, "meta_translation_of")
        assert combo.findData(1) == -1  # not itself
        combo.setCurrentIndex(combo.findData(russian))
        return True

    prompter.dialog_answer = tag_and_link
    window.parts.librarian.edit(1)
    meta = services.library.get_document(1).metadata
    assert meta.tags == ("Hungary", "Warsaw Treaty", "withdrawal")
    assert meta.translation_of == russian


def test_a_description_that_cannot_be_saved_on_a_full_disk_comes_back_as_typed(
    make_window: WindowMaker, services: Services
) -> None:
    window, prompter = make_window()
    free = fill_disk(make_window.library_of(window))
    rights = ("Public domain in the United States. " * 800).strip()  # 28,800 characters: new pages
    shown: list[str] = []

    def type_rights(dialog: QDialog) -> bool:
        field = child(dialog, QLineEdit, "meta_rights")
        shown.append(field.text())
        if len(shown) == 1:
            field.setText(rights)
        else:
            free()  # the user made room, and saves again
        return True

    prompter.dialog_answer = type_rights
    window.parts.librarian.edit(1)
    assert prompter.errors == [("Cannot save", FULL)]
    assert shown[1] == rights  # what was typed is still in the form
    assert services.library.get_document(1).metadata.rights == rights
