"""MainWindow: the window's frame (the reading area, the docks, the search bar, the menu titles), and the page.

It stands before the library is open, showing documents read ahead of it; once the library is open, its parts
(app/ui/window/parts.py), built and wired elsewhere (wiring.py), are handed to it in one step by `attach`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from app import APP_NAME, __version__
from app.domain.documents import DocumentDetail
from app.domain.short_titles import short_title_of
from app.ui.common.settings import MAX_ZOOM, MIN_ZOOM, WindowSettings
from app.ui.common.style import DEFAULT_POINT_SIZE, reading_font
from app.ui.common.theme import Theme, accessibility_hints, apply_theme, reader_colors, system_wants_high_contrast
from app.ui.compare.document_tabs import EMPTY_HINT, DocumentTabs
from app.ui.reader.document_pane import DocumentPane
from app.ui.window.focus import FocusMode
from app.ui.window.frame import build_frame, opening, size_timeline
from app.ui.window.places import decode, restore_places
from app.ui.window.room import ReadingRoom
from app.ui.window.session import restore_frame, save_window

if TYPE_CHECKING:
    from app.ui.common.prompter import Prompter
    from app.ui.compare.compare_view import CompareView
    from app.ui.window.parts import WindowParts

ZOOM_FACTOR = 1.1
FIRST_SIZE = QSize(1320, 860)


def follow_system_contrast(window: MainWindow) -> None:
    """Re-paint the window when the system's contrast setting changes."""
    hints = accessibility_hints()
    if hints is not None:
        hints.contrastPreferenceChanged.connect(lambda _preference: window.set_high_contrast(
            system_wants_high_contrast()))  # fmt: skip


def first_size(window: QMainWindow) -> QSize:
    """The window's size at a first start: FIRST_SIZE, or the screen's room where the screen is smaller."""
    screen = window.screen()
    if screen is None or QGuiApplication.platformName() == "offscreen":  # a fixed virtual 800 × 800, not a screen
        return FIRST_SIZE
    room = screen.availableGeometry().size()
    return QSize(min(FIRST_SIZE.width(), room.width()), min(FIRST_SIZE.height(), room.height()))


