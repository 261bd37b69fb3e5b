"""The one family of errors Parallax reports: each says in one line what could not be done and why.

Four kinds, so that the command line and the window can answer each the same way wherever it comes from:
something asked for that is not there, input that cannot be used as given, a library or file that cannot be read
or written just now (nothing of the change was kept), and a change that meets someone else's (another window
holds the library; a shared note was saved meanwhile). The storage layer (db/) has errors of its own, which the
services turn into these.
"""


class ParallaxError(Exception):
    """What Parallax cannot do as asked; `str()` is one line a user can act on."""


class NotFoundError(ParallaxError, LookupError):
    """A document, note, event, collection or passage that is not (or no longer) there."""


class InvalidInputError(ParallaxError, ValueError):
    """Input that cannot be used as given: a date, a paragraph number, a file that cannot be read, a link."""


class StorageError(ParallaxError, OSError):
    """The library or a file could not be read or written just now (a full disk, an I/O error); nothing changed."""


class ConflictError(ParallaxError):
    """The change meets another one: the library is held by another window, or was changed meanwhile."""


class Cancelled(Exception):  # noqa: N818 - not an error: the user asked to stop, and nothing is reported
    """Long work stopped because its caller asked it to."""
