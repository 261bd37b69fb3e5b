"""The window made whole once its library is open: its parts built, wired to one another, handed to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.common.signals import AppSignals
from app.ui.common.theme import Theme
from app.ui.window.parts import WindowParts
from app.ui.window.wiring import wire

if TYPE_CHECKING:
    from app.domain.documents import DocumentSummary
    from app.services.collections import Collection
    from app.services.infrastructure.storage import Membership
    from app.services.registry import Services
    from app.ui.window.main_window import MainWindow


def assemble(
    window: MainWindow,
    services: Services,
    *,
    library_location: str = "",
    read_only: bool = False,
    listing: tuple[list[Collection], list[DocumentSummary]] | None = None,
    member: Membership | None = None,
) -> WindowParts:
    """Build the parts over `services`, wire them, give them to `window`; `listing` is the library's collections
    and documents if they were read already (off the GUI thread); `member`: who is using a shared library."""
    parts = WindowParts(window, services, AppSignals(window))
    wire(window, parts)
    parts.compare.sync_action.setChecked(window.settings.sync_scrolling)
    parts.menus.dark.setChecked(window.theme is Theme.DARK)
    parts.workspace.refresh_library(listing)  # listed before the panes read ahead are announced, to select them
    window.attach(parts)
    window.room.reapply()  # what had given way before the library opened stays folded, its contents now come
    parts.timeline.schedule_refresh()
    parts.search.prepare()
    if library_location:
        window.statusBar().showMessage(f"Library: {library_location}", 8000)
    if read_only:
        from app.ui.common.read_only import make_read_only

        make_read_only(window, library_location or "This library")
    if services.changes is not None:  # a shared library: who is here, and what others do, as they do it
        from app.ui.window.shared import SharedStatus, apply_membership

        apply_membership(window, member)
        status = SharedStatus(window, library_location, member)
        live = parts.live
        assert live is not None
        live.answering_changed.connect(status.set_answering)
        live.start()
    return parts
