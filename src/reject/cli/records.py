"""Commands that change one record: log, edit, feedback, rm."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from reject.cli import options as opt
from reject.cli.context import interactive, store
from reject.cli.duplicates import Repeats, add_logged, already
from reject.errors import UsageError
from reject.record_fields import FIELDS, from_flags

if TYPE_CHECKING:
    from reject.cli.inbox import Intake
    from reject.journal import RecordInput
    from reject.model import Journal, Rejection
    from reject.store import Store


def register(app: typer.Typer) -> None:
    app.command("log")(log)
    app.command("edit")(edit)
    app.command("feedback", short_help="Add feedback that arrived later.")(feedback)
    app.command("rm")(rm)


@opt.record_flags("log")
def log(
    email: Annotated[
        Path | None,
        typer.Option(
            "--email",
            metavar="FILE",
            help="The email the no came in (.eml, or - for stdin): fills in what it can.",
        ),
    ] = None,
    posting: Annotated[
        Path | None,
        typer.Option(
            "--posting",
            metavar="FILE",
            help="The job advert (text, Markdown or a saved web page; - for stdin), kept.",
        ),
    ] = None,
    **flags: Any,
) -> None:
    """Record a rejection. Asks for anything missing when run in a terminal.

    With no flags you are asked a few short questions (Enter skips the optional
    ones). With flags nothing is asked except a missing company or role; when
    input is not a terminal nothing is ever asked.

    With --email, the company, role, date, contact, what they said and how it
    ended are read from the message (flags you give win), and the email is
    kept privately beside your journal.

    Example:  reject log -c Acme -r "Backend Engineer" -d yesterday -s interview
    From your mail client:  reject log --email - < message.eml
    """
    from reject import render
    from reject.journal import RecordInput

    inp = RecordInput(from_flags("log", flags))
    intake = None
    if email is not None or posting is not None:
        from reject.cli.inbox import one_stdin, take_in

        one_stdin(inp, email, posting)
        _read_long_text_from_stdin(inp)
        intake = take_in(inp, email, posting)
    else:
        _read_long_text_from_stdin(inp)
    missing = [f for f in FIELDS if f.needed and f.name not in inp.values]
    if intake is not None and interactive():
        from reject.cli.inbox import read_back

        read_back(intake, inp)
    if missing:  # nothing given at all means the company is missing too
        if interactive():
            from reject.cli.log_prompts import ask_missing

            store().writable()  # a journal that can't be saved is refused before asking
            ask_missing(inp, everything=not inp.given())
        elif intake is not None and intake.facts is not None:
            from reject.cli.inbox import missing_flag_error

            raise missing_flag_error(inp) or UsageError("Something is missing.")
        else:
            raise UsageError(
                f"{missing[0].flags[0]} is required. "
                "Input is not a terminal, so reject won't ask for it."
            )
    if intake is not None:
        record = _log_with_kept(store(), inp, intake)
    else:
        try:
            record, earlier = add_logged(inp, ask_first=interactive())
        except Repeats as repeat:
            from reject import prompts

            render.warn(already(repeat.earlier))
            if not prompts.confirm("Log it again, as a separate rejection?", default=False):
                render.info("Nothing was logged; your earlier record stays as it is.")
                return
            record, earlier = add_logged(inp, ask_first=False)
        else:
            if earlier is not None:
                render.warn(
                    f"{already(earlier)} This one is #{record.id}; "
                    f"`reject rm {record.id}` takes it out."
                )
    when = _on(inp.text("date"), record)
    render.success(f"Logged #{record.id}: {record.company}, {record.role}{when}.")
    if render.stdout_is_terminal():
        if intake is not None and intake.filled:
            render.info(f"Anything read wrong? `reject edit {record.id}` puts it right.")
        render.info(
            f"When you're ready, `reject reflect {record.id}` walks you through it, "
            "one stage at a time."
        )
    else:
        render.plain(str(record.id))  # for scripts: id=$(reject log ...)


def _log_with_kept(st: Store, inp: RecordInput, intake: Intake) -> Rejection:
    """Add the record and keep its email and posting: both, or neither."""
    from reject.cli.inbox import already_logged
    from reject.journal import add_rejection, build_rejection
    from reject.store.kept import keeping

    # A record the journal refuses (or a failed save) leaves nothing kept:
    # ``keeping`` removes the files again when the block fails.
    with keeping(st.home, intake.keep) as kept, st.transaction(
        lambda j: f"log #{j.next_id - 1}"
    ) as journal:
        there = already_logged(journal, intake)
        if there is not None:
            raise UsageError(
                f"That email is already in your journal as #{there.id}; nothing was added. "
                f"`reject show {there.id}` shows it."
            )
        inp.extra.update(intake.kept_fields(kept.names))
        record = add_rejection(journal, build_rejection(journal, inp))
    return record


@opt.record_flags("edit")
def edit(
    rid: Annotated[int, typer.Argument(metavar="ID", help="The rejection's id.")],
    posting: Annotated[
        Path | None,
        typer.Option(
            "--posting",
            metavar="FILE",
            help="Keep this job advert with it (text, Markdown or a saved web page; - for stdin).",
        ),
    ] = None,
    **flags: Any,
) -> None:
    """Change a rejection. With no flags, opens it in $EDITOR.

    Flags replace the field they name (--tag and --keyword replace the whole
    list). In the editor, fix what you like and save; an invalid form is kept
    in a recovery file so nothing you typed is lost.

    Example:  reject edit 3 --stage final --tag python --tag lead
    Keep the advert for stage 5:  reject edit 3 --posting saved-advert.html
    """
    from reject import render
    from reject.journal import RecordInput, edit_rejection

    inp = RecordInput(from_flags("edit", flags))
    if posting is not None:
        from reject.cli.inbox import one_stdin

        one_stdin(inp, posting)
    _read_long_text_from_stdin(inp)
    if posting is not None:
        record = _edit_posting(rid, inp, posting)
    elif not inp.given():
        from reject.cli.edit_form import edit_in_editor

        edit_in_editor(rid)
        return
    else:
        with store().transaction(f"edit #{rid}") as journal:
            record = edit_rejection(journal, rid, inp)
    when = _on(inp.text("date"), record)
    render.success(f"Updated #{record.id}: {record.company}, {record.role}{when}.")
    if posting is not None:
        render.info(
            "The posting is kept; stage 5 of `reject reflect` shows it back to you."
        )


def _edit_posting(rid: int, inp: RecordInput, posting: Path) -> Rejection:
    """Keep a new posting for ``rid``; the one it replaces goes once the save is done."""
    from reject.cli.inbox import read_posting
    from reject.journal import edit_rejection, find
    from reject.store.kept import keeping, remove_kept

    st = store()
    find(st.writable(), rid)  # a wrong id is refused before the file is even read
    text = read_posting(posting)
    with keeping(st.home, [("posting", text)]) as kept, st.transaction(
        f"edit #{rid} posting"
    ) as journal:
        old = find(journal, rid).posting_file
        inp.extra["posting_file"] = kept.names[0]
        record = edit_rejection(journal, rid, inp)
        still_used = any(r.posting_file == old for r in journal.rejections)
    if old and not still_used:
        remove_kept(st.home, old)
    return record


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
    from reject.journal import add_feedback, past_date, update_rejection

    text = text_or_stdin("--text", text)
    when = past_date(received)
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
        gone = [remove_rejection(journal, rid) for rid in ids]
        removed = [record.id for record in gone]
    # Only once the journal is saved without them: a failed save keeps them.
    dropped = _drop_kept(st, gone, journal)
    render.success(
        f"Deleted {id_list(removed)}. Changed your mind? `reject undo`, before any "
        "other change, brings "
        f"{'them' if len(removed) > 1 else 'it'} back."
    )
    if dropped:
        render.info(
            "The emails and postings kept with them were deleted too; `reject undo` brings "
            "back the records, not those files."
            if len(ids) > 1
            else "What was kept with it (the email or the posting) was deleted too; `reject undo` "
            "brings back the record, not that file."
        )


def _drop_kept(st: Store, gone: list[Rejection], journal: Journal) -> bool:
    """Delete the emails and postings kept for records that are gone, unless
    another record still points to the same file (an import can do that)."""
    names = [n for r in gone for n in (r.email_file, r.posting_file) if n]
    if not names:
        return False
    from reject.store.kept import remove_kept

    used = {n for r in journal.rejections for n in (r.email_file, r.posting_file) if n}
    for name in names:
        if name not in used:
            remove_kept(st.home, name)
    return True


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
