"""`reject plan`, `reject actions`, `reject done`, `reject stats`."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from reject.cli import options as opt
from reject.cli.context import store

if TYPE_CHECKING:
    from reject.insights.plan import PartScore
    from reject.insights.stats import Stats


class PlanFormat(str, Enum):
    md = "md"
    json = "json"
    ics = "ics"


Since = Annotated[
    str | None, typer.Option("--since", help="Only rejections on or after this date.")
]
Until = Annotated[
    str | None, typer.Option("--until", help="Only rejections on or before this date.")
]


def register(app: typer.Typer) -> None:
    app.command("plan", short_help="Write your development plan.")(plan)
    app.command("actions")(actions)
    app.command("done")(done)
    app.command("stats", short_help="A dashboard of your search so far.")(stats)


def plan(
    since: Since = None,
    until: Until = None,
    fmt: Annotated[
        PlanFormat,
        typer.Option(
            "--format", "-F", help="md (Markdown), json, or ics (calendar).", case_sensitive=False
        ),
    ] = PlanFormat.md,
    output: opt.OutFile = None,
) -> None:
    """Write your development plan from every rejection and reflection so far.

    In a terminal the plan is shown formatted; piped, it is plain Markdown.
    --format ics gives a calendar with a day for each dated action and next step.

    Example:  reject plan -o plan.md
    """
    from datetime import date

    from reject import render
    from reject.cli.files import date_option
    from reject.insights import markdown
    from reject.insights.plan import build_plan, to_json
    from reject.journal import Filters, select

    st = store()
    journal = st.read()
    start, end = date_option("--since", since), date_option("--until", until)
    records = select(journal, Filters(since=start, until=end))
    today = date.today()
    if fmt is PlanFormat.ics:
        from reject.insights import ics

        _emit(ics.write(records, today=today).decode("utf-8"), output, "calendar")
        return
    built = build_plan(
        records,
        _vocabulary(st.home),
        today=today,
        since=start,
        until=end,
        appraisals=journal.appraisals,
    )
    if fmt is PlanFormat.json:
        import json

        if output is None:
            render.json_dump(to_json(built))
        else:
            _emit(json.dumps(to_json(built), ensure_ascii=False, indent=2) + "\n", output, "plan")
        return
    text = markdown.write(built)
    if output is None and render.stdout_is_terminal():
        render.markdown(text)
    else:
        _emit(text, output, "plan")


def actions(
    show_all: Annotated[bool, typer.Option("--all", "-a", help="Include done actions.")] = False,
    as_json: opt.Json = False,
) -> None:
    """List the actions from your reflections, overdue first.

    Example:  reject actions --all
    """
    from datetime import date

    from reject import render
    from reject.insights.actions import list_actions
    from reject.insights.plan import _plain

    journal = store().read()
    found = list_actions(journal, today=date.today(), include_done=show_all)
    if as_json:
        render.json_dump([_plain(vars(a)) for a in found])
        return
    if not found:
        render.info(
            "No open actions. Stage 3 of `reject reflect` turns what you learned into a few "
            "concrete steps; `reject actions --all` also shows the ones you finished."
            if not show_all
            else "No actions yet. Stage 3 of `reject reflect` is where they come from."
        )
        return
    rows = []
    for a in found:
        when = a.due.isoformat() if a.due else ""
        if a.overdue:
            when += " (overdue)"
        how = a.how if a.how != "other" else ""
        if a.how_detail:
            how = f"{how}: {a.how_detail}" if how else a.how_detail
        row = [a.id, when, a.what, how, a.theme or "", a.company]
        rows.append([*row, a.done.isoformat() if a.done else ""] if show_all else row)
    columns = ["id", "due", "what", "how", "theme", "from"] + (["done"] if show_all else [])
    render.table(columns, rows)


def done(
    action_ids: Annotated[
        list[str], typer.Argument(metavar="ID...", help="The actions' ids, e.g. 3.1 5.2.")
    ],
    undo: Annotated[bool, typer.Option("--undo", help="Mark them as not done again.")] = False,
) -> None:
    """Mark actions done today (or open again with --undo).

    Several ids are changed together, or none is when one of them is wrong.

    Example:  reject done 3.1 5.2
    """
    from datetime import date

    from reject import render
    from reject.insights.actions import set_done

    ids = " ".join(dict.fromkeys(a.strip() for a in action_ids))
    with store().transaction(f"{'reopen' if undo else 'done'} action {ids}") as journal:
        changes = [
            (action_id, set_done(journal, action_id, today=date.today(), undo=undo))
            for action_id in dict.fromkeys(a.strip() for a in action_ids)
        ]
    for action_id, change in changes:
        what = change.action.what
        if not change.changed:
            state = f"done on {change.action.done}" if change.action.done else "open"
            render.info(f"{action_id} was already {state}: {what}. Nothing changed.")
        elif undo:
            render.success(f"{action_id} is open again: {what}.")
        else:
            render.success(
                f"Marked {action_id} done: {what}."
                + ("" if len(changes) > 1 else " One step further.")
            )


def stats(since: Since = None, until: Until = None, as_json: opt.Json = False) -> None:
    """A dashboard of your search so far: stages, kinds, months, themes, ratings, mood.

    Example:  reject stats --since 2026-01-01
    """
    from reject import render
    from reject.insights.stats import build_stats, to_json

    st = store()
    records, _, _ = _chosen(since, until)
    numbers = build_stats(records, _vocabulary(st.home))
    if as_json:
        render.json_dump(to_json(numbers))
    else:
        _dashboard(numbers)


# -- helpers ---------------------------------------------------------------------


def _chosen(since: str | None, until: str | None):  # type: ignore[no-untyped-def]
    from reject.cli.files import date_option
    from reject.journal import Filters, select

    start, end = date_option("--since", since), date_option("--until", until)
    return select(store().read(), Filters(since=start, until=end)), start, end


def _vocabulary(home: Path):  # type: ignore[no-untyped-def]
    from reject.insights.themes import load_vocabulary

    return load_vocabulary(home)


def _emit(text: str, output: Path | None, what: str) -> None:
    from reject import render

    if output is None:
        render.document(text)
        return
    from reject.cli.files import write_private

    write_private(output, text, store())
    render.success(f"Wrote your {what} to {output}.")


def _dashboard(s: Stats) -> None:
    from reject import render
    from reject.choices import kind_label
    from reject.insights.stats import answered_share
    from reject.text import plural

    if s.rejections == 0:
        render.info("No rejections logged yet, so there is nothing to count. `reject log` starts.")
        return
    render.heading(plural(s.rejections, "rejection"))
    if s.withdrew:
        render.info_line(f"(plus {s.withdrew} you stepped back from yourself, not counted)")
    if not s.enough_data:
        render.info_line("Too few to call anything a pattern yet; the numbers are just counts.")
    render.blank()
    render.heading("How far they got")
    render.bar_chart(list(s.by_stage.items()))
    render.blank()
    render.heading("How the no arrived")
    render.bar_chart([(kind_label(k), n) for k, n in s.by_kind.items()])
    render.blank()
    render.heading("Per month")
    render.bar_chart(list(s.by_month.items()))
    if s.themes:
        render.blank()
        render.heading("Themes (rejections that mention each)")
        render.bar_chart(
            [(f'"{t.name}"' if t.source == "phrase" else t.name, t.count) for t in s.themes]
        )
    if s.ratings:
        _ratings(s.ratings)
    answered, asked = answered_share(s)
    if asked:
        render.blank()
        render.heading("Feedback requests")
        render.bar_chart(list(s.requests.items()))
        waiting = s.requests.get("asked", 0)
        render.info_line(
            f"{answered} of {asked} answered" + (f", {waiting} still waiting." if waiting else ".")
        )
    if s.mood:
        render.blank()
        render.heading("Mood before and after reflecting (1 to 10), oldest first")
        render.table(
            ["#", "date", "before", "after"],
            [(m.rejection, m.date, m.before, m.after) for m in s.mood],
        )


def _ratings(scores: list[PartScore]) -> None:
    """Self-ratings by kind of round; a part with a single rating is too few
    to call the lowest, so it is counted, not ranked."""
    from reject import render
    from reject.insights.ratings import MIN_RATINGS

    ranked = [r for r in scores if r.ratings >= MIN_RATINGS]
    few = len(scores) - len(ranked)
    render.blank()
    if not ranked:
        render.heading("Your self-ratings (1 to 5)")
        render.info_line(
            f"Too few to call a lowest yet: each part has one rating so far, and it "
            f"takes {MIN_RATINGS} before parts are compared."
        )
        return
    render.heading("Your average self-rating, lowest first (1 to 5)")
    render.table(
        ["part", "average", "ratings"],
        [(r.part, f"{r.average:.1f}", r.ratings) for r in ranked],
    )
    if few:
        parts = "part has" if few == 1 else "parts have"
        render.info_line(f"{few} more {parts} a single rating: too few to call.")
