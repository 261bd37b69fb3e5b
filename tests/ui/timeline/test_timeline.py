"""The timeline dock: what it shows, zoom and pan, hover cards, the ruler's range filter, and editing with undo."""

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from app.domain.timeline import DEFAULT_END, DEFAULT_START, MAX_PX_PER_DAY, ItemKind, Lane, TimelineItem
from app.services.registry import Services
from app.ui.timeline.foreground import HEADER_WIDTH
from app.ui.timeline.view import TimelineView
from tests.builders import declaration_id
from tests.ui.helpers import CTRL, LEFT, WindowMaker, note_in_editor


def lane_top(view: TimelineView, lane: Lane) -> float:
    """Where a lane shown begins, in viewport pixels."""
    top = view.lane_top(lane)
    assert top is not None
    return top


def item_with(view: TimelineView, label_start: str) -> TimelineItem:
    return next(item for item in view.all_items() if item.label.startswith(label_start))


def moment_at_middle(view: TimelineView) -> datetime:
    return view.time_scale.time_at(view.mapToScene(view.viewport().rect().center()).x())


def ruler_x(view: TimelineView, moment: datetime) -> int:
    return view.mapFromScene(QPointF(view.time_scale.x_of(moment), 0)).x()


def test_the_default_view_fits_the_two_months_with_every_dated_thing_at_its_date(
    make_window: WindowMaker, services: Services, nagy: int
) -> None:
    window, _ = make_window()
    view = window.parts.timeline.view
    assert window.findChild(TimelineView, "TimelineView") is view
    assert window.parts.timeline.dock.isVisible()
    width = view.time_scale.x_of(DEFAULT_END) - view.time_scale.x_of(DEFAULT_START)
    assert width == pytest.approx(view.viewport().width() - HEADER_WIDTH - 10, abs=1)
    assert view.mapFromScene(QPointF(0, 0)).x() == pytest.approx(HEADER_WIDTH, abs=1)  # 1 October at the left
    declaration = next(i for i in view.all_items() if i.key == (ItemKind.DOCUMENT, declaration_id(services)))
    published = item_with(view, "Pravda prints the Soviet Declaration")
    broadcast = next(i for i in view.all_items() if i.key == (ItemKind.DOCUMENT, nagy))
    day = view.time_scale.px_per_day
    assert view.x_of(declaration) == pytest.approx(HEADER_WIDTH + 29 * day, abs=1)  # 30 October
    assert view.x_of(published) - view.x_of(declaration) == pytest.approx(day, abs=1)
    assert view.x_of(broadcast) - view.x_of(declaration) == pytest.approx(2 * day, abs=1)
    assert view.point_of(declaration.key) is not None  # drawn, not lost in a cluster
    assert lane_top(view, Lane.DOCUMENTS) < lane_top(view, Lane.HUNGARY) < lane_top(view, Lane.USSR)
    assert declaration_id(services) in view.open_documents  # the document being read is marked
    labels = [label for _, label, _ in view.ticks()]
    assert {"October 1956", "1 Nov"} & set(labels)


