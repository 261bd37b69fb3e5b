"""The main window's menus: File, Edit, View and Help here; Compare, Notes, Search and Timeline from their parts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from app import APP_NAME, __version__
from app.domain.i18n import translate
from app.ui.common.actions import add_action
from app.ui.common.read_only import writes
from app.ui.common.undo import undo_where_typing
from app.ui.reader.document_pane import DocumentPane
from app.ui.reader.facsimile_link import PageMode
from app.ui.window.language_menu import build_language_menu

if TYPE_CHECKING:
    from app.ui.compare.document_tabs import DocumentTabs
    from app.ui.window.main_window import MainWindow
    from app.ui.window.parts import WindowParts


@dataclass(frozen=True)
class WindowMenus:
    """The actions others turn on and off or check: those on the document in front, and two toggles."""

    edit: QAction
    trash: QAction
    info: QAction
    close: QAction
    library: QAction
    dark: QAction

    def document_actions(self) -> tuple[QAction, ...]:
        return (self.edit, self.trash, self.info, self.close)


def on_pane(tabs: DocumentTabs, action: Callable[[DocumentPane], object]) -> Callable[[], None]:
    """A menu action that applies to the document in front, if there is one."""

    def run() -> None:
        pane = tabs.current_pane()
        if pane is not None:
            action(pane)

    return run


def on_pane_id(tabs: DocumentTabs, action: Callable[[int], object]) -> Callable[[], None]:
    return on_pane(tabs, lambda pane: action(pane.document_id) if pane.document_id is not None else None)


def build_menus(window: MainWindow, parts: WindowParts) -> WindowMenus:
    menu_bar, tabs = window.menuBar(), window.documents
    keys = QKeySequence.StandardKey
    importer, librarian, exporter, history = parts.importer, parts.librarian, parts.exporter, parts.history
    file_menu = menu_bar.addMenu(translate("Menus", "&File"))
    writes(add_action(window, file_menu, translate("Menus", "&Import…"), importer.choose_files, keys.Open))
    add_action(window, file_menu, translate("Menus", "Open &Shared Library…"), lambda: open_shared_library(window))
    writes(add_action(window, file_menu, translate("Menus", "&Trash…"), librarian.show_trash))
    add_action(window, file_menu, translate("Menus", "Import Size &Limit…"), importer.ask_limit)
    parts.safety.build_menu(file_menu)
    file_menu.addSeparator()
    edit = writes(
        add_action(
            window, file_menu, translate("Menus", "&Edit Description…"), on_pane_id(tabs, librarian.edit), "Ctrl+E"
        )
    )
    trash = writes(
        add_action(
            window, file_menu, translate("Menus", "&Move to Trash"), on_pane_id(tabs, librarian.trash), "Ctrl+Del"
        )
    )
    info = add_action(
        window,
        file_menu,
        translate("Menus", "Document &Information…"),
        lambda: show_document_info(window),
        "Ctrl+I",
        "Alt+Return",
    )
    close = add_action(window, file_menu, translate("Menus", "&Close Pane"), tabs.close_current, "Ctrl+W")
    file_menu.addSeparator()
    exporter.build_menu(file_menu)
    file_menu.addSeparator()
    add_action(window, file_menu, translate("Menus", "&Quit"), window.close, keys.Quit, role=QAction.MenuRole.QuitRole)

    edit_menu = menu_bar.addMenu(translate("Menus", "&Edit"))
    add_action(window, edit_menu, translate("Menus", "&Undo"), lambda: undo_where_typing(history), keys.Undo)
    add_action(
        window,
        edit_menu,
        translate("Menus", "&Redo"),
        lambda: undo_where_typing(history, redo=True),
        keys.Redo,
        "Ctrl+Y",
    )
    edit_menu.addSeparator()
    add_action(window, edit_menu, translate("Menus", "&Copy"), on_pane(tabs, lambda p: p.view.copy()), keys.Copy)
    add_action(window, edit_menu, translate("Menus", "Copy C&itation"), exporter.copy_citation, "Ctrl+Shift+C")
    add_action(
        window,
        edit_menu,
        translate("Menus", "Select &All"),
        on_pane(tabs, lambda p: p.view.select_all()),
        keys.SelectAll,
    )
    paste = lambda: importer.paste(QGuiApplication.clipboard().mimeData())  # noqa: E731 - a one-line slot
    writes(add_action(window, edit_menu, translate("Menus", "Paste as &New Source…"), paste, "Ctrl+Shift+V"))
    edit_menu.addSeparator()
    add_action(
        window, edit_menu, translate("Menus", "&Find in Document…"), on_pane(tabs, DocumentPane.open_find), keys.Find
    )
    add_action(
        window, edit_menu, translate("Menus", "Find &Next"), on_pane(tabs, DocumentPane.find_next), keys.FindNext
    )
    add_action(
        window,
        edit_menu,
        translate("Menus", "Find &Previous"),
        on_pane(tabs, DocumentPane.find_previous),
        keys.FindPrevious,
    )

    library, dark = _build_view_menu(window, parts, tabs)

    parts.compare.build_menu(menu_bar, window)
    parts.notes.build_menu(menu_bar, window)
    parts.search.build_menu(menu_bar, window)
    parts.timeline.build_menu(menu_bar, window)
    _help_menu(window)
    return WindowMenus(edit, trash, info, close, library, dark)


def _build_view_menu(window: MainWindow, parts: WindowParts, tabs: DocumentTabs) -> tuple[QAction, QAction]:
    """The View menu; its Library Panel and Dark Palette toggles."""
    view_menu = window.menuBar().addMenu(translate("Menus", "&View"))
    keys = QKeySequence.StandardKey
    library = _room_actions(view_menu, window)
    view_menu.addSeparator()
    add_action(
        window,
        view_menu,
        translate("Menus", "Zoom &In"),
        lambda: window.set_zoom(window.zoom + 1),
        keys.ZoomIn,
        "Ctrl+=",
    )
    add_action(
        window, view_menu, translate("Menus", "Zoom &Out"), lambda: window.set_zoom(window.zoom - 1), keys.ZoomOut
    )
    add_action(window, view_menu, translate("Menus", "&Actual Size"), lambda: window.set_zoom(0), "Ctrl+0")
    _add_page_modes(window, view_menu, tabs)
    dark = add_action(window, view_menu, translate("Menus", "&Dark Palette"), window.toggle_dark, "Ctrl+Shift+D")
    dark.setCheckable(True)
    view_menu.addSeparator()
    build_language_menu(view_menu, window)
    return library, dark


def open_shared_library(window: MainWindow) -> None:
    """Ask for a shared library's address and open it in a window of its own, remembering it (without password)."""
    from app.ui.dialogs.shared_library import SharedLibraryDialog

    dialog = SharedLibraryDialog(window.settings.recent_shared, window)
    chosen = dialog.chosen() if window.prompter.run_dialog(dialog) else None
    if chosen is not None:
        window.settings.remember_shared(chosen.display())
        window.open_library_requested.emit(chosen.display())
        window.statusBar().showMessage(f"Opening {chosen.display()} in a window of its own…", 8000)


