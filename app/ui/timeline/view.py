"""TimelineView: the strip of lanes under the reading panes, with a ruler, zoom, pan and a range picked on the ruler.

Items are not one QGraphicsItem each: every lane is one item that paints only the glyphs in the exposed
stretch (found by bisection in its packed layout), so a frame costs what is on screen, not what is in the library.
Scene x is time at the current scale; zooming repacks the lanes (cached per scale) and keeps the moment under
the pointer where it was.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from app.domain.timeline import (
    DEFAULT_END,
    DEFAULT_START,
    EVENT_LANES,
    MAX_PX_PER_DAY,
    POINT_WIDTH,
    Cluster,
    DateRange,
    ItemKind,
    Lane,
    LaneLayout,
    Span,
    TimelineItem,
    TimeScale,
    by_lane,
    day_in_view,
    fit_scale,
    pack_spans,
    ruler_ticks,
    spans_of,
)
from app.ui.timeline.foreground import HEADER_WIDTH, paint_foreground
from app.ui.timeline.lane_item import ROW_HEIGHT, LaneItem
from app.ui.timeline.pointer import TimelineInput
from app.ui.timeline.ruler import Ruler

RULER_HEIGHT = 34
MAX_LABEL = 280  # px; longer labels are elided
# Rows a lane may grow to: the library's own documents and notes are never counted away (at most OWN_ROWS rows,
# then marks without labels); an event lane's last row holds the counts of what found no room.
# Zoomed out, an event lane keeps to a few rows so that all nine lanes fit; zoomed in to a day or closer, it grows
# until every untimed event of a day has its row in the day's band.
OWN_ROWS = 6
EVENT_ROWS = 3
EVENT_ROWS_NEAR = 8
NEAR = 240.0  # px per day from which a day is wide enough to read its events stacked in its band
OWN_LANES = (Lane.DOCUMENTS, Lane.NOTES)


class TimelineView(QGraphicsView):
    """Lanes of dated items; Ctrl+wheel, +/− and the slider zoom, dragging and the arrow keys pan."""

    label_margin = HEADER_WIDTH  # the lane names' column, which the ruler leaves blank

    item_selected = Signal(object)  # TimelineItem or None
    item_activated = Signal(object, bool)  # TimelineItem, beside (a modifier was held)
    delete_requested = Signal()  # Delete pressed with an item selected
    range_selected = Signal(object)  # DateRange or None
    scale_changed = Signal(float)  # px per day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TimelineView")
        self.setScene(QGraphicsScene(self))
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)  # the ruler is pinned
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setViewportMargins(0, RULER_HEIGHT, 0, 0)
        self.start, self.end = DEFAULT_START, DEFAULT_END
        self.time_scale = TimeScale(DEFAULT_START, 20.0)
        self.selected_key: tuple[ItemKind, int] | None = None
        self.open_documents: set[int] = set()
        self.date_range: DateRange | None = None
        self._items: dict[Lane, list[TimelineItem]] = {}
        self._hidden_lanes: set[Lane] = set()
        self._lanes: list[LaneItem] = []
        self._cache: dict[float, dict[Lane, LaneLayout]] = {}
        self._labels: dict[tuple[ItemKind, int], str] = {}
        self._cut: dict[tuple[tuple[ItemKind, int], int], str] = {}
        self._spans: dict[Lane, list[Span]] = {}
        self.input = TimelineInput(self)
        self.text_baseline = 0.0
        self.setFont(QFont(self.font().family(), max(8, self.font().pointSize() - 1)))
        self._metrics = QFontMetricsF(self.font())
        # The whole period stays in view as the view is resized (a scroll bar coming, the dock made wider)
        # until the reader zooms or pans.
        self._fitting = True
        self.ruler = Ruler(self)
        self.horizontalScrollBar().valueChanged.connect(lambda _value: self.ruler.update())
        self.scale_changed.connect(lambda _px: self.ruler.update())

    # --- content -------------------------------------------------------------------------------------------
    def set_items(self, items: Sequence[TimelineItem]) -> None:
        self._items = by_lane(items)
        self._spans = {}
        self._cache.clear()
        self._labels.clear()
        self._cut.clear()
        if self.selected_key and not any(item.key == self.selected_key for item in self.all_items()):
            self.selected_key = None
        self._rebuild()

    def all_items(self) -> list[TimelineItem]:
        return [item for items in self._items.values() for item in items]

    def set_hidden_lanes(self, lanes: set[Lane]) -> None:
        self._hidden_lanes = set(lanes)
        self._rebuild()

    def visible_lanes(self) -> list[Lane]:
        return [lane for lane in (Lane.DOCUMENTS, Lane.NOTES, *EVENT_LANES) if lane not in self._hidden_lanes]

    def set_open_documents(self, ids: set[int]) -> None:
        self.open_documents = ids
        self.viewport().update()

    def select_key(self, key: tuple[ItemKind, int] | None) -> None:
        self.selected_key = key
        self.viewport().update()

    def _label_width(self, item: TimelineItem) -> float:
        return self._metrics.horizontalAdvance(self.shown_label(item)) + 10

    def label_within(self, item: TimelineItem, width: float) -> str:
        """The label cut to `width` px (packing cuts a label short to make room for the next mark)."""
        room = max(0, int(width))
        cut = self._cut.get((item.key, room))
        if cut is None:  # every frame asks again for the same labels in the same room
            label = self.shown_label(item)
            fits = self._metrics.horizontalAdvance(label) <= width
            cut = label if fits else self._metrics.elidedText(item.label, Qt.TextElideMode.ElideRight, room)
            if len(self._cut) > 50_000:
                self._cut.clear()
            self._cut[(item.key, room)] = cut
        return cut

    def shown_label(self, item: TimelineItem) -> str:
        """The label as drawn: a long title is cut short (the card shows it whole)."""
        label = self._labels.get(item.key)
        if label is None:
            label = self._metrics.elidedText(item.label, Qt.TextElideMode.ElideRight, MAX_LABEL)
            self._labels[item.key] = label
        return label

    def _layouts(self) -> dict[Lane, LaneLayout]:
        key = round(self.time_scale.px_per_day, 6)
        layouts = self._cache.get(key)
        if layouts is None:
            if not self._spans:  # worked out once per set of items: packing at a new scale is then arithmetic
                self._spans = {
                    lane: spans_of(items, self.start, self._label_width) for lane, items in self._items.items()
                }
            px = self.time_scale.px_per_day
            event_rows = EVENT_ROWS_NEAR if px >= NEAR else EVENT_ROWS
            layouts = {
                lane: pack_spans(spans, px, OWN_ROWS if lane in OWN_LANES else event_rows, own=lane in OWN_LANES)
                for lane, spans in self._spans.items()
            }
            if len(self._cache) > 24:
                self._cache.clear()
            self._cache[key] = layouts
        return layouts

    def _rebuild(self) -> None:
        """Lay the lanes out again at the current scale (a zoom, new items, a lane shown or hidden)."""
        scene = self.scene()
        for lane_item in self._lanes:
            scene.removeItem(lane_item)
        self._lanes = []
        layouts = self._layouts()
        width = self.time_scale.x_of(self.end)
        y = 0.0
        for lane in self.visible_lanes():
            rows = max(1, layouts[lane].rows_used) if lane in layouts else 1
            lane_item = LaneItem(self, lane, rows)
            lane_item.layout = layouts.get(lane, LaneLayout())
            lane_item.width = width
            lane_item.setPos(0, y)
            scene.addItem(lane_item)
            self._lanes.append(lane_item)
            y += rows * ROW_HEIGHT + 4
        scene.setSceneRect(QRectF(-HEADER_WIDTH, 0, width + HEADER_WIDTH + 40, max(y, 1)))
        metrics = QFontMetricsF(self.font())
        self.text_baseline = (metrics.ascent() - metrics.descent()) / 2
        self.viewport().update()

    # --- scale -----------------------------------------------------------------------------------------------
    def minimum_scale(self) -> float:
        days = (self.end - self.start).total_seconds() / 86_400
        return max(0.5, (self.viewport().width() - HEADER_WIDTH - 10) / days / 4)

    def fit(self) -> None:
        """The whole period in view."""
        self._fitting = True
        self._set_scale(fit_scale(self.start, self.end, self.viewport().width() - HEADER_WIDTH - 10).px_per_day)
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())

    def zoom(self, factor: float, anchor: int | None = None) -> None:
        """Zoom by `factor` keeping the moment at viewport x `anchor` (the middle by default) in place."""
        self._fitting = False
        x = self.viewport().width() / 2 if anchor is None else anchor
        scene_x = self.mapToScene(QPoint(int(x), 0)).x()
        moment = self.time_scale.time_at(scene_x)
        scale, _ = self.time_scale.zoomed(factor, minimum=self.minimum_scale(), anchor_x=scene_x)
        self._set_scale(scale.px_per_day)
        new_x = self.time_scale.x_of(moment)
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() + round(self.mapFromScene(QPointF(new_x, 0)).x() - x))

    def set_px_per_day(self, px_per_day: float) -> None:
        self.zoom(px_per_day / self.time_scale.px_per_day)

    def _set_scale(self, px_per_day: float) -> None:
        if math.isclose(px_per_day, self.time_scale.px_per_day) and self._lanes:
            return
        self.time_scale = TimeScale(self.start, px_per_day)
        self._rebuild()
        self.scale_changed.emit(px_per_day)

    def show_moment(self, moment: datetime) -> None:
        """Scroll so that `moment` is in the middle."""
        self.centerOn(QPointF(self.time_scale.x_of(moment), self.mapToScene(self.viewport().rect().center()).y()))

    def stop_fitting(self) -> None:
        """The reader zoomed or panned: resizing no longer fits the whole period in."""
        self._fitting = False

    def pan(self, fraction: float) -> None:
        self._fitting = False
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() + round(self.viewport().width() * fraction))

    # --- finding what is under the pointer ---------------------------------------------------------------------
    def thing_at(self, point: QPoint) -> TimelineItem | Cluster | None:
        """The item or cluster at a viewport point."""
        scene = self.mapToScene(point)
        for lane_item in self._lanes:
            top = lane_item.pos().y()
            if not top <= scene.y() < top + lane_item.rows * ROW_HEIGHT:
                continue
            row = int((scene.y() - top) // ROW_HEIGHT)
            glyphs, clusters = lane_item.layout.visible(scene.x() - 2, scene.x() + 2)
            for glyph in glyphs:
                if glyph.row == row and glyph.x0 - 2 <= scene.x() <= glyph.x1:
                    return glyph.item
            return clusters[0] if clusters else None
        return None

    def x_of(self, item: TimelineItem) -> float:
        """Where an item begins, in viewport pixels."""
        return float(self.mapFromScene(QPointF(self.time_scale.x_of(item.start), 0)).x())

    def point_of(self, key: tuple[ItemKind, int]) -> QPoint | None:
        """The viewport point at the middle of an item's mark, if it is drawn (not counted in a cluster)."""
        for lane_item in self._lanes:
            for glyph in lane_item.layout.glyphs:
                if glyph.item.key == key:
                    x = glyph.x0 + min(POINT_WIDTH, glyph.x_mark_end - glyph.x0) / 2
                    y = lane_item.pos().y() + (glyph.row + 0.5) * ROW_HEIGHT
                    return self.mapFromScene(QPointF(x, y))
        return None

    def reveal(self, key: tuple[ItemKind, int]) -> QPoint | None:
        """Scroll an item's mark into view (the lanes may be taller than the strip); where it now is, if drawn."""
        point = self.point_of(key)
        if point is None:
            return None
        self.ensureVisible(QRectF(self.mapToScene(point), QSizeF(1, 1)), 40, ROW_HEIGHT)
        return self.point_of(key)

    def left_edge(self) -> float:
        """The scene x just right of the lane names: where a label of a band that starts off screen is drawn."""
        return float(self.mapToScene(QPoint(HEADER_WIDTH, 0)).x())

    def clusters(self) -> list[tuple[Cluster, QPoint]]:
        """What is counted, not labelled, where things crowd: each cluster with the viewport point of its mark."""
        return [
            (cluster, self.mapFromScene(QPointF(cluster.x0 + 4, lane.pos().y() + (lane.rows - 0.5) * ROW_HEIGHT)))
            for lane in self._lanes
            for cluster in lane.layout.clusters
        ]

    def layout_of(self, lane: Lane) -> LaneLayout | None:
        """What a lane shown draws at this zoom (its labelled glyphs and its '+N' clusters); None if it is hidden."""
        return next((item.layout for item in self._lanes if item.lane is lane), None)

    def lane_top(self, lane: Lane) -> float | None:
        for lane_item in self._lanes:
            if lane_item.lane is lane:
                return float(self.mapFromScene(QPointF(0, lane_item.pos().y())).y())
        return None

    # --- events ------------------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        frame = self.frameWidth()
        self.ruler.setGeometry(frame, frame, self.viewport().width(), RULER_HEIGHT)
        if self._fitting and self.viewport().width() > 200:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.input.wheel(event):
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.input.key(event):
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.input.press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.input.move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.input.release(event)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self.input.double_click(event):
            super().mouseDoubleClickEvent(event)

    def zoom_to(self, start: datetime, end: datetime) -> None:
        """Show start..end across the view (Zoom to Range: the dates picked on the ruler)."""
        self._fitting = False
        width = self.viewport().width() - HEADER_WIDTH - 40
        self._set_scale(fit_scale(start, end, width).px_per_day)
        self.scroll_to_scene_x(self.time_scale.x_of(start) - 20 - HEADER_WIDTH)

    def zoom_into(self, cluster: Cluster) -> None:
        """A cluster clicked: show its items across the view, at least twice as close as now."""
        self._fitting = False
        width = self.viewport().width() - HEADER_WIDTH - 40
        closer = max(fit_scale(cluster.start, cluster.end, width).px_per_day, 2 * self.time_scale.px_per_day)
        middle = cluster.start + (cluster.end - cluster.start) / 2
        self._set_scale(min(closer, MAX_PX_PER_DAY))
        self.show_moment(middle)

    def scroll_to_scene_x(self, left: float) -> None:
        """Scroll so that scene x `left` is at the viewport's left edge."""
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() + round(left - self.mapToScene(QPoint(0, 0)).x()))

    # --- the range picked on the ruler ---------------------------------------------------------------------------
    def set_range(self, date_range: DateRange | None) -> None:
        if date_range != self.date_range:
            self.date_range = date_range
            self.viewport().update()
            self.ruler.update()
            self.range_selected.emit(date_range)

    def range_between(self, x_from: int, x_to: int) -> DateRange:
        """The whole days between two viewport x positions."""
        first = self.time_scale.time_at(self.mapToScene(QPoint(x_from, 0)).x())
        last = self.time_scale.time_at(self.mapToScene(QPoint(x_to, 0)).x())
        return DateRange.of_days(max(first, self.start), min(last, self.end))

    # --- painting: lane headers, the picked range; the ruler lives in its own margin widget ------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        paint_foreground(self, painter, self._lanes)

    def day_caption(self) -> str:
        """The day (or month, zoomed out) in the middle of the strip, which the ruler always names; times are UTC."""
        middle = self.mapToScene(QPoint((HEADER_WIDTH + self.viewport().width()) // 2, 0)).x()
        caption = day_in_view(self.time_scale, max(middle, 0.0))
        return caption + (" · UTC" if self.time_scale.px_per_day >= 240 else "")

    def ticks(self) -> list[tuple[int, str, bool]]:
        """The ruler's ticks in viewport x: position, label, whether it starts a month (or a day, zoomed in)."""
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        return [
            (self.mapFromScene(QPointF(tick.x, 0)).x(), tick.label, tick.major)
            for tick in ruler_ticks(self.time_scale, max(visible.left(), 0), visible.right())
        ]
