"""Numbers for `reject stats`: one pass over the journal, plus small sorts."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

from reject.insights.counts import by_kind, by_stage
from reject.insights.ratings import PartScore, part_scores
from reject.insights.themes import Theme, Vocabulary, count_themes, counts_as_rejection
from reject.model import Rejection
from reject.model.reflection import RequestStatus

STATS_FORMAT = "reject-stats"
STATS_SCHEMA_VERSION = 1
TOP_THEMES = 8
MOOD_POINTS = 12


@dataclass
class MoodPoint:
    rejection: int
    date: str
    before: int
    after: int


@dataclass
class Stats:
    rejections: int
    withdrew: int
    enough_data: bool
    by_stage: dict[str, int]  # every stage, in order, zeros included
    by_kind: dict[str, int]
    by_month: dict[str, int]  # "2026-09": count, every month from first to last
    themes: list[Theme]
    ratings: list[PartScore]
    requests: dict[str, int]  # status -> count, for rejections where one was asked
    mood: list[MoodPoint]  # the most recent reflections with both moods, oldest first


def build_stats(records: list[Rejection], vocabulary: Vocabulary) -> Stats:
    counted = [r for r in records if counts_as_rejection(r)]
    months = Counter(f"{r.date.year:04d}-{r.date.month:02d}" for r in counted)
    requests = Counter(
        r.feedback_request.status.value
        for r in counted
        if r.feedback_request and r.feedback_request.status != RequestStatus.not_asked
    )
    moods = []
    for r in sorted(counted, key=lambda r: (r.date, r.id)):
        res = r.reflection.resilience if r.reflection else None
        if res and res.mood_before is not None and res.mood_after is not None:
            moods.append(MoodPoint(r.id, r.date.isoformat(), res.mood_before, res.mood_after))
    themes = count_themes(counted, vocabulary)
    return Stats(
        rejections=len(counted),
        withdrew=len(records) - len(counted),
        enough_data=themes.enough_data,
        by_stage=by_stage(counted),
        by_kind=by_kind(counted),
        by_month=_every_month(months),
        themes=themes.top_level()[:TOP_THEMES],  # a nested theme is part of its parent
        ratings=part_scores(counted),
        requests={s.value: requests[s.value] for s in RequestStatus if s.value in requests},
        mood=moods[-MOOD_POINTS:],
    )


def _every_month(months: Counter[str]) -> dict[str, int]:
    """Months with no rejections still show, so the chart's gaps are honest."""
    if not months:
        return {}
    first, last = min(months), max(months)
    year, month = int(first[:4]), int(first[5:])
    out = {}
    while True:
        key = f"{year:04d}-{month:02d}"
        out[key] = months[key]
        if key >= last:
            return out
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def answered_share(stats: Stats) -> tuple[int, int]:
    """(answered, asked): how many feedback requests got an answer."""
    asked = sum(stats.requests.values())
    return stats.requests.get(RequestStatus.answered.value, 0), asked


def to_json(stats: Stats) -> dict[str, Any]:
    data = asdict(stats)
    for theme in data["themes"]:
        theme["last_seen"] = theme["last_seen"].isoformat() if theme["last_seen"] else None
        del theme["rejections"]
    for part in data["ratings"]:  # the plan's trend fields are not part of the stats schema
        del part["trend"], part["scores"]
    return {"format": STATS_FORMAT, "schema_version": STATS_SCHEMA_VERSION, **data}
