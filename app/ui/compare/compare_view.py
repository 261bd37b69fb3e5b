"""CompareView: two to four documents side by side, aligned by paragraph and scrolling together."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from app.domain.alignment.links import AlignmentLink, ScrollMap, links_at
from app.domain.documents import DocumentDetail
from app.ui.common.style import ReaderColors
from app.ui.compare.link_band import BandSplitter, LinkBand
from app.ui.compare.pane_frame import PaneFrame
from app.ui.compare.scroll_sync import ScrollSync
from app.ui.compare.term_bar import TermBar
from app.ui.reader.decorations import Mark
from app.ui.reader.document_pane import DocumentPane

if TYPE_CHECKING:
    from app.domain.comparison.shared_terms import SharedTerm

MAX_PANES = 4
SHORT_TITLE = 24


def short_title(title: str, limit: int = SHORT_TITLE) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


class CompareView(QWidget):
    """Owns its panes' layout and the links between their documents; the controller supplies the links."""

    active_changed = Signal()  # another pane (or document) is the one being read
    panes_changed = Signal()  # a pane was added, removed, moved or shows another document
    position_changed = Signal(int, int)  # ¶ at the top of the active pane, paragraphs in it
    link_menu_requested = Signal(int, int, object, QPoint)  # left document, right document, link, where
    documents_dropped = Signal(object, list)  # frame, document ids
    term_chosen = Signal(str)
    pane_created = Signal(object)  # a DocumentPane, showing its first document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CompareView")
        self._links: dict[tuple[int, int], list[AlignmentLink]] = {}
        self._maps: dict[tuple[int, int], ScrollMap] = {}
        self._active: PaneFrame | None = None
        self._font: QFont | None = None
        self._colors: ReaderColors | None = None
        self.term = ""
        self.sync = ScrollSync(self._map_for)
        self.splitter = BandSplitter(self._links_for_frames, self)
        self.splitter.link_menu_requested.connect(self._on_link_menu)
        self.terms_list: QListWidget | None = None  # made when first shown (the first list view costs ~40 ms)
        self.outer = QSplitter(Qt.Orientation.Horizontal, self)
        self.outer.addWidget(self.splitter)
        self.outer.setStretchFactor(0, 1)
        self.outer.setChildrenCollapsible(False)
        self.term_bar = TermBar(self)
        self.term_bar.hide()
        self.term_bar.step_requested.connect(self.step_term)
        self.term_bar.closed.connect(self.clear_term)
        self._escape = QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self._escape.activated.connect(self.clear_term)
        self._escape.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.term_bar)
        layout.addWidget(self.outer, 1)

    # -- panes --------------------------------------------------------------------------------------
    def frames(self) -> list[PaneFrame]:
        return [w for i in range(self.splitter.count()) if isinstance(w := self.splitter.widget(i), PaneFrame)]

    def panes(self) -> list[DocumentPane]:
        return [frame.pane for frame in self.frames()]

    def document_ids(self) -> list[int]:
        return [pane.document_id for pane in self.panes() if pane.document_id is not None]

    def active_frame(self) -> PaneFrame | None:
        frames = self.frames()
        return self._active if self._active in frames else (frames[0] if frames else None)

    def active_pane(self) -> DocumentPane | None:
        frame = self.active_frame()
        return frame.pane if frame else None

    def frame_of(self, document_id: int) -> PaneFrame | None:
        return next((frame for frame in self.frames() if frame.pane.document_id == document_id), None)

    def is_full(self) -> bool:
        return len(self.frames()) >= MAX_PANES

    def add_document(self, document: DocumentDetail, index: int | None = None) -> PaneFrame:
        frame = PaneFrame(self.splitter)
        if self._font is not None:
            frame.pane.set_reading_font(self._font)
        if self._colors is not None:
            frame.pane.set_colors(self._colors)
        frame.show_document(document)
        self.splitter.insertWidget(len(self.frames()) if index is None else index, frame)
        self._wire(frame)
        self.pane_created.emit(frame.pane)
        self._even_out()
        self._after_change()
        self.set_active(frame)
        if self.term:
            self.mark_term(self.term)
        return frame

    def replace(self, frame: PaneFrame, document: DocumentDetail) -> None:
        frame.show_document(document)
        self._after_change()
        if self.term:
            self.mark_term(self.term)

    def remove(self, frame: PaneFrame) -> None:
        if frame not in self.frames():
            return
        was_active = frame is self.active_frame()
        frame.hide()
        frame.setParent(None)
        frame.deleteLater()
        if was_active:
            self._active = None
        self._even_out()
        self._after_change()
        if self.term:
            self.mark_term(self.term)
        self.active_changed.emit()

    def move_pane(self, frame: PaneFrame, delta: int) -> None:
        frames = self.frames()
        index = frames.index(frame) if frame in frames else -1
        target = index + delta
        if index < 0 or not 0 <= target < len(frames):
            return
        sizes = self.splitter.sizes()
        self.splitter.insertWidget(target, frame)
        sizes[index], sizes[target] = sizes[target], sizes[index]
        self.splitter.setSizes(sizes)
        self._after_change()

    def set_active(self, frame: PaneFrame) -> None:
        if frame is not self._active:
            self._active = frame
            self.active_changed.emit()
        self._emit_position(frame)
        self._show_partners(frame, frame.pane.current_paragraph())

    def _wire(self, frame: PaneFrame) -> None:
        pane = frame.pane
        pane.activated.connect(lambda f=frame: self.set_active(f))
        pane.scrolled.connect(lambda f=frame: self._on_scrolled(f))
        pane.view.moved.connect(self.splitter.repaint_bands)
        pane.position_changed.connect(lambda _n, f=frame: self._emit_position(f))
        pane.hovered_paragraph.connect(lambda n, f=frame: self._show_partners(f, n or f.pane.current_paragraph()))
        pane.term_chosen.connect(self.term_chosen.emit)
        frame.move_requested.connect(self.move_pane)
        frame.close_requested.connect(self.remove)
        frame.documents_dropped.connect(self.documents_dropped.emit)

    def _after_change(self) -> None:
        frames = self.frames()
        for index, frame in enumerate(frames):
            frame.set_position(index, len(frames))
        self.splitter.forget_links()
        self.panes_changed.emit()

    def _even_out(self) -> None:
        count = len(self.frames())
        if count:
            self.splitter.setSizes([max(1, self.splitter.width() // count)] * count)

    def _emit_position(self, frame: PaneFrame) -> None:
        if frame is self.active_frame():
            self.position_changed.emit(frame.pane.top_paragraph(), frame.pane.paragraph_count())

    # -- links --------------------------------------------------------------------------------------
    def set_links(self, left_id: int, right_id: int, links: list[AlignmentLink]) -> None:
        """The links between two of the shown documents, seen from `left_id`."""
        if left_id > right_id:
            left_id, right_id, links = right_id, left_id, [link.flipped() for link in links]
        self._links[(left_id, right_id)] = links
        self._maps.pop((left_id, right_id), None)
        self._maps.pop((right_id, left_id), None)
        self.splitter.forget_links()
        frame = self.active_frame()
        if frame is not None:
            self._show_partners(frame, frame.pane.current_paragraph())

    def links_between(self, left_id: int, right_id: int) -> list[AlignmentLink]:
        if left_id <= right_id:
            return self._links.get((left_id, right_id), [])
        return [link.flipped() for link in self._links.get((right_id, left_id), [])]

    def _links_for_frames(self, left: PaneFrame, right: PaneFrame) -> list[AlignmentLink]:
        if left.pane.document_id is None or right.pane.document_id is None:
            return []
        return self.links_between(left.pane.document_id, right.pane.document_id)

    def _map_for(self, leader: DocumentPane, pane: DocumentPane) -> ScrollMap:
        key = (leader.document_id or 0, pane.document_id or 0)
        if key not in self._maps:
            back = self._maps.get((key[1], key[0]))
            if back is not None:  # the same links read the other way
                self._maps[key] = back.inverse()
            else:
                links = self.links_between(*key)
                self._maps[key] = ScrollMap(links, leader.paragraph_count(), pane.paragraph_count())
        return self._maps[key]

    def _on_scrolled(self, frame: PaneFrame) -> None:
        self.sync.follow(frame.pane, self.panes())
        self.splitter.repaint_bands()

    def resync(self) -> None:
        """Bring the other panes in line with the active one (after links change or sync is switched on)."""
        pane = self.active_pane()
        if pane is not None:
            self.sync.follow(pane, self.panes())
            self.splitter.repaint_bands()

    def _show_partners(self, frame: PaneFrame, number: int) -> None:
        """Tint the paragraphs linked to ¶`number` of `frame` in every other pane (and it, if it has any)."""
        source = frame.pane
        own: set[int] = set()
        for other in self.frames():
            if other is frame:
                continue
            partners: set[int] = set()
            if number and source.document_id is not None and other.pane.document_id is not None:
                for link in links_at(self.links_between(source.document_id, other.pane.document_id), number):
                    partners.update(range(link.right.first, link.right.last + 1))
                    own.update(range(link.left.first, link.left.last + 1))
            other.pane.set_partner_paragraphs(partners)
        source.set_partner_paragraphs(own)

    def _on_link_menu(self, left: PaneFrame, right: PaneFrame, link: AlignmentLink, where: QPoint) -> None:
        if left.pane.document_id is not None and right.pane.document_id is not None:
            self.link_menu_requested.emit(left.pane.document_id, right.pane.document_id, link, where)

    # -- shared terms -------------------------------------------------------------------------------
    def mark_term(self, term: str) -> None:
        self.term = term
        counts = [(short_title(frame.title_text()), frame.pane.mark_term(term)) for frame in self.frames()]
        self.term_bar.show_counts(term, counts)
        self._escape.setEnabled(True)

    def clear_term(self) -> None:
        self.term = ""
        for pane in self.panes():
            pane.mark_term("")
        self.term_bar.hide()
        self._escape.setEnabled(False)

    def step_term(self, delta: int) -> None:
        pane = self.active_pane()
        if pane is not None and self.term:
            pane.step_term(delta)

    def set_shared_terms(self, terms: list[SharedTerm] | None) -> None:
        """Show the shared-terms list (None hides it)."""
        if terms is None:
            if self.terms_list is not None:
                self.terms_list.clear()
                self.terms_list.hide()
            return
        terms_list = self._terms_list()
        terms_list.clear()
        for term in terms:
            item = QListWidgetItem(f"{term.text}   {term.left_count} · {term.right_count}")
            item.setData(Qt.ItemDataRole.UserRole, term.text)
            item.setToolTip(
                f"“{term.text}”: {term.left_count} times in the first text, {term.right_count} in the second"
            )
            terms_list.addItem(item)
        if not terms:
            terms_list.addItem("(no terms in common)")
        terms_list.show()
        if self.outer.sizes()[1] < 120:
            total = sum(self.outer.sizes())
            self.outer.setSizes([total - 220, 220])

    def _terms_list(self) -> QListWidget:
        if self.terms_list is None:
            self.terms_list = QListWidget(self)
            self.terms_list.setObjectName("SharedTerms")
            self.terms_list.setToolTip("Words and phrases both documents use; click one to mark it in every pane")
            self.terms_list.itemActivated.connect(self._on_term_item)
            self.terms_list.itemClicked.connect(self._on_term_item)
            self.outer.addWidget(self.terms_list)
        return self.terms_list

    def _on_term_item(self, item: QListWidgetItem) -> None:
        term = item.data(Qt.ItemDataRole.UserRole)
        if term:
            self.mark_term(str(term))

    # -- differences --------------------------------------------------------------------------------
    def set_differences(self, frame: PaneFrame, ranges: dict[int, list[tuple[int, int, Mark]]]) -> None:
        """Colour words in `frame` by ¶ number: {number: [(start, end, mark)]}; empty clears."""
        pane = frame.pane
        pane.view.decorations.set_differences({pane.block_of(number): marks for number, marks in ranges.items()})

    # -- appearance ---------------------------------------------------------------------------------
    def set_reading_font(self, font: QFont) -> None:
        self._font = QFont(font)
        for pane in self.panes():
            pane.set_reading_font(font)

    def set_colors(self, colors: ReaderColors) -> None:
        self._colors = colors
        self.splitter.colors = colors
        for pane in self.panes():
            pane.set_colors(colors)
        self.splitter.repaint_bands()

    def bands(self) -> list[LinkBand]:
        return self.splitter.bands()
