"""`reject appraisals`: feedback from outside the search (reviews, 360s, mentors)."""

from __future__ import annotations

from typing import Annotated

import typer

from reject.cli import options as opt
from reject.cli.context import interactive, store
from reject.errors import UsageError

app = typer.Typer(
    help=(
        "Feedback from performance reviews, 360s and mentors. The plan counts the themes "
        "they share with your rejections, and stage 3 of `reject reflect` points them out.\n\n"
        'Example:  reject appraisals add --text "Strong with families; plan lessons further '
        'ahead." --from "annual review" --date 2025-06-30'
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
)


@app.command("add")
def add(
    text: Annotated[
        str | None,
        typer.Option(
            "--text", help="What it said, as close to its words as you can; - reads stdin."
        ),
    ] = None,
    given_by: Annotated[
        str | None,
        typer.Option("--from", help="Who or what it came from: annual review, 360, a mentor..."),
    ] = None,
    when: Annotated[
        str | None, typer.Option("--date", "-d", help="When it was given (default today).")
    ] = None,
) -> None:
    """Keep an appraisal: a review, a 360 or a mentor's notes.

    Example:  reject appraisals add --text - --from "2025 review" --date 2025-12-10 < review.txt
    """
    from reject import render
    from reject.cli.files import text_or_stdin
    from reject.journal import add_appraisal

    text = text_or_stdin("--text", text)
    if text is None:
        raise UsageError("--text is required: what the appraisal said (- reads it from stdin).")
    from reject.journal import past_date

    day = past_date(when)
    with store().transaction(lambda j: f"appraisal add #{j.next_id - 1}") as journal:
        appraisal = add_appraisal(journal, text, given_by, day)
    source = f" from {appraisal.given_by}" if appraisal.given_by else ""
    render.success(f"Kept appraisal #{appraisal.id}{source} ({appraisal.date.isoformat()}).")
    if render.stdout_is_terminal():
        render.info("`reject plan` counts the themes it shares with your rejections.")
    else:
        render.plain(str(appraisal.id))  # for scripts, as `reject log` does


@app.command("list")
def list_(as_json: opt.Json = False) -> None:
    """List your appraisals, newest first.

    Example:  reject appraisals list --json
    """
    from reject import render

    found = sorted(store().read().appraisals, key=lambda a: (a.date, a.id), reverse=True)
    if as_json:
        render.json_dump([a.model_dump(mode="json") for a in found])
        return
    if not found:
        render.info(
            "No appraisals yet. `reject appraisals add --text ...` keeps one: a review, a 360 "
            "or a mentor's notes."
        )
        return
    rows = [(a.id, a.date.isoformat(), a.given_by or "", _first_line(a.text)) for a in found]
    render.table(["id", "date", "from", "text"], rows)


@app.command("rm")
def rm(
    aid: Annotated[int, typer.Argument(metavar="ID", help="The appraisal's id.")],
    yes: opt.Yes = False,
) -> None:
    """Delete an appraisal. Asks first; the previous journal stays in backups.

    Example:  reject appraisals rm 4 --yes
    """
    from reject import render
    from reject.journal import find_appraisal, remove_appraisal

    st = store()
    if not yes:
        found = find_appraisal(st.read(), aid)
        if not interactive():
            raise UsageError(f"Deleting appraisal #{aid} needs confirmation: add --yes.")
        from reject import prompts

        source = f" from {found.given_by}" if found.given_by else ""
        if not prompts.confirm(
            f"Delete appraisal #{aid}{source} ({found.date.isoformat()})?", default=False
        ):
            render.info("Kept it. Nothing was deleted.")
            return
    with st.transaction(f"appraisal rm #{aid}") as journal:
        remove_appraisal(journal, aid)
    render.success(
        f"Deleted appraisal #{aid}. Changed your mind? "
        "`reject undo`, before any other change, brings it back."
    )


def _first_line(text: str, width: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"
