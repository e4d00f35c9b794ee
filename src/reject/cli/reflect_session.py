"""A reflection session in the terminal: choose the rejection, greet, run the
flow with the Rich prompter, save each finished stage, and close."""

from __future__ import annotations

from datetime import date

from reject import prompts, render
from reject.cli.context import store
from reject.dates import long_form
from reject.errors import NotFoundError, UsageError
from reject.journal import Filters, find, select, update_rejection
from reject.model import Journal, Rejection
from reject.reflection import requests
from reject.reflection.flow import Flow
from reject.reflection.session import Session, merge
from reject.reflection.stages import PAUSED, TOTAL, stage
from reject.store import Store
from reject.text import plural


def run_session(rid: int | None, only: int | None) -> None:
    st = store()
    journal = st.writable()  # refuse before any question, not after the answers
    today = date.today()
    for item in requests.waiting(journal, today):
        render.warn(requests.waiting_line(item))
    record = find(journal, rid) if rid is not None else _choose(journal)
    if record is None:
        return
    refl = record.reflection
    if only is None and refl is not None and refl.completed is not None:
        render.info(
            f"Your reflection on #{record.id} was finished on {refl.completed.isoformat()}. "
            f"To go back over one stage: `reject reflect {record.id} --stage N` (1-{TOTAL})."
        )
        return
    _greet(record, only)

    def save(session: Session, changed: tuple[str, ...]) -> None:
        with st.transaction(f"reflect #{record.id} {_stages(changed)}") as fresh:
            current = find(fresh, record.id)
            update_rejection(fresh, record.id, merge(current, session, changed))

    earlier = [r for r in journal.rejections if r.id != record.id]
    from reject.insights.themes import load_vocabulary

    vocabulary = load_vocabulary(st.home)
    session = Flow(
        record,
        earlier,
        prompts.RichPrompter(),
        save,
        today=today,
        vocabulary=vocabulary,
        appraisals=journal.appraisals,
    ).run(only)
    _close(record, session, only, was_done=refl is not None and refl.completed is not None)


def _stages(changed: tuple[str, ...]) -> str:
    """ "stage 2": the stage whose answers a save keeps, for its backup's label."""
    from reject.reflection.stages import STAGES

    numbers = [str(s.number) for s in STAGES if s.field in changed]
    return "stage " + " ".join(numbers) if numbers else "stage"


def _choose(journal: Journal) -> Rejection | None:
    if not journal.rejections:
        raise NotFoundError("Nothing to reflect on yet. `reject log` records a rejection first.")
    open_ = [
        r
        for r in select(journal, Filters())
        if r.reflection is None or r.reflection.completed is None
    ]
    if not open_:
        render.info(
            "Every rejection in your journal has a finished reflection. "
            "`reject reflect ID --stage N` goes back over one stage."
        )
        return None
    # One already under way comes first: that is the one to pick up.
    open_.sort(key=lambda r: r.reflection is None)
    if len(open_) == 1:
        return open_[0]
    shown = open_[:5]
    prompts.say("These are waiting for a reflection:")
    for r in shown:
        under_way = ""
        if r.reflection is not None:
            under_way = f"  (under way: stage {r.reflection.first_unfinished()} is next)"
        line = f"  #{r.id}  {r.date.isoformat()}  {r.company} · {r.role}{under_way}"
        prompts.say(prompts.line(line))
    if len(open_) > len(shown):
        more = len(open_) - len(shown)
        prompts.say(
            prompts.line(f"  …and {more} more; any id from `reject list` works.", style="dim")
        )
    ids = {r.id for r in journal.rejections}

    def check(raw: str) -> str | None:
        if not raw.strip().lstrip("#").isdecimal() or int(raw.strip().lstrip("#")) not in ids:
            return "Please give one of the ids above, like " + str(shown[0].id) + "."
        return None

    picked = prompts.ask("Which one?", default=str(shown[0].id), check=check)
    return find(journal, int(picked.strip().lstrip("#")))


def _greet(record: Rejection, only: int | None) -> None:
    name = prompts.line(f"#{record.id}, {record.company} · {record.role}")
    refl = record.reflection
    if only is not None:
        prompts.say(prompts.line("Going back over stage ") + prompts.line(f"{only} for ") + name)
        return
    if refl is not None and refl.first_unfinished() not in (None, 1):
        number = refl.first_unfinished() or 1
        prompts.say(
            prompts.line("Welcome back to ")
            + name
            + prompts.line(
                f". Picking up at stage {number}: {stage(number).title.lower().rstrip('.?!')}."
            )
        )
        return
    prompts.say(
        prompts.line(f"Sorry it didn't work out with {record.company}. ")
        + prompts.line("Let's go through it together, in six short stages.")
    )
    prompts.say(
        prompts.line(
            "Enter skips any question. Each stage is saved as you finish it, so you can "
            "stop with Ctrl-C whenever you need to and pick up later.",
            style="dim",
        )
    )


def _close(record: Rejection, session: Session, only: int | None, *, was_done: bool) -> None:
    refl = session.reflection
    prompts.say()
    if refl.completed is not None and not was_done and only is None:
        render.success(f"Reflection on #{record.id} finished and saved.")
        actions = refl.learnings.actions if refl.learnings else []
        step = refl.resilience.next_step if refl.resilience else None
        if step:
            due = refl.resilience.next_step_due if refl.resilience else None
            when = f", by {long_form(due)}" if due else ""
            render.info(prompts.line(f"Your next step: {step}{when}."))
        if actions:
            count = plural(len(actions), "action")
            render.info(f"{count} came out of it; `reject plan` gathers them with the rest.")
        from reject.reflection.closing import thanks

        render.info(thanks(refl, record.id))
        return
    if session.paused:
        render.info(PAUSED.format(id=record.id))
        return
    if only is not None:
        render.success(f"Stage {only} saved.")
        left = refl.first_unfinished()
        if left is not None:
            render.info(f"`reject reflect {record.id}` picks up at stage {left}.")
        return
    render.success("Saved.")


def edit_text(st: Store, rid: int, text: str) -> str:
    """Let the person change ``text`` in their editor; returns what they saved."""
    from reject.cli.files import draft, editor_command, read_draft, run_editor

    editor_command()  # refuse early when no editor can be used
    st.ensure_home()
    with draft(st, text) as path:
        run_editor(path, instead=f"use `reject ask {rid} -o FILE` and edit the file")
        edited = read_draft(path)
    if not edited.strip():
        raise UsageError("The draft came back empty, so nothing was saved.")
    return edited
