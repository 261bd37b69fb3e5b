"""Connecting to a shared library's server with psycopg 3, and what its refusals mean to a user."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DisconnectionError

from db.files import LibraryOpenError
from db.postgres.address import SharedAddress

if TYPE_CHECKING:
    import psycopg

CONNECT_TIMEOUT_S = 5
APPLICATION = "parallax"


class PasswordNeededError(LibraryOpenError):
    """The server wants a password that was not given (or refused the one given)."""

    def __init__(self, message: str, *, refused: bool) -> None:
        super().__init__(message)
        self.refused = refused


def _connect_arguments(address: SharedAddress, password: str | None) -> dict[str, Any]:
    """libpq's own keywords. Without a password, libpq looks in PGPASSWORD and ~/.pgpass by itself."""
    arguments: dict[str, Any] = {
        "host": address.host, "user": address.user, "dbname": address.database,
        "connect_timeout": CONNECT_TIMEOUT_S, "application_name": APPLICATION,
    }  # fmt: skip
    if address.port:
        arguments["port"] = address.port
    arguments.update(dict(address.options))
    chosen = password if password is not None else address.password
    if chosen is not None:
        arguments["password"] = chosen
    return arguments


def connect(
    address: SharedAddress, password: str | None = None, *, autocommit: bool = False
) -> psycopg.Connection[Any]:
    """A plain psycopg connection (for listening, and for the checks); raises LibraryOpenError in one line."""
    import psycopg

    try:
        return psycopg.connect(autocommit=autocommit, **_connect_arguments(address, password))
    except psycopg.OperationalError as exc:
        raise describe_refusal(address, exc) from exc


IDLE_S = 1.0  # a connection idle longer than this is tested before use


def make_shared_engine(address: SharedAddress, password: str | None = None) -> Engine:
    """An engine whose connections are tested before use when they have been idle a while, so that a server
    restarted meanwhile is reconnected to; one in use a moment ago is trusted (a save costs no extra round trip,
    and if the server went in that moment, the save fails as any would and is tried again)."""
    arguments = _connect_arguments(address, password)
    engine = create_engine(URL.create("postgresql+psycopg"), connect_args=arguments, pool_size=4, max_overflow=4)
    event.listen(engine, "checkin", _returned)
    event.listen(engine, "checkout", _test_if_idle)
    return engine


def _returned(_dbapi_connection: Any, record: Any) -> None:
    record.info["returned"] = time.monotonic()


def _test_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    if time.monotonic() - record.info.get("returned", 0.0) < IDLE_S:
        return
    import psycopg

    try:
        dbapi_connection.execute("SELECT 1")
        dbapi_connection.rollback()
    except psycopg.Error as exc:  # the pool drops it and makes a new one
        raise DisconnectionError(str(exc)) from exc


def describe_refusal(address: SharedAddress, exc: BaseException) -> LibraryOpenError:
    """The server's reason, said as a line a user can act on."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = reason[0] if reason else type(exc).__name__
    where = address.display()
    lowered = first.lower()
    if "no password supplied" in lowered:
        return PasswordNeededError(f"the server of {where} asks for {address.user}'s password", refused=False)
    if "password authentication failed" in lowered:
        return PasswordNeededError(f"the server of {where} refused {address.user}'s password", refused=True)
    if 'database "' in lowered and "does not exist" in lowered:
        return LibraryOpenError(f"there is no database {address.database!r} on the server of {where}")
    if "connection refused" in lowered or "could not connect" in lowered or "timeout" in lowered:
        return LibraryOpenError(f"cannot reach the server of {where}: {first}")
    return LibraryOpenError(f"cannot open {where}: {first}")
