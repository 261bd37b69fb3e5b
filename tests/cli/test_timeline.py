"""`parallax timeline`: events, documents and notes in date order with their precision."""

import json
from pathlib import Path

import pytest

from tests.cli.helpers import run_on


def test_the_declarations_days_in_date_order_with_precision(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    run_on(capsys, db_path, "note", "add", "--doc", "1", "--quote", "peaceful coexistence", "--date", "31 Oct 1956")
    code, out, err = run_on(capsys, db_path, "timeline", "--from", "30 October 1956", "--to", "1956-10-31", "--json")
    assert (code, err) == (0, "")
    items = json.loads(out)["items"]
    dates = [(item["date"], item["kind"]) for item in items]
    assert dates == sorted(dates, key=lambda pair: pair[0][:10])  # in date order
    kinds = {item["kind"] for item in items}
    assert kinds == {"event", "document", "note"}
    declaration = next(item for item in items if item["kind"] == "document")
    assert (declaration["date"], declaration["precision"], declaration["lane"]) == ("1956-10-30", "day", "documents")
    labels = [item["label"] for item in items]
    assert "Soviet Presidium adopts the Declaration" in labels
    assert "Pravda prints the Soviet Declaration" in labels
    assert all("1956-10-30" <= item["date"][:10] <= "1956-10-31" or item["range"] for item in items)
    timed = next(item for item in items if item["precision"] == "time")
    assert timed["date_display"] == "30 October 1956, 14:28 (Budapest)"
    assert timed["utc"] == "30 October 1956, 13:28 UTC"
    code, out, _ = run_on(capsys, db_path, "timeline", "--from", "1956-10-29", "--to", "1956-10-29")
    assert code == 0
    assert "c. 29 October 1956" in out  # an approximate date says so
    assert "[day, approximate]" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--from", "someday"), "--from: cannot read 'someday' as a date"),
        (("--from", "1956-11-04", "--to", "1956-10-23"), "--from 1956-11-04 is after --to 1956-10-23"),
    ],
)
def test_bad_dates_get_one_line(
    capsys: pytest.CaptureFixture[str], db_path: Path, argv: tuple[str, ...], message: str
) -> None:
    code, out, err = run_on(capsys, db_path, "timeline", *argv)
    assert (code, out) == (1, "")
    assert err == f"parallax: error: {message}\n"
