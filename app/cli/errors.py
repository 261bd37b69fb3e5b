"""What a command reports when it cannot do what was asked: one line, exit code 1."""

EXIT_OK, EXIT_ERROR = 0, 1


class CliError(Exception):
    """A failure the user can act on, reported as one line."""
