"""LibraryPanel: the documents in the library, sortable and filterable; opening one asks to show it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.documents import DocumentSummary
from app.domain.i18n import translate
from app.domain.short_titles import distinct_short_titles, short_title_of
from app.domain.text.paragraphs import plain_line
from app.domain.timeline import DateRange
from app.services.collections import Collection
from app.ui.common.accessibility import describe, describe_field
from app.ui.common.mime import DOCUMENT_IDS_MIME, document_ids_mime
from app.ui.common.range_bar import RangeBar
from app.ui.common.read_only import writes
from app.ui.library.collections import CollectionBar, short
from app.ui.library.columns import day_of, fit_columns

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3  # what the filter box looks in: the full title as well as the short
_FAR_FUTURE = datetime(9999, 12, 31)

AnyIndex = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractTableModel):
    COLUMNS = ("Title", "Issuer", "Date", "Kind")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentSummary] = []
        self._sort = (2, False)  # column, descending
        self._short: dict[int, str] = {}  # each document's short title, told apart from similar ones
        self.collection_names: dict[int, str] = {}
        # Titles and issuers in the order of the reader's language, whatever their case: 'Ünnepélyes' with U.
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)  # 'Document 9' before 'Document 10'

    def set_locale(self, locale: QLocale) -> None:
        """Sort in the order of `locale`'s language from now on."""
        self._collator = QCollator(locale)
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)
        self.sort(self._sort[0], Qt.SortOrder.DescendingOrder if self._sort[1] else Qt.SortOrder.AscendingOrder)

    def set_documents(self, documents: list[DocumentSummary]) -> None:
        self.beginResetModel()
        self._rows = sorted(documents, key=self._key(self._sort[0]), reverse=self._sort[1])
        shorts = distinct_short_titles([(short_title_of(doc.metadata), doc.metadata.title) for doc in documents])
        self._short = {doc.id: short for doc, short in zip(documents, shorts, strict=True)}
        self.endResetModel()

    def _key(self, column: int) -> Callable[[DocumentSummary], Any]:
        if column == 2:
            return lambda doc: (doc.sort_key or _FAR_FUTURE).isoformat()
        key = self._collator.sortKey
        return lambda doc: key((doc.metadata.title, doc.metadata.issuer, "", doc.metadata.kind.label)[column])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here in Python in one pass: a proxy would ask for every row's key many times over."""
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in kept]
        self._rows.sort(key=self._key(column), reverse=self._sort[1])
        rows = {doc.id: row for row, doc in enumerate(self._rows)}
        self.changePersistentIndexList(
            kept, [self.index(rows[i], index.column()) for i, index in zip(ids, kept, strict=True)]
        )
        self.layoutChanged.emit()

    def document_at(self, row: int) -> DocumentSummary:
        return self._rows[row]

    def row_of(self, document_id: int) -> int:
        return next((i for i, doc in enumerate(self._rows) if doc.id == document_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section] if 0 <= section < len(self.COLUMNS) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        doc = self._rows[index.row()]
        meta = doc.metadata
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:  # never a control that would reorder what is shown
            title = self._short.get(doc.id, meta.title)
            return (plain_line(title), plain_line(meta.issuer), day_of(meta.date_display), meta.kind.label)[column]
        if role == FILTER_ROLE:
            return (f"{meta.title} {meta.short_title}", meta.issuer, meta.date_display, meta.kind.label)[column]
        if role == SORT_ROLE:
            if column == 2:
                return (doc.sort_key or _FAR_FUTURE).isoformat()
            return (meta.title, meta.issuer, "", meta.kind.value)[column].casefold()
        if role == ID_ROLE:
            return doc.id
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [meta.title, " · ".join(p for p in (meta.issuer, meta.place, meta.date_display) if p)]
            utc = meta.date.display_utc() if meta.date is not None else ""
            if utc:
                lines.append(utc)
            if meta.date_basis:
                lines.append(meta.date_basis[:1].upper() + meta.date_basis[1:])
            if meta.source.publication:
                lines.append(f"Source: {meta.source.display()}")
            if doc.collection_id is not None:
                lines.append(f"Collection: {self.collection_names.get(doc.collection_id, '')}")
            lines.append(f"{doc.paragraph_count} paragraphs · ID {doc.id}")
            lines.append("Ctrl+click to open beside the document you are reading")
            return "\n".join(lines)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [DOCUMENT_IDS_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return document_ids_mime([self._rows[row].id for row in rows if 0 <= row < len(self._rows)])


class DatedFilter(QSortFilterProxyModel):
    """The typed filter, a date range picked on the timeline (undated documents drop out while it holds), and the
    collections hidden (or the one shown alone)."""

    date_range: DateRange | None = None
    hidden_collections: frozenset[int] = frozenset()
    only_collection: int | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The library's own order (sorted by the model), only filtered here."""
        model = self.sourceModel()
        if isinstance(model, LibraryModel):
            model.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if isinstance(model, LibraryModel):
            document = model.document_at(source_row)
            if self.date_range is not None and not self.date_range.overlaps(document.metadata.date):
                return False
            collection = document.collection_id
            if self.only_collection is not None and collection != self.only_collection:
                return False
            if self.only_collection is None and collection in self.hidden_collections:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class LibraryPanel(QWidget):
    """Lists documents; Enter or a double-click emits open_requested(document_id)."""

    open_requested = Signal(int)
    open_beside_requested = Signal(int)  # Ctrl+click, Ctrl+Enter or the context menu: next to the current one
    import_requested = Signal()
    edit_requested = Signal(int)
    trash_requested = Signal(int)
    collection_hidden = Signal(int, bool)
    collection_trash_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LibraryPanel")
        self.model = LibraryModel(self)
        self.proxy = DatedFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterRole(FILTER_ROLE)
        self.filter_field = QLineEdit(self)
        self.filter_field.setObjectName("LibraryFilter")
        self.filter_field.setPlaceholderText(translate("Library", "Filter by title, issuer, date or kind"))
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.textChanged.connect(self.proxy.setFilterFixedString)
        describe_field(self.filter_field, "Filter the library", "Shows only the documents whose title, issuer, date "
                       "or kind has the words typed.")  # fmt: skip
        self.table = QTableView(self)
        self.table.setObjectName("LibraryTable")
        describe(self.table, "Library", "The documents in the library. Enter opens the one selected; Ctrl+Enter "
                 "opens it beside the one being read; Delete moves it to the trash.")  # fmt: skip
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift extends the selection (a bibliography of several documents); Ctrl+click opens beside, as before.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.viewport().installEventFilter(self)  # columns fitted to the width (columns.py)
        self.table.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._sort_menu)
        self.table.activated.connect(self._on_activated)
        self.table.clicked.connect(self._on_clicked)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        beside = QShortcut(QKeySequence("Ctrl+Return"), self.table, context=Qt.ShortcutContext.WidgetShortcut)
        beside.activated.connect(self._open_selected_beside)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        trash = QShortcut(QKeySequence.StandardKey.Delete, self.table, context=Qt.ShortcutContext.WidgetShortcut)
        trash.activated.connect(self._trash_selected)
        self.import_button = writes(QPushButton(translate("Library", "Add sources…"), self))
        self.import_button.setObjectName("AddSourcesButton")
        self.import_button.setToolTip(
            translate(
                "Library",
                "Import text, Markdown, HTML, PDF, DOCX or EPUB files (Ctrl+O).\n"
                "You can also drop files on the window, or paste a web page's text with Ctrl+Shift+V.",
            )
        )
        self.import_button.clicked.connect(self.import_requested.emit)
        self.range_bar = RangeBar("Documents dated {dates} only, as picked on the timeline.", self)
        self.collection_bar = self._collection_bar()
        self._lay_out()

    def _collection_bar(self) -> CollectionBar:
        bar = CollectionBar(self)
        bar.only_changed.connect(self._filter_collections)
        bar.hidden_changed.connect(self.collection_hidden.emit)
        bar.trash_requested.connect(self.collection_trash_requested.emit)
        return bar

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.range_bar)
        layout.addWidget(self.collection_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.import_button)

    def set_documents(self, documents: list[DocumentSummary]) -> None:
        self.model.set_documents(documents)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        fit_columns(self.table)

    def set_collections(self, collections: list[Collection]) -> None:
        """The collections (set before the documents they hold): their names, and which are hidden."""
        self.model.collection_names = {c.id: c.name for c in collections}
        self.collection_bar.set_collections(collections)
        self._filter_collections()

    def _filter_collections(self) -> None:
        self.proxy.beginFilterChange()
        self.proxy.hidden_collections = self.collection_bar.hidden_ids()
        self.proxy.only_collection = self.collection_bar.only
        self.proxy.endFilterChange()

    def set_date_range(self, date_range: DateRange | None) -> None:
        """Show only the documents dated within the range (None: all of them)."""
        self.proxy.beginFilterChange()
        self.proxy.date_range = date_range
        self.proxy.endFilterChange()
        self.range_bar.set_range(date_range)

    def document_ids(self) -> list[int]:
        """IDs in the order shown."""
        return [self.proxy.index(row, 0).data(ID_ROLE) for row in range(self.proxy.rowCount())]

    def select_document(self, document_id: int) -> None:
        row = self.model.row_of(document_id)
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if proxy_index.isValid():  # this row alone, whatever keys are held (selectRow would add to a Ctrl selection)
            flags = QItemSelectionModel.SelectionFlag
            self.table.selectionModel().setCurrentIndex(proxy_index, flags.ClearAndSelect | flags.Rows)
            self.table.scrollTo(proxy_index)

    def selected_id(self) -> int | None:
        """The document whose row has the cursor, if it is selected."""
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            return int(current.siblingAtColumn(0).data(ID_ROLE))
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def selected_ids(self) -> list[int]:
        """Every selected document, in the list's order."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        return [int(index.data(ID_ROLE)) for index in rows]

    def _trash_selected(self) -> None:
        document_id = self.selected_id()
        if document_id is not None:
            self.trash_requested.emit(document_id)

    def _sort_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for column, name in enumerate(LibraryModel.COLUMNS):
            menu.addAction(f"Sort by {name}", partial(self._sort_by, column))
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def _sort_by(self, column: int) -> None:
        self.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        document_id = int(index.data(ID_ROLE))
        menu = QMenu(self)
        menu.addAction(translate("Library", "Open"), lambda: self.open_requested.emit(document_id))
        menu.addAction(
            translate("Library", "Open Beside Current\tCtrl+Click"),
            lambda: self.open_beside_requested.emit(document_id),
        )
        menu.addAction(translate("Library", "Edit Description…"), lambda: self.edit_requested.emit(document_id))
        menu.addSeparator()
        menu.addAction(translate("Library", "Move to Trash"), lambda: self.trash_requested.emit(document_id))
        collection = self.model.document_at(self.proxy.mapToSource(index).row()).collection_id
        if collection is not None:
            name = short(self.model.collection_names.get(collection, ""), 36)
            menu.addSeparator()
            menu.addAction(f"Show Only “{name}”", lambda: self.collection_bar.set_only(collection))
            menu.addAction(f"Hide “{name}”", lambda: self.collection_hidden.emit(collection, True))
            menu.addAction(f"Move All of “{name}” to Trash", lambda: self.collection_trash_requested.emit(collection))
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _open_selected_beside(self) -> None:
        document_id = self.selected_id()
        if document_id is not None:
            self.open_beside_requested.emit(document_id)

    def _on_clicked(self, index: QModelIndex) -> None:
        if QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier:
            document_id = index.data(ID_ROLE)
            if document_id is not None:
                self.table.selectRow(index.row())
                self.open_beside_requested.emit(int(document_id))

    def _on_activated(self, index: QModelIndex) -> None:
        document_id = index.data(ID_ROLE)
        if document_id is not None:
            self.open_requested.emit(int(document_id))
