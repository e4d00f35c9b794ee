"""`reject backups`: see and bring back earlier versions of the journal."""

from __future__ import annotations

from typing import Annotated

import typer

from reject.cli.context import store

app = typer.Typer(
    help="See and restore earlier versions of your journal. One is kept before every change.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


@app.command("list")
def list_backups() -> None:
    """List saved versions, newest first.

    Example:  reject backups list
    """
    from reject import render

    found = store().backups()
    if not found:
        render.info("No backups yet: one is kept each time the journal changes.")
        return
    rows = [
        [b.name, b.saved.astimezone().strftime("%Y-%m-%d %H:%M:%S"), f"{b.size:,} bytes"]
        for b in found
    ]
    render.table(["name", "saved", "size"], rows)
    from reject.store import backups as policy

    render.info(
        f"Kept: the newest {policy.BACKUPS_KEPT} versions, up to "
        f"{_amount(policy.BACKUPS_MAX_BYTES)} in all (the newest is always kept); "
        f"these {len(found)} take {_amount(sum(b.size for b in found))}."
    )


def _amount(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} kB"


@app.command("restore")
def restore(
    name: Annotated[str, typer.Argument(help="A name from `reject backups list`.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask for confirmation.")] = False,
) -> None:
    """Bring back a saved version of the journal.

    The current journal is backed up first, so a restore can itself be undone.

    Example:  reject backups restore journal-00000042-20261125T190000Z.json
    """
    from reject import render
    from reject.cli.context import interactive
    from reject.errors import UsageError

    st = store()
    if name not in {b.name for b in st.backups()}:
        from reject.errors import NotFoundError

        raise NotFoundError(f"There is no backup called {name!r}. See `reject backups list`.")
    if not yes:
        if not interactive():
            raise UsageError("Restoring replaces your journal and needs confirmation: add --yes.")
        from reject import prompts

        if not prompts.confirm(f"Replace your journal with {name}?", default=False):
            render.info("Kept your journal as it is.")
            return
    journal = st.restore(name)
    render.success(f"Restored {name}: {len(journal.rejections)} rejections.")
