"""The timeline's model: dated items on lanes, a time scale, an adaptive ruler, and labels packed so none overlap."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cached_property
from typing import NamedTuple

from app.domain.dates.historical import MONTHS, HistoricalDate, Precision

DEFAULT_START = datetime(1956, 10, 1)
DEFAULT_END = datetime(1956, 12, 1)  # the end of 30 November
SECONDS_PER_DAY = 86_400.0
MAX_PX_PER_DAY = 24 * 160.0  # an hour is 160 px at the closest zoom
POINT_WIDTH = 10.0  # a point's marker, in px
LABEL_GAP = 8.0  # between one label's end and the next marker on the same row
MIN_LABEL = 100.0  # px: a label is cut short to make room for the next mark, but never below this


class ItemKind(StrEnum):
    EVENT = "event"
    DOCUMENT = "document"
    NOTE = "note"


class Lane(StrEnum):
    """Rows of the strip, top to bottom: the library's own documents and notes, then events by category."""

    DOCUMENTS = "documents"
    NOTES = "notes"
    HUNGARY = "hungary"
    USSR = "ussr"
    POLAND = "poland"
    SUEZ = "suez"
    UN = "un"
    USA = "usa"
    OTHER = "other"

    @property
    def heading(self) -> str:
        return _LANE_TITLES[self]


_LANE_TITLES = {
    Lane.DOCUMENTS: "Documents", Lane.NOTES: "Notes", Lane.HUNGARY: "Hungary", Lane.USSR: "USSR",
    Lane.POLAND: "Poland", Lane.SUEZ: "Suez", Lane.UN: "UN", Lane.USA: "USA", Lane.OTHER: "Other",
}  # fmt: skip
EVENT_LANES = (Lane.HUNGARY, Lane.USSR, Lane.POLAND, Lane.SUEZ, Lane.UN, Lane.USA, Lane.OTHER)


class Shape(StrEnum):
    POINT = "point"  # a moment (a time with its zone): a marker at that instant
    DAY = "day"  # a day without a time: a band across the whole day, at every zoom (never an invented hour)
    SPAN = "span"  # month-precise or approximate: a hatched stretch over the time it may be
    BAR = "bar"  # a range of days or of times: a solid bar


@dataclass(frozen=True)
class TimelineItem:
    kind: ItemKind
    id: int
    label: str
    date: HistoricalDate
    lane: Lane
    place: str = ""
    source: str = ""
    description: str = ""
    bundled: bool = False
    hidden: bool = False

    @cached_property
    def shape(self) -> Shape:  # asked for every item of every frame: worked out once
        if self.date.approximate or self.date.precision in (Precision.MONTH, Precision.YEAR):
            return Shape.SPAN
        if self.date.is_range:
            return Shape.BAR
        return Shape.POINT if self.date.precision is Precision.TIME else Shape.DAY

    @property
    def own(self) -> bool:
        """The library's own material (documents, notes, the user's events), which is never counted away."""
        return self.kind is not ItemKind.EVENT or not self.bundled

    @property
    def start(self) -> datetime:
        """Where the item begins on the strip (an approximate date reaches a day either side)."""
        timed = self.date.precision is Precision.TIME
        start = self.date.sort_key if timed else self.date.lo  # a moment in UTC; a day over the ruler's own day
        return start - timedelta(days=1) if self.date.approximate else start

    @property
    def end(self) -> datetime:
        timed = self.date.precision is Precision.TIME
        end = (self.date.utc_hi or self.date.hi) if timed else self.date.hi
        return end + timedelta(days=1) if self.date.approximate else end

    @property
    def key(self) -> tuple[ItemKind, int]:
        return (self.kind, self.id)


