"""Killed mid-write with SIGKILL, a few times in a row (bench/crash.py does it 100 times): nothing saved is lost."""

import importlib.util
import random
import signal
import sys
from pathlib import Path

import pytest

CRASH = Path(__file__).resolve().parent.parent / "bench" / "crash.py"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_every_save_that_returned_survives_kills_at_random_moments(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("crash", CRASH)
    assert spec is not None
    assert spec.loader is not None
    crash = importlib.util.module_from_spec(spec)
    sys.modules["crash"] = crash  # its dataclass looks itself up there
    spec.loader.exec_module(crash)
    outcome = crash.kill_cycles(tmp_path, 4, random.Random(1956))
    assert outcome.problems == []
    assert outcome.notes > 0  # the kills came while it was saving, not before it started
    assert outcome.documents > 0
    assert len(list(tmp_path.glob("library.sqlite3*"))) >= 1