def test_zoom_and_pan_from_the_keyboard_the_wheel_and_the_slider(make_window: WindowMaker, qtbot: QtBot) -> None:
    window, _ = make_window()
    view = window.parts.timeline.view
    view.setFocus()
    before, middle = view.time_scale.px_per_day, moment_at_middle(view)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.time_scale.px_per_day == pytest.approx(before * 1.25)
    assert abs((moment_at_middle(view) - middle).total_seconds()) < 3600  # zooming keeps the middle in place
    target = view.mapFromScene(QPointF(view.time_scale.x_of(datetime(1956, 11, 4)), 0)).x()
    at, three_notches = QPointF(target, 40), QPoint(0, 120 * 3)
    wheel = QWheelEvent(at, view.mapToGlobal(at), QPoint(0, 0), three_notches, Qt.MouseButton.NoButton, CTRL,
                        Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.time_scale.px_per_day == pytest.approx(before * 1.25**4)
    under = view.time_scale.time_at(view.mapToScene(QPoint(target, 40)).x())
    assert abs((under - datetime(1956, 11, 4)).total_seconds()) < 3 * 3600  # Ctrl+wheel zooms about the pointer
    scroll = view.horizontalScrollBar().value()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.horizontalScrollBar().value() > scroll
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.horizontalScrollBar().value() == scroll
    window.parts.timeline.slider.setValue(window.parts.timeline.slider.maximum())
    assert view.time_scale.px_per_day == pytest.approx(MAX_PX_PER_DAY)
    assert any(label.endswith(":00") for _, label, _ in view.ticks())  # hours on the ruler
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.time_scale.x_of(DEFAULT_END) == pytest.approx(view.viewport().width() - HEADER_WIDTH - 10, abs=1)
    assert window.parts.timeline.slider.value() < window.parts.timeline.slider.maximum() // 3


def test_a_cluster_spreads_out_when_clicked_and_hover_shows_a_card(make_window: WindowMaker, qtbot: QtBot) -> None:
    window, _ = make_window()
    view = window.parts.timeline.view
    clusters = view.clusters()
    assert clusters  # the two months at once: some events are counted, not labelled
    cluster, point = max(clusters, key=lambda shown: len(shown[0].items))
    assert view.thing_at(point) == cluster
    assert not [item for item in cluster.items if view.point_of(item.key)]
    qtbot.mouseClick(view.viewport(), LEFT, pos=point)
    assert view.time_scale.px_per_day >= 40  # at least twice as close
    for _ in range(6):  # zooming in on what is still counted, until all of them have their labels
        left = [c for c, _point in view.clusters() if set(c.items) & set(cluster.items)]
        if not left:
            break
        view.zoom_into(left[0])
    assert all(view.point_of(item.key) is not None for item in cluster.items)
    published = item_with(view, "Pravda prints the Soviet Declaration")
    view.zoom_to(datetime(1956, 10, 30), datetime(1956, 11, 2))
    spot = view.reveal(published.key)  # the lanes grow when a day is wide: its events stack in its band
    assert spot is not None
    assert view.viewport().rect().contains(spot)
    qtbot.mouseMove(view.viewport(), spot)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "31 October 1956" in QToolTip.text()
    assert "Source:" in QToolTip.text()


def test_a_range_on_the_ruler_filters_the_library_the_notes_and_search(
    make_window: WindowMaker, qtbot: QtBot, services: Services, nagy: int
) -> None:
    services.notes.create(title="The Presidium's text", date_edtf="1956-10-30")
    services.notes.create(title="After the attack", date_edtf="1956-11-20")
    services.notes.create(title="Undated question")
    window, _ = make_window()
    view, ruler = window.parts.timeline.view, window.parts.timeline.view.ruler
    window.parts.search.search_now("Hungarian")
    window.parts.search.wait()
    qtbot.waitUntil(lambda: len({hit.document_id for hit in window.parts.search.view.hits}) == 2, timeout=3000)
    start, end = ruler_x(view, datetime(1956, 10, 29, 12)), ruler_x(view, datetime(1956, 10, 31, 12))
    qtbot.mousePress(ruler, LEFT, pos=QPoint(start, 10))
    qtbot.mouseMove(ruler, QPoint(end, 10))
    qtbot.mouseRelease(ruler, LEFT, pos=QPoint(end, 10))
    assert view.date_range is not None
    assert view.date_range.display() == "29–31 October 1956"
    assert window.parts.library_panel.document_ids() == [declaration_id(services)]
    assert window.parts.library_panel.range_bar.isVisible()
    assert "dated 29–31 October 1956 only" in window.parts.library_panel.range_bar.label.text()
    assert [window.parts.notes.panel.list.item(0).text().splitlines()[0]] == ["The Presidium's text"]
    assert window.parts.notes.panel.list.count() == 1
    window.parts.search.wait()
    qtbot.waitUntil(lambda: {hit.document_id for hit in window.parts.search.view.hits} == {declaration_id(services)})
    assert window.parts.timeline.clear_button.isVisible()
    qtbot.mouseClick(window.parts.timeline.zoom_range_button, LEFT)
    days = (view.date_range.end - view.date_range.start).total_seconds() / 86_400
    assert view.time_scale.px_per_day == pytest.approx((view.viewport().width() - HEADER_WIDTH - 40) / days)
    assert ruler_x(view, view.date_range.start) == pytest.approx(HEADER_WIDTH + 20, abs=2)  # the picked days fill it
    qtbot.mouseClick(window.parts.library_panel.range_bar.clear_button, LEFT)
    assert view.date_range is None
    assert sorted(window.parts.library_panel.document_ids()) == sorted([declaration_id(services), nagy])
    assert window.parts.notes.panel.list.count() == 3
    assert not window.parts.library_panel.range_bar.isVisible()
    window.parts.search.wait()
    qtbot.waitUntil(lambda: len({hit.document_id for hit in window.parts.search.view.hits}) == 2, timeout=3000)


def test_events_are_added_edited_and_deleted_with_undo(make_window: WindowMaker, qtbot: QtBot) -> None:
    window, _ = make_window()
    view, timeline = window.parts.timeline.view, window.parts.timeline
    dialog = timeline.add_event()
    assert dialog is not None
    dialog.label.setText("Budapest papers print the Declaration")
    dialog.date.setText("the first of November")
    assert dialog.reading.text().startswith("Not understood")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()  # refused: the dialog stays with the text and says why
    assert dialog.error.text().startswith("Date: cannot read")
    dialog.date.setText("1 Nov 1956")
    assert dialog.reading.text() == "→ 1 November 1956"
    dialog.category.setCurrentIndex(dialog.category.findData("hungary"))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    added = item_with(view, "Budapest papers")
    assert (added.lane, added.date.edtf, added.bundled) == (Lane.HUNGARY, "1956-11-01", False)
    window.parts.history.undo()
    assert not [i for i in view.all_items() if i.label.startswith("Budapest papers")]
    window.parts.history.redo()
    added = item_with(view, "Budapest papers")
    view.zoom_to(datetime(1956, 10, 31), datetime(1956, 11, 3))
    spot = view.point_of(added.key)
    assert spot is not None
    qtbot.mouseDClick(view.viewport(), LEFT, pos=spot)
    editor = timeline.dialog
    assert editor is not None
    assert editor.isVisible()
    assert editor.label.text() == "Budapest papers print the Declaration"
    editor.label.setText("Szabad Nép prints the Declaration")
    qtbot.mouseClick(editor.ok_button, LEFT)
    assert item_with(view, "Szabad Nép").key == added.key
    window.parts.history.undo()
    assert item_with(view, "Budapest papers").key == added.key
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.point_of(added.key))
    assert timeline.selected is not None
    assert timeline.selected.key == added.key
    assert "1 November 1956" in timeline.details.text()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert added.key not in {i.key for i in view.all_items()}
    assert "Event deleted: Budapest papers" in window.statusBar().currentMessage()
    window.parts.history.undo()
    assert added.key in {i.key for i in view.all_items()}


