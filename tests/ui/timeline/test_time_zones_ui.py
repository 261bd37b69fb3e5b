"""The window with three telegrams of 30 October 1956 from three zones: the library's date column and the
timeline put them in the order they were written, a day is a band across its day, the ruler names the day."""

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from app.domain.documents import DocumentKind, DocumentMetadata
from app.domain.timeline import ItemKind, Lane, Shape
from app.services.library import NewDocument
from app.services.metadata import MetadataInput, apply_input
from app.services.registry import Services
from tests.ui.helpers import WindowMaker

TELEGRAMS = [
    ("Washington telegram", "30 October 1956, 13:22", "Washington"),  # 18:22 UTC
    ("Moscow telegram", "30 October 1956, 22:00", "Moscow"),  # 19:00 UTC
    ("Budapest telegram", "30 October 1956, 14:00", "Budapest"),  # 13:00 UTC
]


def _add(services: Services) -> dict[str, int]:
    ids = {}
    for title, date, place in TELEGRAMS:
        base = DocumentMetadata(title=title, kind=DocumentKind.TELEGRAM)
        metadata = apply_input(base, MetadataInput(date=date, place=place), keep_empty=True)
        ids[title] = services.library.add_document(NewDocument(metadata, (f"The {title}.",)))
    return ids


def test_the_library_and_the_timeline_show_them_in_the_order_they_were_written(
    make_window: WindowMaker, services: Services, qtbot: QtBot
) -> None:
    ids = _add(services)
    window, _ = make_window()
    panel = window.parts.library_panel
    panel.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    shown = [i for i in panel.document_ids() if i in ids.values()]
    assert shown == [ids["Budapest telegram"], ids["Washington telegram"], ids["Moscow telegram"]]
    model = panel.proxy
    dates = [
        model.data(model.index(row, 2, QModelIndex()))
        for row in range(model.rowCount())
        if model.data(model.index(row, 0, QModelIndex())) in ids
    ]
    assert dates == [
        "30 October 1956, 14:00 (Budapest)",
        "30 October 1956, 13:22 (Washington)",
        "30 October 1956, 22:00 (Moscow)",
    ]
    tip = next(
        model.data(model.index(row, 0, QModelIndex()), Qt.ItemDataRole.ToolTipRole)
        for row in range(model.rowCount())
        if model.data(model.index(row, 0, QModelIndex())) == "Washington telegram"
    )
    assert "30 October 1956, 18:22 UTC" in tip

    view = window.parts.timeline.view
    view.zoom_to(datetime(1956, 10, 30), datetime(1956, 10, 30, 23, 59))
    xs = {title: view.reveal((ItemKind.DOCUMENT, doc_id)) for title, doc_id in ids.items()}
    assert all(point is not None for point in xs.values())
    # Washington's 13:22 lies to the right of Budapest's 14:00, Moscow's 22:00 further right still
    assert xs["Budapest telegram"].x() < xs["Washington telegram"].x() < xs["Moscow telegram"].x()  # type: ignore[union-attr]
    assert view.day_caption() == "30 October 1956 · UTC"


def test_a_day_is_a_band_over_its_whole_day_and_own_documents_are_never_counted(
    make_window: WindowMaker, services: Services, qtbot: QtBot
) -> None:
    for n in range(30):  # a busy day of the user's own documents, none of them with a time
        services.library.add_document(
            NewDocument(DocumentMetadata(title=f"Report {n} of 4 November", date_edtf="1956-11-04"), (f"Report {n}.",))
        )
    window, _ = make_window()
    view = window.parts.timeline.view
    for zoom in (view.fit, lambda: view.zoom_to(datetime(1956, 11, 4), datetime(1956, 11, 4, 23, 59))):
        zoom()
        documents = view.layout_of(Lane.DOCUMENTS)
        assert documents is not None
        assert documents.clusters == []  # never '+N'
        reports = [g for g in documents.glyphs if g.item.label.startswith("Report")]
        assert len(reports) == 30
        day = view.time_scale.x_of(datetime(1956, 11, 4)), view.time_scale.x_of(datetime(1956, 11, 5))
        for glyph in reports:
            assert glyph.item.shape is Shape.DAY
            assert glyph.x0 == day[0]  # at the start of its day, not at an invented hour
            assert glyph.x_mark_end >= min(day[1], day[0] + 10) - 1
    shown = [view.layout_of(lane) for lane in Lane if lane not in (Lane.DOCUMENTS, Lane.NOTES)]
    events = [layout for layout in shown if layout is not None]
    untimed = [g for layout in events for g in layout.glyphs if g.item.date.lo.date() == datetime(1956, 11, 4).date()]
    assert all(g.item.shape is not Shape.POINT or g.item.date.precision.value == "time" for g in untimed)
    assert not [c for layout in events for c in layout.clusters]  # zoomed to the day, each event has its row
    assert view.day_caption() == "4 November 1956 · UTC"
