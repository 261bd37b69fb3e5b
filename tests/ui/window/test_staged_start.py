"""The window starts in two steps: the page being read goes up first, read from the file; the library follows.

Every window here starts as `parallax` starts one (app/bootstrap.py), with an opening of the services that waits
until the test lets it go on, so that a test can look at the frame before the library is open (tests/ui/window/
starting.py). The start as a whole, from `run_gui` to the exit code, is in test_run_gui.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QLabel

from app.domain.alignment.links import ParagraphSpan
from app.domain.documents import DocumentMetadata
from app.services.library import NewDocument
from app.services.registry import Services
from tests.builders import WITHDRAW
from tests.ui.helpers import menu_texts, noted
from tests.ui.window.starting import Starts, settings_at

OPENING = "Opening the library…"  # what the window says while its library opens


@pytest.mark.usefixtures("notes")
def test_the_declaration_is_up_before_the_library_and_the_rest_fills_in_around_it(
    starts: Starts, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    settings = settings_at(tmp_path / "parallax.ini")
    window, held = starts.frame(db_path, settings)
    assert not window.attached
    pane = window.documents.current_pane()
    assert pane is not None
    assert pane.document is not None
    assert pane.document.title.startswith("Declaration by the Soviet Government")
    assert window.windowTitle().startswith("Declaration by the Soviet Government")
    place = window.splitter.widget(0)
    assert isinstance(place, QLabel)
    assert place.text() == OPENING  # where the library list will be
    assert menu_texts(window, "File") == [OPENING]
    assert not window.frame.search_box.isEnabled()
    assert noted(pane) == []  # notes come with the library
    page_width = pane.view.width()

    starts.let_open(window, held)
    assert window.attached
    assert window.documents.tabs.count() == 1  # the page read first is kept, not opened again
    assert window.documents.current_pane() is pane
    assert sorted(window.parts.library_panel.document_ids()) == [1, nagy]
    assert window.parts.library_panel.selected_ids() == [1]
    assert "Import…" in menu_texts(window, "File")
    assert window.frame.search_box.isEnabled()
    assert set(noted(pane)) == {WITHDRAW}  # quoted by both notes
    assert pane.view.width() == page_width  # the docks were in place already: the page does not move


def test_the_last_session_comes_back_in_order_around_the_tab_read_first(
    starts: Starts, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    services.alignment.link(1, ParagraphSpan(17, 17), nagy, ParagraphSpan(1, 1))
    raw = QSettings(str(tmp_path / "parallax.ini"), QSettings.Format.IniFormat)
    raw.setValue("session/tabs", f"{nagy},1+{nagy}")  # Nagy alone, then the Declaration beside Nagy
    raw.setValue("session/current_document", 1)  # read beside Nagy
    raw.sync()
    settings = settings_at(tmp_path / "parallax.ini")
    window, held = starts.frame(db_path, settings)
    assert window.documents.layout_ids() == [[1, nagy]]  # the tab in front at the last close, first
    first_view = window.documents.current_view()
    assert first_view is not None
    assert first_view.links_between(1, nagy) == []

    starts.let_open(window, held)
    assert window.documents.layout_ids() == [[nagy], [1, nagy]]
    assert window.documents.current_view() is first_view
    current = window.documents.current_pane()
    assert current is not None
    assert current.document_id == 1
    assert len(first_view.links_between(1, nagy)) == 1  # the links came with the library


def test_documents_asked_for_on_the_command_line_are_the_first_page(
    starts: Starts, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    settings = settings_at(tmp_path / "parallax.ini")
    window, held = starts.frame(db_path, settings, (nagy, 1))
    assert window.documents.layout_ids() == [[nagy, 1]]
    starts.let_open(window, held)
    assert window.documents.layout_ids() == [[nagy, 1]]


def test_a_library_that_cannot_be_read_ahead_opens_with_its_page_once_it_is_open(
    starts: Starts, db_path: Path, tmp_path: Path
) -> None:
    settings = settings_at(tmp_path / "parallax.ini")
    window, held = starts.frame(db_path, settings)  # no file yet: a first start
    assert window.documents.current_pane() is None
    assert window.documents.hint.isVisible()
    assert window.documents.hint.text() == OPENING  # not yet "open a document from the library"
    starts.let_open(window, held)
    pane = window.documents.current_pane()
    assert pane is not None
    assert pane.document is not None
    assert pane.document.title.startswith("Declaration by the Soviet Government")
    window.documents.close_current()
    assert window.documents.hint.text().startswith("Open a document from the library")


def test_a_tab_the_reader_changed_before_the_library_opened_stays_as_they_left_it(
    starts: Starts, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    raw = QSettings(str(tmp_path / "parallax.ini"), QSettings.Format.IniFormat)
    raw.setValue("session/tabs", f"{nagy},1+{nagy}")
    raw.setValue("session/current_document", 1)
    raw.sync()
    settings = settings_at(tmp_path / "parallax.ini")
    window, held = starts.frame(db_path, settings)
    view = window.documents.current_view()
    assert view is not None
    frame = view.frame_of(nagy)
    assert frame is not None
    view.remove(frame)  # closed while the library was opening
    starts.let_open(window, held)
    assert window.documents.layout_ids() == [[nagy], [1]]  # not reopened, and not shown twice


def test_a_session_with_a_hidden_collection_comes_back_as_the_library_shows_it(
    starts: Starts, services: Services, db_path: Path, tmp_path: Path
) -> None:
    collection = services.collections.create("FRUS 1955–57, XXV")
    member = services.library.add_document(
        NewDocument(DocumentMetadata(title="Telegram 148"), ("Nagy asked.",), collection_id=collection)
    )
    services.collections.set_hidden(collection, True)
    raw = QSettings(str(tmp_path / "parallax.ini"), QSettings.Format.IniFormat)
    raw.setValue("session/tabs", f"{member}+1")
    raw.setValue("session/current_document", member)
    raw.sync()
    settings = settings_at(tmp_path / "parallax.ini")
    window, held = starts.frame(db_path, settings)
    assert window.documents.layout_ids() == []  # not read ahead: the library leaves hidden documents out
    starts.let_open(window, held)
    assert window.documents.layout_ids() == [[1]]


def test_settings_with_impossible_ids_start_as_if_they_were_not_there(
    starts: Starts, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    raw = QSettings(str(tmp_path / "parallax.ini"), QSettings.Format.IniFormat)
    raw.setValue("session/tabs", f"99999999999999999999+{nagy},{nagy}+{nagy}")
    raw.setValue("session/current_document", nagy)
    raw.sync()
    settings = settings_at(tmp_path / "parallax.ini")
    assert settings.open_layout == [[nagy], [nagy]]  # too large for an ID, and a document twice in a tab: dropped
    window, held = starts.frame(db_path, settings)
    starts.let_open(window, held)
    assert window.documents.layout_ids() == [[nagy], [nagy]]


def test_the_same_document_asked_for_twice_is_shown_once(
    starts: Starts, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    settings = settings_at(tmp_path / "parallax.ini")
    window, held = starts.frame(db_path, settings, (nagy, nagy))
    assert window.documents.layout_ids() == [[nagy]]
    starts.let_open(window, held)
    assert window.documents.layout_ids() == [[nagy]]


def test_a_read_only_library_has_its_banner_from_the_first_page_on(
    starts: Starts, tmp_path: Path, existing: Path
) -> None:
    settings = settings_at(tmp_path / "parallax.ini")
    window, held = starts.frame(existing, settings, read_only=True)
    assert len(window.findChildren(QLabel, "ReadOnlyBanner")) == 1
    pane = window.documents.current_pane()
    assert pane is not None
    top = pane.view.mapTo(window, QPoint(0, 0))
    starts.let_open(window, held)
    assert len(window.findChildren(QLabel, "ReadOnlyBanner")) == 1  # the same banner, not a second one
    assert window.documents.current_pane() is pane
    assert pane.view.mapTo(window, QPoint(0, 0)) == top  # the page did not move down when the library came
    assert not window.acceptDrops()
