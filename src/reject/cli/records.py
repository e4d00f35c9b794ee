"""Commands that change one record: log, edit, feedback, rm."""

from __future__ import annotations

from typing import Annotated

import typer

from reject.cli import options as opt
from reject.cli.context import interactive, store
from reject.errors import UsageError


def register(app: typer.Typer) -> None:
    app.command("log")(log)
    app.command("edit")(edit)
    app.command("feedback", short_help="Add feedback that arrived later.")(feedback)
    app.command("rm")(rm)


def log(
    company: opt.Company = None,
    role: opt.Role = None,
    date: opt.DateOpt = None,
    applied: opt.Applied = None,
    stage: opt.StageOpt = None,
    kind: opt.KindOpt = None,
    source: opt.Source = None,
    keyword: opt.Keywords = None,
    contact: opt.Contact = None,
    feedback: opt.Feedback = None,
    feedback_from: opt.FeedbackFrom = None,
    tag: opt.Tags = None,
) -> None:
    """Record a rejection. Asks for anything missing when run in a terminal.

    With no flags you are asked a few short questions (Enter skips the optional
    ones). With flags nothing is asked except a missing company or role; when
    input is not a terminal nothing is ever asked.

    Example:  reject log -c Acme -r "Backend Engineer" -d yesterday -s interview
    """
    from reject import render
    from reject.cli.files import text_or_stdin
    from reject.journal import RecordInput, add_rejection, build_rejection

    feedback = text_or_stdin("--feedback", feedback)
    inp = RecordInput(
        company=company,
        role=role,
        date=date,
        applied=applied,
        stage=stage.value if stage else None,
        kind=kind.value if kind else None,
        source=source,
        keywords=keyword,
        contact=contact,
        feedback=feedback,
        feedback_from=feedback_from,
        tags=tag,
    )
    if inp.company is None or inp.role is None or not inp.given():
        if interactive():
            from reject.cli.log_prompts import ask_missing

            store().writable()  # a journal that can't be saved is refused before asking
            ask_missing(inp, everything=not inp.given())
        else:
            missing = "--company" if inp.company is None else "--role"
            raise UsageError(
                f"{missing} is required. Input is not a terminal, so reject won't ask for it."
            )
    with store().transaction() as journal:
        record = add_rejection(journal, build_rejection(journal, inp))
    render.success(f"Logged #{record.id}: {record.company}, {record.role}.")
    if render.stdout_is_terminal():
        render.info(
            f"When you're ready, `reject reflect {record.id}` walks you through it, "
            "one stage at a time."
        )
    else:
        render.plain(str(record.id))  # for scripts: id=$(reject log ...)


def edit(
    rid: Annotated[int, typer.Argument(metavar="ID", help="The rejection's id.")],
    company: opt.Company = None,
    role: opt.Role = None,
    date: opt.DateOpt = None,
    applied: opt.Applied = None,
    stage: opt.StageOpt = None,
    kind: opt.KindOpt = None,
    source: opt.Source = None,
    keyword: opt.Keywords = None,
    contact: opt.Contact = None,
    tag: opt.Tags = None,
) -> None:
    """Change a rejection. With no flags, opens it in $EDITOR.

    Flags replace the field they name (--tag and --keyword replace the whole
    list). In the editor, fix what you like and save; an invalid form is kept
    in a recovery file so nothing you typed is lost.

    Example:  reject edit 3 --stage final --tag python --tag lead
    """
    from reject import render
    from reject.journal import RecordInput, edit_rejection

    inp = RecordInput(
        company=company,
        role=role,
        date=date,
        applied=applied,
        stage=stage.value if stage else None,
        kind=kind.value if kind else None,
        source=source,
        keywords=keyword,
        contact=contact,
        tags=tag,
    )
    if not inp.given():
        from reject.cli.edit_form import edit_in_editor

        edit_in_editor(rid)
        return
    with store().transaction() as journal:
        record = edit_rejection(journal, rid, inp)
    render.success(f"Updated #{record.id}: {record.company}, {record.role}.")


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
    rid: Annotated[int, typer.Argument(metavar="ID", help="The rejection's id.")],
    yes: opt.Yes = False,
) -> None:
    """Delete a rejection. Asks first; the previous journal stays in backups.

    Example:  reject rm 3 --yes
    """
    from reject import render
    from reject.journal import find, remove_rejection

    st = store()
    if not yes:
        record = find(st.read(), rid)
        if not interactive():
            raise UsageError(f"Deleting #{rid} needs confirmation: add --yes.")
        from reject import prompts

        question = f"Delete #{record.id} ({record.company}, {record.role})?"
        if not prompts.confirm(question, default=False):
            render.info("Kept it. Nothing was deleted.")
            return
    with st.transaction() as journal:
        record = remove_rejection(journal, rid)
    render.success(
        f"Deleted #{record.id}. Changed your mind? `reject backups list` shows "
        "the saved versions, and `reject backups restore NAME` brings one back."
    )