def test_a_bundled_event_is_hidden_not_deleted_and_lanes_can_be_hidden(make_window: WindowMaker, qtbot: QtBot) -> None:
    window, _ = make_window()
    view, timeline = window.parts.timeline.view, window.parts.timeline
    published = item_with(view, "Pravda prints the Soviet Declaration")
    view.zoom_to(datetime(1956, 10, 30), datetime(1956, 11, 2))
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.point_of(published.key))
    assert "Pravda" in timeline.details.text()
    assert not timeline.delete_button.isEnabled()
    qtbot.mouseClick(timeline.hide_button, LEFT)
    assert published.key not in {i.key for i in view.all_items()}
    timeline.hidden_action.setChecked(True)  # Lanes › Show Hidden Events
    shown = next(i for i in view.all_items() if i.key == published.key)
    assert shown.hidden
    timeline.hidden_action.setChecked(False)
    window.parts.history.undo()
    assert published.key in {i.key for i in view.all_items()}
    timeline.lane_actions[Lane.USSR].setChecked(False)
    assert view.lane_top(Lane.USSR) is None
    assert view.point_of(published.key) is None
    timeline.lane_actions[Lane.USSR].setChecked(True)
    assert view.lane_top(Lane.USSR) is not None


def test_double_clicking_documents_and_notes_opens_them(
    make_window: WindowMaker, qtbot: QtBot, services: Services, nagy: int
) -> None:
    note = services.notes.create(title="Two answers in two days", date_edtf="1956-11-02").result
    window, _ = make_window()
    view = window.parts.timeline.view
    view.zoom_to(datetime(1956, 10, 29), datetime(1956, 11, 4))
    spot = view.point_of((ItemKind.DOCUMENT, nagy))
    assert spot is not None
    qtbot.mouseDClick(view.viewport(), LEFT, CTRL, pos=spot)
    assert [pane.document_id for pane in window.documents.panes()] == [declaration_id(services), nagy]
    assert view.open_documents == {declaration_id(services), nagy}
    qtbot.mouseDClick(view.viewport(), LEFT, pos=view.point_of((ItemKind.NOTE, note.id)))
    assert note_in_editor(window) == note.id
