"""Opening a shared library on a PostgreSQL server, as one of its members (or as its owner setting it up).

The password comes from the address, else from libpq's own PGPASSWORD and ~/.pgpass, else from the system
keyring (where the window keeps it if the user agrees), else the caller is told one is needed
(PasswordNeededError), and the window asks for it. A member never upgrades the schema: the owner does, with
`parallax --db ADDRESS setup`, which is also the only time the bundled documents and events are seeded.
"""

from __future__ import annotations

from sqlalchemy import Engine, event, inspect, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError

from app.services.infrastructure import passwords
from app.services.infrastructure.storage import Library, LibraryOpenError, Membership, PasswordNeededError
from app.services.infrastructure.transactions import LibraryUnavailableError
from db import files as db_files
from db.engine import make_session_factory
from db.migrate import check_current, upgrade_to_head
from db.postgres import members as db_members
from db.postgres.address import SharedAddress
from db.postgres.engine import PasswordNeededError as DbPasswordNeededError
from db.postgres.engine import describe_refusal, make_shared_engine


def setup_hint(address: SharedAddress) -> str:
    return f"parallax --db {address.display()} setup"


def _probe(engine: Engine, address: SharedAddress) -> None:
    """Connect once, so that a refusal is said at once and in the user's words."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as exc:
        refusal = describe_refusal(address, exc)
        if isinstance(refusal, DbPasswordNeededError):
            raise PasswordNeededError(str(refusal), refused=refusal.refused) from exc
        raise LibraryOpenError(str(refusal)) from exc


def _engine_with_password(address: SharedAddress, password: str | None) -> Engine:
    """An engine that the server lets in: with the password given, else libpq's own, else the keyring's."""
    engine = make_shared_engine(address, password)
    try:
        _probe(engine, address)
        return engine
    except PasswordNeededError as needed:
        engine.dispose()
        kept = None if password is not None or address.password is not None else passwords.stored(address)
        if kept is None:
            raise
        engine = make_shared_engine(address, kept)
        try:
            _probe(engine, address)
        except PasswordNeededError as refused:
            engine.dispose()
            raise PasswordNeededError(
                f"{refused}; the password kept in the system keyring is out of date", refused=True
            ) from needed
        return engine


def _report_unavailable(engine: Engine, address: SharedAddress) -> None:
    """A server that stops answering (restarted, the network cut) becomes LibraryUnavailableError wherever it is
    met, a StorageError the window says in its status line and the services treat as "nothing was stored"."""

    def unavailable(context: ExceptionContext) -> None:
        import psycopg

        original = context.original_exception
        if context.is_pre_ping:
            return  # the pool is testing a connection: it makes a new one itself
        if context.is_disconnect or isinstance(original, psycopg.OperationalError):
            reason = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
            raise LibraryUnavailableError(
                f"the server of {address.display()} is not answering ({reason})"
            ) from original

    event.listen(engine, "handle_error", unavailable)


def read_membership(engine: Engine, address: SharedAddress) -> Membership:
    """Who we are here; refuses someone the owner has not made a member."""
    with engine.connect() as connection:
        user = db_members.current_user(connection)
        role = db_members.role_of(connection, user)
        readers = db_members.option(connection, "readers_write_notes")
    if role is None:
        raise LibraryOpenError(
            f"{user} is not a member of {address.display()}; its owner adds members with "
            f"`parallax --db {address.display()} member add {user} --role reader` (or editor)"
        )
    return Membership(user, role, readers != "no")


def open_shared_library(
    address: SharedAddress, *, password: str | None = None, read_only: bool = False, setting_up: bool = False
) -> Library:
    """Connect to the library at `address`; `setting_up`: as its owner, making or upgrading its schema."""
    engine = _engine_with_password(address, password)
    where = address.display()
    try:
        try:
            if setting_up:
                upgrade_to_head(engine, where)
                membership = None
            else:
                if "alembic_version" not in inspect(engine).get_table_names():
                    raise LibraryOpenError(
                        f"{where} holds no Parallax library yet; its owner makes it with `{setup_hint(address)}`"
                    )
                membership = read_membership(engine, address)  # first: a stranger may not read the version
                check_current(engine, where, f"which its owner does with `{setup_hint(address)}`")
        except db_files.LibraryOpenError as exc:
            raise LibraryOpenError(str(exc)) from exc
        except DBAPIError as exc:  # the server went away while we read, or refused us a table
            raise LibraryOpenError(str(describe_refusal(address, exc))) from exc
    except BaseException:
        engine.dispose()
        raise
    _report_unavailable(engine, address)
    cannot_write = membership is not None and not membership.may_write_notes
    return Library(
        path=None, engine=engine, sessions=make_session_factory(engine), read_only=read_only or cannot_write,
        address=address, member=membership,
    )  # fmt: skip
