"""The PostgreSQL side of the storage layer: a shared library's address, engine, search, members and checks.

The SQLite-only parts of db/ (FTS5, pragmas, the backup API, peek) each have their counterpart here; which one
runs is chosen by the dialect of the session or engine at hand, never by the callers above db/."""
