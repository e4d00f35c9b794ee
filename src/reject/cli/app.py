"""The ``reject`` command: wiring, and the single place errors become exit codes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from reject import __version__
from reject.cli import backups, browse, insights, records, reflect, transfer
from reject.cli.context import settings
from reject.errors import EXIT_FAILURE, EXIT_INTERRUPTED, RejectError

app = typer.Typer(
    name="reject",
    help=(
        "A private journal for job rejections: log what happened, reflect on it, "
        "and leave with a plan.\n\n"
        "Start with `reject log` the evening it happens. Your journal stays on this "
        "machine, in your user-data folder or in $REJECT_HOME."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"reject {__version__}\n")
        raise typer.Exit()


@app.callback()
def root(
    home: Annotated[
        Path | None,
        typer.Option(
            "--home",
            envvar="REJECT_HOME",
            help="Folder that holds the journal (default: your user-data folder).",
            show_envvar=True,
        ),
    ] = None,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the full traceback when something breaks.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    settings.home = home
    settings.debug = debug
    _report_conflict_copies()


def _report_conflict_copies() -> None:
    from reject.paths import conflict_copies, default_home

    copies = conflict_copies(settings.home or default_home())
    if copies:
        from reject import render

        for path in copies:
            render.warn(
                f"A sync tool left a conflict copy beside your journal: {path}. "
                f"reject leaves it alone; to merge its entries in, run "
                f'`reject import "{path}"` (records already present are skipped).'
            )


records.register(app)
browse.register(app)
transfer.register(app)
reflect.register(app)
insights.register(app)
app.add_typer(backups.app, name="backups")


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and turn every outcome into an exit status."""
    # TyperException is the base of every parsing error (Typer's own Click).
    from typer import Abort, TyperException

    args = sys.argv[1:] if argv is None else argv
    try:
        result = app(args=args, prog_name="reject", standalone_mode=False)
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
    return result if isinstance(result, int) else 0


def _one_line_usage(exc: Exception) -> str:
    message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    ctx = getattr(exc, "ctx", None)
    where = ctx.command_path if ctx is not None else "reject"
    return f"{message} (see `{where} --help`)"


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