@dataclass(frozen=True)
class TimeScale:
    """Time to x and back: `origin` is x = 0."""

    origin: datetime
    px_per_day: float

    def x_of(self, moment: datetime) -> float:
        return (moment - self.origin).total_seconds() / SECONDS_PER_DAY * self.px_per_day

    def time_at(self, x: float) -> datetime:
        return self.origin + timedelta(days=x / self.px_per_day)

    def zoomed(self, factor: float, *, minimum: float, anchor_x: float = 0.0) -> tuple[TimeScale, float]:
        """The scale `factor` times closer (clamped), and where the moment at `anchor_x` now lies."""
        px = min(MAX_PX_PER_DAY, max(minimum, self.px_per_day * factor))
        scale = TimeScale(self.origin, px)
        return scale, scale.x_of(self.time_at(anchor_x))


def fit_scale(start: datetime, end: datetime, width: float) -> TimeScale:
    """The scale that shows start..end in `width` px."""
    days = max((end - start).total_seconds() / SECONDS_PER_DAY, 1 / 24)
    return TimeScale(start, min(MAX_PX_PER_DAY, max(width, 1.0) / days))


@dataclass(frozen=True)
class Tick:
    x: float
    label: str
    major: bool


def day_in_view(scale: TimeScale, x: float) -> str:
    """What the ruler says of the stretch at x, whatever the zoom: '30 October 1956' (or the month, zoomed out)."""
    moment = scale.time_at(x)
    if scale.px_per_day < 14:
        return f"{MONTHS[moment.month - 1]} {moment.year}"
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def _day_label(moment: datetime, *, with_month: bool) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1][:3]}" if with_month else str(moment.day)


def ruler_ticks(scale: TimeScale, x_from: float, x_to: float) -> list[Tick]:
    """Ticks for the visible stretch: weeks when zoomed out, then days, then six hours, then hours."""
    px = scale.px_per_day
    if px < 14:
        step, unit = timedelta(days=1), "week"
    elif px < 240:
        step, unit = timedelta(days=1), "day"
    elif px < 960:
        step, unit = timedelta(hours=6), "quarter"
    else:
        step, unit = timedelta(hours=1), "hour"
    start = scale.time_at(x_from).replace(minute=0, second=0, microsecond=0)
    if unit in ("week", "day"):
        start = start.replace(hour=0)
    elif unit == "quarter":
        start = start.replace(hour=start.hour - start.hour % 6)
    end = scale.time_at(x_to)
    ticks: list[Tick] = []
    moment = start
    while moment <= end and len(ticks) < 2000:
        x = scale.x_of(moment)
        if unit == "week":
            if moment.day == 1 or moment.weekday() == 0:  # Mondays, and the first of each month
                first = moment.day == 1
                label = f"{MONTHS[moment.month - 1]} {moment.year}" if first else _day_label(moment, with_month=False)
                ticks.append(Tick(x, label, first))
        elif unit == "day":
            ticks.append(Tick(x, _day_label(moment, with_month=moment.day == 1 or px >= 60), moment.day == 1))
        else:
            midnight = moment.hour == 0
            label = _day_label(moment, with_month=True) if midnight else f"{moment:%H}:00"
            ticks.append(Tick(x, label, midnight))
        moment += step
    return ticks


class Glyph(NamedTuple):
    """An item as drawn: its mark from x0 to x_mark_end, its label up to x1, on a row of its lane.

    A named tuple, not a dataclass: a zoom makes thousands of them and must fit in a frame.
    """

    item: TimelineItem
    x0: float
    x_mark_end: float
    x1: float
    row: int


@dataclass(frozen=True)
class Cluster:
    """Items too close to label at this zoom: one mark with their count; zooming in spreads them out."""

    x0: float
    x1: float
    items: tuple[TimelineItem, ...]

    @property
    def start(self) -> datetime:
        return min(item.start for item in self.items)

    @property
    def end(self) -> datetime:
        return max(item.end for item in self.items)


@dataclass
class LaneLayout:
    glyphs: list[Glyph] = field(default_factory=list)  # in order of x0
    clusters: list[Cluster] = field(default_factory=list)  # in order of x0, all on the lane's last row
    widest: float = 0.0  # the widest glyph, so that a visible stretch can be found by x0 alone
    rows_used: int = 0
    _starts: list[float] | None = None

    def visible(self, x_from: float, x_to: float) -> tuple[list[Glyph], list[Cluster]]:
        if self._starts is None:
            self._starts = [glyph.x0 for glyph in self.glyphs]
        first = bisect.bisect_left(self._starts, x_from - self.widest)
        last = bisect.bisect_right(self._starts, x_to)
        glyphs = [glyph for glyph in self.glyphs[first:last] if glyph.x1 >= x_from]
        clusters = [cluster for cluster in self.clusters if cluster.x1 >= x_from and cluster.x0 <= x_to]
        return glyphs, clusters


