"""The timeline's model: shapes by precision, the scale, the ruler at each zoom, label packing, picked ranges."""

from datetime import datetime, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.dates.historical import HistoricalDate
from app.domain.timeline import (
    DEFAULT_START,
    MAX_PX_PER_DAY,
    DateRange,
    ItemKind,
    Lane,
    Shape,
    TimelineItem,
    TimeScale,
    by_lane,
    fit_scale,
    pack_lane,
    ruler_ticks,
)


def item(edtf: str, number: int = 1, label: str = "An event") -> TimelineItem:
    return TimelineItem(ItemKind.EVENT, number, label, HistoricalDate.parse(edtf), Lane.HUNGARY)


def test_precision_decides_the_shape() -> None:
    assert item("1956-10-30").shape is Shape.DAY
    assert item("1956-10-23T20:00").shape is Shape.POINT
    assert item("1956-11").shape is Shape.SPAN  # a month: hatched across it
    assert item("1956-10-29~").shape is Shape.SPAN  # approximate: hatched, a day either side
    assert item("1956-11-01/1956-11-02").shape is Shape.BAR
    approximate = item("1956-10-29~")
    assert (approximate.start, approximate.end) == (datetime(1956, 10, 28), datetime(1956, 10, 30, 23, 59, 59))


def test_scale_maps_time_to_x_and_back_and_zooms_about_an_anchor() -> None:
    scale = TimeScale(DEFAULT_START, 20.0)
    assert scale.x_of(datetime(1956, 10, 30)) == 29 * 20
    assert scale.time_at(29 * 20 + 10) == datetime(1956, 10, 30, 12)
    closer, anchor_x = scale.zoomed(4, minimum=1, anchor_x=29 * 20)
    assert closer.px_per_day == 80
    assert closer.time_at(anchor_x) == datetime(1956, 10, 30)  # the moment under the pointer stays put
    assert scale.zoomed(1e9, minimum=1)[0].px_per_day == MAX_PX_PER_DAY
    assert scale.zoomed(1e-9, minimum=3)[0].px_per_day == 3
    fitted = fit_scale(datetime(1956, 10, 1), datetime(1956, 12, 1), 1220)
    assert fitted.x_of(datetime(1956, 12, 1)) == 1220


def test_the_ruler_adapts_from_weeks_to_hours() -> None:
    weeks = ruler_ticks(TimeScale(DEFAULT_START, 8), 0, 61 * 8)
    assert [tick.label for tick in weeks if tick.major] == ["October 1956", "November 1956", "December 1956"]
    assert "8" in [tick.label for tick in weeks]  # Monday 8 October
    assert "9" not in [tick.label for tick in weeks]
    days = ruler_ticks(TimeScale(DEFAULT_START, 30), 0, 61 * 30)
    assert len(days) == 62
    assert days[31].label == "1 Nov"
    assert days[31].major
    hours = ruler_ticks(TimeScale(DEFAULT_START, 24 * 100), 22 * 2400, 22 * 2400 + 1000)
    assert [tick.label for tick in hours][:3] == ["23 Oct", "01:00", "02:00"]
    quarters = ruler_ticks(TimeScale(DEFAULT_START, 500), 22 * 500 + 100, 23 * 500 + 100)
    assert [tick.label for tick in quarters] == ["23 Oct", "06:00", "12:00", "18:00", "24 Oct"]


def _check_layout(items: list[TimelineItem], px_per_day: float, rows: int) -> tuple[int, int]:
    layout = pack_lane(items, TimeScale(DEFAULT_START, px_per_day), lambda i: 8.0 * len(i.label), rows)
    for row in range(rows):
        on_row = [glyph for glyph in layout.glyphs if glyph.row == row]
        for before, after in pairwise(on_row):
            assert before.x1 < after.x0  # no label runs into the next mark
    assert all(glyph.row < rows - 1 for glyph in layout.glyphs)  # the last row holds only cluster marks
    placed = len(layout.glyphs) + sum(len(cluster.items) for cluster in layout.clusters)
    assert placed == len(items)  # every item is drawn or counted
    return len(layout.glyphs), len(layout.clusters)


@settings(max_examples=60, deadline=None)
@given(
    days=st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=80),
    labels=st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=80),
)
def test_packing_never_overlaps_labels_and_loses_nothing(days: list[int], labels: list[str]) -> None:
    items = [item(f"1956-{10 + (d >= 31)}-{(d % 31) + 1:02d}", n, labels[n % len(labels)]) for n, d in enumerate(days)]
    items = by_lane(items)[Lane.HUNGARY]
    for px_per_day in (2.0, 20.0, 400.0):
        _check_layout(items, px_per_day, 3)


def test_clusters_break_up_as_the_scale_grows() -> None:
    items = by_lane(item(f"1956-11-04T{hour:02d}:00", hour, f"Report {hour}") for hour in range(20))[Lane.HUNGARY]
    shown_far, clusters_far = _check_layout(items, 20, 3)
    shown_near, clusters_near = _check_layout(items, MAX_PX_PER_DAY, 3)
    assert clusters_far >= 1
    assert shown_far < shown_near == 20
    assert clusters_near == 0


