"""Appraisals beside the rejections: which themes they share.

A review, a 360 or a mentor saying what an employer said makes a theme more
than chance, so each theme the rejections show notes the appraisals that
name it too ("system design: 9 of 25 rejections, and 1 appraisal"). An
appraisal alone never makes a theme: the plan is about what the search is
showing, and an appraisal is read for how it bears on that. Praise ("a
real strength") is left out, as it is for feedback; the words that point
to a theme are the plan's vocabulary, plus the person's own themes and the
recurring phrases, so an appraisal and a rejection are read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reject.insights.phrases import without_praise
from reject.insights.themes import Theme, ThemeCount, Vocabulary, normalise
from reject.model import Appraisal

# Appraisals name strengths far more than feedback does.
_STRENGTH = re.compile(
    r"\bstrengths?\b|\b(?:strong|excellent|outstanding|great)\s+(?:at|in|with)\b", re.IGNORECASE
)
_WORDS = re.compile(r"[\w'+#-]+")


def to_work_on(text: str) -> str:
    """The parts of an appraisal that are not praise."""
    kept = [c for c in without_praise(text).splitlines() if not _STRENGTH.search(c)]
    return "\n".join(kept)


def themes_in(appraisal: Appraisal, vocabulary: Vocabulary) -> set[str]:
    return vocabulary.find(to_work_on(appraisal.text))


def attach(counted: ThemeCount, appraisals: Sequence[Appraisal], vocabulary: Vocabulary) -> None:
    """Note, on every theme the rejections show, the appraisals that name it."""
    counted.appraisals = len(appraisals)
    if not appraisals:
        return
    own = {t.name: [t.name] for t in counted.themes if t.source == "yours"}
    words = vocabulary.extended(own) if own else vocabulary
    texts = [(a, to_work_on(a.text)) for a in sorted(appraisals, key=lambda a: (a.date, a.id))]
    flat = {a.id: f" {' '.join(_WORDS.findall(t.casefold()))} " for a, t in texts}
    for appraisal, text in texts:
        named = words.find(text)
        for theme in counted.themes:
            if theme.name in named or _says(flat[appraisal.id], theme):
                theme.appraisals.append(appraisal.id)


def _says(flat: str, theme: Theme) -> bool:
    """A recurring phrase (or one that joined a theme) written in the appraisal."""
    phrases = ([theme.name] if theme.source == "phrase" else []) + theme.phrases
    return any(f" {normalise(p)} " in flat for p in phrases)


def source_of(appraisal: Appraisal) -> str:
    """ "mentor, 2025"; "2025 review" when the year is in the name already."""
    year = str(appraisal.date.year)
    source = appraisal.given_by or ""
    return source if year in source else f"{source}, {year}" if source else year


def said_the_same(matching: Sequence[Appraisal]) -> str:
    """ "an appraisal said the same (mentor, 2025)", the newest named."""
    latest = max(matching, key=lambda a: (a.date, a.id))
    where = source_of(latest)
    if len(matching) == 1:
        return f"an appraisal said the same ({where})"
    return f"{len(matching)} appraisals said the same (the latest: {where})"
