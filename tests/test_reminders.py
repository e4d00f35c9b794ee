"""Reminders: calendar events carry an alarm, and `reject due` says what is
due in a few lines, or nothing at all."""

from __future__ import annotations

from datetime import date, timedelta

from icalendar import Calendar

from reject.dates import long_form
from reject.model import Journal, Rejection
from reject.model.reflection import Action, LearningsStage, Reflection, ResilienceStage

TODAY = date.today()


def save(path, *records) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = Journal(next_id=10, rejections=list(records)).model_dump_json()
    path.write_text(doc, encoding="utf-8")


def record(rid, actions=(), next_step=None, company="Acme") -> Rejection:
    resilience = None
    if next_step:
        resilience = ResilienceStage(next_step=next_step[0], next_step_due=next_step[1])
    reflection = Reflection(learnings=LearningsStage(actions=list(actions)), resilience=resilience)
    return Rejection(id=rid, company=company, role="Engineer", reflection=reflection)


def test_every_calendar_event_has_a_morning_alarm(run, journal_path) -> None:
    actions = [Action(n=1, what="Mock interview", due=TODAY + timedelta(days=3))]
    save(journal_path, record(1, actions, next_step=("Apply to Beta", TODAY)))
    cal = Calendar.from_ical(run("plan", "--format", "ics").out)
    found = cal.walk("VEVENT")
    assert len(found) == 2
    for event in found:
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        alarm = alarms[0]
        assert str(alarm["action"]) == "DISPLAY"
        assert alarm["trigger"].dt == timedelta(hours=9)
        assert str(alarm["description"]) == str(event["summary"])


def test_due_is_silent_when_nothing_is_due(run, journal_path) -> None:
    first = run("due")  # no journal yet
    assert (first.code, first.out, first.err) == (0, "", "")
    actions = [
        Action(n=1, what="Later", due=TODAY + timedelta(days=1)),
        Action(n=2, what="Done already", due=TODAY - timedelta(days=2), done=TODAY),
        Action(n=3, what="Some day"),
    ]
    save(journal_path, record(1, actions, next_step=("Old step", TODAY - timedelta(days=3))))
    result = run("due")
    assert (result.code, result.out, result.err) == (0, "", "")


def test_due_lists_overdue_and_today_in_one_block(run, journal_path) -> None:
    late = TODAY - timedelta(days=6)
    save(
        journal_path,
        record(1, [Action(n=1, what="Mock interview", due=late)]),
        record(2, [Action(n=1, what="Email Sam", due=TODAY)], ("Apply to Beta", TODAY), "Globex"),
    )
    result = run("due")
    assert result.code == 0 and result.err == ""
    assert result.out == (
        "reject: 3 things due\n"
        f"  1.1  Mock interview · overdue since {long_form(late)}\n"
        "  2.1  Email Sam · today\n"
        "  next step from #2 (Globex): Apply to Beta · today\n"
        "  `reject done ID` ticks one off.\n"
    )
    run("done", "1.1", "2.1")
    assert (
        run("due").out
        == "reject: 1 thing due\n  next step from #2 (Globex): Apply to Beta · today\n"
    )
