"""ReadingRoom: side by side, the text gets the room.

When the tab in front shows two or more documents, the panels give way: the library and the notes and search
panels fold away (each has its toggle on the toolbar, and its key), and the timeline collapses to a thin strip
under the panes. F12 brings back everything that gave way (and folds it again); back to one document, what gave
way comes back by itself. A panel the reader opens or closes meanwhile stays as they left it. View › Panels Give
Way Side by Side turns this off (remembered).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar, QToolButton, QWidget

from app.domain.i18n import translate
from app.ui.window.frame import TIMELINE_HEIGHT, WindowFrame

if TYPE_CHECKING:
    from app.ui.compare.document_tabs import DocumentTabs

MIN_TIMELINE_HEIGHT = 80
READING_SHARE = 0.46  # of the window's width, kept for the reading area when the window is made smaller
TIMELINE_SHARE = 0.3  # of its height: the most the timeline takes of a window made smaller
MIN_SIDE_WIDTH = 200  # the library and the notes are never narrowed below this to make room
STRIP_TEXT = "Timeline ▴ (F7)"
STRIP_TIP = "The timeline, folded to give the panes room: click, or press F7, to open it again"


def _proxy(owner: QWidget, text: str, source: QAction, tip: str) -> QAction:
    """A toolbar's short-named stand-in for `source`, triggering it (ReadingRoom.sync keeps it checked or not)."""
    proxy = QAction(text, owner)
    proxy.setCheckable(True)
    proxy.setChecked(source.isChecked())
    proxy.setToolTip(tip)
    proxy.triggered.connect(lambda _checked=False: source.trigger())
    return proxy


class TimelineStrip:
    """The timeline dock folded to a strip (its title alone) and opened again at the height it had."""

    def __init__(self, window: QMainWindow, dock: QDockWidget) -> None:
        self._window = window
        self._dock = dock
        self._height = 0
        self.collapsed = False
        self.button = QToolButton(dock)
        self.button.setObjectName("TimelineStrip")
        self.button.setText(STRIP_TEXT)
        self.button.setToolTip(STRIP_TIP)
        self.button.setAccessibleName("Open the timeline")
        self.button.setAccessibleDescription(STRIP_TIP)
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.hide()

    def collapse(self) -> None:
        if self.collapsed:
            return
        self.collapsed = True
        shown = self._dock.isVisible() and self._dock.height() > MIN_TIMELINE_HEIGHT
        self._height = self._dock.height() if shown else TIMELINE_HEIGHT  # before the first paint: the first size
        self._dock.setTitleBarWidget(self.button)
        self.button.show()
        self.reapply()

    def reapply(self) -> None:
        """Keep the strip folded (the dock's contents may have been replaced since)."""
        if not self.collapsed:
            return
        content = self._dock.widget()
        if content is not None:
            content.hide()
        self._dock.setMaximumHeight(self.button.sizeHint().height() + 2)

    def expand(self) -> None:
        if not self.collapsed:
            return
        self.collapsed = False
        self._dock.setTitleBarWidget(None)  # type: ignore[arg-type]  # Qt takes no widget: its own title bar
        self._dock.setMaximumHeight(16777215)  # after the title bar: putting Qt's back sets a limit of its own
        self.button.hide()
        content = self._dock.widget()
        if content is not None:
            content.show()
        self._resize()
        QTimer.singleShot(0, self._resize)  # again once the layout has taken the strip's limit off

    def _resize(self) -> None:
        if not self.collapsed:
            self._window.resizeDocks([self._dock], [self._height], Qt.Orientation.Vertical)


