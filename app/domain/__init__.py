"""Plain values and pure logic: no Qt, no SQLAlchemy."""
