"""Help › Keyboard Shortcuts: every key of the window, read from its menus (so the list is never out of date),
with the keys that belong to no menu item (reading on, moving between paragraphs, the timeline's)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.accessibility import describe

READING_KEYS = (
    ("Reading", "Space, Shift+Space", "Read on a screen, or back one"),
    ("Reading", "PgDown, PgUp, Home, End", "A screen down or up, to the start or the end"),
    ("Reading", "Ctrl+Down, Ctrl+Up", "Go to the next or the previous paragraph"),
    ("Reading", "Ctrl+Shift+Down, Ctrl+Shift+Up", "Select paragraph by paragraph"),
    ("Reading", "Double-click", "Select a word and mark it in every pane"),
    ("Reading", "Esc", "Clear the selection, close the find bar, stop marking a term"),
    ("Library", "Enter, Ctrl+Enter", "Open the document selected, or open it beside the one being read"),
    ("Library", "Delete", "Move the document selected to the trash"),
    ("Timeline", "+, −, Ctrl+wheel", "Zoom in or out"),
    ("Timeline", "0, Home", "Show the whole period"),
    ("Timeline", "Left, Right (Shift: further)", "Pan"),
    ("Timeline", "Enter", "Open what is selected"),
    ("Timeline", "Esc", "Clear the dates picked on the ruler"),
)
COLUMNS = ("Where", "Keys", "What they do")


def menu_shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, keys, item) for every item of the menus that has a key."""
    found = []
    for top in menu_bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        title = top.text().replace("&", "")
        for action in menu.actions():
            keys = _keys(action)
            if keys:
                found.append((title, keys, action.text().replace("&", "").rstrip("…")))
    return found


def _keys(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty())


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle("Keyboard Shortcuts")
        self.resize(640, 560)
        rows = [*menu_shortcuts(menu_bar), *READING_KEYS]
        self.table = QTableWidget(len(rows), len(COLUMNS), self)
        self.table.setObjectName("ShortcutsTable")
        describe(self.table, "Keyboard shortcuts", "Every key of the window: where it works, the keys, what they do.")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for row, (where, keys, what) in enumerate(rows):
            for column, text in enumerate((where, keys, what)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        intro = QLabel("The keys of the menus work from anywhere in the window, in focus mode (F11) too.", self)
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
