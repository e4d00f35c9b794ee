"""`reject reflect` and `reject ask` (the guided reflection)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reject.choices import RequestStatus
from reject.cli.context import interactive, store
from reject.errors import EXIT_INTERRUPTED, UsageError


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("reflect", short_help="Work through a rejection in six stages.")(reflect)
    app.command("ask")(ask)


def reflect(
    rid: Annotated[
        int | None,
        typer.Argument(metavar="[ID]", help="The rejection (default: the latest unfinished)."),
    ] = None,
    stage: Annotated[
        int | None,
        typer.Option("--stage", min=1, max=6, help="Revisit one stage (1-6), answers kept."),
    ] = None,
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers",
            help="Fill the reflection from a JSON file shaped like `reflection` in "
            "`reject show ID --json`, instead of asking; - reads it from stdin.",
        ),
    ] = None,
) -> int | None:
    """Work through a rejection in six short stages, and leave with a plan.

    Each stage is saved as soon as you finish it, so you can stop at any
    point (Ctrl-C) and pick up later where you left off. Enter skips a
    question; --stage N goes back to one stage with your answers as defaults.

    Example:  reject reflect 3 --stage 2
    """
    if answers is not None:
        _fill_from_file(rid, answers)
        return None
    if not interactive():
        raise UsageError(
            "`reject reflect` asks questions, so it needs a terminal. Run it in one, or "
            "fill it from a file: `reject reflect ID --answers FILE` (the `reflection` "
            "part of `reject show ID --json` is the shape)."
        )
    from reject.cli.reflect_session import run_session

    try:
        run_session(rid, stage)
    except (KeyboardInterrupt, EOFError):
        from reject import prompts

        prompts.say()
        again = f"reject reflect {rid}" if rid is not None else "reject reflect"
        prompts.say(prompts.line(f"`{again}` picks up where you stopped.", style="dim"))
        return EXIT_INTERRUPTED
    return None


# A reflection holds a few dozen answers of at most TEXT_MAX characters each.
_ANSWERS_MAX = 2_000_000


def _fill_from_file(rid: int | None, path: Path) -> None:
    from datetime import date

    from reject import render
    from reject.cli.files import read_text_file
    from reject.journal import update_rejection
    from reject.reflection.answers_file import load_answers

    if rid is None:
        raise UsageError("--answers needs the rejection's id: `reject reflect ID --answers FILE`.")
    if str(path) == "-":
        from reject.cli.files import read_stdin

        text = read_stdin("--answers", what="the answers as JSON", limit=_ANSWERS_MAX)
    else:
        text = read_text_file(path)
    reflection = load_answers(text, today=date.today())
    with store().transaction(f"reflect #{rid} answers") as journal:
        record = update_rejection(journal, rid, {"reflection": reflection.model_dump()})
    left = reflection.first_unfinished()
    done = "complete" if left is None else f"saved; stage {left} is next"
    render.success(f"Reflection on #{record.id} ({record.company}) {done}.")


def ask(
    rid: Annotated[int, typer.Argument(metavar="ID", help="The rejection's id.")],
    sent: Annotated[
        bool,
        typer.Option("--sent", help="Note that you sent the request today (nothing is printed)."),
    ] = False,
    status: Annotated[
        RequestStatus | None,
        typer.Option(
            "--status",
            help="Record what became of the request instead of printing it.",
            case_sensitive=False,
        ),
    ] = None,
    edit: Annotated[
        bool, typer.Option("--edit", help="Change the draft in $EDITOR first (it is kept).")
    ] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the draft to this file.")
    ] = None,
) -> None:
    """Draft a short, polite request for more detailed feedback.

    Shows a draft addressed to your contact by first name, written for how far
    the process got and what they said, and signed with the name in
    `reject config` (kept in your config folder). Showing it records nothing:
    send it from your own email, then --sent notes it as asked. Later,
    --status answered, declined or no-reply records what came of it
    (`reject feedback` marks it answered).

    Example:  reject ask 3 --edit -o request.txt, then reject ask 3 --sent
    """
    from reject import render
    from reject.cli.ask_command import record_sent, show_draft

    if status is not None:
        if sent or edit or output is not None:
            raise UsageError("--status records what came of a request; use it on its own.")
        _record_status(rid, status)
        return
    if sent and not (edit or output is not None):
        record_sent(rid)
        return
    already = show_draft(rid, edit=edit, output=output)
    if sent:
        record_sent(rid)
    elif not already:
        render.info(
            f"Nothing is recorded yet. Once you've sent it, `reject ask {rid} --sent` notes it."
        )


def _record_status(rid: int, status: RequestStatus) -> None:
    from datetime import date

    from reject import render
    from reject.journal import find, update_rejection
    from reject.reflection import requests

    with store().transaction(f"ask #{rid} {status.value}") as journal:
        request = requests.with_status(find(journal, rid), status, date.today())
        update_rejection(journal, rid, {"feedback_request": request.model_dump()})
    render.success(_STATUS_LINES[status].format(id=rid))


_STATUS_LINES = {
    RequestStatus.not_asked: "Noted: no request for #{id}.",
    RequestStatus.asked: "Noted: the request for #{id} is waiting for an answer.",
    RequestStatus.answered: (
        "Marked as answered. `reject feedback {id} --text ...` keeps what they said."
    ),
    RequestStatus.declined: "Marked as declined. Asking was still the right call.",
    RequestStatus.no_reply: (
        "Marked as no reply. Silence is common, and it says little about you."
    ),
}
