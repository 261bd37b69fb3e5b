"""library widgets."""
