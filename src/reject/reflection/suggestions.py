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

from dataclasses import dataclass
from functools import cache

from reject.insights.themes import Vocabulary, load_vocabulary, themes_of
from reject.model import Rejection


@dataclass(frozen=True)
class Suggestion:
    theme: str
    here: bool  # mentioned in this rejection's feedback
    before: int  # how many earlier rejections it appeared in


@cache
def builtin_vocabulary() -> Vocabulary:
    return load_vocabulary(None)


def suggest(
    record: Rejection,
    earlier: list[Rejection],
    *,
    summary: str | None,
    vocabulary: Vocabulary,
) -> list[Suggestion]:
    """Themes for ``record``, recurring ones first; at most eight."""
    here = vocabulary.find("\n".join([*(note.text for note in record.feedback), summary or ""]))
    counts: dict[str, int] = {}
    for other in earlier:
        if other.id == record.id:
            continue
        for theme in themes_of(other, vocabulary):
            counts[theme] = counts.get(theme, 0) + 1
    names = here | set(counts)
    found = [Suggestion(name, name in here, counts.get(name, 0)) for name in names]
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
