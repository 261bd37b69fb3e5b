"""CompareController: the Compare menu; links, suggestions, shared terms and differences for the current tab."""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QProgressDialog, QWidget

from app.domain.alignment.links import AlignmentLink, LinkOrigin, links_at
from app.domain.comparison.word_diff import DiffOptions
from app.domain.errors import Cancelled, ParallaxError
from app.domain.i18n import translate
from app.services.alignment import AlignmentService, Suggestion
from app.services.changes import Change
from app.services.comparison import ComparisonService
from app.services.library import DocumentNotFoundError
from app.ui.common.actions import add_action
from app.ui.common.prompter import Prompter
from app.ui.common.read_only import unless_read_only, writes
from app.ui.common.signals import AppSignals
from app.ui.common.tasks import TaskRunner
from app.ui.common.undo import UndoHistory
from app.ui.compare.compare_view import CompareView
from app.ui.compare.document_tabs import DocumentTabs
from app.ui.compare.overlays import show_differences, show_shared_terms
from app.ui.compare.pane_frame import PaneFrame
from app.ui.reader.document_pane import DocumentPane


def _ids(first: DocumentPane, second: DocumentPane) -> tuple[int, int]:
    """The documents of two panes that are showing one each."""
    if first.document_id is None or second.document_id is None:
        raise DocumentNotFoundError(0, "in an empty pane")
    return first.document_id, second.document_id


