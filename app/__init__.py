"""Parallax: read primary sources side by side."""

APP_NAME = "Parallax"
ORGANIZATION = "Parallax"
# The one place the version is written: pyproject.toml reads it from here. (Asking importlib.metadata instead
# costs a window about 35 ms at every start.)
__version__ = "0.1.0"
