"""Reasons for a no that are usually outside the person's control, for now.

Stage 4 offers these as "outside your control for now" first, and lets the
person confirm: a language takes years, so does experience measured in
years; an internal candidate, a closed role or a cut budget is the
employer's call; where someone lives and their right to work rarely change
for one job. A pure module: text in, a kind of reason out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reject.insights.languages import LANGUAGE_REQUIREMENT, LANGUAGES, languages_named


@dataclass(frozen=True)
class Reason:
    kind: str  # one of the keys of ``_PATTERNS``
    why: str  # said when it is offered: why it is usually outside their hands
    label: str  # a short point, when the reason is found in a longer text


_WHY = {
    "language": ("a language takes years to learn well", "a language requirement"),
    "experience": ("years of experience only come with time", "years of experience"),
    "internal": ("an internal candidate is the employer's choice", "an internal candidate"),
    "closed": ("a closed role or budget is the employer's decision", "the role or budget closed"),
    "location": ("where you live and your right to work rarely change quickly", "location or visa"),
}

_PATTERNS = {
    "language": re.compile(
        r"\b(?:languages?|fluent|fluency|native\s+speakers?|bilingual|multilingual)\b",
        re.IGNORECASE,
    ),
    "experience": re.compile(
        r"\byears?\s+(?:of|more|in|as)\b|\b\d+\+?\s*(?:-\s*\d+\s*)?(?:years?|yrs)\b"
        r"|\btoo\s+junior\b|\bmore\s+senior\b|\bseniority\b|\bexperience\s+level\b"
        r"|\blevel\s+of\s+experience\b|^\W*(?:more\s+|relevant\s+|enough\s+)?experience\W*$",
        re.IGNORECASE,
    ),
    "internal": re.compile(
        r"\binternal(?:ly)?\s+(?:candidates?|applicants?|hires?|promotions?|moves?|transfers?"
        r"|filled|appointed)\b|\bfilled\s+internally\b|\bwent\s+internal\b|\binternal\s+candidate"
        r"|\bfrom\s+within\b|\b(?:existing|current)\s+(?:employee|staff\s+member|team\s+member)\b",
        re.IGNORECASE,
    ),
    "closed": re.compile(
        r"\b(?:role|position|post|vacancy|job|opening|requisition|req|headcount)\s+(?:was|has|had|is"
        r"|got|have|been|now|\s)*(?:closed|cancell?ed|withdrawn|pulled|frozen|paused|cut|on\s+hold"
        r"|put\s+on\s+hold|scrapped|removed|eliminated)\b"
        r"|\bhiring\s+freeze\b|\bheadcount\b|\bbudgets?\b|\bfunding\b|\brestructur\w*"
        r"|\breorgani[sz]\w*|\bno\s+longer\s+(?:hiring|recruiting)\b|\bfreez(?:e|ing)\s+hiring\b",
        re.IGNORECASE,
    ),
    "location": re.compile(
        r"\b(?:location|visas?|sponsor\w*|right\s+to\s+work|work\s+permits?|work\s+authori[sz]ation"
        r"|relocat\w*|commut\w*|based\s+in|time\s*zones?|on-?site|in\s+the\s+office"
        r"|residency|citizenship|security\s+clearance)\b",
        re.IGNORECASE,
    ),
}
_ONE_LANGUAGE = re.compile(r"\b(?:" + "|".join(LANGUAGES) + r")\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")


def reason(point: str) -> Reason | None:
    """Why ``point`` (a short point, like "Dutch fluency" or "visa") is usually
    outside the person's control for now, or None when it usually is not."""
    text = " ".join(point.split())
    # A short point naming a language ("German", "Dutch fluency") is about it.
    if _PATTERNS["language"].search(text) or LANGUAGE_REQUIREMENT.search(text):
        return _reason("language")
    if len(text.split()) <= 3 and _ONE_LANGUAGE.search(text):
        return _reason("language")
    for kind in ("experience", "internal", "closed", "location"):
        if _PATTERNS[kind].search(text):
            return _reason(kind)
    return None


def in_feedback(texts: list[str]) -> list[tuple[str, Reason]]:
    """Points worth offering as outside, found in longer feedback: (point, reason),
    one per kind. A language is named ("a language requirement (German)");
    a language needs a cue such as "fluent" or "required", as in the plan."""
    found: dict[str, tuple[str, Reason]] = {}
    for text in texts:
        for sentence in _SENTENCE.split(text):
            names = languages_named(sentence)
            if names and "language" not in found:
                why = _reason("language")
                found["language"] = (f"{why.label} ({' or '.join(names)})", why)
            for kind in ("experience", "internal", "closed", "location"):
                if kind not in found and _PATTERNS[kind].search(sentence):
                    why = _reason(kind)
                    found[kind] = (why.label, why)
    return [found[k] for k in _WHY if k in found]


def _reason(kind: str) -> Reason:
    why, label = _WHY[kind]
    return Reason(kind, why, label)