def _add_page_modes(window: MainWindow, view_menu: QMenu, tabs: DocumentTabs) -> None:
    """A scan's page images beside the text, instead of it, or not at all, between separators."""
    view_menu.addSeparator()
    for label, mode, shortcut in page_modes():
        add_action(window, view_menu, label, on_pane(tabs, _set_page_mode(mode)), shortcut)
    view_menu.addSeparator()


def page_modes() -> tuple[tuple[str, PageMode, str], ...]:
    """For a scan: how its pages are shown in the pane in front."""
    return (
        (translate("Menus", "Page Images &Beside the Text"), PageMode.BESIDE, "Ctrl+Alt+P"),
        (translate("Menus", "Page Images I&nstead of the Text"), PageMode.INSTEAD, "Ctrl+Alt+I"),
        (translate("Menus", "&Text Only"), PageMode.OFF, "Ctrl+Alt+T"),
    )


def _set_page_mode(mode: PageMode) -> Callable[[DocumentPane], None]:
    return lambda pane: pane.set_page_mode(mode)


def _room_actions(view_menu: QMenu, window: MainWindow) -> QAction:
    """The panels' toggles, their giving way side by side and Focus mode; returns the library panel's toggle."""
    room = window.room
    for action in (room.library_action, room.panels_action, room.give_way_action, window.focus_mode.action):
        view_menu.addAction(action)
    return room.library_action


def show_document_info(window: MainWindow) -> None:
    from app.ui.dialogs.document_info import DocumentInfoDialog

    pane = window.documents.current_pane()
    if pane is not None and pane.document is not None:
        window.prompter.run_dialog(DocumentInfoDialog(pane.document, window))


def _help_menu(window: MainWindow) -> None:
    help_menu = window.menuBar().addMenu(translate("Menus", "&Help"))
    add_action(window, help_menu, translate("Menus", "&Keyboard Shortcuts"), lambda: show_shortcuts(window), "F1")
    add_action(
        window,
        help_menu,
        translate("Menus", "&About {app}").format(app=APP_NAME),
        lambda: show_about(window),
        role=QAction.MenuRole.AboutRole,
    )


def show_shortcuts(window: MainWindow) -> None:
    from app.ui.window.shortcuts import ShortcutsDialog

    window.prompter.run_dialog(ShortcutsDialog(window.menuBar(), window))


def show_about(window: MainWindow) -> None:
    window.prompter.about(
        f"About {APP_NAME}",
        f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>Read primary sources side by side: the Soviet Government's Declaration of 30 October 1956 "
        "and the documents that answer it.</p>"
        "<p>For historians, teachers and students who cite by paragraph and page.</p>",
    )
