"""The main window's menus: File, Edit, View, Compare and Help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from app import APP_NAME, __version__
from app.ui.common.actions import add_action
from app.ui.common.read_only import writes
from app.ui.common.undo import undo_where_typing
from app.ui.reader.document_pane import DocumentPane

if TYPE_CHECKING:
    from app.ui.window.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    menu_bar = window.menuBar()
    keys = QKeySequence.StandardKey
    file_menu = menu_bar.addMenu("&File")
    writes(add_action(window, file_menu, "&Import…", window.importer.choose_files, keys.Open))
    writes(add_action(window, file_menu, "&Trash…", window.librarian.show_trash))
    add_action(window, file_menu, "Import Size &Limit…", window.importer.ask_limit)
    window.safety.build_menu(file_menu)
    file_menu.addSeparator()
    window.edit_action = writes(
        add_action(window, file_menu, "&Edit Description…", window.on_pane_id(window.librarian.edit), "Ctrl+E")
    )
    window.trash_action = writes(
        add_action(window, file_menu, "&Move to Trash", window.on_pane_id(window.librarian.trash), "Ctrl+Del")
    )
    window.info_action = add_action(
        window, file_menu, "Document &Information…", lambda: show_document_info(window), "Ctrl+I", "Alt+Return"
    )
    window.close_action = add_action(window, file_menu, "&Close Pane", window.documents.close_current, "Ctrl+W")
    file_menu.addSeparator()
    window.exporter.build_menu(file_menu)
    file_menu.addSeparator()
    add_action(window, file_menu, "&Quit", window.close, keys.Quit, role=QAction.MenuRole.QuitRole)

    edit_menu = menu_bar.addMenu("&Edit")
    add_action(window, edit_menu, "&Undo", lambda: undo_where_typing(window.history), keys.Undo)
    add_action(window, edit_menu, "&Redo", lambda: undo_where_typing(window.history, redo=True), keys.Redo, "Ctrl+Y")
    edit_menu.addSeparator()
    add_action(window, edit_menu, "&Copy", window.on_pane(lambda p: p.view.copy()), keys.Copy)
    add_action(window, edit_menu, "Copy C&itation", window.exporter.copy_citation, "Ctrl+Shift+C")
    add_action(window, edit_menu, "Select &All", window.on_pane(lambda p: p.view.select_all()), keys.SelectAll)
    writes(add_action(window, edit_menu, "Paste as &New Source…", lambda: paste_as_source(window), "Ctrl+Shift+V"))
    edit_menu.addSeparator()
    add_action(window, edit_menu, "&Find in Document…", window.on_pane(DocumentPane.open_find), keys.Find)
    add_action(window, edit_menu, "Find &Next", window.on_pane(DocumentPane.find_next), keys.FindNext)
    add_action(window, edit_menu, "Find &Previous", window.on_pane(DocumentPane.find_previous), keys.FindPrevious)

    view_menu = menu_bar.addMenu("&View")
    window.library_action = add_action(
        window,
        view_menu,
        "&Library Panel",
        lambda: window.library_panel.setVisible(window.library_action.isChecked()),
        "F9",
    )
    window.library_action.setCheckable(True)
    window.library_action.setChecked(True)
    view_menu.addSeparator()
    add_action(window, view_menu, "Zoom &In", lambda: window.set_zoom(window.zoom + 1), keys.ZoomIn, "Ctrl+=")
    add_action(window, view_menu, "Zoom &Out", lambda: window.set_zoom(window.zoom - 1), keys.ZoomOut)
    add_action(window, view_menu, "&Actual Size", lambda: window.set_zoom(0), "Ctrl+0")
    view_menu.addSeparator()
    window.dark_action = add_action(window, view_menu, "&Dark Palette", window.toggle_dark, "Ctrl+Shift+D")
    window.dark_action.setCheckable(True)

    window.compare.build_menu(menu_bar, window)
    window.notes.build_menu(menu_bar, window)
    window.search.build_menu(menu_bar, window)
    window.timeline.build_menu(menu_bar, window)

    help_menu = menu_bar.addMenu("&Help")
    add_action(window, help_menu, f"&About {APP_NAME}", lambda: show_about(window), role=QAction.MenuRole.AboutRole)


def show_document_info(window: MainWindow) -> None:
    from app.ui.dialogs.document_info import DocumentInfoDialog

    pane = window.documents.current_pane()
    if pane is not None and pane.document is not None:
        window.prompter.run_dialog(DocumentInfoDialog(pane.document, window))


def paste_as_source(window: MainWindow) -> None:
    window.importer.paste(QGuiApplication.clipboard().mimeData())


def show_about(window: MainWindow) -> None:
    window.prompter.about(
        f"About {APP_NAME}",
        f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>Read primary sources side by side: the Soviet Government's Declaration of 30 October 1956 "
        "and the documents that answer it.</p>"
        "<p>For historians, teachers and students who cite by paragraph and page.</p>",
    )
