"""SearchController: searches as the user types, off the GUI thread, and opens what was found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenuBar, QWidget

from app.domain.i18n import translate
from app.domain.query import parse_query
from app.domain.timeline import DateRange
from app.services.search import SearchResults, SearchService
from app.ui.common.actions import add_action
from app.ui.common.signals import AppSignals
from app.ui.common.tasks import TaskRunner
from app.ui.search.box import SearchBox
from app.ui.search.results import SearchResultsView

if TYPE_CHECKING:
    from app.ui.compare.document_tabs import DocumentTabs

DEBOUNCE_MS = 250  # after the last key, so a word is not searched letter by letter
PAGE = 50


def _search(service: SearchService, typed: str, limit: int, dates: DateRange | None) -> SearchResults:
    if dates is None:
        return service.search(typed, limit=limit)
    return service.search(typed, limit=limit, date_from=dates.start, date_to=dates.end)


class SearchController(QObject):
    open_document_requested = Signal(int)  # a hit's document, shown in the tab of the hits (Workspace.open_hit)
    open_note_requested = Signal(int)

    def __init__(
        self,
        *,
        search: SearchService,
        tabs: DocumentTabs,
        signals: AppSignals,
        window: QMainWindow,
        box: SearchBox,
        dock: QDockWidget,
    ) -> None:
        super().__init__(window)
        self.status = signals.status
        self._service = search
        self._tabs = tabs
        self.box = box
        box.setEnabled(True)
        self.view = SearchResultsView()
        self.dock = dock
        dock.setWidget(self.view)
        self._runner = TaskRunner("search", self)
        self._generation = 0
        self._limit = PAGE
        self._typed = ""
        self.date_range: DateRange | None = None  # picked on the timeline: hits dated within it only
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start)
        self.box.textEdited.connect(self._on_typed)
        self.box.returnPressed.connect(self._on_return)
        self.view.hit_chosen.connect(self.open_hit)
        self.view.more_requested.connect(self._more)

    def build_menu(self, menu_bar: QMenuBar, window: QWidget) -> None:
        menu = menu_bar.addMenu(translate("Menus", "&Search"))
        add_action(window, menu, translate("Menus", "&Search Everything"), self.focus_box, "Ctrl+K")
        add_action(window, menu, translate("Menus", "&Next Hit"), lambda: self.step(1), "F8")
        add_action(window, menu, translate("Menus", "&Previous Hit"), lambda: self.step(-1), "Shift+F8")
        toggle = self.dock.toggleViewAction()
        toggle.setText(translate("Menus", "Search &Results"))
        menu.addAction(toggle)

    def prepare(self) -> None:
        """Load the dictionaries of the library's languages now, on the search thread, before anyone waits."""
        self._runner.run(lambda _job: self._service.prepare_word_forms(), lambda _languages: None)

    def focus_box(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def search_now(self, typed: str) -> None:
        """Search at once (as Enter does), without waiting for the pause in typing."""
        self.box.setText(typed)
        self._typed, self._limit = typed, PAGE
        self._start()

    def set_date_range(self, date_range: DateRange | None) -> None:
        """Search only what is dated within the range (None: everything), and search again if something is typed."""
        self.date_range = date_range
        self.view.range_bar.set_range(date_range)
        if self._typed.strip():
            self._limit = PAGE
            self._start()

    def _on_typed(self, typed: str) -> None:
        self._typed, self._limit = typed, PAGE
        self._debounce.start()

    def _start(self) -> None:
        self._debounce.stop()
        self._generation += 1  # any answer still on its way is now stale, and will be dropped
        if not self._typed.strip():
            self._show(SearchResults(query=parse_query("")), "")
            return
        self.view.show_searching()
        generation, typed, limit, dates = self._generation, self._typed, self._limit, self.date_range

        def shown(results: SearchResults) -> None:
            if generation == self._generation:  # else a newer search is on its way: this answer is stale
                self._show(results, typed)

        self._runner.run(lambda _job: _search(self._service, typed, limit, dates), shown)

    def _show(self, results: SearchResults, typed: str) -> None:
        self.view.show_results(results, typed)
        if typed.strip():
            self.dock.show()
            self.dock.raise_()

    def _on_return(self) -> None:
        if self._debounce.isActive() or self.box.text() != self._typed:
            self._debounce.stop()  # answered now: the pause in typing must not search it again
            self._typed, self._limit = self.box.text(), PAGE
            self._generation += 1
            results = _search(self._service, self._typed, self._limit, self.date_range)  # Enter wants it now
            self._show(results, self._typed)
        if self.view.hits:
            self.open_hit(max(0, self.view.current))

    def _more(self) -> None:
        self._limit += PAGE
        self._start()

    def wait(self) -> None:
        """Let a running search finish (tests, and closing the window)."""
        self._runner.wait(timeout=30)

    def step(self, delta: int) -> None:
        hits = self.view.hits
        if not hits:
            self.status.emit("No search hits: type in the search box (Ctrl+K).")
            return
        self.open_hit((self.view.current + delta) % len(hits), bring_into_view=True)

    def open_hit(self, index: int, *, bring_into_view: bool = False) -> None:
        if not 0 <= index < len(self.view.hits):
            return
        hit = self.view.hits[index]
        self.view.set_current(index, bring_into_view=bring_into_view)
        if hit.note_id is not None:
            self.open_note_requested.emit(hit.note_id)
            return
        if hit.document_id is None:
            return
        self.open_document_requested.emit(hit.document_id)
        pane = self._tabs.current_pane()
        if pane is None or pane.document_id != hit.document_id:
            return
        words: list[str] = []
        for term in parse_query(self._typed).terms():  # phrases as phrases; co-operation as its two words
            words += list(term.tokens) if term.hyphenated else [" ".join(term.tokens)]
        words += [word for word in hit.marked_words() if word.casefold() not in {w.casefold() for w in words}]
        count = pane.mark_words(words, hit.paragraph, hit.block)  # the forms found, too ("Szerződést" for "szerződés")
        where = hit.place or "the title"
        self.status.emit(f"Hit {index + 1} of {len(self.view.hits)}: {where}; {count} marked in this document.")
