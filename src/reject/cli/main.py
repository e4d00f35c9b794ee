"""The entry point, and the single place where outcomes become exit codes.

Typer and the command tree are imported only once we know they are needed,
so `reject --version` answers without loading them.
"""

from __future__ import annotations

import sys
from functools import cache
from typing import TYPE_CHECKING

from reject import __version__
from reject.errors import EXIT_FAILURE, EXIT_INTERRUPTED, RejectError

if TYPE_CHECKING:
    from typer.core import TyperGroup


def run() -> None:
    """The console script (`reject`, `python -m reject`): ``main``, then leave
    without freeing the journal object by object (``reject.process``)."""
    from reject import process

    process.keep_until_exit()
    process.leave(main())


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and turn every outcome into an exit status."""
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:
        return _version()
    # TyperException is the base of every parsing error (Typer's own Click).
    from typer import Abort, TyperException

    from reject.cli.argv import hoist
    from reject.cli.context import settings

    try:
        command = _command()
        args, _path = hoist(command, args)
        result = command.main(args=args, prog_name="reject", standalone_mode=False)
    except RejectError as exc:
        from reject import render

        render.error(exc.message, exc.hint)
        return exc.exit_code
    except TyperException as exc:
        from reject import render

        if type(exc).__name__ == "NoArgsIsHelpError":
            sys.stdout.write(exc.format_message() + "\n")
            return exc.exit_code
        render.error(_one_line_usage(exc))
        return exc.exit_code
    except Abort:
        from reject import render

        render.info("Stopped. Nothing more was saved.")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`reject list | head`): not an error worth a word.
        _silence_stdout()
        return EXIT_FAILURE
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        if isinstance(exc, OSError) and _stdout_failed(exc):
            return _output_failed(exc)
        if settings.debug:
            raise
        from reject import render

        render.error(
            f"reject hit an unexpected problem ({type(exc).__name__}). Your journal was "
            "not changed by this step. Run again with --debug to see the details."
        )
        return EXIT_FAILURE
    if result == EXIT_INTERRUPTED:
        from reject import render

        render.info("Stopped. Anything you had finished is saved.")
    try:
        sys.stdout.flush()  # here, not at exit, where a full disk is a traceback
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_FAILURE
    except OSError as exc:
        return _output_failed(exc)
    return result if isinstance(result, int) else 0


@cache
def _command() -> TyperGroup:
    """The Click command tree, built from the Typer app once per process: a
    command runs once, but the tests call ``main`` a thousand times, and the
    build was two thirds of each call."""
    from typer.main import get_command

    from reject.cli.coercion import install
    from reject.cli.commands import app

    install()  # plain option values without pydantic (cli/coercion.py)
    return get_command(app)  # type: ignore[return-value]


def _version() -> int:
    """The fast path, with the same care for a closed pipe or a full disk as
    every other output (flushed here: after ``main`` nobody could tell)."""
    try:
        sys.stdout.write(f"reject {__version__}\n")
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_FAILURE
    except OSError as exc:
        return _output_failed(exc)
    return 0


def _stdout_failed(exc: OSError) -> bool:
    """Whether standard output is what broke (`reject list > /dev/full`): every
    file reject writes is named in its errors, and wrapped before it gets here."""
    import errno

    return exc.filename is None and exc.errno in (
        errno.ENOSPC,
        errno.EDQUOT,
        errno.EFBIG,
        errno.EIO,
    )


def _output_failed(exc: OSError) -> int:
    from reject import render

    _silence_stdout()
    render.error(
        f"Can't write the output: {exc.strerror or exc}. Your journal was not changed; "
        "write to somewhere with room, or use -o FILE where a command has it."
    )
    return EXIT_FAILURE


# Typer checks option values with pydantic and passes its wording through;
# say the same things in the words the rest of reject uses.
_PLAINER = (
    ("Value error, ", ""),
    ("Input should be a valid integer, unable to parse string as an integer", "expected a number"),
    ("Input should be greater than or equal to ", "expected at least "),
    ("Input should be less than or equal to ", "expected at most "),
    ("Invalid value for ", ""),
)


def _one_line_usage(exc: Exception) -> str:
    message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    for before, after in _PLAINER:
        message = message.replace(before, after)
    ctx = getattr(exc, "ctx", None)
    where = ctx.command_path if ctx is not None else "reject"
    return f"{message.rstrip('.')} (see `{where} --help`)."


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
