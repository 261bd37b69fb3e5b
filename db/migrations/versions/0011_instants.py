"""Instants: every date gets its bounds in UTC beside the EDTF, so that documents, notes and events are ordered by
the moment they name; documents get the basis of a date they do not state themselves.

Revision ID: 0011_instants
Revises: 0010_word_forms
Create Date: 2026-12-03

Columns are added by plain ALTER TABLE (no batch rebuild: the search triggers stay as they are). Earlier versions
stored a time without its UTC offset ('1956-10-28T14:00', the clock of the place). Where the row's place is one
whose 1956 clock is known, the offset is written into the date ('1956-10-28T14:00:00+01:00', the same clock time)
and its instant follows from it; any other date keeps its text, and its UTC bounds are its bounds as stored.

A migration runs the same forever, so this one carries its own copy of the 1956 clocks (the app's is in
app/domain/dates/zones.py; a test holds them equal) and reads the EDTF forms earlier versions wrote.
"""

import re
from datetime import datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision = "0011_instants"
down_revision = "0010_word_forms"
branch_labels = None
depends_on = None

_US_SUMMER = (datetime(1956, 4, 29, 7), datetime(1956, 10, 28, 6))
# Minutes east of UTC, and the stretch (in UTC) when the clock was an hour ahead of that, in 1956.
CLOCKS_1956 = {
    "budapest": (60, (datetime(1956, 6, 3, 1), datetime(1956, 9, 30, 1))),
    "moscow": (180, None),
    "washington": (-300, _US_SUMMER),
    "new york": (-300, _US_SUMMER),
    "london": (0, (datetime(1956, 4, 22, 2), datetime(1956, 10, 7, 2))),
    "paris": (60, None),
    "warsaw": (60, None),
    "belgrade": (60, None),
    "vienna": (60, None),
    "munich": (60, None),
    "bonn": (60, None),
    "prague": (60, None),
    "bucharest": (120, None),
    "cairo": (120, None),
}
_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?([~?%]?)$")
_STORED = "%Y-%m-%d %H:%M:%S.%f"
DAY_CLOCK = timedelta(hours=5)  # a day without a time is taken on UTC−5, the westernmost clock, as FRUS does
_ZONED = re.compile(r"(T\d{2}:\d{2}):\d{2}(?:Z|[+-]\d{2}:\d{2})")


def offset_minutes(place: str, local: datetime) -> int | None:
    name = " ".join(place.split()).casefold().strip(" .").split(",")[0].strip()
    clock = CLOCKS_1956.get(name)
    if clock is None or local.year != 1956:
        return None
    standard, summer = clock
    if summer is not None and summer[0] <= local - timedelta(minutes=standard + 60) < summer[1]:
        return standard + 60
    return standard


def _with_offsets(edtf: str, place: str) -> tuple[str, list[datetime | None]]:
    """The EDTF with an offset on each time the place's clock gives one, and each point's UTC instant (None for
    a point that is not a time with an offset)."""
    parts: list[str] = []
    instants: list[datetime | None] = []
    for part in edtf.split("/"):
        match = _TIME.match(part)
        if match is None:
            parts.append(part)
            instants.append(None)
            continue
        year, month, day, hour, minute, second = (int(value or 0) for value in match.groups()[:6])
        local = datetime(year, month, day, hour, minute, second)
        offset = offset_minutes(place, local)
        if offset is None:
            parts.append(part)
            instants.append(None)
            continue
        sign, (hours, minutes) = ("+" if offset >= 0 else "-"), divmod(abs(offset), 60)
        parts.append(f"{local:%Y-%m-%dT%H:%M:%S}{sign}{hours:02d}:{minutes:02d}{match.group(7)}")
        instants.append(local - timedelta(minutes=offset))
    return "/".join(parts), instants


def _parsed(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _fill(table: str, with_place: bool) -> None:
    connection = op.get_bind()
    place = "place" if with_place else "''"
    rows = connection.execute(
        sa.text(f"SELECT id, date_edtf, date_lo, date_hi, {place} FROM {table} WHERE date_lo IS NOT NULL")  # noqa: S608
    ).all()
    for row_id, edtf, date_lo, date_hi, row_place in rows:
        low, high = _parsed(date_lo), _parsed(date_hi)
        if low is not None and high is not None and "T" not in (edtf or ""):  # a day: on Washington's clock
            low, high = low + DAY_CLOCK, high + DAY_CLOCK
        new_edtf, instants = _with_offsets(edtf or "", row_place or "")
        if instants and instants[0] is not None:
            low = instants[0]
        if instants and instants[-1] is not None:
            high = instants[-1]
        connection.execute(
            sa.text(f"UPDATE {table} SET date_edtf = :edtf, date_utc_lo = :lo, date_utc_hi = :hi WHERE id = :id"),  # noqa: S608
            {
                "edtf": new_edtf,
                "lo": low.strftime(_STORED) if low else None,
                "hi": high.strftime(_STORED) if high else None,
                "id": row_id,
            },
        )


def upgrade() -> None:
    for table in ("documents", "notes", "events"):
        op.add_column(table, sa.Column("date_utc_lo", sa.DateTime(), nullable=True))
        op.add_column(table, sa.Column("date_utc_hi", sa.DateTime(), nullable=True))
        op.create_index(op.f(f"ix_{table}_date_utc_lo"), table, ["date_utc_lo"])
    op.add_column("documents", sa.Column("date_basis", sa.Text(), nullable=False, server_default=""))
    _fill("documents", with_place=True)
    _fill("notes", with_place=False)
    _fill("events", with_place=True)


def downgrade() -> None:
    connection = op.get_bind()
    for table in ("documents", "notes", "events"):  # the offsets go: earlier versions cannot read them
        for row_id, edtf in connection.execute(sa.text(f"SELECT id, date_edtf FROM {table}")).all():  # noqa: S608
            plain = _ZONED.sub(r"\1", edtf or "")
            if plain != edtf:
                connection.execute(
                    sa.text(f"UPDATE {table} SET date_edtf = :edtf WHERE id = :id"),  # noqa: S608
                    {"edtf": plain, "id": row_id},
                )
    op.execute("ALTER TABLE documents DROP COLUMN date_basis")  # SQLite 3.35+, no rebuild: triggers stay
    for table in ("events", "notes", "documents"):
        op.drop_index(op.f(f"ix_{table}_date_utc_lo"), table_name=table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN date_utc_hi")
        op.execute(f"ALTER TABLE {table} DROP COLUMN date_utc_lo")
