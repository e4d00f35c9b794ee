"""The ``reject`` command tree: the Typer app and its root options."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from reject import __version__
from reject.cli import appraisals as appraisals_cli
from reject.cli import backups, browse, crypt, insights, records, reflect, status, transfer
from reject.cli import config as config_cli
from reject.cli import search as search_cli
from reject.cli.context import settings
from reject.cli.help_format import HumanGroup

app = typer.Typer(
    name="reject",
    cls=HumanGroup,  # plain value names in every --help (see help_format)
    help=(
        "A private journal for job rejections: log what happened, reflect on it, "
        "and leave with a plan.\n\n"
        "Start with `reject log` the evening it happens. Your journal stays on this "
        "machine, in your user-data folder or in $REJECT_HOME."
    ),
    invoke_without_command=True,  # bare `reject` shows where you stand
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"reject {__version__}\n")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
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
    no_pager: Annotated[
        bool,
        typer.Option("--no-pager", help="Print long output straight out, without $PAGER or less."),
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
    from reject.cli.paging import start

    start(ctx, no_pager=no_pager)
    _report_conflict_copies()  # after the pager is set up, so it prints after the pager
    if ctx.invoked_subcommand is None:
        status.show_status()


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
search_cli.register(app)
status.register(app)
crypt.register(app)
app.command("undo")(backups.undo)
app.add_typer(backups.app, name="backups")
app.add_typer(config_cli.app, name="config")
app.add_typer(appraisals_cli.app, name="appraisals")