BADGE_WIDTH = 30.0  # a cluster's mark: "+12"


class Span(NamedTuple):
    """What packing needs of an item, worked out once: where it lies in days from the origin, its label's width."""

    item: TimelineItem
    start: float
    end: float
    point: bool  # a moment: a marker of its own width, not a stretch of time
    label_width: float


def spans_of(
    items: Sequence[TimelineItem], origin: datetime, label_width: Callable[[TimelineItem], float]
) -> list[Span]:
    """Items (in date order) as spans in days from `origin`, for packing at any scale."""
    return [
        Span(
            item,
            (item.start - origin).total_seconds() / SECONDS_PER_DAY,
            (item.end - origin).total_seconds() / SECONDS_PER_DAY,
            item.shape is Shape.POINT,
            label_width(item),
        )
        for item in items
    ]


def pack_lane(
    items: Sequence[TimelineItem],
    scale: TimeScale,
    label_width: Callable[[TimelineItem], float],
    rows: int,
    *,
    own: bool = False,
) -> LaneLayout:
    """Give each item (in date order) the first row where its mark and label fit; the rest join clusters."""
    return pack_spans(spans_of(items, scale.origin, label_width), scale.px_per_day, rows, own=own)


def pack_spans(spans: Sequence[Span], px_per_day: float, rows: int, *, own: bool = False) -> LaneLayout:
    """Give each item (in date order) the first row where its mark and label fit; the rest join clusters.

    Labels never overlap: the last of the `rows` (at least two) holds only cluster marks, each counting the
    items that fit on no row near it; the clusters break up as the scale grows. Each item stays where its date
    puts it (a day's band over its whole day, a moment at its instant): nothing is moved to an invented hour.
    `own` (the library's documents and notes): nothing is counted into a cluster; an item that finds no room
    for its label keeps its own mark, without the label, on the row that frees up first.
    """
    layout = LaneLayout()
    glyphs, clusters = layout.glyphs, layout.clusters
    label_rows = max(1, rows - 1)
    row_ends = [float("-inf")] * (rows if own else label_rows)
    row_last = [-1] * (rows if own else label_rows)  # the glyph last placed on each row, whose label may be cut
    open_cluster: list[TimelineItem] = []
    cluster_start = cluster_end = 0.0
    widest, rows_used = 0.0, 0
    for item, start, end, point, label in spans:
        x0 = start * px_per_day
        if open_cluster and x0 <= cluster_end and x0 < min(row_ends) + LABEL_GAP:  # crowded: counted at once
            open_cluster.append(item)
            cluster_end = max(cluster_end, x0 + BADGE_WIDTH)
            continue
        mark = POINT_WIDTH if point else max(end * px_per_day - x0, POINT_WIDTH)
        at = x0
        row = _free_row(row_ends, x0)
        if row is None:
            row = _row_to_cut(glyphs, row_last, x0)
        if row is None and own:  # never counted away: its mark alone, where a row frees up first
            row = min(range(len(row_ends)), key=row_ends.__getitem__)
            _stop_label_before(glyphs, row_last[row], x0)
            row_last[row] = len(glyphs)
            glyphs.append(Glyph(item, at, at + mark, at + mark, row))
            row_ends[row] = max(row_ends[row], at + mark)
            widest, rows_used = max(widest, mark), max(rows_used, row + 1)
            continue
        if row is not None:
            if at == x0 and row_ends[row] + LABEL_GAP > x0:  # room made by cutting the label before it short
                glyphs[row_last[row]] = glyphs[row_last[row]]._replace(x1=x0 - LABEL_GAP)
            x1 = max(at + mark, at + POINT_WIDTH + label)
            row_ends[row], row_last[row] = x1, len(glyphs)
            glyphs.append(Glyph(item, at, at + mark, x1, row))
            widest = max(widest, x1 - at)
            rows_used = max(rows_used, row + 1)
        else:
            if open_cluster and x0 <= cluster_end:  # under the open cluster's mark: counted in it
                open_cluster.append(item)
                cluster_end = max(cluster_end, x0 + BADGE_WIDTH)
                continue
            if open_cluster:
                clusters.append(Cluster(cluster_start, cluster_end, tuple(open_cluster)))
            open_cluster = [item]
            cluster_start, cluster_end = x0, x0 + BADGE_WIDTH
    if open_cluster:
        clusters.append(Cluster(cluster_start, cluster_end, tuple(open_cluster)))
    layout.widest = widest
    layout.rows_used = label_rows + 1 if clusters else rows_used
    if own:
        layout.rows_used = rows_used
    return layout


