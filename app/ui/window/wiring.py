"""Every connection between the window's parts, in one place: each part says what it wants (open this document,
show these dates) or what happened (on the app's signals); here each such signal meets whoever carries it out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from app.domain.timeline import DateRange

if TYPE_CHECKING:
    from app.ui.reader.document_pane import DocumentPane
    from app.ui.window.main_window import MainWindow
    from app.ui.window.parts import WindowParts

STATUS_MS = 8000


def wire(window: MainWindow, parts: WindowParts) -> None:
    _wire_opening(window, parts)
    _wire_facts(window, parts)
    _wire_reading_area(window, parts)
    _wire_dates(parts)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.aboutToQuit.connect(parts.notes.flush)


def _wire_opening(window: MainWindow, parts: WindowParts) -> None:
    """Requests to open a document, a note or files, from wherever they come."""
    workspace, panel, importer, librarian, notes = (
        parts.workspace, parts.library_panel, parts.importer, parts.librarian, parts.notes,
    )  # fmt: skip
    panel.open_requested.connect(workspace.open_document)
    panel.open_beside_requested.connect(workspace.open_beside)
    panel.import_requested.connect(importer.choose_files)
    panel.edit_requested.connect(librarian.edit)
    panel.trash_requested.connect(librarian.trash)
    panel.collection_hidden.connect(librarian.set_collection_hidden)
    panel.collection_trash_requested.connect(librarian.trash_collection)
    window.files_dropped.connect(importer.import_paths)
    importer.document_imported.connect(workspace.open_document)
    parts.compare.open_beside_requested.connect(workspace.open_beside)
    notes.open_documents_requested.connect(workspace.open_documents)
    notes.open_beside_requested.connect(workspace.open_beside)
    notes.correct_paragraph_requested.connect(librarian.correct_paragraph)
    parts.search.open_document_requested.connect(workspace.open_hit)
    parts.search.open_note_requested.connect(notes.open_note)
    timeline = parts.timeline
    timeline.open_document_requested.connect(workspace.open_document)
    timeline.open_beside_requested.connect(workspace.open_beside)
    timeline.open_note_requested.connect(notes.open_note)


def _wire_facts(window: MainWindow, parts: WindowParts) -> None:
    """What changed in the library, to whatever shows it."""
    signals, workspace, timeline = parts.signals, parts.workspace, parts.timeline
    signals.documents_changed.connect(workspace.refresh_library)
    signals.documents_changed.connect(timeline.schedule_refresh)
    signals.document_changed.connect(workspace.reshow)
    signals.document_changed.connect(lambda _id: parts.notes.refresh_list())
    signals.document_removed.connect(window.documents.close_document)
    signals.notes_changed.connect(parts.notes.on_notes_changed)
    signals.notes_changed.connect(timeline.schedule_refresh)
    signals.events_changed.connect(timeline.refresh)  # its own lane: at once, so the change shows where it was made
    signals.links_changed.connect(parts.compare.reload)
    signals.status.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
    window.theme_changed.connect(lambda theme: parts.menus.dark.setChecked(theme.dark))


def _wire_reading_area(window: MainWindow, parts: WindowParts) -> None:
    """The tabs of panes: what the other parts follow of them."""
    tabs, compare, notes, panel = window.documents, parts.compare, parts.notes, parts.library_panel
    tabs.pane_created.connect(notes.hook_pane)

    def hook_pages(pane: DocumentPane) -> None:
        pane.set_page_source(parts.page_source)
        pane.reread_requested.connect(parts.importer.read_page_again)

    tabs.pane_created.connect(hook_pages)
    for pane in tabs.panes():  # those shown before the library opened
        hook_pages(pane)
    tabs.current_changed.connect(notes.update_context)
    tabs.panes_changed.connect(notes.update_context)
    tabs.panes_changed.connect(compare.reload)
    tabs.current_changed.connect(compare.remember_active)
    tabs.link_menu_requested.connect(compare.link_menu)
    tabs.documents_dropped.connect(compare.on_dropped)
    tabs.term_chosen.connect(compare.mark_term)

    def follow_current() -> None:
        pane = tabs.current_pane()
        if pane is not None and pane.document_id is not None:
            panel.select_document(pane.document_id)
        for action in parts.menus.document_actions():
            action.setEnabled(pane is not None)

    def outline_open() -> None:
        parts.timeline.set_open_documents({doc_id for ids in tabs.layout_ids() for doc_id in ids})

    tabs.current_changed.connect(follow_current)
    tabs.current_changed.connect(outline_open)
    tabs.panes_changed.connect(outline_open)


def _wire_dates(parts: WindowParts) -> None:
    """A range picked on the timeline's ruler narrows the library list, the notes list and the search hits."""
    timeline = parts.timeline

    def filter_dates(date_range: DateRange | None) -> None:
        parts.library_panel.set_date_range(date_range)
        parts.notes.panel.set_date_range(date_range)
        parts.search.set_date_range(date_range)

    timeline.range_changed.connect(filter_dates)
    for bar in (parts.library_panel.range_bar, parts.notes.panel.range_bar, parts.search.view.range_bar):
        bar.clear_requested.connect(timeline.clear_range)
