"""PostgreSQL's own checks that apply to a shared library (what `PRAGMA integrity_check` is to a file).

The server keeps its pages whole itself (with data checksums, if its administrator turned them on); what can
still go wrong for Parallax is what a hand with SQL, an interrupted index build or a restore can leave behind:
constraints not validated, indexes marked invalid, the policies that keep private notes private switched off,
members whose roles are gone, the search configuration missing. Where the `amcheck` extension is installed,
every B-tree index of the library is verified with it as well.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from db.postgres.policies import NOTE_TABLES
from db.postgres.search_schema import CONFIGURATION, VECTOR, VECTORS

PROTECTED = ("notes", *NOTE_TABLES, "note_links", "event_notes")


def _rows(connection: Connection, sql: str) -> list[tuple[object, ...]]:
    return [tuple(row) for row in connection.execute(text(sql))]


def check_shared(connection: Connection, *, full: bool = False) -> list[str]:
    """What is wrong with the library, one line each (nothing: all is well)."""
    problems = [
        f"constraint {name} of {table} was never validated: rows may break it"
        for name, table in _rows(
            connection,
            "SELECT c.conname, c.conrelid::regclass FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE n.nspname = 'public' AND NOT c.convalidated",
        )
    ]
    problems += [
        f"index {name} is invalid (an interrupted build): REINDEX INDEX {name}"
        for (name,) in _rows(
            connection,
            "SELECT i.indexrelid::regclass FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND NOT (i.indisvalid AND i.indisready)",
        )
    ]
    security = {
        str(name): (bool(enabled), bool(forced))
        for name, enabled, forced in _rows(
            connection,
            "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class c JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'",
        )
    }
    for table in PROTECTED:
        if security.get(table) != (True, True):
            problems.append(f"row-level security is off on {table}: private notes are not private")
    policies = {str(table) for (table,) in _rows(connection, "SELECT DISTINCT tablename FROM pg_policies")}
    problems += [f"{table} has no policies" for table in PROTECTED if table not in policies]
    problems += [
        f"member {name} has no login role on the server any more (`parallax member remove {name}`)"
        for (name,) in _rows(
            connection, "SELECT m.name FROM members m LEFT JOIN pg_roles r ON r.rolname = m.name WHERE r.oid IS NULL"
        )
    ]
    if not _rows(connection, f"SELECT 1 FROM pg_ts_config WHERE cfgname = '{CONFIGURATION}'"):
        problems.append(f"the text search configuration {CONFIGURATION} is missing: search cannot work")
    columns = {(str(t), str(c)) for t, c in _rows(connection, "SELECT table_name, column_name FROM "
               "information_schema.columns WHERE table_schema = 'public'")}  # fmt: skip
    problems += [
        f"{table} has no {VECTOR}: search cannot find it" for table, _ in VECTORS if (table, VECTOR) not in columns
    ]
    if full:
        problems += _amcheck(connection)
    return problems


def _amcheck(connection: Connection) -> list[str]:
    """Each B-tree index verified against its own structure, where the server has amcheck."""
    if not _rows(connection, "SELECT 1 FROM pg_extension WHERE extname = 'amcheck'"):
        return []
    problems = []
    indexes = _rows(
        connection,
        "SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE a.amname = 'btree' AND n.nspname = 'public'",
    )
    for oid, name in indexes:
        try:
            with connection.begin_nested():
                connection.execute(text("SELECT bt_index_check(CAST(:oid AS oid))"), {"oid": oid})
        except Exception as exc:
            problems.append(f"index {name}: {str(getattr(exc, 'orig', exc)).splitlines()[0]}")
    return problems
