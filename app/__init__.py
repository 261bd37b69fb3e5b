"""Parallax: read primary sources side by side."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Parallax"
ORGANIZATION = "Parallax"

try:
    __version__ = version("parallax-reader")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
