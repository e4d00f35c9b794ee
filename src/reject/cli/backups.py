"""`reject backups`: see and bring back earlier versions of the journal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from reject.cli.context import store

if TYPE_CHECKING:
    from datetime import datetime

    from reject.store import Store

app = typer.Typer(
    help="See and restore earlier versions of your journal. One is kept before every change.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


@app.command("list")
def list_backups(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON, for scripts.")] = False,
) -> None:
    """List saved versions, newest first, each with the change that followed it.

    Each version is the journal as it was just before that change ("rm #10",
    "edit #3"), so restoring it takes the change back. `reject undo` does
    that for the newest.

    Example:  reject backups list --json
    """
    from reject import render

    st = store()
    found = st.backups()
    # Changes not yet folded into journal.json have no backup of their own
    # yet; they are listed too (newest first), since `undo` takes them back.
    pending = _pending(st)
    if as_json:
        render.json_dump(
            [
                {
                    "name": None,
                    "seq": None,
                    "saved": made.isoformat(timespec="seconds"),
                    "size": None,
                    "before": label,
                    "pending": True,
                }
                for made, label in pending
            ]
            + [
                {
                    "name": b.name,
                    "seq": b.seq,
                    "saved": b.saved.isoformat(timespec="seconds"),
                    "size": b.size,
                    "before": b.change or None,
                }
                for b in found
            ]
        )
        return
    if not found and not pending:
        render.info("No backups yet: one is kept each time the journal changes.")
        return
    rows = [
        ["(not folded yet)", made.astimezone().strftime("%Y-%m-%d %H:%M:%S"), "", label]
        for made, label in pending
    ] + [
        [
            str(b.seq) if b.seq else "",
            b.saved.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            f"{b.size:,} bytes",
            b.change,
            b.name,
        ]
        for b in found
    ]
    render.table(["no.", "saved", "size", "before", "name"], rows)
    from reject.store import backups as policy

    render.info(
        f"Kept: the newest {policy.BACKUPS_KEPT} versions, up to "
        f"{_amount(policy.BACKUPS_MAX_BYTES)} in all (the newest is always kept); "
        f"these {len(found)} take {_amount(sum(b.size for b in found))}. "
        "`reject backups restore NO.` brings one back."
    )


def _pending(st: Store) -> list[tuple[datetime, str]]:
    """(when, label) of each change waiting in the change log, newest first."""
    from datetime import datetime, timezone

    found: dict[int, tuple[datetime, str]] = {}
    for change in st.pending():
        try:
            made = datetime.strptime(change.at, "%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            made = datetime.now()
        found[change.tx or change.seq] = (made.replace(tzinfo=timezone.utc), change.label)
    return list(reversed(found.values()))


def _amount(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} kB"


@app.command("restore")
def restore(
    name: Annotated[
        str,
        typer.Argument(
            help="A name from `reject backups list`, or just its number (3 for journal-00000003-…)."
        ),
    ],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask for confirmation.")] = False,
) -> None:
    """Bring back a saved version of the journal.

    The current journal is backed up first, so a restore can itself be undone.

    Example:  reject backups restore 42   (or its whole name from the list)
    """
    from reject import render
    from reject.cli.context import interactive
    from reject.errors import UsageError

    st = store()
    # A long name is cut short in a narrow table, so its number is enough.
    if name.isdigit():
        by_number = [b.name for b in st.backups() if b.seq == int(name)]
        name = by_number[0] if by_number else name
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
    found = next(b for b in st.backups() if b.name == name)
    journal = st.restore(name, label=f"restore backup {found.seq}" if found.seq else "restore")
    render.success(
        f"Restored {name}: {len(journal.rejections)} rejections. `reject undo` takes it back."
    )


def undo(
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask first.")] = False,
) -> None:
    """Take back the last change; run it again to put the change back.

    The last change can be a log, an edit, an rm, an import, a reflection
    stage, an action marked done or a restore. It says which change it takes
    back (and asks first), then brings back the journal as it was before it.
    The undo is itself a change, so `reject undo` again redoes it.

    Example:  reject undo --yes
    """
    from reject import render
    from reject.cli.context import interactive
    from reject.errors import NotFoundError, UsageError
    from reject.store.backups import undo_label

    st = store()
    last = st.last_change()
    if last is None:
        raise NotFoundError(
            "There's nothing to undo: no earlier version of your journal is saved yet "
            "(one is kept before every change after the first)."
        )
    # "undo rm #10", or "redo rm #10" when the last change was itself an undo.
    action = undo_label(last.label) if last.label else "undo the last change"
    verb, _, what = action.partition(" ")
    when = last.made.astimezone().strftime("%Y-%m-%d %H:%M")
    if not yes:
        if not interactive():
            raise UsageError(f"{verb.capitalize()}ing {what} needs confirmation: add --yes.")
        from reject import prompts

        if not prompts.confirm(f"{verb.capitalize()} {what} (made {when})?", default=False):
            render.info("Kept your journal as it is.")
            return
    st.undo(last)
    done = "Redid" if verb == "redo" else "Undid"
    render.success(f"{done} {what}. `reject undo` again takes that back.")
