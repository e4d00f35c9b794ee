"""`reject plan` through the real CLI: formats, output file, sections, filters."""

from __future__ import annotations

import json
import stat
from datetime import date, timedelta
from pathlib import Path

from reject.model import FeedbackNote, Journal, Rejection
from reject.model.reflection import (
    Action,
    FeedbackRequest,
    KindnessStage,
    LearningsStage,
    PartRating,
    Point,
    Reflection,
    ResilienceStage,
    ReviewStage,
)

TODAY = date.today()


def save(path: Path, *records: Rejection) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    journal = Journal(next_id=max((r.id for r in records), default=0) + 1, rejections=list(records))
    path.write_text(journal.model_dump_json(), encoding="utf-8")


def rec(rid: int, days_ago: int = 10, feedback: str | None = None, **extra: object) -> Rejection:
    notes = [FeedbackNote(text=feedback)] if feedback else []
    return Rejection(
        id=rid,
        company=f"Company {rid}",
        role="Engineer",
        date=TODAY - timedelta(days=days_ago),
        feedback=notes,
        **extra,
    )


def with_actions(*actions: Action) -> Reflection:
    return Reflection(learnings=LearningsStage(actions=list(actions)))


def test_piped_plan_is_raw_markdown(run, journal_path):
    save(journal_path, rec(1))
    result = run("plan")
    assert result.out.startswith("# Your development plan\n")


def test_output_file_gets_the_markdown(run, journal_path, tmp_path):
    save(journal_path, rec(1))
    target = tmp_path / "plan.md"
    run("plan", "-o", str(target))
    assert target.read_text(encoding="utf-8").startswith("# Your development plan\n")


def test_output_file_is_private(run, journal_path, tmp_path):
    save(journal_path, rec(1))
    target = tmp_path / "plan.md"
    run("plan", "-o", str(target))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_output_file_leaves_stdout_empty(run, journal_path, tmp_path):
    save(journal_path, rec(1))
    assert run("plan", "-o", str(tmp_path / "plan.md")).out == ""


def test_plan_of_an_empty_journal_says_there_is_nothing_yet(run):
    result = run("plan")
    assert "no rejections are logged for this period" in result.out


def test_little_data_says_patterns_need_more_data(run, journal_path):
    save(journal_path, rec(1, feedback="Communication was unclear."), rec(2))
    assert "too early to call anything a pattern" in run("plan").out


def test_little_data_still_lists_what_came_up(run, journal_path):
    save(journal_path, rec(1, feedback="Communication was unclear."), rec(2))
    assert "So far: communication." in run("plan").out


def test_theme_line_has_count_total_and_last_seen(run, journal_path):
    save(
        journal_path,
        rec(1, 30, "Communication was unclear."),
        rec(2, 20, "Hard to follow."),
        rec(3, 10, "Needed more Kubernetes."),
        rec(4, 5, "No notes."),
    )
    last = (TODAY - timedelta(days=20)).isoformat()
    line = "- communication: 2 of the 3 rejections with real feedback (4 in all), last seen"
    assert f"{line} {last}" in run("plan").out


def test_summary_counts_withdrawn_apart(run, journal_path):
    save(journal_path, rec(1), rec(2, kind="withdrew"))
    out = run("plan").out
    assert "- 1 rejection on" in out and "You stepped back from 1 process yourself" in out


def test_since_limits_the_plan_to_later_rejections(run, journal_path):
    save(journal_path, rec(1, 100), rec(2, 5), rec(3, 3))
    since = (TODAY - timedelta(days=10)).isoformat()
    assert "- 2 rejections between" in run("plan", "--since", since).out


def test_bad_since_is_a_usage_error(run):
    assert run("plan", "--since", "not a date at all zz").code == 2


def test_actions_are_checkboxes_with_how_and_date(run, journal_path):
    due = TODAY + timedelta(days=7)
    action = Action(n=1, what="Mock interview", how="practice", how_detail="with Sam", due=due)
    save(journal_path, rec(4, reflection=with_actions(action)))
    line = f"- [ ] 4.1 Mock interview (how: practice, with Sam); by {due.isoformat()}"
    assert line in run("plan").out


def test_done_actions_are_ticked_and_counted(run, journal_path):
    action = Action(n=1, what="Course", done=TODAY)
    save(journal_path, rec(4, reflection=with_actions(action, Action(n=2, what="Read"))))
    out = run("plan").out
    # Done ones are counted, not listed: the plan is about what is still to do.
    assert "1 of 2 actions done" in out and "- [ ] 4.2 Read" in out and "4.1" not in out


def test_overdue_action_comes_first_within_its_theme(run, journal_path):
    later = Action(n=1, what="Later", due=TODAY + timedelta(days=3), theme="design")
    overdue = Action(n=2, what="Overdue", due=TODAY - timedelta(days=3), theme="design")
    save(journal_path, rec(1, reflection=with_actions(later, overdue)))
    out = run("plan").out
    assert out.index("1.2 Overdue") < out.index("1.1 Later")


