"""CollectionBar: above the library list when editions were imported; shows, hides, isolates or trashes each one."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from app.services.collections import Collection


def short(name: str, limit: int = 48) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


class CollectionBar(QWidget):
    hidden_changed = Signal(int, bool)  # a collection to hide (True) or show again, for good
    only_changed = Signal()  # the list is to show one collection alone, or everything again (see `only`)
    trash_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CollectionBar")
        self.collections: list[Collection] = []
        self.only: int | None = None
        self.button = QToolButton(self)
        self.button.setObjectName("CollectionsButton")
        self.button.setText("Collections")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolTip("Editions imported as collections: show or hide each, or move one to the trash")
        self.menu = QMenu(self.button)
        self.menu.aboutToShow.connect(self.rebuild)
        self.button.setMenu(self.menu)
        self.state = QLabel(self)
        self.state.setObjectName("CollectionsState")
        self.show_all = QToolButton(self)
        self.show_all.setText("✕ Show all")
        self.show_all.clicked.connect(lambda: self.set_only(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.state, 1)
        layout.addWidget(self.show_all)
        self.setVisible(False)

    def set_collections(self, collections: list[Collection]) -> None:
        self.collections = [c for c in collections if c.document_count]
        if self.only not in {c.id for c in self.collections}:
            self.only = None
        self.setVisible(bool(self.collections))
        self._show_state()

    def hidden_ids(self) -> frozenset[int]:
        return frozenset(c.id for c in self.collections if c.hidden)

    def name_of(self, collection_id: int) -> str:
        return next((c.name for c in self.collections if c.id == collection_id), "")

    def set_only(self, collection_id: int | None) -> None:
        self.only = collection_id
        self._show_state()
        self.only_changed.emit()

    def _show_state(self) -> None:
        hidden = len(self.hidden_ids())
        if self.only is not None:
            text = f"Only “{short(self.name_of(self.only))}”"
        else:
            text = f"{len(self.collections)} collection{'s' if len(self.collections) != 1 else ''}"
            text += f", {hidden} hidden" if hidden else ""
        self.state.setText(text)
        self.show_all.setVisible(self.only is not None)

    def _toggled(self, collection_id: int, shown: bool) -> None:
        self.hidden_changed.emit(collection_id, not shown)

    def rebuild(self) -> None:
        """The menu: for each collection, shown or not, shown alone, and moved to the trash."""
        self.menu.clear()
        for collection in self.collections:
            sub = self.menu.addMenu(f"{short(collection.name)} ({collection.document_count:,})")
            sub.setToolTip(collection.citation)
            shown = sub.addAction("Shown in the Library and on the Timeline")
            shown.setObjectName(f"collection_shown_{collection.id}")
            shown.setCheckable(True)
            shown.setChecked(not collection.hidden)
            shown.toggled.connect(partial(self._toggled, collection.id))
            alone = sub.addAction("Show Only This Collection", partial(self.set_only, collection.id))
            alone.setObjectName(f"collection_only_{collection.id}")
            sub.addSeparator()
            trash = sub.addAction("Move Its Documents to the Trash", partial(self.trash_requested.emit, collection.id))
            trash.setObjectName(f"collection_trash_{collection.id}")
        if self.only is not None:
            self.menu.addSeparator()
            self.menu.addAction("Show All Documents", lambda: self.set_only(None))
