"""What counts as evidence for a theme (the coach's review of issue 11):
feedback and what the person noticed, not the plans they made; a word only
when it means the theme; one clause under its most specific theme."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from reject.insights.themes import CIRCUMSTANCES, count_themes, load_vocabulary
from reject.model import FeedbackNote, Rejection
from reject.model.reflection import Action, LearningsStage, Reflection

VOCAB = load_vocabulary(None)


def rec(rid: int, *feedback: str, **extra: object) -> Rejection:
    return Rejection(
        id=rid,
        company=f"Company {rid}",
        role="Teacher",
        date=date(2026, 9, 1) + timedelta(days=rid),
        feedback=[FeedbackNote(text=t) for t in feedback],
        **extra,
    )


def test_the_persons_own_actions_are_plans_not_evidence():
    plans = LearningsStage(
        actions=[
            Action(n=1, what="Ask for a mentor observation focused on leadership"),
            Action(n=2, what="Practise my presentation with slides"),
        ]
    )
    records = [
        rec(i, "Communication was unclear.", reflection=Reflection(learnings=plans))
        for i in (1, 2, 3)
    ]
    assert {t.name for t in count_themes(records, VOCAB).themes} == {"communication"}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Dutch is essential here: most of our budget holders work in Dutch.", "salary"),
        ("Your behaviour strategies were not yet consistent in the demo lesson.", "presentation"),
        ("Years of leading a team.", "experience"),
        (
            "We went with a candidate who is fluent in Dutch for the stakeholder work.",
            "client management",
        ),
        ("Ask for a mentor observation.", "leadership"),
        ("We are a leading provider of care homes.", "leadership"),
    ],
)
def test_an_ordinary_word_is_not_a_theme_when_it_means_something_else(text: str, wrong: str):
    assert wrong not in VOCAB.find(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Your salary expectations were above our budget.", "salary"),
        ("The role is over budget for us.", "salary"),
        ("We need 5+ years of experience in acute care.", "experience"),
        ("We were looking for three years' experience.", "experience"),
        ("Stakeholder management needs work.", "client management"),
        ("You have not yet led a team.", "leadership"),
        ("No evidence of mentoring junior solicitors.", "leadership"),
        ("Your presentation ran long.", "presentation"),
    ],
)
def test_the_theme_is_still_found_where_the_word_means_it(text: str, theme: str):
    assert theme in VOCAB.find(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We chose someone with more experience of behaviour management.",
            {"classroom management"},
        ),
        ("They wanted more experience with client accounts.", {"client management"}),
        ("Your presentation of the forecast was hard to follow in places.", {"presentation"}),
        ("We chose someone with more experience.", {"experience"}),
        ("Fluent Dutch and 5 years of experience are required.", {"language", "experience"}),
        ("More experience needed. Communication was unclear.", {"experience", "communication"}),
    ],
)
def test_one_clause_counts_under_its_most_specific_theme(text: str, expected: set[str]):
    assert VOCAB.find(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We chose someone who could start sooner.",
        "Your notice period was too long for us.",
        "We needed someone available to start in January.",
    ],
)
def test_a_start_date_is_a_circumstance_of_its_own(text: str):
    assert VOCAB.find(text) == {"availability"} and "availability" in CIRCUMSTANCES
