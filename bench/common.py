"""Shared by the benchmarks: medians, a description of the machine, and the report (JSON plus a table)."""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
from datetime import UTC, datetime
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def machine() -> dict[str, object]:
    from PySide6 import __version__ as pyside_version

    return {
        "python": platform.python_version(),
        "pyside6": pyside_version,
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
    }


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def report(name: str, rows: list[dict[str, object]], runs: int) -> None:
    """Print a Markdown table of (measure, ours, floor, ratio) and write the JSON beside it."""
    facts = machine()
    payload = {"benchmark": name, "when": datetime.now(UTC).isoformat(timespec="seconds"), "runs": runs,
               "machine": facts, "rows": rows}  # fmt: skip
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(payload, indent=2), encoding="utf-8")
    print(f"\n{name}: median of {runs} runs, {facts['platform']}, Python {facts['python']}, "
          f"PySide6 {facts['pyside6']}, {facts['cpus']} CPUs")  # fmt: skip
    print("| measure | Parallax | floor | floor is | ratio |")
    print("|---|---:|---:|---|---:|")
    for row in rows:
        print(f"| {row['measure']} | {row['ours_ms']} ms | {row['floor_ms']} ms | {row['floor']} | {row['ratio']}× |")
    sys.stdout.flush()


def row(
    measure: str, ours: list[float], floor: list[float], floor_name: str, *, paired: bool = False
) -> dict[str, object]:
    """Medians of ours and of the floor, and their ratio. `paired`: runs were taken in turns (ours[i] right after
    floor[i]), and the ratio is the median of each pair's ratio, so that the machine's drift hits both alike."""
    ours_ms, floor_ms = median_ms(ours), median_ms(floor)
    if paired and len(ours) == len(floor) and all(floor):
        ratio: float | None = round(statistics.median(o / f for o, f in zip(ours, floor, strict=True)), 2)
    else:
        ratio = round(ours_ms / floor_ms, 2) if floor_ms else None
    return {"measure": measure, "ours_ms": ours_ms, "floor_ms": floor_ms, "floor": floor_name, "ratio": ratio}
