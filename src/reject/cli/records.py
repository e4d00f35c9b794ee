"""Commands that change one record: log, edit, feedback, rm."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from reject.cli import options as opt
from reject.cli.context import interactive, store
from reject.errors import UsageError
from reject.record_fields import FIELDS, from_flags

if TYPE_CHECKING:
    from reject.journal import RecordInput
    from reject.model import Rejection


def register(app: typer.Typer) -> None:
    app.command("log")(log)
    app.command("edit")(edit)
    app.command("feedback", short_help="Add feedback that arrived later.")(feedback)
    app.command("rm")(rm)


@opt.record_flags("log")
def log(**flags: Any) -> None:
    """Record a rejection. Asks for anything missing when run in a terminal.

    With no flags you are asked a few short questions (Enter skips the optional
    ones). With flags nothing is asked except a missing company or role; when
    input is not a terminal nothing is ever asked.

    Example:  reject log -c Acme -r "Backend Engineer" -d yesterday -s interview
    """
    from reject import render
    from reject.journal import RecordInput, add_rejection, build_rejection

    inp = RecordInput(from_flags("log", flags))
    _read_long_text_from_stdin(inp)
    missing = [f for f in FIELDS if f.needed and f.name not in inp.values]
    if missing:  # nothing given at all means the company is missing too
        if interactive():
            from reject.cli.log_prompts import ask_missing

            store().writable()  # a journal that can't be saved is refused before asking
            ask_missing(inp, everything=not inp.given())
        else:
            raise UsageError(
                f"{missing[0].flags[0]} is required. "
                "Input is not a terminal, so reject won't ask for it."
            )
    # head_only: a new record needs the next id, not the other records.
    with store().transaction("log", head_only=True) as journal:
        record = add_rejection(journal, build_rejection(journal, inp))
    when = _on(inp.text("date"), record)
    render.success(f"Logged #{record.id}: {record.company}, {record.role}{when}.")
    if render.stdout_is_terminal():
        render.info(
            f"When you're ready, `reject reflect {record.id}` walks you through it, "
            "one stage at a time."
        )
    else:
        render.plain(str(record.id))  # for scripts: id=$(reject log ...)


@opt.record_flags("edit")
def edit(
    rid: Annotated[int, typer.Argument(metavar="ID", help="The rejection's id.")],
    **flags: Any,
) -> None:
    """Change a rejection. With no flags, opens it in $EDITOR.

    Flags replace the field they name (--tag and --keyword replace the whole
    list). In the editor, fix what you like and save; an invalid form is kept
    in a recovery file so nothing you typed is lost.

    Example:  reject edit 3 --stage final --tag python --tag lead
    """
    from reject import render
    from reject.journal import RecordInput, edit_rejection

    inp = RecordInput(from_flags("edit", flags))
    _read_long_text_from_stdin(inp)
    if not inp.given():
        from reject.cli.edit_form import edit_in_editor

        edit_in_editor(rid)
        return
    with store().transaction() as journal:
        record = edit_rejection(journal, rid, inp)
    when = _on(inp.text("date"), record)
    render.success(f"Updated #{record.id}: {record.company}, {record.role}{when}.")


def feedback(
    rid: Annotated[int, typer.Argument(metavar="ID", help="The rejection's id.")],
    text: Annotated[
        str | None,
        typer.Option(
            "--text", help="What they said; - reads it from stdin (asked for in a terminal)."
        ),
    ] = None,
    given_by: Annotated[
        str | None, typer.Option("--from", help="Who said it: recruiter, hiring manager...")
    ] = None,
    received: Annotated[
        str | None, typer.Option("--date", "-d", help="When it arrived (default today).")
    ] = None,
) -> None:
    """Add feedback that arrived later (it often comes days after the no).

    Example:  reject feedback 3 --text "Go deeper on scaling" --from "Hiring manager"
    From an email:  reject feedback 3 --text - < reply.txt
    """
    from datetime import date

    from reject import render
    from reject.cli.files import text_or_stdin
    from reject.dates import parse_date
    from reject.journal import FieldError, add_feedback, update_rejection
    from reject.model import check_past_date

    text = text_or_stdin("--text", text)
    when = None
    if received is not None:
        try:
            when = check_past_date(parse_date(received))
        except ValueError as exc:
            raise FieldError("date", str(exc)) from None
    if text is None:
        if not interactive():
            raise UsageError("--text is required. Input is not a terminal, so reject won't ask.")
        from reject import prompts
        from reject.journal import field_problem, find

        record = find(store().writable(), rid)
        text = prompts.ask(
            f"What did {record.company} say? As close to their words as you can",
            check=lambda value: field_problem("feedback", value),
            long=True,
        )
        if given_by is None:
            given_by = (
                prompts.ask(
                    "Who said it",
                    optional=True,
                    check=lambda value: field_problem("feedback_from", value),
                )
                or None
            )
    from reject.reflection.requests import answered_by_feedback

    with store().transaction() as journal:
        record = add_feedback(journal, rid, text, given_by, when)
        answered = answered_by_feedback(record, date.today())
        if answered is not None:
            update_rejection(journal, rid, {"feedback_request": answered.model_dump()})
    render.success(f"Added feedback to #{record.id} ({record.company}).")
    if answered is not None:
        render.info("Your request for feedback is marked as answered.")


def rm(
    rids: Annotated[list[int], typer.Argument(metavar="ID...", help="The rejections' ids.")],
    yes: opt.Yes = False,
) -> None:
    """Delete one rejection or several. Asks first; the previous journal stays in backups.

    Several ids are deleted together, after one question, or not at all.

    Example:  reject rm 3 5 --yes
    """
    from reject import render
    from reject.cli.ids import id_list
    from reject.journal import find, remove_rejection

    ids = list(dict.fromkeys(rids))
    st = store()
    if not yes:
        journal = st.read()
        records = [find(journal, rid) for rid in ids]
        if not interactive():
            raise UsageError(f"Deleting {id_list(ids)} needs confirmation: add --yes.")
        from reject import prompts

        if len(records) == 1:
            question = f"Delete #{records[0].id} ({records[0].company}, {records[0].role})?"
        else:
            for record in records:
                prompts.say(prompts.line(f"  #{record.id}  {record.company}, {record.role}"))
            question = f"Delete these {len(records)} rejections?"
        if not prompts.confirm(question, default=False):
            render.info(
                "Kept them. Nothing was deleted."
                if len(ids) > 1
                else "Kept it. Nothing was deleted."
            )
            return
    with st.transaction() as journal:
        removed = [remove_rejection(journal, rid).id for rid in ids]
    render.success(
        f"Deleted {id_list(removed)}. Changed your mind? `reject backups list` shows "
        "the saved versions, and `reject backups restore NAME` brings one back."
    )


def _on(typed: str | None, record: Rejection) -> str:
    """ ", on Fri 27 Nov 2026" when the date was given in words, to show how it was read."""
    from reject.dates import in_words, long_form

    return f", on {long_form(record.date)}" if in_words(typed) else ""


def _read_long_text_from_stdin(inp: RecordInput) -> None:
    """A long text given as `-` (``log -f -``) is read from standard input."""
    from reject.cli.files import text_or_stdin

    for spec in FIELDS:
        value = inp.values.get(spec.name)
        if spec.long and isinstance(value, str) and spec.flags:
            inp.values[spec.name] = text_or_stdin(spec.flags[0], value) or value
