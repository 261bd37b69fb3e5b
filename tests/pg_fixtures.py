"""Shared libraries for the tests: one PostgreSQL server per test run, a library database for each test.

The server (tests/pg_server.py) is started once. Four login roles are made for the whole run: a teacher (who
owns the libraries and sets them up), an editor, a reader, and an outsider who is no member. One library is made
through Parallax's own `setup` as the teacher, with the editor and reader added as members; each test gets a
copy of it (CREATE DATABASE … TEMPLATE, about 0.1 s), dropped afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from tests.pg_server import PostgresServer, ServerUnavailableError

PASSWORDS = {"teacher": "Tanár-1956", "editor": "Szerkesztő-1956", "reader": "Olvasó-1956", "outsider": "Kívül-1956"}
TEMPLATE = "parallax_template"


@dataclass
class SharedLibrary:
    """One test's shared library: its server, its database, and the roles of the run."""

    server: PostgresServer
    database: str
    roles: dict[str, str]  # the test run's name for a role ('teacher') -> its name on the server

    def address(self, who: str = "teacher", *, password: bool = True) -> Any:
        from app.services.infrastructure.storage import parse_location

        secret = PASSWORDS[who] if password else None
        return parse_location(self.url(who, password=secret))

    def url(self, who: str = "teacher", *, password: str | None = None) -> str:
        from urllib.parse import quote

        user = self.roles[who]
        secret = f":{quote(password, safe='')}" if password else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{self.server.port}/{self.database}"

    def connect(self, who: str) -> Any:
        """A member's own psycopg connection, with their password: what their psql would have."""
        import psycopg

        return psycopg.connect(
            host="127.0.0.1", port=self.server.port, dbname=self.database, user=self.roles[who],
            password=PASSWORDS[who], autocommit=True,
        )  # fmt: skip

    def admin(self) -> Any:
        return self.server.admin(self.database)


def _start_server() -> PostgresServer:
    try:
        return PostgresServer.start()
    except ServerUnavailableError as exc:
        pytest.fail(f"the shared-library tests need a PostgreSQL server: {exc}", pytrace=False)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    server = _start_server()
    yield server
    server.destroy()


@pytest.fixture(scope="session")
def pg_roles(pg_server: PostgresServer) -> dict[str, str]:
    """The run's login roles, with names of their own (so two runs on one server could not meet)."""
    suffix = uuid.uuid4().hex[:6]
    roles = {who: f"{who}_{suffix}" for who in PASSWORDS}
    with pg_server.admin() as admin:
        for who, name in roles.items():
            admin.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORDS[who]}'")
    return roles


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer, pg_roles: dict[str, str]) -> str:
    """The library each test copies: set up by the teacher with Parallax's own commands, two members added."""
    from app.services.registry import open_services

    with pg_server.admin() as admin:
        admin.execute(f"CREATE DATABASE {TEMPLATE} OWNER {pg_roles['teacher']}")
    library = SharedLibrary(pg_server, TEMPLATE, pg_roles)
    opened, services = open_services(library.address("teacher"), setting_up=True)
    try:
        services.sharing.setup()
        services.sharing.add_member(pg_roles["editor"], "editor")
        services.sharing.add_member(pg_roles["reader"], "reader")
    finally:
        opened.close()
    return TEMPLATE


def _copy_of_template(server: PostgresServer, roles: dict[str, str], template: str) -> Iterator[SharedLibrary]:
    if not server.is_running():  # an earlier test stopped it and failed before starting it again
        server.start_again()
    name = f"t_{uuid.uuid4().hex[:12]}"
    with server.admin() as admin:
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {template} OWNER {roles['teacher']} STRATEGY FILE_COPY")
    yield SharedLibrary(server, name, roles)
    if not server.is_running():
        server.start_again()
    with server.admin() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def shared_library(pg_server: PostgresServer, pg_roles: dict[str, str], pg_template: str) -> Iterator[SharedLibrary]:
    """A library of the test's own, as `setup` left it, with the run's editor and reader as members."""
    yield from _copy_of_template(pg_server, pg_roles, pg_template)


@pytest.fixture(scope="module")
def module_shared_library(
    pg_server: PostgresServer, pg_roles: dict[str, str], pg_template: str
) -> Iterator[SharedLibrary]:
    """The same, shared by the tests of one module (which only read it)."""
    yield from _copy_of_template(pg_server, pg_roles, pg_template)
