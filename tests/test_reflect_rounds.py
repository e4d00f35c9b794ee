"""Stage 2 rounds by name (issue 11.5): each round is asked what kind it was,
ratings are averaged by that name in the plan and in `reject stats`, and a
"lowest" needs at least two ratings. Old reflections with numbered rounds
keep working."""

from __future__ import annotations

from datetime import date

import pytest

from reject.insights.plan import build_plan, part_scores
from reject.insights.themes import load_vocabulary
from reject.model import Rejection
from reject.model.reflection import PartRating, Reflection, ReviewStage
from reject.reflection.flow import round_part
from test_reflect_flow import TODAY, Disk, Script, make_record, reflect
from test_stats import save


def ratings(disk: Disk) -> list[tuple[str, int]]:
    return [(r.part, r.rating) for r in disk.record.reflection.review.ratings]


def two_rounds(first: str, second: str) -> list[tuple[str, str]]:
    """Two rounds named ``first`` and ``second``, rated 2 and 4."""
    return [
        ("interview rounds", "2"),
        ("Round 1: what kind", first),
        (round_part(first).capitalize() + " (1-5", "2"),
        ("Round 2: what kind", second),
        (round_part(second).capitalize() + " (1-5", "4"),
    ]


def test_each_round_is_asked_what_kind_it_was_and_stored_by_that_name():
    disk = Disk(make_record())
    reflect(disk, Script(two_rounds("system design", "Behavioural interview")), only=2)
    assert ratings(disk) == [("system design", 2), ("Behavioural", 4)]


def test_the_kinds_are_offered_in_the_question():
    script = Script([("interview rounds", "1")])
    reflect(Disk(make_record()), script, only=2)
    question = next(q for q, _ in script.asked if q.startswith("Round 1"))
    for kind in ("Coding", "system design", "behavioural", "presentation", "case", "panel"):
        assert kind in question
    assert "Enter to call it interview 1" in question


def test_enter_keeps_a_numbered_round():
    disk = Disk(make_record())
    reflect(disk, Script([("interview rounds", "1"), ("Interview 1 (", "3")]), only=2)
    assert ratings(disk) == [("interview 1", 3)]


def test_the_rating_question_names_the_round():
    script = Script([("interview rounds", "1"), ("what kind", "case study")])
    reflect(Disk(make_record()), script, only=2)
    assert any(q.startswith("Case study (1-5") for q, _ in script.asked)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("coding interview", "coding"), ("System design round", "System design"),
     ("  panel  ", "panel"), ("Interview", "Interview"),
     ("lesson observation", "lesson observation")],
)  # fmt: skip
def test_a_round_name_is_stored_without_round_or_interview_after_it(typed, stored):
    assert round_part(typed) == stored


def test_an_old_reflection_with_numbered_rounds_shows_them_and_keeps_them_on_enter():
    old = Reflection(
        review=ReviewStage(
            ratings=[
                PartRating(part="preparation and research", rating=4),
                PartRating(part="interview 1", rating=3),
                PartRating(part="interview 2", rating=2),
            ]
        )
    )
    disk = Disk(make_record(reflection=old))
    script = Script()
    reflect(disk, script, only=2)
    asked = dict(script.asked)
    assert asked["How many interview rounds did you have? (0 if none)"] == "2"
    assert [d for q, d in script.asked if q.startswith("Round ")] == ["interview 1", "interview 2"]
    assert ratings(disk) == [
        ("preparation and research", 4),
        ("interview 1", 3),
        ("interview 2", 2),
    ]


def test_revisiting_keeps_round_names_and_their_ratings():
    disk = Disk(make_record())
    reflect(disk, Script(two_rounds("coding", "panel")), only=2)
    reflect(disk, Script(), only=2)
    assert ratings(disk) == [("coding", 2), ("panel", 4)]


def _rated(rid: int, *parts: tuple[str, int]) -> Rejection:
    review = ReviewStage(ratings=[PartRating(part=p, rating=r) for p, r in parts])
    return make_record(id=rid, date=date(2026, 9, rid), reflection=Reflection(review=review))


def test_ratings_are_averaged_by_round_name_across_companies_and_spellings():
    records = [
        _rated(1, ("coding", 4), ("behavioural", 2)),
        _rated(2, ("Behavioral", 3), ("coding", 5)),
        _rated(3, ("panel", 1)),
    ]
    scores = {s.part: (s.average, s.ratings) for s in part_scores(records)}
    assert scores["behavioural"] == (2.5, 2)
    assert scores["coding"] == (4.5, 2)


def test_the_plan_shows_a_lowest_only_with_two_ratings():
    records = [
        _rated(1, ("coding", 4), ("behavioural", 2)),
        _rated(2, ("behavioural", 3), ("panel", 1), ("coding", 5)),
    ]
    plan = build_plan(records, load_vocabulary(None), today=TODAY)
    assert [(s.part, s.ratings) for s in plan.weakest] == [("behavioural", 2)]


def test_numbered_rounds_from_old_reflections_count_together_as_interview():
    records = [_rated(1, ("interview 1", 2), ("interview 5", 4)), _rated(2, ("interview 2", 3))]
    scores = [(s.part, s.average, s.ratings) for s in part_scores(records)]
    assert scores == [("interview", 3.0, 3)]


def test_stats_ranks_only_parts_with_two_ratings_and_counts_the_rest(run, journal_path):
    save(journal_path, [_rated(1, ("coding", 4), ("panel", 1)), _rated(2, ("coding", 2))])
    out = run("stats").out
    assert "coding" in out and "3.0" in out
    assert "panel" not in out
    assert "1 more part has a single rating: too few to call." in out


def test_stats_says_too_few_to_call_when_every_part_has_one_rating(run, journal_path):
    save(journal_path, [_rated(1, ("interview 5", 2))])
    out = run("stats").out
    assert "Too few to call a lowest yet" in out and "lowest first" not in out
