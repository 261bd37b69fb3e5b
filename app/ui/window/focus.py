"""Focus mode (F11): the window shows only the panes; F11 again brings back all it hid.

The menus' keys still work while their bar is hidden (their actions belong to the window)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QToolBar, QWidget

from app.domain.i18n import translate

if TYPE_CHECKING:
    from app.ui.window.main_window import MainWindow

HINT = "Focus mode: only the panes. Press F11 to bring back the menus and the panels."
HINT_MS = 4000
HINT_STYLE = "QLabel { background: #1f1d1a; color: #ffffff; padding: 8px 14px; border-radius: 6px; }"  # 16.6:1


class FocusMode:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._hidden: list[QWidget] = []
        self._folded_here = False
        self.action = QAction(translate("Menus", "&Focus Mode"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("F11"))
        self.action.setToolTip("Show only the panes, or everything again (F11)")
        self.action.triggered.connect(lambda _checked=False: self.toggle())
        window.addAction(self.action)  # its key works with the menu bar hidden
        self.hint = QLabel(HINT, window)
        self.hint.setObjectName("FocusHint")
        self.hint.setAccessibleName("Focus mode")
        self.hint.setAccessibleDescription(HINT)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.hide()
        self._hint_timer = QTimer(window, singleShot=True, interval=HINT_MS)
        self._hint_timer.timeout.connect(self.hint.hide)

    @property
    def active(self) -> bool:
        return bool(self._hidden) or self._folded_here

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        window = self._window
        room = window.room
        if not room.folded:
            room.fold()
            self._folded_here = True
        chrome: list[QWidget] = [window.menuBar(), window.statusBar(), window.documents.tabs.tabBar()]
        chrome.append(window.frame.timeline_dock)  # its strip too
        chrome += window.findChildren(QToolBar)
        self._hidden = [widget for widget in chrome if not widget.isHidden()]
        for widget in self._hidden:
            widget.hide()
        self.action.setChecked(True)
        self._show_hint()

    def leave(self) -> None:
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        if self._folded_here and self._window.room.folded:
            self._window.room.unfold()
        self._folded_here = False
        self.action.setChecked(False)
        self.hint.hide()

    def _show_hint(self) -> None:
        hint = self.hint
        hint.adjustSize()
        area = self._window.centralWidget()
        if area is not None:
            top_left = area.mapTo(self._window, area.rect().topLeft())
            hint.move(top_left.x() + (area.width() - hint.width()) // 2, top_left.y() + 12)
        hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        hint.raise_()
        hint.show()
        self._hint_timer.start()
