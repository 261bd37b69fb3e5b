"""Storage: SQLAlchemy models, engine, repositories and migrations. Knows nothing of Qt or of `app`."""
