"""What a reflection captures, stage by stage (see docs/reflection.md).

A stage whose field is ``None`` has not been done yet; an empty model means
the person went through it and skipped every question, which counts as done.
Stored under ``Rejection.reflection``; the feedback request lives on the
rejection itself (``Rejection.feedback_request``) because ``reject ask``
works without a reflection.
"""

from __future__ import annotations

from datetime import date as Date
from datetime import datetime
from enum import Enum
from typing import Annotated

from pydantic import Field

from reject.choices import RequestStatus as RequestStatus  # re-exported; light for start-up
from reject.fields import Base, Line, Text, utc_now

Rating = Annotated[int, Field(ge=1, le=5)]
Mood = Annotated[int, Field(ge=1, le=10)]

# The stages in order; each names a field of ``Reflection``.
STAGE_FIELDS = ("feedback", "review", "learnings", "kindness", "search", "resilience")


class FeedbackRequest(Base):
    """A request for more detailed feedback, and what became of it."""

    status: RequestStatus = RequestStatus.not_asked
    asked_on: Date | None = None
    closed_on: Date | None = None  # answered, declined or given up on
    draft: Text | None = None


class FeedbackStage(Base):
    summary: Text | None = None
    specific: bool | None = None  # None: no feedback to judge


class PartRating(Base):
    part: Line
    rating: Rating


class PracticeQuestion(Base):
    question: Text
    better_answer: Text | None = None


class Balance(str, Enum):
    too_technical = "too-technical"
    balanced = "balanced"
    too_soft = "too-soft"


class ReviewStage(Base):
    ratings: list[PartRating] = Field(default_factory=list)
    went_well: Text | None = None
    do_differently: Text | None = None
    under_prepared: Text | None = None
    balance: Balance | None = None
    questions: list[PracticeQuestion] = Field(default_factory=list)


class ActionHow(str, Enum):
    course = "course"
    coaching = "coaching"
    practice = "practice"
    other = "other"


class Action(Base):
    """One concrete thing to do. Shown as "<rejection id>.<n>", e.g. 3.1."""

    n: int = Field(ge=1)
    what: Line
    how: ActionHow = ActionHow.other
    how_detail: Line | None = None
    due: Date | None = None
    theme: Line | None = None
    done: Date | None = None


class LearningsStage(Base):
    themes: list[Line] = Field(default_factory=list)  # confirmed or added by the person
    weaknesses: list[Line] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)


class Control(str, Enum):
    can_change = "can-change"
    outside = "outside"
    not_sure = "not-sure"  # a fair answer: neither set aside nor planned for


class Point(Base):
    text: Line
    control: Control
    long_term: bool = False  # outside for now, but kept as a long-term goal


class KindnessStage(Base):
    points: list[Point] = Field(default_factory=list)
    note_to_self: Text | None = None


class SearchStage(Base):
    fit: Rating | None = None
    day_to_day: bool | None = None
    unexciting: Text | None = None
    keywords_keep: list[Line] = Field(default_factory=list)
    keywords_drop: list[Line] = Field(default_factory=list)
    keywords_add: list[Line] = Field(default_factory=list)
    target_role: Line | None = None


class ResilienceStage(Base):
    mood_before: Mood | None = None
    mood_after: Mood | None = None
    learned_about_self: Text | None = None
    next_step: Line | None = None
    next_step_due: Date | None = None


class Reflection(Base):
    feedback: FeedbackStage | None = None
    review: ReviewStage | None = None
    learnings: LearningsStage | None = None
    kindness: KindnessStage | None = None
    search: SearchStage | None = None
    resilience: ResilienceStage | None = None
    # Asked when a session starts, before stage 1; kept here so a resumed
    # session still knows it. Copied into resilience.mood_before.
    mood_at_start: Mood | None = None
    started: datetime = Field(default_factory=utc_now)
    completed: Date | None = None

    def first_unfinished(self) -> int | None:
        """1-based number of the first stage not yet done, or None if all are."""
        for number, name in enumerate(STAGE_FIELDS, start=1):
            if getattr(self, name) is None:
                return number
        return None
