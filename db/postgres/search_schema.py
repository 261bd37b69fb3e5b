"""Full-text search on PostgreSQL: a stored tsvector beside each indexed text, with a GIN index over it.

It finds what FTS5 finds in a library file (db/search_index.py): the same words, whatever their case or accents.
FTS5's `unicode61` tokenizer takes every run of letters and digits as a word; PostgreSQL's own parser knows
e-mail addresses, hosts, hyphenated words and numbers with dots, so the text is reduced to runs of letters and
digits first (`regexp_replace`), and the configuration `parallax_simple` then folds accents (unaccent) and case
(simple), without stemming, as FTS5 does. No trigger keeps the vectors in step: they are generated columns.

Word forms (0010_word_forms): each table's `forms` column holds the search keys of its words, computed in Python
(see WORD_FORMS in db/models.py). A second vector, `forms_vector`, holds the words as `search_vector` does and,
at weight D (which nothing else uses), the keys: a search for other forms of a word matches its keys there with
`'key':D`, while the words as typed are still matched in `search_vector` alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

CONFIGURATION = "parallax_simple"
VECTOR = "search_vector"
WORD_TOKENS = (
    "asciiword", "word", "numword", "asciihword", "hword", "numhword", "hword_asciipart", "hword_part",
    "hword_numpart",
)  # fmt: skip

# (table, [(column, weight)]): a document's title weighs over its issuer, a note's title over its text, as the
# bm25 weights of the FTS5 indexes do.
VECTORS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("paragraphs", (("text", "A"),)),
    ("notes", (("title", "A"), ("body", "B"))),
    ("documents", (("title", "A"), ("issuer", "B"))),
)


FORMS_VECTOR = "forms_vector"
FORMS_WEIGHT = "D"


def words_of(column: str) -> str:
    """The SQL that turns a text column into the tsvector of its words (runs of letters and digits)."""
    return f"to_tsvector('{CONFIGURATION}'::regconfig, regexp_replace({column}, '[^[:alnum:]]+', ' ', 'g'))"


def _expression(columns: Sequence[tuple[str, str]]) -> str:
    return " || ".join(f"setweight({words_of(column)}, '{weight}')" for column, weight in columns)


def vector_statements(table: str, columns: Sequence[tuple[str, str]], name: str = VECTOR) -> list[str]:
    return [
        f"ALTER TABLE {table} ADD COLUMN {name} tsvector GENERATED ALWAYS AS ({_expression(columns)}) STORED",
        f"CREATE INDEX ix_{table}_{name} ON {table} USING gin ({name})",
    ]


def forms_vector_statements() -> list[str]:
    """The vectors of words and keys, made once the `forms` columns are there (0010_word_forms)."""
    statements = []
    for table, columns in VECTORS:
        statements += vector_statements(table, (*columns, ("coalesce(forms, '')", FORMS_WEIGHT)), FORMS_VECTOR)
    return statements


def drop_forms_vector_statements() -> list[str]:
    return [f"ALTER TABLE {table} DROP COLUMN IF EXISTS {FORMS_VECTOR}" for table, _ in VECTORS]


def configuration_statements() -> list[str]:
    return [
        "CREATE EXTENSION IF NOT EXISTS unaccent",  # a trusted extension: the database's owner may create it
        f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIGURATION}",
        f"CREATE TEXT SEARCH CONFIGURATION {CONFIGURATION} (COPY = simple)",
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIGURATION} ALTER MAPPING FOR {', '.join(WORD_TOKENS)} "  # noqa: ISC004
        "WITH unaccent, simple",
    ]


def create_postgres_search(execute: Callable[[str], object]) -> None:
    for statement in configuration_statements():
        execute(statement)
    for table, columns in VECTORS:
        for statement in vector_statements(table, columns):
            execute(statement)


def drop_postgres_search(execute: Callable[[str], object]) -> None:
    for table, _ in VECTORS:
        execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS {VECTOR}")
    execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIGURATION}")


def is_postgres_search_name(name: str | None) -> bool:
    """The vectors and their indexes, which the models do not describe (compared schemas leave them out)."""
    return name is not None and any(name == vector or name.endswith(f"_{vector}") for vector in (VECTOR, FORMS_VECTOR))
