"""reader widgets."""
