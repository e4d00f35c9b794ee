"""`reject plan --format ics`, parsed back with icalendar."""

from __future__ import annotations

from datetime import date, timedelta

from icalendar import Calendar

from reject.model import Journal, Rejection
from reject.model.reflection import Action, LearningsStage, Reflection, ResilienceStage

TODAY = date.today()


def save(path, *records):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        Journal(next_id=10, rejections=list(records)).model_dump_json(), encoding="utf-8"
    )


def record(rid, actions=(), next_step=None):
    resilience = None
    if next_step:
        resilience = ResilienceStage(next_step=next_step[0], next_step_due=next_step[1])
    reflection = Reflection(learnings=LearningsStage(actions=list(actions)), resilience=resilience)
    return Rejection(id=rid, company="Acme", role="Engineer", reflection=reflection)


def events(run):
    result = run("plan", "--format", "ics")
    return Calendar.from_ical(result.out).walk("VEVENT")


def test_one_event_per_dated_open_action(run, journal_path):
    actions = [
        Action(n=1, what="A", due=TODAY + timedelta(days=1)),
        Action(n=2, what="B", due=TODAY + timedelta(days=2)),
        Action(n=3, what="No date"),
        Action(n=4, what="Done", due=TODAY, done=TODAY),
    ]
    save(journal_path, record(3, actions))
    assert len(events(run)) == 2


def test_event_falls_on_the_due_date_as_an_all_day_event(run, journal_path):
    due = TODAY + timedelta(days=5)
    save(journal_path, record(3, [Action(n=1, what="Mock interview", due=due)]))
    event = events(run)[0]
    assert (event.decoded("dtstart"), event.decoded("dtend")) == (due, due + timedelta(days=1))


def test_event_summary_names_the_action_and_its_id(run, journal_path):
    save(journal_path, record(3, [Action(n=1, what="Mock interview", due=TODAY)]))
    assert str(events(run)[0]["summary"]) == "Mock interview (3.1)"


def test_next_step_with_a_date_becomes_an_event(run, journal_path):
    due = TODAY + timedelta(days=2)
    save(journal_path, record(3, next_step=("Apply to two roles", due)))
    event = events(run)[0]
    assert (str(event["summary"]), event.decoded("dtstart")) == (
        "Next step: Apply to two roles",
        due,
    )


def test_event_uids_are_unique_and_stable(run, journal_path):
    actions = [Action(n=1, what="A", due=TODAY), Action(n=2, what="B", due=TODAY)]
    save(journal_path, record(3, actions, next_step=("C", TODAY)))
    first = [str(e["uid"]) for e in events(run)]
    assert len(set(first)) == 3 and first == [str(e["uid"]) for e in events(run)]


def test_calendar_has_the_required_properties(run, journal_path):
    save(journal_path, record(3, [Action(n=1, what="A", due=TODAY)]))
    cal = Calendar.from_ical(run("plan", "--format", "ics").out)
    assert (str(cal["version"]), "prodid" in cal) == ("2.0", True)


def test_next_step_already_past_is_left_out(run, journal_path):
    save(journal_path, record(3, next_step=("Old step", TODAY - timedelta(days=1))))
    assert events(run) == []