def test_theme_with_an_overdue_action_comes_first(run, journal_path):
    soon = Action(n=1, what="Soon", due=TODAY + timedelta(days=1), theme="alpha")
    overdue = Action(n=2, what="Late", due=TODAY - timedelta(days=30), theme="zulu")
    save(journal_path, rec(1, reflection=with_actions(soon, overdue)))
    out = run("plan").out
    assert out.index("**zulu**") < out.index("**alpha**")


def test_weakest_part_is_listed_with_its_average(run, journal_path):
    review = ReviewStage(ratings=[PartRating(part="interview", rating=2)])
    review2 = ReviewStage(ratings=[PartRating(part="interview", rating=3)])
    save(
        journal_path,
        rec(1, reflection=Reflection(review=review)),
        rec(2, reflection=Reflection(review=review2)),
    )
    assert "- interview: 2.5 of 5 (2 ratings)" in run("plan").out


def test_outside_points_are_listed_and_can_change_ones_are_not(run, journal_path):
    points = [
        Point(text="Needs fluent Dutch", control="outside", long_term=True),
        Point(text="Practise whiteboarding", control="can-change"),
    ]
    save(journal_path, rec(1, reflection=Reflection(kindness=KindnessStage(points=points))))
    out = run("plan").out
    assert "- Needs fluent Dutch; kept as a long-term goal" in out
    assert "Practise whiteboarding" not in out


def test_waiting_feedback_request_shows_days_waited(run, journal_path):
    request = FeedbackRequest(status="asked", asked_on=TODAY - timedelta(days=9))
    save(journal_path, rec(1, feedback_request=request))
    assert "(#1): asked" in run("plan").out and "9 days ago" in run("plan").out


def test_mood_before_and_after_is_averaged(run, journal_path):
    save(
        journal_path,
        rec(1, reflection=Reflection(resilience=ResilienceStage(mood_before=3, mood_after=6))),
        rec(2, reflection=Reflection(resilience=ResilienceStage(mood_before=4, mood_after=8))),
        rec(3, reflection=Reflection(resilience=ResilienceStage(mood_before=2, mood_after=4))),
    )
    assert "3.0 then 6.0 out of 10, on average over 3 reflections" in run("plan").out


def test_mood_from_fewer_than_three_reflections_gives_no_average(run, journal_path):
    save(
        journal_path,
        rec(1, reflection=Reflection(resilience=ResilienceStage(mood_before=3, mood_after=6))),
        rec(2, reflection=Reflection(resilience=ResilienceStage(mood_before=4, mood_after=8))),
    )
    assert "on average" not in run("plan").out


def test_json_plan_has_format_and_version(run, journal_path):
    save(journal_path, rec(1))
    data = run("plan", "--format", "json").json()
    assert (data["format"], data["schema_version"]) == ("reject-plan", 1)


def test_json_plan_carries_theme_counts(run, journal_path):
    save(journal_path, rec(1, 3, "Communication."), rec(2, 2, "Communication."), rec(3, 1))
    themes = run("plan", "--format", "json").json()["themes"]
    assert [(t["name"], t["count"]) for t in themes["themes"]] == [("communication", 2)]


def test_json_plan_written_to_a_file_parses(run, journal_path, tmp_path):
    save(journal_path, rec(1))
    target = tmp_path / "plan.json"
    run("plan", "--format", "json", "-o", str(target))
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["rejections"] == 1


def test_unknown_format_is_a_usage_error(run):
    assert run("plan", "--format", "pdf").code == 2


def test_days_to_the_next_application_is_the_median_gap(run, tmp_path):
    # Rejections on 09-01, 09-10 and 10-15; applications noted on 08-20, 09-05,
    # 09-30 and 10-20. The next application after each: 4, 20 and 5 days.
    for company, turndown, applied in [
        ("A", "2026-09-01", "2026-08-20"),
        ("B", "2026-09-10", "2026-09-05"),
        ("C", "2026-10-15", "2026-09-30"),
        ("D", "2026-11-01", "2026-10-20"),
    ]:
        run("log", "-c", company, "-r", "Eng", "-d", turndown, "--applied", applied)
    plan = run("plan").out
    assert "Days from a rejection to your next application: 5 (the middle value, over 3" in plan


def test_days_to_the_next_application_needs_three_gaps(run, tmp_path):
    for company, turndown, applied in [
        ("A", "2026-09-01", "2026-08-20"),
        ("B", "2026-09-10", "2026-09-05"),
        ("C", "2026-10-15", "2026-09-30"),
    ]:
        run("log", "-c", company, "-r", "Eng", "-d", turndown, "--applied", applied)
    assert "to your next application" not in run("plan").out
