"""The window's frame, standing before the library is open: the docks, the search bar and the menu titles are
where they will be, so that the page being read does not move when their contents arrive."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSplitter, QToolBar, QWidget

from app.domain.i18n import translate
from app.ui.search.box import SearchBox
from app.ui.window.status_bar import StatusBar

NOTES_WIDTH = 340  # the Notes and Search docks at the right, on a first start
TIMELINE_HEIGHT = 240  # the Timeline dock under the reading area, on a first start
LIBRARY_WIDTH = 340  # the library list at the left, on a first start


def menu_titles() -> tuple[str, ...]:
    """The menu bar's menus, in the language spoken, shown (empty) while the library opens."""
    return (
        translate("Menus", "&File"), translate("Menus", "&Edit"), translate("Menus", "&View"),
        translate("Menus", "&Compare"), translate("Menus", "&Notes"), translate("Menus", "&Search"),
        translate("Menus", "&Timeline"), translate("Menus", "&Help"),
    )  # fmt: skip


def opening() -> str:
    return translate("Window", "Opening the library…")


@dataclass(frozen=True)
class WindowFrame:
    splitter: QSplitter  # the library panel's place (until then, it says it is opening) beside the reading area
    position_label: QLabel  # "¶3 of 20", in the status bar
    notes_dock: QDockWidget
    search_dock: QDockWidget
    timeline_dock: QDockWidget
    search_box: SearchBox


def opening_label(parent: QWidget | None = None) -> QLabel:
    """What a part of the window shows until the library is open."""
    label = QLabel(opening(), parent)
    label.setObjectName("OpeningLibrary")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setEnabled(False)
    return label


def _dock(window: QMainWindow, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(opening_label())
    window.addDockWidget(area, dock)
    return dock


def build_frame(window: QMainWindow, reading_area: QWidget) -> WindowFrame:
    """The library's place beside `reading_area`, the docks (Notes above Search at the right, Timeline below),
    the search bar, the menu titles and the status bar."""
    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    splitter.setObjectName("MainSplitter")
    splitter.addWidget(opening_label())
    splitter.addWidget(reading_area)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([LIBRARY_WIDTH, 1320 - LIBRARY_WIDTH])
    window.setCentralWidget(splitter)
    window.setStatusBar(StatusBar(window))
    position = QLabel(window)
    position.setObjectName("PositionLabel")
    window.statusBar().addPermanentWidget(position)
    box = SearchBox()
    box.setEnabled(False)  # until searches can run
    toolbar = QToolBar("Search", window)
    toolbar.setObjectName("SearchToolBar")
    toolbar.setMovable(False)
    toolbar.addWidget(box)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    right, bottom = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
    window.setCorner(Qt.Corner.BottomRightCorner, right)  # Notes and Search run the full height, beside the timeline
    notes = _dock(window, translate("Menus", "Notes"), "NotesDock", right)
    search = _dock(window, translate("Menus", "Search"), "SearchDock", right)
    for dock in (notes, search):
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
    timeline = _dock(window, translate("Menus", "Timeline"), "TimelineDock", bottom)
    window.splitDockWidget(notes, search, Qt.Orientation.Vertical)  # both in view at once: a note beside the hits
    window.resizeDocks([notes], [NOTES_WIDTH], Qt.Orientation.Horizontal)
    window.resizeDocks([notes, search], [3, 1], Qt.Orientation.Vertical)
    for title in menu_titles():
        window.menuBar().addMenu(title).addAction(opening()).setEnabled(False)
    return WindowFrame(splitter, position, notes, search, timeline, box)


def size_timeline(window: QMainWindow, frame: WindowFrame) -> None:
    """Give the timeline room for its lanes (a first start, once the window has its size)."""
    window.resizeDocks([frame.timeline_dock], [TIMELINE_HEIGHT], Qt.Orientation.Vertical)


def clear_menus(window: QMainWindow) -> None:
    """Take down the frame's menu titles, for the real menus to go up in their place."""
    for action in window.menuBar().actions():
        menu = action.menu()
        window.menuBar().removeAction(action)
        if menu is not None:
            menu.deleteLater()
