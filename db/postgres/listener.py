"""Hearing of other members' changes as they commit: LISTEN on the channel the triggers of
db/postgres/policies.py announce on, on a connection of its own, until told to stop.

A payload is a table's name and a row's ID, nothing else (it is not filtered by the server's policies): the
listener's owner reads the row again under its own. The connection is the engine's (with its password), taken
out of the pool; when the server goes away, `on_state(False)` is said, and the listener tries again every
second until it answers.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from db.postgres.policies import CHANNEL

POLL_S = 0.2  # how often the stop flag is looked at while nothing arrives
RETRY_S = 1.0


def _listening(engine: Engine) -> Any:
    raw = engine.raw_connection()
    connection: Any = raw.driver_connection
    raw.detach()  # ours alone: it never goes back to the pool
    connection.rollback()
    connection.autocommit = True
    connection.execute(f"LISTEN {CHANNEL}")
    return connection


def listen(
    engine: Engine,
    on_change: Callable[[str, int], None],
    on_state: Callable[[bool], None],
    stopped: Callable[[], bool],
) -> None:
    """Call `on_change(table, row_id)` for every change committed by anyone, until `stopped()` is true."""
    import psycopg

    answering: bool | None = None
    while not stopped():
        connection = None
        try:
            connection = _listening(engine)
            if answering is not True:
                answering = True
                on_state(True)
            while not stopped():
                for note in connection.notifies(timeout=POLL_S):
                    table, _, row = note.payload.partition(" ")
                    if row.isdigit():
                        on_change(table, int(row))
        except (psycopg.Error, DBAPIError, OSError):
            if answering is not False:
                answering = False
                on_state(False)
            deadline = time.monotonic() + RETRY_S
            while time.monotonic() < deadline and not stopped():
                time.sleep(POLL_S / 2)
        finally:
            if connection is not None:
                with contextlib.suppress(psycopg.Error):
                    connection.close()
