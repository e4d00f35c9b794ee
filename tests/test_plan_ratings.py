"""Self-ratings in the plan (the coach's review of issue 11): a "lowest" only
for what is actually low, strengths named, trends shown, and round names
that mean the same thing counted together."""

from __future__ import annotations

from datetime import date

from reject.insights import markdown
from reject.insights.plan import build_plan, part_scores
from reject.insights.themes import load_vocabulary
from reject.model import Rejection
from reject.model.reflection import PartRating, Reflection, ReviewStage

TODAY = date(2026, 11, 25)
VOCAB = load_vocabulary(None)


def _rated(rid: int, *parts: tuple[str, int]) -> Rejection:
    review = ReviewStage(ratings=[PartRating(part=p, rating=r) for p, r in parts])
    return Rejection(
        id=rid,
        company=f"C{rid}",
        role="R",
        date=date(2026, 9, rid),
        reflection=Reflection(review=review),
    )


def _section(records: list[Rejection]) -> str:
    text = markdown.write(build_plan(records, VOCAB, today=TODAY))
    start = text.index("## ", text.index("rate yourself") - 40)
    return text[start:].split("\n## ")[0]


def test_a_high_score_is_never_called_the_lowest():
    records = [
        _rated(i, ("observed lesson", 2 + i // 3), ("panel interview", 4)) for i in (1, 2, 3)
    ]
    plan = build_plan(records, VOCAB, today=TODAY)
    assert [s.part for s in plan.weakest] == ["observed lesson"]
    assert [s.part for s in plan.strongest] == ["panel interview"]
    section = _section(records)
    assert "panel interview" in section.split("Rated highest")[1]
    assert "panel interview" not in section.split("Rated highest")[0]


def test_when_nothing_is_low_the_section_names_strengths_and_no_lowest():
    records = [_rated(i, ("case study", 4), ("panel interview", 5)) for i in (1, 2)]
    plan = build_plan(records, VOCAB, today=TODAY)
    assert plan.weakest == []
    section = _section(records)
    assert "lowest" not in section and "## How you rate yourself" in section
    assert "case study" in section and "panel interview" in section


def test_a_three_below_a_high_average_is_low_but_a_three_at_the_average_is_not():
    high = [_rated(i, ("presentation", 3), ("case study", 5)) for i in (1, 2)]
    assert [s.part for s in build_plan(high, VOCAB, today=TODAY).weakest] == ["presentation"]
    even = [_rated(i, ("presentation", 3), ("case study", 3)) for i in (1, 2)]
    assert build_plan(even, VOCAB, today=TODAY).weakest == []


def test_a_rising_low_score_says_so():
    records = [
        _rated(i, ("observed lesson", r), ("panel", 4))
        for i, r in enumerate([2, 2, 3, 3, 3], start=1)
    ]
    (score,) = [s for s in part_scores(records) if s.part == "observed lesson"]
    assert score.trend == "rising"
    assert "rising: 2, 2, 3, 3, 3" in _section(records)


def test_round_names_that_mean_the_same_count_together():
    records = [
        _rated(1, ("Demo lesson", 3)),
        _rated(2, ("observed lesson", 2)),
        _rated(3, ("competency interview", 3)),
        _rated(4, ("behavioural interview", 2)),
    ]
    scores = {s.part: s.ratings for s in part_scores(records)}
    assert scores == {"observed lesson": 2, "behavioural": 2}


def test_different_rounds_stay_apart():
    records = [_rated(1, ("case study", 3)), _rated(2, ("presentation", 2))]
    assert {s.part for s in part_scores(records)} == {"case study", "presentation"}


def test_a_round_name_in_feedback_is_where_it_showed_not_a_wording_of_the_theme():
    from reject.insights.themes import count_themes
    from reject.model import FeedbackNote

    records = [_rated(i, ("panel", 3)) for i in (1, 2, 3)]
    for r in records:
        r.feedback = [FeedbackNote(text="Behaviour management in the observed lesson was weak.")]
    records[0].reflection.review.ratings.append(PartRating(part="data task", rating=3))
    records[1].feedback.append(FeedbackNote(text="Behaviour management in the data task, too."))
    records[2].feedback.append(FeedbackNote(text="Behaviour management in the data task, too."))
    (theme,) = count_themes(records, VOCAB).themes
    assert theme.name == "classroom management" and theme.phrases == []
