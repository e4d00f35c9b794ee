"""`reject stats`: the dashboard's numbers, on an empty and on a large journal."""

from __future__ import annotations

from datetime import date, timedelta

from reject.model import FeedbackNote, Journal, Rejection
from reject.model.reflection import (
    FeedbackRequest,
    PartRating,
    Reflection,
    ResilienceStage,
    ReviewStage,
)

STAGES = ["application", "screen", "assessment", "interview", "final", "offer"]
KINDS = ["form", "personal", "ghosted", "offer-withdrawn", "withdrew"]


def save(path, records):
    path.parent.mkdir(parents=True, exist_ok=True)
    next_id = max((r.id for r in records), default=0) + 1
    path.write_text(
        Journal(next_id=next_id, rejections=records).model_dump_json(), encoding="utf-8"
    )


def large(n: int = 3000) -> list[Rejection]:
    """Stage cycles through 6 values, kind through 5, one every day from 2024-01-01."""
    start = date(2024, 1, 1)
    records = []
    for i in range(n):
        reflection = None
        if i % 10 == 0:
            reflection = Reflection(
                review=ReviewStage(ratings=[PartRating(part="interview", rating=1 + i % 5)]),
                resilience=ResilienceStage(mood_before=3, mood_after=6),
            )
        records.append(
            Rejection(
                id=i + 1,
                company="Acme",
                role="Engineer",
                date=start + timedelta(days=i),
                stage=STAGES[i % 6],
                kind=KINDS[i % 5],
                feedback=[FeedbackNote(text="Communication was unclear.")] if i % 4 == 0 else [],
                reflection=reflection,
                feedback_request=FeedbackRequest(status="answered") if i % 7 == 0 else None,
            )
        )
    return records


def test_stats_on_an_empty_journal_says_so(run):
    result = run("stats")
    assert (result.code, "nothing to count" in result.err) == (0, True)


def test_stats_json_on_an_empty_journal_is_all_zero(run):
    data = run("stats", "--json").json()
    assert (data["rejections"], data["by_month"], data["themes"]) == (0, {}, [])


def test_stats_keeps_withdrawn_apart(run, journal_path):
    save(journal_path, large(3000))
    data = run("stats", "--json").json()
    assert (data["rejections"], data["withdrew"]) == (2400, 600)


def test_stats_funnel_counts_each_stage(run, journal_path):
    save(journal_path, large(3000))
    by_stage = run("stats", "--json").json()["by_stage"]
    # Rejections are the 2400 whose index is not 4 mod 5; stage is index mod 6.
    expected = {
        s: sum(1 for i in range(3000) if i % 5 != 4 and i % 6 == k) for k, s in enumerate(STAGES)
    }
    assert by_stage == expected


def test_stats_kinds_leave_out_withdrew(run, journal_path):
    save(journal_path, large(3000))
    assert run("stats", "--json").json()["by_kind"] == {
        "form": 600,
        "personal": 600,
        "ghosted": 600,
        "offer-withdrawn": 600,
    }


def test_stats_per_month_counts_january_2024(run, journal_path):
    save(journal_path, large(3000))
    # Days 0-30; withdrew on days 4, 9, 14, 19, 24, 29.
    assert run("stats", "--json").json()["by_month"]["2024-01"] == 25


def test_stats_theme_count_is_exact(run, journal_path):
    save(journal_path, large(3000))
    themes = run("stats", "--json").json()["themes"]
    expected = sum(1 for i in range(3000) if i % 4 == 0 and i % 5 != 4)
    assert [(t["name"], t["count"]) for t in themes] == [("communication", expected)]


def test_stats_average_self_rating(run, journal_path):
    save(journal_path, large(3000))
    ratings = run("stats", "--json").json()["ratings"]
    # Every 10th record has a rating of 1 + i % 5, which is 1 when i % 10 == 0.
    assert ratings == [{"part": "interview", "average": 1.0, "ratings": 300}]


def test_stats_feedback_requests_answered(run, journal_path):
    save(journal_path, large(3000))
    expected = sum(1 for i in range(3000) if i % 7 == 0 and i % 5 != 4)
    assert run("stats", "--json").json()["requests"] == {"answered": expected}


def test_stats_mood_trend_keeps_the_latest_twelve(run, journal_path):
    save(journal_path, large(3000))
    mood = run("stats", "--json").json()["mood"]
    assert (len(mood), mood[-1]["rejection"]) == (12, 2991)


def test_stats_months_without_rejections_show_as_zero(run, journal_path):
    records = [
        Rejection(id=1, company="A", role="R", date=date(2026, 1, 5)),
        Rejection(id=2, company="B", role="R", date=date(2026, 3, 5)),
    ]
    save(journal_path, records)
    by_month = run("stats", "--json").json()["by_month"]
    assert by_month == {"2026-01": 1, "2026-02": 0, "2026-03": 1}


def test_stats_with_little_data_says_it_is_too_early(run, journal_path):
    save(journal_path, [Rejection(id=1, company="A", role="R", date=date(2026, 1, 5))])
    assert "Too few to call anything a pattern" in run("stats").out


def test_stats_dashboard_draws_the_funnel(run, journal_path):
    save(journal_path, large(30))
    out = run("stats").out
    assert "How far they got" in out and "interview" in out
