"""The plan's resilience figures, kept to ones that mean something.

Bounce-back time (days from a rejection to the next step the person set)
is only read from reflections started within ``SOON_DAYS`` of the turndown.
A reflection written months later, as when an old search is imported and
reflected on afterwards, measures how late it was written, not how fast
the person moved on: it is left out, and the plan says how many were. No
average or median is given from fewer than ``MIN_FOR_FIGURE`` values.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date

from reject.choices import Kind
from reject.model import Rejection
from reject.verdicts import without_verdicts

SOON_DAYS = 30
MIN_FOR_FIGURE = 3
LEARNED_SHOWN = 2


@dataclass
class NextStep:
    rejection: int
    company: str
    what: str
    due: date | None


@dataclass
class Resilience:
    reflections_completed: int
    mood_before: float | None  # averages, from at least three reflections with both
    mood_after: float | None
    mood_pairs: int
    next_steps: list[NextStep]  # not yet past, soonest first
    days_to_next_step: float | None  # median over reflections done soon after the no
    days_to_next_application: float | None  # median days from a no to the next "applied" date
    application_gaps: int  # how many rejections that median is over
    learned: list[str]
    step_gaps: int = 0  # how many reflections days_to_next_step is over
    late_left_out: int = 0  # next steps set in reflections started over SOON_DAYS after the no


def _figure(values: list[int]) -> float | None:
    return statistics.median(values) if len(values) >= MIN_FOR_FIGURE else None


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 1) if len(values) >= MIN_FOR_FIGURE else None


def days_to_next_application(records: list[Rejection]) -> list[int]:
    """For each rejection, days until the first application dated on or after
    it (records carry an ``applied`` date when the person noted one).
    Sorted once, then one pointer walk: linear after the sort."""
    applied = sorted(r.applied for r in records if r.applied is not None)
    gaps: list[int] = []
    i = 0
    for turndown in sorted(r.date for r in records if r.kind != Kind.withdrew):
        while i < len(applied) and applied[i] < turndown:
            i += 1
        if i < len(applied):
            gaps.append((applied[i] - turndown).days)
    return gaps


def reflected_soon(record: Rejection) -> bool:
    """Whether the reflection was started within SOON_DAYS of the turndown."""
    ref = record.reflection
    return ref is not None and (ref.started.date() - record.date).days <= SOON_DAYS


def build_resilience(records: list[Rejection], today: date) -> Resilience:
    before: list[int] = []
    after: list[int] = []
    steps: list[NextStep] = []
    gaps: list[int] = []
    late = 0
    learned: list[str] = []
    completed = 0
    for record in records:
        ref = record.reflection
        if ref is None:
            continue
        completed += ref.completed is not None
        res = ref.resilience
        if res is None:
            continue
        if res.mood_before is not None and res.mood_after is not None:
            before.append(res.mood_before)
            after.append(res.mood_after)
        if res.next_step and (res.next_step_due is None or res.next_step_due >= today):
            steps.append(NextStep(record.id, record.company, res.next_step, res.next_step_due))
        if res.next_step_due is not None and res.next_step_due >= record.date:
            if reflected_soon(record):
                gaps.append((res.next_step_due - record.date).days)
            else:
                late += 1
        kept = without_verdicts(res.learned_about_self or "")
        if kept:
            learned.append(kept)
    steps.sort(key=lambda s: (s.due or date.max, s.rejection))
    to_next = days_to_next_application(records)
    return Resilience(
        reflections_completed=completed,
        mood_before=_mean(before),
        mood_after=_mean(after),
        mood_pairs=len(before),
        next_steps=steps,
        days_to_next_step=_figure(gaps),
        days_to_next_application=_figure(to_next),
        application_gaps=len(to_next),
        learned=learned[-LEARNED_SHOWN:][::-1],  # the most recent, newest first
        step_gaps=len(gaps),
        late_left_out=late,
    )
