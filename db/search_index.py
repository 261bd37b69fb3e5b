"""The full-text index: FTS5 tables over paragraphs and notes (external content), kept in step by triggers.

Each table indexes the words as written (folded by the tokenizer) and, in a last column `forms`, their search
keys in the text's language (see WORD_FORMS in db/models.py): exact matches are looked for in the first columns,
inflected ones in `forms`. SQLite's FTS5 cannot call a Python tokenizer through the standard sqlite3 module, so
the keys are computed in Python and stored beside the text.

A migration that rebuilds `paragraphs`, `notes` or `documents` in batch mode (copy, drop, rename) loses these
triggers with the old table: it must call `create_search_index` again afterwards, which re-creates them and
rebuilds the index. Migrations before 0010_word_forms, when there were no `forms` columns, pass
`word_forms=False`.
"""

from __future__ import annotations

from collections.abc import Callable

TOKENIZER = "unicode61 remove_diacritics 2"

FORMS = "forms"
# (index, content table, columns of words as written); each index also has the FORMS column
INDEXES = (
    ("paragraphs_fts", "paragraphs", ("text",)),
    ("notes_fts", "notes", ("title", "body")),
    ("documents_fts", "documents", ("title", "issuer")),
)
FTS_TABLES = frozenset(name for name, _, _ in INDEXES)


def exact_columns(index: str) -> str:
    """The FTS5 column filter of the words as written in `index`: '{title body}'."""
    columns = next(columns for name, _, columns in INDEXES if name == index)
    return "{" + " ".join(columns) + "}"


def _is_index_table(name: str) -> bool:
    """The FTS tables and the shadow tables SQLite keeps for them (…_data, …_idx, …_docsize, …_config)."""
    return any(name == index or name.startswith(index + "_") for index in FTS_TABLES)


def is_search_table(name: str | None) -> bool:
    return name is not None and _is_index_table(name)


def _statements(index: str, table: str, columns: tuple[str, ...]) -> list[str]:
    names = ", ".join(columns)
    new = ", ".join(f"new.{column}" for column in columns)
    old = ", ".join(f"old.{column}" for column in columns)
    remove = f"INSERT INTO {index}({index}, rowid, {names}) VALUES ('delete', old.id, {old});"
    add = f"INSERT INTO {index}(rowid, {names}) VALUES (new.id, {new});"
    return [
        f"DROP TABLE IF EXISTS {index}",
        (
            f"CREATE VIRTUAL TABLE {index} USING fts5({names}, content='{table}', content_rowid='id', "
            f"tokenize='{TOKENIZER}')"
        ),
        f"DROP TRIGGER IF EXISTS {table}_search_insert",
        f"DROP TRIGGER IF EXISTS {table}_search_delete",
        f"DROP TRIGGER IF EXISTS {table}_search_update",
        f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN {add} END",
        f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN {remove} END",
        f"CREATE TRIGGER {table}_search_update AFTER UPDATE OF {names} ON {table} BEGIN {remove} {add} END",
        f"INSERT INTO {index}({index}) VALUES ('rebuild')",
    ]


def create_search_index(execute: Callable[[str], object], *, word_forms: bool = True) -> None:
    """(Re)create every FTS table and its triggers, and fill it from its table."""
    for index, table, columns in INDEXES:
        for statement in _statements(index, table, (*columns, FORMS) if word_forms else columns):
            execute(statement)


def drop_search_index(execute: Callable[[str], object]) -> None:
    for index, table, _ in INDEXES:
        for suffix in ("insert", "delete", "update"):
            execute(f"DROP TRIGGER IF EXISTS {table}_search_{suffix}")
        execute(f"DROP TABLE IF EXISTS {index}")
