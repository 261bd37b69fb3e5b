"""The window's layout as it was at the last close: restored at the start, saved at the close."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.common.settings import WindowSettings
from app.ui.window.places import encode, places_of

if TYPE_CHECKING:
    from app.ui.window.main_window import MainWindow
    from app.ui.window.parts import WindowParts


def restore_frame(window: MainWindow, settings: WindowSettings) -> bool:
    """Geometry, docks, the library's width and visibility, as they were at the last close.

    False on a first start (nothing saved), when the docks keep the sizes the frame gave them."""
    if settings.geometry is not None:
        window.restoreGeometry(settings.geometry)
    if settings.splitter is not None:
        window.splitter.restoreState(settings.splitter)
    window.room.reapply()  # the library shown or not, as its toggle says
    return settings.window_state is not None and window.restoreState(settings.window_state)


def save_window(window: MainWindow, settings: WindowSettings, parts: WindowParts) -> None:
    if window.focus_mode.active:
        window.focus_mode.leave()
    window.room.for_saving()  # the panels as the reader keeps them, not folded away for the panes
    pane = window.documents.current_pane()
    settings.save(
        geometry=window.saveGeometry(),
        window_state=window.saveState(),
        splitter=window.splitter.saveState(),
        library_visible=window.room.library_action.isChecked(),
        give_way=window.room.give_way_action.isChecked(),
        zoom=window.zoom,
        theme=window.theme,
        open_layout=window.documents.layout_ids(),
        current_document=pane.document_id if pane else None,
        sync_scrolling=parts.compare.sync_action.isChecked(),
        places=encode(places_of(window.documents)),
    )
