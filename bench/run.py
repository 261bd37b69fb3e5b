"""Every benchmark, one after another, then one table of all their figures (bench/results/summary.md and .json).

Each benchmark measures Parallax against a floor taken in the same run on the same data (see each file's
docstring) and writes its own JSON into bench/results/; this collects them. The first run builds the generated
libraries (100,000 documents for search, about 10 minutes) and keeps them in bench/results/.
Run: python bench/run.py [--quick]   (--quick: fewer runs each, and the crash test with 20 kills)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from common import RESULTS

HERE = Path(__file__).resolve().parent
# (script, its report's name, arguments for a full run, arguments for --quick)
BENCHMARKS: tuple[tuple[str, str, list[str], list[str]], ...] = (
    ("startup.py", "startup", [], ["--runs", "3"]),
    ("reader.py", "reader", [], ["--runs", "5"]),
    ("importing.py", "importing", [], ["--runs", "2"]),
    ("tei_import.py", "tei_import", [], ["--runs", "2"]),
    ("compare.py", "compare", [], ["--runs", "3"]),
    ("notes.py", "notes", [], ["--runs", "2"]),
    ("search.py", "search", [], ["--runs", "11"]),
    ("search_typing.py", "search_typing", [], ["--runs", "2"]),
    ("timeline.py", "timeline", [], ["--runs", "2"]),
    ("ocr.py", "ocr", [], ["--runs", "1"]),
    ("shared_search.py", "shared_search", [], ["--runs", "7"]),
    ("shared_live.py", "shared_live", [], ["--notes", "20"]),
    ("shared_load.py", "shared_load", [], ["--members", "10", "--seconds", "20"]),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs of each")
    quick = parser.parse_args().quick
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    lines = ["| benchmark | measure | Parallax | floor | floor is | ratio |", "|---|---|---:|---:|---|---:|"]
    collected = []
    failed = []
    for script, name, full, short in BENCHMARKS:
        started = time.perf_counter()
        print(f"running {script} …", file=sys.stderr, flush=True)
        done = subprocess.run(
            [sys.executable, str(HERE / script), *(short if quick else full)], env=environment, check=False
        )
        if done.returncode != 0:
            failed.append(script)
            continue
        payload = json.loads((RESULTS / f"{name}.json").read_text(encoding="utf-8"))
        collected.append(payload)
        for row in payload["rows"]:
            lines.append(f"| {name} | {row['measure']} | {row['ours_ms']} ms | {row['floor_ms']} ms | {row['floor']} | "
                         f"{row['ratio']}× |")  # fmt: skip
        print(f"{script}: {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    kills = "20" if quick else "100"
    crash = subprocess.run([sys.executable, str(HERE / "crash.py"), "--cycles", kills], env=environment,
                           capture_output=True, text=True, check=False)  # fmt: skip
    lines.append(f"\nCrash test: {crash.stdout.strip()}")
    if crash.returncode != 0:
        failed.append("crash.py")
    (RESULTS / "summary.json").write_text(json.dumps(collected, indent=2), encoding="utf-8")
    (RESULTS / "summary.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    if failed:
        sys.exit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
