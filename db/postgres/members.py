"""A shared library's members: their rows in `members`, and the table privileges the server holds them to.

Every table is read by every member. Editors (and the owner) write the library's tables; readers write only
the note tables (where the policies of db/postgres/policies.py leave them their own private notes, if the owner
allows it) and may add tags. No member but the owner writes `members`, `library_options` or the schema's
version. A table added by a later migration is a library table: `grant` is run again by `setup` after every
upgrade, so members get what their role gives on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, text

NOTE_TABLES = ("notes", "passage_anchors", "note_tags", "note_links", "note_revisions")
OWNER_TABLES = ("members", "library_options", "alembic_version")


@dataclass(frozen=True)
class Login:
    """What the server knows of a role."""

    exists: bool
    can_login: bool = False
    superuser: bool = False


@dataclass(frozen=True)
class Member:
    name: str
    role: str
    added_at: datetime
    can_login: bool  # False once the role was dropped or may no longer log in


def quoted(name: str) -> str:
    """A role or database name as an SQL identifier, whatever it holds (DDL takes no bound parameters)."""
    return '"' + name.replace('"', '""') + '"'


def login(connection: Connection, name: str) -> Login:
    row = connection.execute(
        text("SELECT rolcanlogin, rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = :name"), {"name": name}
    ).first()
    return Login(True, bool(row[0]), bool(row[1])) if row else Login(False)


def current_user(connection: Connection) -> str:
    return str(connection.execute(text("SELECT current_user")).scalar())


def database_owner(connection: Connection) -> str:
    return str(
        connection.execute(
            text("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")
        ).scalar()
    )


def is_superuser(connection: Connection) -> bool:
    return bool(connection.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar())


def _tables(connection: Connection) -> list[str]:
    rows = connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"))
    return [str(name) for (name,) in rows]


def grant(connection: Connection, name: str, role: str) -> None:
    """Give `name` the privileges of `role` on every table (and take away what the role does not give)."""
    who = quoted(name)
    database = str(connection.execute(text("SELECT current_database()")).scalar())
    statements = [
        f"GRANT CONNECT ON DATABASE {quoted(database)} TO {who}",
        f"GRANT USAGE ON SCHEMA public TO {who}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {who}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {who}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {who}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(NOTE_TABLES)} TO {who}",
        f"GRANT INSERT ON tags TO {who}",
    ]
    if role in ("owner", "editor"):
        library = [table for table in _tables(connection) if table not in (*NOTE_TABLES, *OWNER_TABLES)]
        statements.append(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(library)} TO {who}")
    for statement in statements:
        connection.exec_driver_sql(statement)


def revoke(connection: Connection, name: str) -> None:
    who = quoted(name)
    connection.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {who}")
    connection.exec_driver_sql(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {who}")


def put_member(connection: Connection, name: str, role: str, now: datetime) -> None:
    connection.execute(
        text(
            "INSERT INTO members (name, role, added_at) VALUES (:name, :role, :now) "
            "ON CONFLICT (name) DO UPDATE SET role = excluded.role"
        ),
        {"name": name, "role": role, "now": now},
    )


def drop_member(connection: Connection, name: str) -> bool:
    return bool(connection.execute(text("DELETE FROM members WHERE name = :name"), {"name": name}).rowcount)


def members(connection: Connection) -> list[Member]:
    rows = connection.execute(
        text(
            "SELECT m.name, m.role, m.added_at, coalesce(r.rolcanlogin, false) FROM members m "
            "LEFT JOIN pg_roles r ON r.rolname = m.name "
            "ORDER BY CASE m.role WHEN 'owner' THEN 0 WHEN 'editor' THEN 1 ELSE 2 END, m.name"
        )
    )
    return [Member(str(name), str(role), added, bool(can)) for name, role, added, can in rows]


def role_of(connection: Connection, name: str) -> str | None:
    found = connection.execute(text("SELECT parallax_role_of(:name)"), {"name": name}).scalar()
    return str(found) if found else None


def option(connection: Connection, name: str) -> str | None:
    found = connection.execute(text("SELECT parallax_option(:name)"), {"name": name}).scalar()
    return str(found) if found is not None else None


def set_option(connection: Connection, name: str, value: str) -> None:
    connection.execute(
        text(
            "INSERT INTO library_options (name, value) VALUES (:name, :value) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value"
        ),
        {"name": name, "value": value},
    )
