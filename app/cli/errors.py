"""What a command reports when it cannot do what was asked: one line, exit code 1."""

from app.domain.errors import InvalidInputError

EXIT_OK, EXIT_ERROR = 0, 1


class CliError(InvalidInputError):
    """A failure the user can act on, reported as one line."""
