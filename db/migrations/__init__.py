"""Alembic migrations, run programmatically by db.migrate."""
