"""Self-ratings by kind of round: averages, what is actually low, what is
strong, and which way a score is moving.

A part is called low only when it is low on the person's own scale: at most
``LOW`` of 5 and below the average of their other ratings (below the middle
of the scale when nothing else is rated). A 4.2 is never
"the lowest", however it compares. Round names that mean the same kind of
round ("demo lesson", "observed lesson") count together, but only where
``ROUND_ALIASES`` says so: a guess would merge rounds that differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reject.insights.phrases import fold
from reject.insights.vocabulary import normalise
from reject.model import Rejection

MIN_RATINGS = 2  # a part needs this many ratings before it is compared
LOW = 3.0
STRONG = 4.0
SHOWN = 3
TREND_MIN = 4  # ratings needed before a direction is named
TREND_STEP = 0.5  # how far the later half must be from the earlier one

# Names people give the same kind of round (folded spelling -> one name).
ROUND_ALIASES = {
    "demo lesson": "observed lesson",
    "lesson observation": "observed lesson",
    "observation": "observed lesson",
    "teaching observation": "observed lesson",
    "trial lesson": "observed lesson",
    "sample lesson": "observed lesson",
    "model lesson": "observed lesson",
    # The kinds stage 2 offers ("behavioural", "case") are the names shown.
    "behavioural interview": "behavioural",
    "competency interview": "behavioural",
    "competency-based interview": "behavioural",
    "competency based interview": "behavioural",
    "case": "case study",
    "case interview": "case study",
    "live coding": "coding",
    "coding interview": "coding",
    "technical test": "technical interview",
    "presentation interview": "presentation",
}
_ALIAS_KEYS = {" ".join(fold(w) for w in k.split()): v for k, v in ROUND_ALIASES.items()}


@dataclass
class PartScore:
    part: str
    average: float
    ratings: int
    trend: str | None = None  # "rising" or "falling", from TREND_MIN ratings in date order
    scores: list[int] | None = None  # the ratings in date order, when a trend is named


# "interview 2", "round 3", "stage 1": a number says which round it was at
# one company, not what kind of round, so numbered rounds count together.
NUMBERED = re.compile(r"(?:(?:interview|round|stage)\s*)+#?\d+")
_ROUND_SUFFIX = re.compile(r"\s+round$")


def _shown(part: str) -> str:
    name = normalise(part)
    if NUMBERED.fullmatch(name):
        return "interview"
    name = _ROUND_SUFFIX.sub("", name)  # "system design round" is "system design"
    return _ALIAS_KEYS.get(" ".join(fold(w) for w in name.split()), name)


def round_name(part: str) -> str:
    """The key a rating is averaged under: its round's name, one spelling
    ("Behavioural interview" and "behavioral interview" are one)."""
    return " ".join(fold(w) for w in _shown(part).split())


def round_names(records: list[Rejection]) -> set[str]:
    """Every round name the person rated, and every known one, folded."""
    names = set(_ALIAS_KEYS) | {round_name(alias) for alias in ROUND_ALIASES}
    for record in records:
        if record.reflection and record.reflection.review:
            names.update(round_name(rating.part) for rating in record.reflection.review.ratings)
    return names


def _trend(values: list[int]) -> str | None:
    if len(values) < TREND_MIN:
        return None
    half = len(values) // 2
    early, late = values[:half], values[-half:]
    step = sum(late) / half - sum(early) / half
    if step >= TREND_STEP:
        return "rising"
    if step <= -TREND_STEP:
        return "falling"
    return None


def part_scores(records: list[Rejection]) -> list[PartScore]:
    """Average self-rating per part of the process (by round name), lowest first."""
    totals: dict[str, list[int]] = {}
    spelling: dict[str, str] = {}
    for record in sorted(records, key=lambda r: (r.date, r.id)):
        if record.reflection and record.reflection.review:
            for rating in record.reflection.review.ratings:
                key = round_name(rating.part)
                totals.setdefault(key, []).append(rating.rating)
                spelling.setdefault(key, _shown(rating.part))
    scores = []
    for key, values in totals.items():
        trend = _trend(values)
        average = round(sum(values) / len(values), 1)
        scores.append(
            PartScore(spelling[key], average, len(values), trend, values if trend else None)
        )
    scores.sort(key=lambda s: (s.average, -s.ratings, s.part))
    return scores


def _others(scores: list[PartScore], part: PartScore) -> float:
    """The average of every other rating: the person's own scale."""
    others = [s for s in scores if s is not part]
    count = sum(s.ratings for s in others)
    return sum(s.average * s.ratings for s in others) / count if count else LOW


def lowest(scores: list[PartScore]) -> list[PartScore]:
    """The parts that are low on the person's own scale, lowest first."""
    low = [
        s
        for s in scores
        if s.ratings >= MIN_RATINGS and s.average <= LOW and s.average < _others(scores, s)
    ]
    return low[:SHOWN]


def strongest(scores: list[PartScore]) -> list[PartScore]:
    """The parts rated STRONG or more on average, highest first."""
    high = [s for s in scores if s.ratings >= MIN_RATINGS and s.average >= STRONG]
    return sorted(high, key=lambda s: (-s.average, -s.ratings, s.part))[:SHOWN]