def _stop_label_before(glyphs: list[Glyph], last: int, x0: float) -> None:
    """Cut the label of the glyph at `last` (if any) short of a mark at x0; it goes if nothing of it would fit."""
    if last >= 0:
        before = glyphs[last]
        glyphs[last] = before._replace(x1=min(before.x1, max(before.x_mark_end, x0 - LABEL_GAP)))


def _free_row(row_ends: list[float], x0: float) -> int | None:
    """The first row whose last label ends (with a gap) before x0."""
    return next((row for row, end in enumerate(row_ends) if end + LABEL_GAP <= x0), None)


def _row_to_cut(glyphs: list[Glyph], row_last: list[int], x0: float) -> int | None:
    """The row whose last label can be cut short to make room at x0, leaving it the most room; None if none can."""
    best, room = None, MIN_LABEL
    for row, last in enumerate(row_last):
        if last < 0:
            continue
        left = x0 - LABEL_GAP - glyphs[last].x_mark_end - 4
        if left >= room:
            best, room = row, left
    return best


def by_lane(items: Iterable[TimelineItem]) -> dict[Lane, list[TimelineItem]]:
    """Items per lane, each lane in date order (start, then end; the user's own before bundled events)."""
    lanes: dict[Lane, list[TimelineItem]] = {}
    for item in items:
        lanes.setdefault(item.lane, []).append(item)
    for lane_items in lanes.values():
        lane_items.sort(key=lambda item: (item.start, item.end, not item.own, item.label))
    return lanes


def sorted_items(items: Iterable[TimelineItem]) -> list[TimelineItem]:
    """Everything in date order, as the command line lists it."""
    return sorted(items, key=lambda item: (item.date.sort_key, item.end, item.kind.value, item.label))


@dataclass(frozen=True)
class DateRange:
    """A stretch picked on the timeline's ruler, whole days from the start of `start` to the end of `end`."""

    start: datetime
    end: datetime

    @classmethod
    def of_days(cls, first: datetime, last: datetime) -> DateRange:
        first, last = min(first, last), max(first, last)
        day = first.replace(hour=0, minute=0, second=0, microsecond=0)
        return cls(day, last.replace(hour=23, minute=59, second=59, microsecond=0))

    def overlaps(self, date: HistoricalDate | None) -> bool:
        """Whether a date may fall in the range (an undated thing never does)."""
        return date is not None and date.hi >= self.start and date.lo <= self.end

    def display(self) -> str:
        """As people write it: '23 October – 4 November 1956', '1–4 November 1956'."""
        first, last = self.start, self.end
        if (first.year, first.month, first.day) == (last.year, last.month, last.day):
            return f"{first.day} {MONTHS[first.month - 1]} {first.year}"
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{last.day} {MONTHS[first.month - 1]} {first.year}"
        if first.year == last.year:
            return f"{first.day} {MONTHS[first.month - 1]} – {last.day} {MONTHS[last.month - 1]} {last.year}"
        return f"{first.day} {MONTHS[first.month - 1]} {first.year} – {last.day} {MONTHS[last.month - 1]} {last.year}"
