"""Bare `reject` (where you stand) and `reject due` (what is due today)."""

from __future__ import annotations

from datetime import date, timedelta

import typer

from reject.cli.context import store


def register(app: typer.Typer) -> None:
    app.command("due", short_help="What's due or overdue, for your shell start-up.")(due)


def show_status() -> None:
    """What bare `reject` prints: the last rejection, actions, waiting requests."""
    from reject import render
    from reject.dates import long_form
    from reject.overview import overview

    today = date.today()
    view = overview(store().read(), today)
    say = render.plain
    if view.last is None:
        say("Your journal is empty. When a no arrives, writing it down helps; it takes a minute.")
        _try(
            ("reject log", "record a rejection"),
            ("reject import FILE", "bring in a CSV you already keep"),
            ("reject --help", "every command"),
        )
        return
    last = view.last
    count = f"{view.count} rejection{'s' if view.count != 1 else ''}"
    when = _ago(last.date, today)
    say(f"{count} so far. The last: #{last.id} {last.company}, {last.role}, {when}.")
    ref = last.reflection
    stage = ref.first_unfinished() if ref else 1
    if ref is None:
        say("You haven't reflected on it yet; there's no rush.")
    elif stage is not None:
        say(f"Your reflection on it stopped before stage {stage} of 6.")
    if view.open_actions:
        line = f"Actions: {len(view.open_actions)} open"
        overdue = view.overdue
        say(line + (f", {len(overdue)} overdue:" if overdue else "."))
        for a in overdue[:3]:
            due = f" (due {long_form(a.due)})" if a.due else ""
            say(f"  {a.id}  {a.what}{due}")
    from reject.followup import hint

    for item in view.waiting[:3]:
        r = item.record
        asked = _ago(today - timedelta(days=item.days), today)
        say(f"Still waiting on feedback from {r.company} (#{r.id}), asked {asked}.")
        say(f"  {hint(item.phase, r.id)}")
    first = (
        (f"reject reflect {last.id}", "work through the last one")
        if stage is not None
        else ("reject log", "record the next one")
    )
    second = (
        ("reject actions", "what you planned to do")
        if view.open_actions
        else ("reject list", "everything so far")
    )
    _try(first, second, ("reject plan", "your development plan"))


def _try(*rows: tuple[str, str]) -> None:
    from reject import render

    render.plain("")
    render.plain("Try:")
    width = max(len(c) for c, _ in rows)
    for command, what in rows:
        render.plain(f"  {command.ljust(width)}  {what}")


def _ago(day: date, today: date) -> str:
    from reject.dates import long_form

    days = (today - day).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 60:
        return f"{days} days ago"
    return f"on {long_form(day)}"


def due() -> None:
    """Print what is due or overdue, in a few lines; nothing at all when nothing is.

    Made for a shell start-up file (~/.bashrc, ~/.zshrc): it never asks
    anything and stays quiet when there is nothing to do.

    Example:  reject due
    """
    from reject import render
    from reject.dates import long_form
    from reject.overview import due as due_now

    today = date.today()
    found = due_now(store().read(), today)
    if not found:
        return
    n = len(found.actions) + len(found.next_steps) + len(found.requests)
    render.plain(f"reject: {n} thing{'s' if n != 1 else ''} due")
    for a in found.actions:
        assert a.due is not None
        when = "today" if a.due == today else f"overdue since {long_form(a.due)}"
        render.plain(f"  {a.id}  {a.what} · {when}")
    for step in found.next_steps:
        render.plain(f"  next step from #{step.rejection} ({step.company}): {step.what} · today")
    if found.actions:
        render.plain("  `reject done ID` ticks one off.")
    from reject.followup import hint

    for item in found.requests:
        r = item.record
        asked = _ago(today - timedelta(days=item.days), today)
        render.plain(f"  feedback request to {r.company} (#{r.id}), asked {asked}")
        render.plain(f"    {hint(item.phase, r.id)}")
