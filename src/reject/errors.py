"""The one family of errors that reach a person.

Every failure a user can cause or meet is a ``RejectError``. The CLI turns it
into a single line on stderr and an exit status in exactly one place
(``reject.cli.main.main``). Messages never quote journal text beyond what the
person typed on this command line, so nothing private lands in a log.
"""

from __future__ import annotations

EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class RejectError(Exception):
    """A failure with a message meant for the person running the command."""

    exit_code = EXIT_FAILURE

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(RejectError):
    """The command line or the input was wrong; nothing was written."""

    exit_code = EXIT_USAGE


class NotFoundError(RejectError):
    """An id or backup that does not exist."""


class StoreError(RejectError):
    """The journal file could not be read or written safely."""


class BusyError(StoreError):
    """Another reject process holds the journal lock for too long."""
