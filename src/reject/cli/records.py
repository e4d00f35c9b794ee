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
    from reject.journal import RecordInput

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
    try:
        record, earlier = _add(inp, ask_first=interactive())
    except _Repeats as repeat:
        from reject import prompts

        render.warn(_already(repeat.earlier))
        if not prompts.confirm("Log it again, as a separate rejection?", default=False):
            render.info("Nothing was logged; your earlier record stays as it is.")
            return
        record, earlier = _add(inp, ask_first=False)
    else:
        if earlier is not None:
            render.warn(
                f"{_already(earlier)} This one is #{record.id}; "
                f"`reject rm {record.id}` takes it out."
            )
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
    with store().transaction(f"edit #{rid}") as journal:
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

    with store().transaction(f"feedback #{rid}") as journal:
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
    """Delete one rejection or several. Asks first; `reject undo` brings them back.

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
    with st.transaction("rm " + " ".join(f"#{rid}" for rid in ids)) as journal:
        removed = [remove_rejection(journal, rid).id for rid in ids]
    render.success(
        f"Deleted {id_list(removed)}. Changed your mind? `reject undo`, before any "
        "other change, brings "
        f"{'them' if len(removed) > 1 else 'it'} back."
    )


class _Repeats(Exception):
    """The new record repeats one already there; ask before logging it.
    Raised inside the transaction, so nothing is saved and the lock is let
    go before anyone is asked."""

    def __init__(self, earlier: Rejection) -> None:
        self.earlier = earlier


class _LookFurther(Exception):
    """journal.json may hold a record like the new one: read it all and look again."""


def _add(inp: RecordInput, *, ask_first: bool) -> tuple[Rejection, Rejection | None]:
    """Log the record; also return an earlier one for the same company,
    role and date (a second log of the same no is usually a slip)."""
    try:
        return _add_once(inp, ask_first=ask_first, head_only=True)
    except _LookFurther:
        return _add_once(inp, ask_first=ask_first, head_only=False)


def _add_once(
    inp: RecordInput, *, ask_first: bool, head_only: bool
) -> tuple[Rejection, Rejection | None]:
    from reject.journal import add_rejection, build_rejection, find_duplicate, same_process

    st = store()
    # head_only: a new record needs the next id, not the other records; the
    # note vouching for journal.json says whether one of them may repeat it.
    with st.transaction(lambda j: f"log #{j.next_id - 1}", head_only=head_only) as journal:
        new = build_rejection(journal, inp)
        earlier = find_duplicate(journal, new)
        if earlier is None and st.may_hold(same_process(new)):
            raise _LookFurther  # nothing written yet: the lock is let go
        if earlier is not None and ask_first:
            raise _Repeats(earlier)
        return add_rejection(journal, new), earlier


def _already(earlier: Rejection) -> str:
    from reject.dates import long_form

    return (
        f"You already logged {earlier.company}, {earlier.role} "
        f"on {long_form(earlier.date)} (#{earlier.id})."
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
