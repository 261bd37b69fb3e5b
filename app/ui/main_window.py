"""MainWindow: lays out the library and the reading area, builds the menus, and wires them together."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter

from app import APP_NAME, __version__
from app.services.importing import ImportService
from app.services.library import DocumentNotFoundError, LibraryService
from app.ui.actions import add_action
from app.ui.dialogs.document_info import DocumentInfoDialog
from app.ui.importing.controller import ImportController
from app.ui.library.controller import LibraryController
from app.ui.library.panel import LibraryPanel
from app.ui.prompter import DialogPrompter, Prompter
from app.ui.reader.document_pane import DocumentPane
from app.ui.reader.document_tabs import DocumentTabs
from app.ui.reader.style import DEFAULT_POINT_SIZE, reading_font
from app.ui.theme import Theme, apply_theme, reader_colors
from app.ui.window_settings import MAX_ZOOM, MIN_ZOOM, WindowSettings

ZOOM_FACTOR = 1.1


class MainWindow(QMainWindow):
    def __init__(
        self,
        library: LibraryService,
        importing: ImportService,
        settings: WindowSettings,
        prompter: Prompter | None = None,
        library_location: str = "",
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self._library = library
        self._settings = settings
        self.prompter: Prompter = prompter or DialogPrompter(self)
        self._zoom = settings.zoom
        self._theme = settings.theme

        self.importer = ImportController(importing, library.list_documents, self.prompter, self, settings)
        self.librarian = LibraryController(library, self.prompter, self)
        self.library_panel = LibraryPanel(self)
        self.documents = DocumentTabs(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(self.documents)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([470, 850])
        self.setCentralWidget(self.splitter)

        self.position_label = QLabel(self)
        self.position_label.setObjectName("PositionLabel")
        self.statusBar().addPermanentWidget(self.position_label)
        if library_location:
            self.statusBar().showMessage(f"Library: {library_location}", 8000)

        self._build_menus()
        self.library_panel.open_requested.connect(self.open_document)
        self.library_panel.import_requested.connect(self.importer.choose_files)
        self.importer.library_changed.connect(self.refresh_library)
        self.importer.document_imported.connect(self.open_document)
        self.library_panel.edit_requested.connect(self.librarian.edit)
        self.library_panel.trash_requested.connect(self.librarian.trash)
        self.librarian.library_changed.connect(self.refresh_library)
        self.librarian.document_removed.connect(self.documents.close_document)
        self.librarian.document_changed.connect(self._reshow)
        self.librarian.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.setAcceptDrops(True)
        self.documents.current_changed.connect(self._on_current_document_changed)
        self.documents.position_changed.connect(self._show_position)

        self._apply_zoom()
        self.set_theme(self._theme)
        self.resize(1320, 860)
        self._restore_layout()
        self.refresh_library()
        self._update_title()

    # -- menus --------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu("&File")
        add_action(self, file_menu, "&Import…", self.importer.choose_files, QKeySequence.StandardKey.Open)
        add_action(self, file_menu, "&Trash…", self.librarian.show_trash)
        add_action(self, file_menu, "Import Size &Limit…", self.importer.ask_limit)
        file_menu.addSeparator()
        self.edit_action = add_action(
            self, file_menu, "&Edit Description…", self._on_pane_id(self.librarian.edit), "Ctrl+E"
        )
        self.trash_action = add_action(
            self, file_menu, "&Move to Trash", self._on_pane_id(self.librarian.trash), "Ctrl+Del"
        )
        self.info_action = add_action(
            self, file_menu, "Document &Information…", self.show_document_info, "Ctrl+I", "Alt+Return"
        )
        self.close_action = add_action(self, file_menu, "&Close Document", self.documents.close_current, "Ctrl+W")
        file_menu.addSeparator()
        add_action(self, file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit, role=QAction.MenuRole.QuitRole)

        edit_menu = menu_bar.addMenu("&Edit")
        keys = QKeySequence.StandardKey
        add_action(self, edit_menu, "&Undo Move to Trash", self.librarian.undo, keys.Undo)
        edit_menu.addSeparator()
        add_action(self, edit_menu, "&Copy", self._on_pane(lambda p: p.view.copy()), keys.Copy)
        add_action(self, edit_menu, "Select &All", self._on_pane(lambda p: p.view.select_all()), keys.SelectAll)
        add_action(self, edit_menu, "Paste as &New Source…", self._paste_as_source, "Ctrl+Shift+V")
        edit_menu.addSeparator()
        add_action(self, edit_menu, "&Find in Document…", self._on_pane(DocumentPane.open_find), keys.Find)
        add_action(self, edit_menu, "Find &Next", self._on_pane(DocumentPane.find_next), keys.FindNext)
        add_action(self, edit_menu, "Find &Previous", self._on_pane(DocumentPane.find_previous), keys.FindPrevious)

        view_menu = menu_bar.addMenu("&View")
        self.library_action = add_action(self, view_menu, "&Library Panel", self._set_library_visible, "F9")
        self.library_action.setCheckable(True)
        self.library_action.setChecked(True)
        view_menu.addSeparator()
        add_action(
            self,
            view_menu,
            "Zoom &In",
            lambda: self.set_zoom(self._zoom + 1),
            QKeySequence.StandardKey.ZoomIn,
            "Ctrl+=",
        )
        add_action(
            self, view_menu, "Zoom &Out", lambda: self.set_zoom(self._zoom - 1), QKeySequence.StandardKey.ZoomOut
        )
        add_action(self, view_menu, "&Actual Size", lambda: self.set_zoom(0), "Ctrl+0")
        view_menu.addSeparator()
        self.dark_action = add_action(self, view_menu, "&Dark Palette", self._toggle_dark, "Ctrl+Shift+D")
        self.dark_action.setCheckable(True)

        help_menu = menu_bar.addMenu("&Help")
        add_action(self, help_menu, f"&About {APP_NAME}", self.show_about, role=QAction.MenuRole.AboutRole)

    # -- documents ----------------------------------------------------------------------------------
    def refresh_library(self) -> None:
        self.library_panel.set_documents(self._library.list_documents())

    def open_document(self, document_id: int) -> bool:
        try:
            document = self._library.get_document(document_id)
        except DocumentNotFoundError as exc:
            self.prompter.error("Cannot open document", str(exc))
            return False
        pane = self.documents.show_document(document)
        self.library_panel.select_document(document_id)
        pane.view.setFocus()  # so that Space and the arrow keys read on at once
        return True

    def open_documents(self, document_ids: Sequence[int]) -> None:
        """Open each document in turn; the first stays in front."""
        opened = [doc_id for doc_id in document_ids if self.open_document(doc_id)]
        if opened:
            self.open_document(opened[0])

    def restore_documents(self, document_ids: Sequence[int], current: int | None = None) -> None:
        """Reopen documents from the last run, quietly skipping any that have left the library."""
        known = set(self.library_panel.document_ids())
        present = [doc_id for doc_id in document_ids if doc_id in known]
        for doc_id in present:
            self.open_document(doc_id)
        if current in present:
            self.open_document(current)
        elif present:
            self.open_document(present[0])

    def _on_current_document_changed(self) -> None:
        self._update_title()
        pane = self.documents.current_pane()
        if pane is None:
            self.position_label.clear()
        elif pane.document_id is not None:
            self.library_panel.select_document(pane.document_id)

    def _show_position(self, number: int, count: int) -> None:
        self.position_label.setText(f"¶{number} of {count}" if count else "")

    def _update_title(self) -> None:
        pane = self.documents.current_pane()
        app_title = f"{APP_NAME} {__version__}"
        document = pane.document if pane else None
        self.setWindowTitle(f"{document.title} — {app_title}" if document else app_title)
        self.close_action.setEnabled(pane is not None)
        for action in (self.info_action, self.edit_action, self.trash_action):
            action.setEnabled(pane is not None)

    # -- reading ------------------------------------------------------------------------------------
    def _paste_as_source(self) -> None:
        self.importer.paste(QGuiApplication.clipboard().mimeData())

    def _on_pane_id(self, action: Callable[[int], object]) -> Callable[[], None]:
        return self._on_pane(lambda pane: action(pane.document_id) if pane.document_id is not None else None)

    def _reshow(self, document_id: int) -> None:
        if document_id in self.documents.open_ids():
            self.documents.refresh(self._library.get_document(document_id))
            self._update_title()

    def _on_pane(self, action: Callable[[DocumentPane], object]) -> Callable[[], None]:
        """A menu action that applies to the document in front, if there is one."""

        def run() -> None:
            pane = self.documents.current_pane()
            if pane is not None:
                action(pane)

        return run

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, step: int) -> None:
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, step))
        self._apply_zoom()
        self.statusBar().showMessage(f"Text size {round(100 * ZOOM_FACTOR**self._zoom)}%", 2000)

    def _apply_zoom(self) -> None:
        self.documents.set_reading_font(reading_font(DEFAULT_POINT_SIZE * ZOOM_FACTOR**self._zoom))

    @property
    def theme(self) -> Theme:
        return self._theme

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.documents.set_colors(reader_colors(theme))
        self.dark_action.setChecked(theme is Theme.DARK)

    def _toggle_dark(self) -> None:
        self.set_theme(Theme.LIGHT if self._theme is Theme.DARK else Theme.DARK)

    def _set_library_visible(self) -> None:
        self.library_panel.setVisible(self.library_action.isChecked())

    def show_document_info(self) -> None:
        pane = self.documents.current_pane()
        if pane is not None and pane.document is not None:
            self.prompter.run_dialog(DocumentInfoDialog(pane.document, self))

    def show_about(self) -> None:
        self.prompter.about(
            f"About {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3>"
            "<p>Read primary sources side by side: the Soviet Government's Declaration of 30 October 1956 "
            "and the documents that answer it.</p>"
            "<p>For historians, teachers and students who cite by paragraph and page.</p>",
        )

    # -- state between runs -------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = self._settings
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        if settings.window_state is not None:
            self.restoreState(settings.window_state)
        if settings.splitter is not None:
            self.splitter.restoreState(settings.splitter)
        self.library_action.setChecked(settings.library_visible)
        self.library_panel.setVisible(settings.library_visible)

    def save_state(self) -> None:
        pane = self.documents.current_pane()
        self._settings.save(
            geometry=self.saveGeometry(),
            window_state=self.saveState(),
            splitter=self.splitter.saveState(),
            library_visible=self.library_action.isChecked(),
            zoom=self._zoom,
            theme=self._theme,
            open_documents=self.documents.open_ids(),
            current_document=pane.document_id if pane else None,
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.importer.import_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.importer.cancel()
        self.save_state()
        super().closeEvent(event)