class MainWindow(QMainWindow):
    ready = Signal()  # the library is open and the window whole (see app/bootstrap.py)
    theme_changed = Signal(object)  # Theme
    files_dropped = Signal(list)  # paths, to import
    open_library_requested = Signal(str)  # another library (a shared library's address), in a window of its own

    def __init__(
        self, settings: WindowSettings, prompter: Prompter | None = None, library_location: str = "",
        read_only: bool = False,
    ) -> None:  # fmt: skip
        """The frame; the parts that need the library come with `attach`."""
        super().__init__()
        self.setObjectName("MainWindow")
        self._settings = settings
        self._prompter = prompter
        self._zoom = settings.zoom
        self._theme = settings.theme
        self._parts: WindowParts | None = None
        self.read_ahead: tuple[CompareView, int | None] | None = None  # the tab shown before the library opened
        self.documents = DocumentTabs(self)
        self.documents.hint.setText(opening())  # until the library is open, there is no library to open one from
        self.frame = build_frame(self, self.documents)
        self.splitter, self.position_label = self.frame.splitter, self.frame.position_label
        self.room = ReadingRoom(
            self, self.frame, self.documents, library_visible=settings.library_visible, give_way=settings.give_way
        )
        self.focus_mode = FocusMode(self)
        self.documents.current_changed.connect(self._on_current_document_changed)
        self.documents.position_changed.connect(
            lambda n, of: self.position_label.setText(f"¶{n} of {of}" if of else "")
        )
        self._apply_zoom()
        self._high_contrast = system_wants_high_contrast()
        self.set_theme(self._theme)
        follow_system_contrast(self)
        self.resize(first_size(self))
        if read_only:  # known before the library is open: the banner is up from the start, so nothing moves
            from app.ui.common.read_only import show_banner

            show_banner(self, library_location or "This library")
        if not restore_frame(self, settings):
            QTimer.singleShot(0, lambda: size_timeline(self, self.frame))
            QTimer.singleShot(0, self.room.keep_share)  # a first window smaller than FIRST_SIZE: the text's share
            if self.height() < FIRST_SIZE.height() - 100:  # a small screen: the timeline waits in its strip (F7)
                self.room.strip.collapse()
        self.update_title()

    def attach(self, parts: WindowParts) -> None:
        """Take up the parts that came with the open library (built and wired already); the panes opened ahead
        of the library are announced to them now."""
        self._parts = parts
        self.setAcceptDrops(True)
        self.documents.hint.setText(EMPTY_HINT)
        for pane in self.documents.panes():
            self.documents.pane_created.emit(pane)
        self.documents.panes_changed.emit()
        self.documents.current_changed.emit()

    @property
    def attached(self) -> bool:
        """Whether the library is open and the window whole."""
        return self._parts is not None

    @property
    def parts(self) -> WindowParts:
        """The parts that came with the library (only once it is open)."""
        if self._parts is None:
            raise RuntimeError("the window's library is not open yet")
        return self._parts

    @property
    def prompter(self) -> Prompter:
        """Where message boxes and file dialogs go (made when first needed: the frame shows none)."""
        if self._prompter is None:
            from app.ui.common.prompter import DialogPrompter

            self._prompter = DialogPrompter(self)
        return self._prompter

    @property
    def settings(self) -> WindowSettings:
        return self._settings

    # -- the page ---------------------------------------------------------------------------------------
    def show_first(
        self, documents: Sequence[DocumentDetail], current: int | None = None, *, layout_tab: int | None = None
    ) -> None:
        """Open documents read ahead of the library, side by side in one tab, `current` (or the first) in front.

        `layout_tab`: which tab of the last session's layout this is (the session's restore then keeps it)."""
        if documents:
            self.read_ahead = (self.documents.open_tab(documents), layout_tab)
            restore_places(self.read_ahead[0], decode(self._settings.places))  # each pane where it was left
            shown = self.documents.show_document(next((d for d in documents if d.id == current), documents[0]))
            self.focus_pane(shown)

    @staticmethod
    def focus_pane(pane: DocumentPane) -> None:
        pane.view.setFocus()  # so that Space and the arrow keys read on at once

    def _on_current_document_changed(self) -> None:
        self.update_title()
        if self.documents.current_pane() is None:
            self.position_label.clear()

    def update_title(self) -> None:
        pane = self.documents.current_pane()
        app_title = f"{APP_NAME} {__version__}"
        document = pane.document if pane else None
        self.setWindowTitle(f"{short_title_of(document.metadata)} — {app_title}" if document else app_title)

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
        """The palette the reader chose: light or dark (high contrast, when the system asks for it, is applied
        over it and not kept)."""
        return self._theme

    @property
    def painted_theme(self) -> Theme:
        return self._theme.with_contrast(self._high_contrast)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme.base
        painted = self.painted_theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, painted)
        self.documents.set_colors(reader_colors(painted))
        self.theme_changed.emit(painted)

    def set_high_contrast(self, high: bool) -> None:
        """Follow the system's contrast setting (called at the start and whenever the system's changes)."""
        self._high_contrast = high
        self.set_theme(self._theme)

    def toggle_dark(self) -> None:
        self.set_theme(Theme.LIGHT if self._theme.dark else Theme.DARK)

    # -- files dropped, closing -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed while the library was opening, nothing was changed and nothing is kept; else its parts may
        # refuse (a note that cannot be saved) and otherwise finish their work first.
        if self._parts is not None:
            if not self._parts.may_close():
                event.ignore()  # the unsaved note stays open, with its text
                return
            self._parts.shut_down()
            save_window(self, self._settings, self._parts)
        super().closeEvent(event)