class CompareController(QObject):
    suggestion_finished = Signal()
    open_beside_requested = Signal(int, object)  # document id, frame to open it next to (or None)

    def __init__(
        self,
        *,
        alignment: AlignmentService,
        comparison: ComparisonService,
        tabs: DocumentTabs,
        prompter: Prompter,
        history: UndoHistory,
        signals: AppSignals,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._alignment = alignment
        self._comparison = comparison
        self._tabs = tabs
        self._prompter = prompter
        self._history = history
        self._signals = signals
        self.status = signals.status
        self._parent = parent
        self._previous: DocumentPane | None = None  # the pane read before the active one: a link's other end
        self._last_active: DocumentPane | None = None
        self._runner = TaskRunner("align", self)
        self.progress: QProgressDialog | None = None

    # -- menu ---------------------------------------------------------------------------------------
    def build_menu(self, menu_bar: QMenuBar, owner: QWidget) -> QMenu:
        menu = menu_bar.addMenu(translate("Menus", "&Compare"))
        writes(add_action(owner, menu, translate("Menus", "&Link Paragraphs"), self.link_selected, "Ctrl+L"))
        writes(add_action(owner, menu, translate("Menus", "&Unlink Paragraph"), self.unlink_current, "Ctrl+Shift+L"))
        menu.addSeparator()
        writes(add_action(owner, menu, translate("Menus", "&Suggest Alignment"), self.suggest, "Ctrl+Shift+A"))
        writes(
            add_action(
                owner,
                menu,
                translate("Menus", "&Accept Suggestion Here"),
                lambda: self._decide_here(accept=True),
                "Ctrl+Alt+A",
            )
        )
        writes(
            add_action(
                owner,
                menu,
                translate("Menus", "&Reject Suggestion Here"),
                lambda: self._decide_here(accept=False),
                "Ctrl+Alt+R",
            )
        )
        writes(
            add_action(owner, menu, translate("Menus", "Accept All Suggestions"), lambda: self._decide_all(accept=True))
        )
        writes(
            add_action(
                owner, menu, translate("Menus", "Reject All Suggestions"), lambda: self._decide_all(accept=False)
            )
        )
        menu.addSeparator()
        self.sync_action = self._toggle(
            owner, menu, translate("Menus", "S&ynchronized Scrolling"), self._set_sync, "Ctrl+Alt+Y", on=True
        )
        menu.addSeparator()
        add_action(owner, menu, translate("Menus", "&Mark Selection in All Panes"), self.mark_selection, "Ctrl+Shift+H")
        add_action(owner, menu, translate("Menus", "Next Marked Term"), lambda: self._step_term(1), "Ctrl+J")
        add_action(owner, menu, translate("Menus", "Previous Marked Term"), lambda: self._step_term(-1), "Ctrl+Shift+J")
        self.terms_action = self._toggle(owner, menu, translate("Menus", "Shared &Terms"), self.reload, "Ctrl+Shift+T")
        menu.addSeparator()
        self.diff_action = self._toggle(owner, menu, translate("Menus", "Show &Differences"), self.reload, "Ctrl+D")
        self.ignore_case_action = self._toggle(
            owner, menu, translate("Menus", "Differences Ignore &Case"), self.reload, None, on=True
        )
        self.ignore_punct_action = self._toggle(
            owner, menu, translate("Menus", "Differences Ignore &Punctuation"), self.reload, None, on=True
        )
        menu.addSeparator()
        add_action(owner, menu, translate("Menus", "Move Pane &Left"), lambda: self._move_pane(-1), "Ctrl+Alt+Left")
        add_action(owner, menu, translate("Menus", "Move Pane &Right"), lambda: self._move_pane(1), "Ctrl+Alt+Right")
        return menu

    @staticmethod
    def _toggle(
        owner: QWidget, menu: QMenu, text: str, slot: Callable[[], None], key: str | None, *, on: bool = False
    ) -> QAction:
        action = add_action(owner, menu, text, slot, *((key,) if key else ()))
        action.setCheckable(True)
        action.setChecked(on)
        return action

    # -- opening beside -----------------------------------------------------------------------------
    def on_dropped(self, frame: PaneFrame, ids: list[int]) -> None:
        for document_id in ids:
            self.open_beside_requested.emit(document_id, frame)

    # -- the panes a command works on ---------------------------------------------------------------
    def _view(self) -> CompareView | None:
        return self._tabs.current_view()

    def remember_active(self) -> None:
        """The pane being read changed: the one before it is the other end of the next link."""
        pane = self._tabs.current_pane()
        if pane is not self._last_active:
            self._previous, self._last_active = self._last_active, pane

    def _pair(self) -> tuple[DocumentPane, DocumentPane] | None:
        """The active pane and the one to link it with: the pane read just before, else its neighbour."""
        view = self._view()
        active = view.active_pane() if view else None
        panes = view.panes() if view else []
        if active is None or len(panes) < 2:
            self._prompter.info("Two documents needed", "Open a second document beside this one (Ctrl+click it).")
            return None
        other = self._previous if self._previous in panes and self._previous is not active else None
        if other is None:
            index = panes.index(active)
            other = panes[index + 1] if index + 1 < len(panes) else panes[index - 1]
        return active, other

    # -- links --------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the links between every pair of documents in the current tab, and refresh what depends on them."""
        view = self._view()
        if view is None:
            return
        ids = view.document_ids()
        for left, right in combinations(ids, 2):
            view.set_links(left, right, self._alignment.links(left, right))
        show_shared_terms(view, self._comparison, self.terms_action.isChecked())
        options = DiffOptions(self.ignore_case_action.isChecked(), self.ignore_punct_action.isChecked())
        summary = show_differences(view, self._comparison, options if self.diff_action.isChecked() else None)
        if summary:
            self.status.emit(summary)

    @unless_read_only
    def link_selected(self) -> None:
        pair = self._pair()
        if pair is None:
            return
        active, other = pair
        spans = active.selected_paragraphs(), other.selected_paragraphs()
        if spans[0] is None or spans[1] is None:
            self._prompter.info(
                "Choose paragraphs in both panes",
                "Click a paragraph (or select a run of them) in each of the two panes, then link them (Ctrl+L).",
            )
            return
        ids = _ids(active, other)
        try:
            change = self._alignment.link(ids[0], spans[0], ids[1], spans[1])
        except ParallaxError as exc:
            self._prompter.error("Cannot link", str(exc))
            return
        self._done(change)
        self._view_resync()
        self.status.emit(f"Linked {change.result.display()}.")

    def _done(self, change: Change[Any]) -> None:
        self._history.record(change)
        self._signals.announce(change)

    def _links_here(
        self, suggested_only: bool = False
    ) -> tuple[int, list[tuple[tuple[int, int], list[AlignmentLink]]]]:
        """The clicked ¶ of the pane being read, and its links to each other pane's document."""
        view = self._view()
        active = view.active_pane() if view else None
        if view is None or active is None or active.document_id is None or not active.current_paragraph():
            return 0, []
        number, found = active.current_paragraph(), []
        for other in view.panes():
            if other is active or other.document_id is None:
                continue
            ids = (active.document_id, other.document_id)
            here = [
                link
                for link in links_at(view.links_between(*ids), number)
                if not suggested_only or link.origin is LinkOrigin.SUGGESTED
            ]
            if here:
                found.append((ids, here))
        return number, found

    @unless_read_only
    def unlink_current(self) -> None:
        number, found = self._links_here()
        for ids, links in found:
            self._remove(ids, links)
        if not number:
            self.status.emit("Click a linked paragraph first.")
        else:
            self.status.emit(f"Unlinked ¶{number}." if found else f"¶{number} has no links.")

    def _remove(self, ids: tuple[int, int], links: list[AlignmentLink]) -> None:
        change = self._alignment.remove(*ids, [link.id for link in links if link.id is not None])
        if change.result:
            self._done(change)

    @unless_read_only
    def link_menu(self, left_id: int, right_id: int, link: AlignmentLink, where: QPoint) -> None:
        menu = QMenu(self._parent)
        if link.origin is LinkOrigin.SUGGESTED:
            menu.addAction("Accept Suggestion", lambda: self._decide((left_id, right_id), [link], accept=True))
            menu.addAction("Reject Suggestion", lambda: self._decide((left_id, right_id), [link], accept=False))
        else:
            menu.addAction(f"Unlink {link.display()}", lambda: self._remove((left_id, right_id), [link]))
        menu.exec(where)

    # -- suggestions --------------------------------------------------------------------------------
    @unless_read_only
    def suggest(self) -> None:
        """Suggest links between the active pane's document and the other one, in the background."""
        pair = self._pair()
        if pair is None or self.progress is not None:
            return
        left, right = _ids(*pair)
        self.progress = progress = QProgressDialog("Suggesting an alignment…", "Cancel", 0, 100, self._parent)
        progress.setWindowTitle("Suggest Alignment")
        progress.setMinimumDuration(400)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        task = self._runner.run(
            lambda job: self._alignment.suggest(left, right, job=job), self._on_suggested,
            failed=self._on_suggest_failed, progress=lambda step: progress.setValue(step.done),
        )  # fmt: skip
        progress.canceled.connect(task.cancel)

    def cancel(self) -> None:
        """Stop a suggestion in progress and wait for it (the window is closing)."""
        self._runner.cancel()
        self._finish()

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
        self.progress = None

    def _on_suggested(self, result: Suggestion) -> None:
        self._finish()
        self._signals.links_changed.emit()
        self._view_resync()
        advice = " Accept or reject them from the Compare menu or by right-clicking a band." if result.suggested else ""
        self.status.emit(result.summary() + advice)
        self.suggestion_finished.emit()

    def _on_suggest_failed(self, error: Exception) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            self.status.emit("Alignment suggestion cancelled.")
        elif isinstance(error, ParallaxError):
            self._prompter.error("Cannot suggest an alignment", str(error))
        else:
            raise error  # a fault, not a message: the window's error report takes it
        self.suggestion_finished.emit()

    @unless_read_only
    def _decide_here(self, accept: bool) -> None:
        _number, found = self._links_here(suggested_only=True)
        for ids, links in found:
            self._decide(ids, links, accept)
        if not found:
            self.status.emit("No suggested link at this paragraph: click a paragraph with a dashed band.")

    @unless_read_only
    def _decide_all(self, accept: bool) -> None:
        view = self._view()
        if view is None:
            return
        ids = view.document_ids()
        total = 0
        for pair in combinations(ids, 2):
            suggested = [link for link in view.links_between(*pair) if link.origin is LinkOrigin.SUGGESTED]
            if suggested:
                total += len(suggested)
                self._decide(pair, suggested, accept, quiet=True)
        verb = "Accepted" if accept else "Rejected"
        self.status.emit(f"{verb} {total} suggested links." if total else "There are no suggested links.")

    def _decide(self, ids: tuple[int, int], links: list[AlignmentLink], accept: bool, quiet: bool = False) -> None:
        link_ids = [link.id for link in links if link.id is not None]
        decide = self._alignment.accept if accept else self._alignment.reject
        self._done(decide(*ids, link_ids))
        if not quiet:
            shown = ", ".join(link.display() for link in links)
            self.status.emit(f"{'Accepted' if accept else 'Rejected'} {shown}.")

    # -- scrolling, terms, differences --------------------------------------------------------------
    def _set_sync(self) -> None:
        for view in self._tabs.views():
            view.sync.enabled = self.sync_action.isChecked()
        self._view_resync()

    def _view_resync(self) -> None:
        view = self._view()
        if view is not None:
            view.resync()

    def mark_term(self, term: str) -> None:
        view = self._view()
        if view is not None and term.strip():
            view.mark_term(term.strip())

    def mark_selection(self) -> None:
        pane = self._tabs.current_pane()
        text = pane.view.selected_text().strip() if pane else ""
        if not text or "\n" in text:
            self.status.emit("Select a word or phrase first (or double-click a word).")
            return
        self.mark_term(text)

    def _step_term(self, delta: int) -> None:
        view = self._view()
        if view is not None:
            view.step_term(delta)

    def _move_pane(self, delta: int) -> None:
        view = self._view()
        frame = view.active_frame() if view else None
        if view is not None and frame is not None:
            view.move_pane(frame, delta)
