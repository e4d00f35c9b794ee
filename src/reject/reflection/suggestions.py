"""Suggesting themes for stage 3 from this feedback and earlier rejections,
and reading which of them the person picked.

A theme is suggested when this rejection's feedback mentions it, or when an
earlier rejection did (in its feedback or its reflection). Recurring themes
come first, with how often they appeared. These are only suggestions: the
person confirms or adds their own. The words that point to a theme are the
plan's vocabulary (reject.insights.themes), so a suggestion here and a count
in the plan always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from reject.insights.appraisals import said_the_same, themes_in
from reject.insights.themes import Vocabulary, load_vocabulary, themes_of
from reject.model import Appraisal, Rejection


@dataclass(frozen=True)
class Suggestion:
    theme: str
    here: bool  # mentioned in this rejection's feedback
    before: int  # how many earlier rejections it appeared in
    appraisal: str | None = None  # "an appraisal said the same (2025 review)"


@cache
def builtin_vocabulary() -> Vocabulary:
    return load_vocabulary(None)


def suggest(
    record: Rejection,
    earlier: list[Rejection],
    *,
    summary: str | None,
    vocabulary: Vocabulary,
    appraisals: Sequence[Appraisal] = (),
) -> list[Suggestion]:
    """Themes for ``record``, recurring ones first; at most eight. A theme
    an appraisal names too says so."""
    here = vocabulary.find("\n".join([*(note.text for note in record.feedback), summary or ""]))
    counts: dict[str, int] = {}
    for other in earlier:
        if other.id == record.id:
            continue
        for theme in themes_of(other, vocabulary):
            counts[theme] = counts.get(theme, 0) + 1
    names = here | set(counts)
    named = [(a, themes_in(a, vocabulary)) for a in appraisals]
    found = []
    for name in names:
        matching = [a for a, themes in named if name in themes]
        same = said_the_same(matching) if matching else None
        found.append(Suggestion(name, name in here, counts.get(name, 0), same))
    found.sort(key=lambda s: (-(s.before + s.here), not s.here, s.theme))
    return found[:8]


def where_seen(s: Suggestion) -> str:
    where = []
    if s.here:
        where.append("in this feedback")
    if s.before == 1:
        where.append("in 1 other rejection")
    elif s.before > 1:
        where.append(f"in {s.before} other rejections")
    if s.appraisal:
        where.append(s.appraisal)
    return f" ({', '.join(where)})" if where else ""


def parse_picks(raw: str) -> list[int]:
    return [int(part) for part in raw.replace(",", " ").split()]


def bad_picks(raw: str, count: int) -> str | None:
    try:
        picks = parse_picks(raw)
    except ValueError:
        picks = [0]
    if any(not 1 <= n <= count for n in picks):
        return f"Please give numbers from 1 to {count}, like 1, 3."
    return None


def unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.casefold()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
