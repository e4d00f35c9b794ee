"""Suggesting themes for stage 3 from this feedback and earlier rejections.

A theme is suggested when this rejection's feedback mentions it, or when it
was noted before (confirmed in an earlier reflection, or mentioned in earlier
feedback). Recurring themes come first, with how often they appeared. These
are only suggestions: the person confirms or adds their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from reject.model import Rejection

# Common reasons given for a no, and words that hint at them in feedback.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "experience level": ("years", "experience", "senior", "junior", "more experienced"),
    "technical depth": ("depth", "deeper", "fundamentals", "coding", "not technical enough"),
    "system design": ("system design", "architecture", "scalab", "scaling", "design round"),
    "communication": ("communicat", "explain", "clarity", "articulat", "concise"),
    "preparation": ("prepar", "research", "didn't know", "unfamiliar"),
    "presentation": ("presentation", "slides", "demo"),
    "culture fit": ("culture", "fit", "values", "team dynamic"),
    "leadership": ("leadership", "lead ", "ownership", "mentor", "stakeholder"),
    "domain knowledge": ("domain", "industry", "sector"),
    "language": ("language", "fluent", "fluency", "dutch", "german", "french"),
    "other candidates": ("other candidate", "stronger candidate", "internal candidate"),
    "salary expectations": ("salary", "compensation", "budget", "expectations"),
}


@dataclass(frozen=True)
class Suggestion:
    theme: str
    here: bool  # mentioned in this rejection's feedback
    before: int  # how many earlier rejections it appeared in


def themes_in(text: str) -> list[str]:
    lowered = text.lower()
    return [theme for theme, words in KEYWORDS.items() if any(w in lowered for w in words)]


def _themes_of(record: Rejection) -> set[str]:
    found = {t.lower() for note in record.feedback for t in themes_in(note.text)}
    reflection = record.reflection
    if reflection is not None:
        if reflection.feedback is not None and reflection.feedback.summary:
            found.update(themes_in(reflection.feedback.summary))
        if reflection.learnings is not None:
            found.update(t.lower() for t in reflection.learnings.themes)
    return found


def suggest(
    record: Rejection, earlier: list[Rejection], *, summary: str | None
) -> list[Suggestion]:
    """Themes for ``record``, recurring ones first; at most eight."""
    here = {t.lower() for note in record.feedback for t in themes_in(note.text)}
    if summary:
        here.update(themes_in(summary))
    counts: dict[str, int] = {}
    for other in earlier:
        if other.id == record.id:
            continue
        for theme in _themes_of(other):
            counts[theme] = counts.get(theme, 0) + 1
    names = here | set(counts)
    found = [Suggestion(name, name in here, counts.get(name, 0)) for name in names]
    found.sort(key=lambda s: (-(s.before + s.here), not s.here, s.theme))
    return found[:8]