class ReadingRoom(QObject):
    """Folds the panels away while documents are side by side, and brings them back."""

    def __init__(self, window: QMainWindow, frame: WindowFrame, tabs: DocumentTabs, *, library_visible: bool,
                 give_way: bool) -> None:  # fmt: skip
        super().__init__(window)
        self._window, self._frame, self._tabs = window, frame, tabs
        self.strip = TimelineStrip(window, frame.timeline_dock)
        self.strip.button.clicked.connect(self._open_timeline)
        self._folded: list[str] = []  # the panels that gave way, to bring back
        self._by_room = False  # whether they gave way by themselves (they then come back by themselves)
        self._side_by_side = False  # whether the tab in front showed two documents or more, when last looked at
        self.library_action = self._action(
            translate("Menus", "&Library Panel"), "F9", self._on_library_toggled, checked=library_visible
        )
        self.panels_action = self._action(translate("Menus", "&Panels"), "F12", self.toggle, checked=True)
        self.panels_action.setToolTip("Fold the panels away to give the panes the room, or bring them back (F12)")
        self.give_way_action = self._action(
            translate("Menus", "Panels &Give Way Side by Side"), "", self._on_give_way, checked=give_way
        )
        frame.timeline_dock.toggleViewAction().triggered.connect(self._on_timeline_toggled)
        for name in ("notes", "search"):
            self._dock(name).toggleViewAction().triggered.connect(lambda _c=False, n=name: self._forget(n))
        for dock in (frame.notes_dock, frame.search_dock, frame.timeline_dock):
            window.addAction(dock.toggleViewAction())  # their keys (F10, F7) work with the menu bar hidden too
        self._proxies: dict[str, QAction] = {}
        self.toolbar = self._toolbar()
        tabs.panes_changed.connect(self.follow)
        tabs.current_changed.connect(self.follow)
        window.installEventFilter(self)  # a window made smaller keeps the text its share (keep_share)

    def _action(self, text: str, key: str, slot: Callable[[], None], *, checked: bool) -> QAction:
        action = QAction(text, self._window)
        action.setCheckable(True)
        action.setChecked(checked)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)  # its key works with the menu bar hidden too
        return action

    def _toolbar(self) -> QToolBar:
        """The panels' toggles, beside the search box: each panel can be brought back from here with one click."""
        toolbar = QToolBar("Panels", self._window)
        toolbar.setObjectName("PanelsToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        frame = self._frame
        for name, text, source, tip in (
            (
                "library",
                translate("Menus", "Library"),
                self.library_action,
                translate("Menus", "Show or hide the library (F9)"),
            ),
            (
                "notes",
                translate("Menus", "Notes"),
                frame.notes_dock.toggleViewAction(),
                translate("Menus", "Show or hide the notes (F10)"),
            ),
            (
                "search",
                translate("Menus", "Search"),
                frame.search_dock.toggleViewAction(),
                translate("Menus", "Show or hide the search results"),
            ),
            (
                "timeline",
                translate("Menus", "Timeline"),
                frame.timeline_dock.toggleViewAction(),
                translate("Menus", "Show or hide the timeline (F7)"),
            ),
        ):
            proxy = _proxy(self._window, text, source, tip)
            proxy.triggered.connect(lambda _checked=False: self.sync())
            source.toggled.connect(lambda _checked=False: self.sync())
            self._proxies[name] = proxy
            toolbar.addAction(proxy)
        toolbar.addSeparator()
        self._all = _proxy(self._window, "All Panels", self.panels_action, self.panels_action.toolTip())
        toolbar.addAction(self._all)
        self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        return toolbar

    def _dock(self, name: str) -> QDockWidget:
        return {"notes": self._frame.notes_dock, "search": self._frame.search_dock}[name]

    # -- what is shown --------------------------------------------------------------------------------
    def library_widget(self) -> QWidget | None:
        return self._frame.splitter.widget(0)  # the library panel, or its place until the library is open

    def shown(self, name: str) -> bool:
        if name == "library":
            return self.library_action.isChecked()
        # Not the docks' toggle actions: they are unchecked until the window is first shown.
        if name == "timeline":
            return not self._frame.timeline_dock.isHidden() and not self.strip.collapsed
        return not self._dock(name).isHidden()

    def _set_shown(self, name: str, shown: bool) -> None:
        if name == "library":
            self.library_action.setChecked(shown)
            widget = self.library_widget()
            if widget is not None:
                widget.setVisible(shown)
        elif name == "timeline":
            self.strip.expand() if shown else self.strip.collapse()
        else:
            self._dock(name).setVisible(shown)

    def sync(self) -> None:
        """The toolbar's toggles say what is shown (the timeline folded to its strip counts as not shown)."""
        for name, proxy in self._proxies.items():
            proxy.setChecked(self.shown(name))
        self.panels_action.setChecked(not self._folded)
        self._all.setChecked(not self._folded)

    @property
    def folded(self) -> bool:
        return bool(self._folded)

    # -- giving way -----------------------------------------------------------------------------------
    def follow(self) -> None:
        """The tab in front changed: side by side, the panels give way; back to one document, they come back."""
        view = self._tabs.current_view()
        side_by_side = view is not None and len(view.frames()) >= 2
        became = side_by_side and not self._side_by_side  # a pane added, or a tab of several brought to the front
        self._side_by_side = side_by_side
        if became and not self._folded and self.give_way_action.isChecked():
            self.fold(by_room=True)
        elif not side_by_side and self._by_room:
            self.unfold()

    def fold(self, *, by_room: bool = False) -> None:
        names = [name for name in ("library", "notes", "search", "timeline") if self.shown(name)]
        self._folded = names
        self._by_room = by_room
        for name in names:
            self._set_shown(name, False)
        self.sync()

    def unfold(self) -> None:
        for name in self._folded:
            self._set_shown(name, True)
        self._folded, self._by_room = [], False
        self.sync()

    def toggle(self) -> None:
        """F12: bring back what gave way, or fold the panels away."""
        if self._folded:
            self.unfold()
        else:
            self.fold()

    def reapply(self) -> None:
        """The panels' contents arrived (the library is open): keep folded what is folded."""
        widget = self.library_widget()
        if widget is not None:
            widget.setVisible(self.library_action.isChecked())
        self.strip.reapply()

    def for_saving(self) -> None:
        """The window is closing: its layout is kept as the reader has it without the folding."""
        if self._folded:
            self.unfold()

    # -- a smaller window ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and isinstance(event, QResizeEvent) and self._window.isVisible():
            old, new = event.oldSize(), event.size()
            if old.isValid() and (new.width() < old.width() or new.height() < old.height()):  # made smaller
                QTimer.singleShot(0, self.keep_share)
        return False

    def keep_share(self) -> None:
        """When the window is made small (1024 × 700, say), the library and the notes narrow before the text does
        (the reading area keeps at least READING_SHARE of the width), and the timeline lowers."""
        height = self._window.height()
        timeline = self._frame.timeline_dock
        if self.shown("timeline") and not timeline.isFloating() and timeline.height() > height * TIMELINE_SHARE:
            self._window.resizeDocks([timeline], [round(height * TIMELINE_SHARE)], Qt.Orientation.Vertical)
        width = self._window.width()
        if self._tabs.width() >= width * READING_SHARE:
            return
        side = max(MIN_SIDE_WIDTH, round(width * (1 - READING_SHARE) / 2) - 8)
        splitter = self._frame.splitter
        if self.shown("library") and splitter.count() == 2 and splitter.sizes()[0] > side:
            total = sum(splitter.sizes())
            splitter.setSizes([side, total - side])
        notes = self._frame.notes_dock
        if not notes.isHidden() and not notes.isFloating() and notes.width() > side:
            self._window.resizeDocks([notes], [side], Qt.Orientation.Horizontal)

    # -- the reader's own choices ---------------------------------------------------------------------
    def _forget(self, name: str) -> None:
        """The reader opened or closed this panel: it stays as they left it."""
        if name in self._folded:
            self._folded.remove(name)
        if not self._folded:
            self._by_room = False
        self.sync()

    def _on_library_toggled(self) -> None:
        widget = self.library_widget()
        if widget is not None:
            widget.setVisible(self.library_action.isChecked())
        self._forget("library")

    def _on_timeline_toggled(self) -> None:
        if self.strip.collapsed:  # F7 on the strip opens the timeline rather than hiding the strip
            self._frame.timeline_dock.show()
            self._open_timeline()
        else:
            self._forget("timeline")

    def _open_timeline(self) -> None:
        self.strip.expand()
        self._frame.timeline_dock.raise_()
        self._forget("timeline")

    def _on_give_way(self) -> None:
        if not self.give_way_action.isChecked() and self._by_room:
            self.unfold()
        else:
            self.follow()
