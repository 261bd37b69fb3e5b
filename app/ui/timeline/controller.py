"""TimelineController: the timeline dock (zoom, lanes, details of the selection), event editing with undo, the range."""

from __future__ import annotations

import math
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenuBar,
    QWidget,
)

from app.domain.errors import ParallaxError, StorageError
from app.domain.i18n import translate
from app.domain.timeline import MAX_PX_PER_DAY, DateRange, ItemKind, TimelineItem
from app.services.changes import Change
from app.services.timeline import EventConflictError, EventDraft, TimelineService
from app.ui.common.accessibility import describe
from app.ui.common.actions import add_action
from app.ui.common.read_only import unless_read_only, writes
from app.ui.common.signals import AppSignals
from app.ui.common.undo import UndoHistory
from app.ui.timeline.event_dialog import EventDialog
from app.ui.timeline.panel import SLIDER_STEPS, TimelinePanel
from app.ui.timeline.view import TimelineView

if TYPE_CHECKING:
    from app.services.library import LibraryService
    from app.services.notes import NotesService


class TimelineController(QObject):
    open_document_requested = Signal(int)
    open_beside_requested = Signal(int)
    open_note_requested = Signal(int)
    range_changed = Signal(object)  # DateRange or None

    def __init__(
        self,
        *,
        timeline: TimelineService,
        library: LibraryService,
        notes: NotesService,
        history: UndoHistory,
        signals: AppSignals,
        window: QMainWindow,
        dock: QDockWidget,
    ) -> None:
        super().__init__(window)
        self._service, self._library, self._notes, self._history = timeline, library, notes, history
        self._signals = signals
        self.status = signals.status
        self._window = window
        self.show_hidden = False
        self.selected: TimelineItem | None = None
        self.dialog: EventDialog | None = None
        self.view = TimelineView()
        describe(self.view, "Timeline", "October and November 1956: documents, notes and events at their dates. "
                 "Plus and minus zoom, the arrow keys pan, Enter opens what is selected.")  # fmt: skip
        self.dock = dock
        panel = self.panel = TimelinePanel(self.view, self)
        self.slider, self.lane_actions, self.hidden_action = panel.slider, panel.lane_actions, panel.hidden_action
        self.zoom_in, self.zoom_out, self.add_button = panel.zoom_in, panel.zoom_out, panel.add_button
        self.range_label, self.zoom_range_button, self.clear_button = (
            panel.range_label, panel.zoom_range_button, panel.clear_button
        )  # fmt: skip
        self.details, self.open_button, self.edit_button = panel.details, panel.open_button, panel.edit_button
        self.hide_button, self.delete_button = panel.hide_button, panel.delete_button
        dock.setWidget(panel)
        self._show_range(None)
        self._on_selected(None)
        self._refresh_timer = QTimer(self, singleShot=True, interval=60)
        self._refresh_timer.timeout.connect(self.refresh)
        self.view.item_selected.connect(self._on_selected)
        self.view.item_activated.connect(self.activate)
        self.view.range_selected.connect(self._on_range)
        self.view.delete_requested.connect(self.delete)
        self.view.scale_changed.connect(self._show_scale)
        self.refresh()

    def build_menu(self, menu_bar: QMenuBar, window: QWidget) -> None:
        menu = menu_bar.addMenu(translate("Menus", "&Timeline"))
        toggle = self.dock.toggleViewAction()
        toggle.setText(translate("Menus", "&Timeline Panel"))
        toggle.setShortcut("F7")
        menu.addAction(toggle)
        add_action(window, menu, translate("Menus", "&Go to Timeline"), self.focus, "Ctrl+Alt+T")
        writes(add_action(window, menu, translate("Menus", "&Add Event…"), self.add_event, "Ctrl+Alt+E"))
        add_action(window, menu, translate("Menus", "&Fit Timeline"), self.view.fit)
        add_action(window, menu, translate("Menus", "&Zoom to Date Range"), self.zoom_to_range)
        add_action(window, menu, translate("Menus", "&Clear Date Range"), self.clear_range)

    def focus(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.view.setFocus()

    # -- content ---------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            items = self._service.items(with_hidden=self.show_hidden)
        except StorageError:  # a shared library's server away: the status line says so; what is shown stays
            return
        self.view.set_items(items)
        if self.selected is not None:
            self._on_selected(next((i for i in self.view.all_items() if i.key == self.selected.key), None))

    def schedule_refresh(self) -> None:
        """Read the items again a moment from now (several changes in a row make one refresh)."""
        self._refresh_timer.start()

    def set_open_documents(self, ids: set[int]) -> None:
        self.view.set_open_documents(ids)

    def apply_lanes(self) -> None:
        self.view.set_hidden_lanes({lane for lane, action in self.lane_actions.items() if not action.isChecked()})

    def on_show_hidden(self, shown: bool) -> None:
        self.show_hidden = shown
        self.refresh()

    # -- zoom ------------------------------------------------------------------------------------------------------
    def on_slider(self, value: int) -> None:
        low = self.view.minimum_scale()
        self.view.set_px_per_day(low * (MAX_PX_PER_DAY / low) ** (value / SLIDER_STEPS))

    def _show_scale(self, px_per_day: float) -> None:
        low = self.view.minimum_scale()
        position = math.log(max(px_per_day, low) / low) / math.log(MAX_PX_PER_DAY / low) if low < MAX_PX_PER_DAY else 0
        self.slider.blockSignals(True)
        self.slider.setValue(round(position * SLIDER_STEPS))
        self.slider.blockSignals(False)

    # -- the selection -----------------------------------------------------------------------------------------------
    def _on_selected(self, item: object) -> None:
        self.selected = item if isinstance(item, TimelineItem) else None
        chosen = self.selected
        self.view.select_key(chosen.key if chosen else None)
        is_event = chosen is not None and chosen.kind is ItemKind.EVENT
        self.open_button.setEnabled(chosen is not None and not is_event)
        self.edit_button.setEnabled(is_event)
        self.hide_button.setEnabled(bool(chosen and chosen.bundled))
        hidden = bool(chosen and chosen.hidden)
        self.hide_button.setText(translate("Timeline", "Show") if hidden else translate("Timeline", "Hide"))
        self.delete_button.setEnabled(is_event and chosen is not None and not chosen.bundled)
        if chosen is None:
            self.details.setText(
                translate("Timeline", "Click an item for its details; drag along the ruler to pick dates.")
            )
            return
        parts = [f"<b>{escape(chosen.date.display(chosen.place))}</b> — {escape(chosen.label)}"]
        if chosen.date.display_utc():
            parts.append(escape(chosen.date.display_utc()))
        if chosen.place:
            parts.append(escape(chosen.place))
        if chosen.source:
            parts.append(f"<i>{escape(chosen.source)}</i>")
        if is_event:
            parts.append(self._links_html(chosen.id))
        self.details.setText(" · ".join(part for part in parts if part))

    def _links_html(self, event_id: int) -> str:
        try:
            event = self._service.event(event_id)
        except ParallaxError:
            return ""
        titles = {item.key: item.label for item in self.view.all_items()}
        links = [
            f"<a href='document:{doc_id}'>{escape(titles.get((ItemKind.DOCUMENT, doc_id), f'document {doc_id}'))}</a>"
            for doc_id in event.draft.document_ids
        ] + [
            f"<a href='note:{note_id}'>{escape(titles.get((ItemKind.NOTE, note_id), f'note {note_id}'))}</a>"
            for note_id in event.draft.note_ids
        ]
        return ("linked to " + ", ".join(links)) if links else ""

    def on_link(self, link: str) -> None:
        kind, _, number = link.partition(":")
        if number.isdigit():
            (self.open_document_requested if kind == "document" else self.open_note_requested).emit(int(number))

    def activate(self, item: TimelineItem, beside: bool = False) -> None:
        """Double-click or Enter: open a document (beside the current one with a modifier) or note; edit an event."""
        if item.kind is ItemKind.DOCUMENT:
            (self.open_beside_requested if beside else self.open_document_requested).emit(item.id)
        elif item.kind is ItemKind.NOTE:
            self.open_note_requested.emit(item.id)
        else:
            self.edit_event(item.id)

    def open_selected(self) -> None:
        if self.selected is not None:
            self.activate(self.selected)

    def edit_selected(self) -> None:
        if self.selected is not None and self.selected.kind is ItemKind.EVENT:
            self.edit_event(self.selected.id)

    # -- the range ---------------------------------------------------------------------------------------------------
    def clear_range(self) -> None:
        self.view.set_range(None)

    def zoom_to_range(self) -> None:
        picked = self.view.date_range
        if picked is None:
            self.status.emit("Drag along the timeline's ruler to pick dates first.")
            return
        self.view.zoom_to(picked.start, picked.end)

    def set_range(self, date_range: DateRange | None) -> None:
        self.view.set_range(date_range)

    def _on_range(self, date_range: object) -> None:
        chosen = date_range if isinstance(date_range, DateRange) else None
        self._show_range(chosen)
        self.range_changed.emit(chosen)

    def _show_range(self, date_range: DateRange | None) -> None:
        self.range_label.setText(f"Showing only {date_range.display()}" if date_range else "")
        for widget in (self.range_label, self.zoom_range_button, self.clear_button):
            widget.setVisible(date_range is not None)

    # -- editing events, with undo -----------------------------------------------------------------------------------
    def _choices(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        documents = [(doc.id, doc.metadata.title) for doc in self._library.list_documents()]
        notes = [(note.id, note.title) for note in self._notes.list_notes()]
        return documents, notes

    def _open_dialog(self, draft: EventDraft, submit: Callable[[EventDraft], str | None]) -> EventDialog:
        documents, notes = self._choices()
        self.dialog = EventDialog(draft, submit, documents=documents, notes=notes, parent=self._window)
        self.dialog.open()
        return self.dialog

    @unless_read_only
    def add_event(self, draft: EventDraft | None = None) -> EventDialog:
        """Ask for a new event (on the picked range's first day, if any); OK adds it, Ctrl+Z takes it away."""
        if draft is None:
            first = self.view.date_range.start if self.view.date_range else None
            draft = EventDraft(label="", date=f"{first:%Y-%m-%d}" if first else "", category="other")

        def submit(written: EventDraft) -> str | None:
            try:
                change = self._service.add_event(written)
            except ParallaxError as exc:
                return str(exc)
            self._done(change)
            event = change.result
            self.status.emit(f"Event added: {event.draft.label} ({event.date.display()}).")
            return None

        return self._open_dialog(draft, submit)

    @unless_read_only
    def edit_event(self, event_id: int) -> EventDialog | None:
        try:
            before = self._service.event(event_id)
        except ParallaxError as exc:
            self.status.emit(str(exc))
            return None

        seen = [before]  # the event as the user last saw it: a conflict shows them its newer state

        def submit(written: EventDraft) -> str | None:
            try:
                change = self._service.update_event(event_id, written, seen[-1].revision)
            except EventConflictError as conflict:
                seen.append(conflict.theirs)  # a second OK, having read theirs, saves this over it
                self._signals.events_changed.emit()
                return str(conflict)
            except ParallaxError as exc:
                return str(exc)
            if change.result.draft != before.draft:
                self._history.record(change)
            self._signals.announce(change)
            return None

        return self._open_dialog(before.draft, submit)

    @unless_read_only
    def delete(self) -> None:
        """Delete the selected event of the user's (undoable); a bundled one is hidden instead."""
        chosen = self.selected
        if chosen is None or chosen.kind is not ItemKind.EVENT:
            self.status.emit("Select an event on the timeline first.")
            return
        if chosen.bundled:
            self.toggle_hidden()
            return
        try:
            self._done(self._service.delete_event(chosen.id))
        except ParallaxError as exc:
            self.status.emit(str(exc))
            return
        self.status.emit(f"Event deleted: {chosen.label} (Ctrl+Z brings it back).")

    @unless_read_only
    def toggle_hidden(self) -> None:
        chosen = self.selected
        if chosen is None or not chosen.bundled:
            return
        hide = not chosen.hidden
        try:
            self._done(self._service.set_hidden(chosen.id, hide))
        except ParallaxError as exc:
            self.status.emit(str(exc))
            return
        shown_again = "" if self.show_hidden else " (Lanes › Show Hidden Events lists it)"
        self.status.emit(f"Event {'hidden' if hide else 'shown'}: {chosen.label}{shown_again if hide else ''}.")

    def _done(self, change: Change[Any]) -> None:
        self._history.record(change)
        self._signals.announce(change)