def test_a_picked_range_covers_whole_days_and_reads_as_people_write_it() -> None:
    picked = DateRange.of_days(datetime(1956, 11, 4, 15), datetime(1956, 10, 23, 9))
    assert (picked.start, picked.end) == (datetime(1956, 10, 23), datetime(1956, 11, 4, 23, 59, 59))
    assert picked.display() == "23 October – 4 November 1956"
    assert DateRange.of_days(datetime(1956, 11, 1), datetime(1956, 11, 4)).display() == "1–4 November 1956"
    assert picked.overlaps(HistoricalDate.parse("1956-10-30"))
    assert picked.overlaps(HistoricalDate.parse("1956-11"))  # a month that reaches into the range
    assert not picked.overlaps(HistoricalDate.parse("1956-10-22"))
    assert not picked.overlaps(None)


def test_a_day_is_a_band_over_its_whole_day_and_a_time_a_point_at_its_instant() -> None:
    day = item("1956-11-01")
    assert day.shape is Shape.DAY
    assert (day.start, day.end) == (datetime(1956, 11, 1), datetime(1956, 11, 1, 23, 59, 59))
    broadcast = item("1956-11-01T19:50:00+01:00")  # Nagy's neutrality broadcast, 19:50 in Budapest
    assert broadcast.shape is Shape.POINT
    assert broadcast.start == datetime(1956, 11, 1, 18, 50)  # its instant in UTC
    assert item("1956-10-26T09:00:00-04:00/1956-10-26T10:42:00-04:00").shape is Shape.BAR


def test_untimed_items_of_a_day_stack_in_its_band_at_every_zoom() -> None:
    same_day = by_lane(item("1956-11-01", n, f"Event {n}") for n in range(3))[Lane.HUNGARY]
    for px_per_day in (20.0, 400.0, MAX_PX_PER_DAY):
        layout = pack_lane(same_day, TimeScale(DEFAULT_START, px_per_day), lambda i: 60.0, 5)
        day_start = TimeScale(DEFAULT_START, px_per_day).x_of(datetime(1956, 11, 1))
        assert sorted(glyph.row for glyph in layout.glyphs) == [0, 1, 2]  # one above the other
        assert all(glyph.x0 == day_start for glyph in layout.glyphs)  # none moved to an invented hour
        assert all(glyph.x_mark_end - glyph.x0 >= min(px_per_day, 10) - 1e-9 for glyph in layout.glyphs)


def test_the_library_s_own_documents_are_never_counted_into_a_cluster() -> None:
    documents = [
        TimelineItem(
            ItemKind.DOCUMENT, n, f"Telegram {n}", HistoricalDate.parse(f"1956-10-30T{n:02d}:00"), Lane.DOCUMENTS
        )
        for n in range(20)
    ]
    layout = pack_lane(documents, TimeScale(DEFAULT_START, 20.0), lambda i: 80.0, 3, own=True)
    assert layout.clusters == []
    assert {glyph.item.id for glyph in layout.glyphs} == set(range(20))  # each has its own mark
    assert any(glyph.x1 > glyph.x_mark_end for glyph in layout.glyphs)  # those with room keep their label
    events = [item(f"1956-10-30T{n:02d}:00", n, f"Event {n}") for n in range(20)]
    assert pack_lane(events, TimeScale(DEFAULT_START, 20.0), lambda i: 80.0, 3).clusters  # events may be counted


def test_the_ruler_names_the_day_in_view_at_every_zoom() -> None:
    from app.domain.timeline import day_in_view

    for px_per_day in (30.0, 500.0, MAX_PX_PER_DAY):
        scale = TimeScale(DEFAULT_START, px_per_day)
        assert day_in_view(scale, scale.x_of(datetime(1956, 10, 30, 14))) == "30 October 1956"
    assert day_in_view(TimeScale(DEFAULT_START, 8.0), 8.0 * 40) == "November 1956"


@settings(max_examples=60, deadline=None)
@given(
    starts=st.lists(st.integers(min_value=0, max_value=60 * 24), min_size=1, max_size=60),
    lengths=st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=60),
)
def test_a_label_of_the_library_s_own_never_runs_under_a_later_mark(starts: list[int], lengths: list[int]) -> None:
    documents = []
    for n, hours in enumerate(starts):
        day = DEFAULT_START + timedelta(hours=hours)
        length = lengths[n % len(lengths)]
        edtf = (  # a day, or a few days (an approximate span), or a moment
            f"{day:%Y-%m-%d}" if length == 0 else
            f"{day:%Y-%m-%d}/{day + timedelta(days=length):%Y-%m-%d}" if length < 3 else
            f"{day:%Y-%m-%dT%H:%M}:00+01:00"
        )  # fmt: skip
        documents.append(
            TimelineItem(ItemKind.DOCUMENT, n, f"Document {n}", HistoricalDate.parse(edtf), Lane.DOCUMENTS)
        )
    documents.sort(key=lambda i: (i.start, i.end))
    for px_per_day in (4.0, 20.0, 400.0):
        layout = pack_lane(documents, TimeScale(DEFAULT_START, px_per_day), lambda i: 90.0, 6, own=True)
        assert len(layout.glyphs) == len(documents)
        for row in range(6):
            on_row = [glyph for glyph in layout.glyphs if glyph.row == row]
            for before, after in pairwise(on_row):
                labelled = before.x1 > before.x_mark_end
                assert not labelled or before.x1 < after.x0, (before, after)
