"""Fuzzing what a person can type at any prompt: every answer is either
accepted or refused with a one-line hint, never an exception."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reject.journal import field_problem
from reject.reflection.answers import problem
from reject.reflection.stages import STAGES

HOSTILE = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "[bold]x[/]",
            "\x1b[2J",
            "\x07",
            "\x00",
            "\u202e",
            "\ud800",
            "7",
            "0",
            "-1",
            "99999999999999999999",
            "2026-02-30",
            "in 999 months",
            "next friday",
            "²",
            "١",
            "x" * 25_000,
            "# heading",
            "<b>",
            "yes",
            "N",
            "1, 3, 99",
        ]
    ),
)
LOG_FIELDS = [
    "company",
    "role",
    "date",
    "stage",
    "kind",
    "source",
    "keywords",
    "contact",
    "feedback",
    "feedback_from",
    "tags",
]
QUESTIONS = [q for s in STAGES for q in s.questions]


@settings(max_examples=300, deadline=None)
@given(field=st.sampled_from(LOG_FIELDS), typed=HOSTILE)
def test_every_log_prompt_accepts_or_explains_in_one_line(field, typed):
    answer = field_problem(field, typed)
    assert answer is None or (isinstance(answer, str) and "\n" not in answer and answer)


@pytest.mark.slow
@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.key)
@settings(max_examples=60, deadline=None)
@given(typed=HOSTILE)
def test_every_reflection_question_accepts_or_explains_in_one_line(question, typed):
    answer = problem(question, typed, today=date(2026, 11, 25))
    assert answer is None or (isinstance(answer, str) and "\n" not in answer and answer)


TEXT_FIELDS = [
    "company",
    "role",
    "source",
    "keywords",
    "contact",
    "feedback",
    "feedback_from",
    "tags",
]


@pytest.mark.parametrize("field", TEXT_FIELDS)
@pytest.mark.parametrize("typed", ["Acme\x1b[31m", "nul\x00", "bidi\u202e", "bell\x07"])
def test_every_text_prompt_refuses_control_characters(field, typed):
    assert field_problem(field, typed) is not None
