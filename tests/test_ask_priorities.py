"""Whom the plan suggests asking for feedback (the coach's review of issue
11): recent rejections that reached an interview, an assessment or a final;
Start here counts only those; a dominant skill gap outranks asking."""

from __future__ import annotations

from datetime import date, timedelta

from reject.insights import markdown
from reject.insights.plan import build_plan
from reject.insights.themes import load_vocabulary
from reject.model import FeedbackNote, Rejection

TODAY = date(2026, 11, 25)
VOCAB = load_vocabulary(None)
FORM = "We have decided to move forward with other candidates."


def rec(rid: int, days_ago: int, stage: str, *feedback: str) -> Rejection:
    return Rejection(
        id=rid,
        company=f"Company {rid}",
        role="Nurse",
        date=TODAY - timedelta(days=days_ago),
        stage=stage,
        kind="personal" if feedback and feedback[0] != FORM else "form",
        feedback=[FeedbackNote(text=t) for t in feedback],
    )


def _plan(records: list[Rejection]):
    return build_plan(records, VOCAB, today=TODAY)


def test_only_recent_rejections_past_an_interview_are_worth_asking():
    records = [
        rec(1, 10, "interview", FORM),  # recent, interviewed: ask
        rec(2, 70, "final", FORM),  # months ago: let it go
        rec(3, 5, "screen", FORM),  # a screen: rarely worth chasing
        rec(4, 20, "assessment"),  # silence after an assessment: ask
        rec(5, 3, "application", FORM),
    ]
    worth = {u.rejection for u in _plan(records).unanswered if u.worth_asking}
    assert worth == {1, 4}


def test_start_here_counts_only_the_ones_worth_asking():
    records = [rec(i, 5 + i, "application", FORM) for i in range(1, 8)]
    records += [rec(8, 10, "interview", FORM), rec(9, 12, "final")]
    records += [rec(10, 90, "interview", FORM)]
    (ask,) = [p for p in _plan(records).priorities if p.kind == "feedback"]
    assert ask.count == 2 and ask.ask == [9, 8]
    assert ask.why.startswith("2 rejections after an interview or further")


def test_old_ones_are_let_go_in_the_little_feedback_section():
    records = [rec(1, 10, "interview", FORM), rec(2, 70, "final", FORM), rec(3, 5, "screen")]
    text = markdown.write(_plan(records))
    section = text.split("## Little or no feedback")[1].split("\n## ")[0]
    assert "`reject ask 1`" in section and "`reject ask 2`" not in section
    assert "#2" in section and "six weeks" in section


def test_a_skill_gap_named_in_most_real_replies_outranks_asking():
    gap = "Classroom management needs work."
    records = [rec(i, 30 + i, "interview", gap) for i in range(1, 7)]
    records += [rec(7, 20, "interview", "Communication was unclear.")]
    records += [rec(i, i, "interview", FORM) for i in (8, 9, 10, 11, 12, 13, 14, 15)]
    kinds = [p.kind for p in _plan(records).priorities]
    assert kinds[0] == "skill" and "feedback" not in kinds


def test_a_reflection_dated_after_the_plan_is_left_out_and_the_plan_says_so():
    from datetime import datetime, timezone

    from reject.model.reflection import Reflection, ResilienceStage

    later = Reflection(
        started=datetime(2026, 12, 20, tzinfo=timezone.utc),
        resilience=ResilienceStage(mood_before=1, mood_after=9),
    )
    records = [rec(1, 10, "interview", "Communication was unclear.")]
    records[0].reflection = later
    plan = _plan(records)
    assert plan.future_reflections == [1] and plan.summary.reflections_completed == 0
    assert plan.resilience.mood_pairs == 0
    text = markdown.write(plan)
    assert text.count("dated after 2026-11-25") == 1 and "#1" in text


def test_praise_in_real_feedback_makes_one_strengths_line():
    records = [
        rec(1, 30, "interview", "Lovely rapport with students, but behaviour management slipped."),
        rec(2, 20, "final", "Strong modelling. Fluent Dutch is required."),
        rec(3, 10, "interview", "Great retail background. Your SQL was thin. A good interview."),
        rec(4, 5, "screen", FORM),
        rec(5, 4, "interview", "Your test was fine; the role needs a licence."),
    ]
    plan = _plan(records)
    assert [(p.text, p.rejection) for p in plan.praise] == [
        ("Great retail background", 3),
        ("Strong modelling", 2),
        ("Lovely rapport with students", 1),
    ]
    text = markdown.write(plan)
    lines = [ln for ln in text.splitlines() if ln.startswith("What they praised")]
    assert len(lines) == 1 and '"Strong modelling" (#2)' in lines[0]


def test_says_nothing_about_you_is_said_at_most_once_per_plan():
    from reject.model.reflection import FeedbackRequest

    records = [rec(1, 10, "interview", FORM), rec(2, 30, "final", "Communication was unclear.")]
    records[1].feedback_request = FeedbackRequest(
        status="asked", asked_on=TODAY - timedelta(days=20)
    )
    text = markdown.write(_plan(records))
    assert len(__import__("re").findall(r"says? (?:nothing|little) about you", text)) == 1
    assert "`reject ask 2 --status no-reply`" in text


def test_a_skill_named_in_every_real_reply_says_both_not_2_of_the_2():
    records = [rec(i, 5 + i, "interview", "Communication was unclear.") for i in (1, 2)]
    (skill,) = [p for p in _plan(records).priorities if p.kind == "skill"]
    assert skill.why.startswith("Communication came up in both rejections with real feedback")
