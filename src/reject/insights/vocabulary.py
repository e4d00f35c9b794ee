"""The vocabulary of themes, compiled so one text is read once.

Split from themes.py, which re-exports everything here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from reject.insights.languages import LANGUAGE_REQUIREMENT

LANGUAGE = "language"

# Each keyword matches where a word starts, ignoring case, so "prepar" finds
# "prepared" and "preparation". Multi-word keywords match as a phrase. Words
# that turn up in praise and in stock form letters alike ("coding",
# "experience" on its own) are left out: they would make noise look like a
# pattern.
VOCABULARY: dict[str, tuple[str, ...]] = {
    "technical depth": (
        "technical depth",
        "depth",
        "deeper",
        "fundamentals",
        "hands-on",
        "algorithm",
    ),
    "system design": ("system design", "architecture", "scalab", "scaling", "distributed"),
    "communication": (
        "communicat",
        "hard to follow",
        "clarity",
        "clearer",
        "articulat",
        "explain",
        "listen",
    ),
    "structure of answers": (
        "structure",
        "unstructured",
        "star method",
        "rambl",
        "concise",
        "to the point",
        "long-winded",
    ),
    # "the stakeholder work" is the job; "stakeholder management" is a skill.
    "client management": (
        "client",
        "customer-facing",
        "stakeholder management",
        "managing stakeholders",
        "stakeholder engagement",
    ),
    "classroom management": (
        "classroom management",
        "behaviour management",
        "behavior management",
        "low-level disruption",
        "classroom control",
    ),
    # "leading" and "mentor" alone are ordinary words ("a leading provider",
    # "ask a mentor"); what names the theme is leading people.
    "leadership": (
        "leadership",
        "led a",
        "led the",
        "leading a",
        "leading the",
        "leading teams",
        "lead a team",
        "mentoring",
        "mentored",
        "people management",
        "line management",
        "managing people",
        "managed people",
        "direct reports",
    ),
    # "years of" alone is anything ("years of leading a team"); years are
    # found by EXPERIENCE_YEARS below or with the word "experience".
    "experience": (
        "years of experience",
        "years' experience",
        "years’ experience",
        "years experience",
        "more experience",
        "relevant experience",
        "experience level",
        "seniority",
        "too junior",
        "too senior",
        "track record",
    ),
    "language": ("fluent", "fluency", "native speaker", "language skills", "local language"),
    "culture fit": ("culture", "cultural", "team fit", "values"),
    "preparation": ("prepar", "unprepar", "research", "knew little about", "homework"),
    # "demo" is left out: a "demo lesson" is a kind of round, not a slide deck.
    "presentation": ("presentation", "presenting", "slides"),
    "qualifications": (
        "qualification",
        "certificat",
        "certified",
        "licen",
        "accredit",
        "chartered",
        "degree in",
    ),
    # "budget" alone is the work ("budget holders", "budget forecasts"); only
    # a budget for the role itself is about pay.
    "salary": (
        "salary",
        "compensation",
        "pay expectations",
        "pay range",
        "over budget",
        "over our budget",
        "above our budget",
        "above budget",
        "outside our budget",
        "beyond our budget",
        "budget for the role",
        "budget for this role",
    ),
    "availability": (
        "start sooner",
        "start earlier",
        "start date",
        "start immediately",
        "notice period",
        "available to start",
        "available sooner",
        "availability",
    ),
    "location": ("location", "relocat", "remote", "on-site", "onsite", "commute", "visa"),
    "domain knowledge": ("domain", "industry knowledge", "sector"),
    "testing": ("testing", "unit test", "test coverage"),
}
# Themes that are usually about where a person applies rather than a skill to
# practise: the priorities treat them as a question of targeting, and they
# never nest under a skill theme (or a skill under them).
CIRCUMSTANCES = frozenset(
    {LANGUAGE, "location", "salary", "experience", "qualifications", "availability"}
)
EXPERIENCE = "experience"
# "5+ years", "three or more years in a similar role": a number of years asked for.
EXPERIENCE_YEARS = re.compile(
    r"(?<!\w)(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:or\s+more\s+)?"
    r"years?(?:['’]|\s+of)?\s+(?:experience|in\s+(?:a|the)\s+similar|post-qualification|pqe)"
    r"|(?<!\w)(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s*\+\s*years"
)
# Where two themes name one thing in one sentence, it counts under the more
# specific: "more experience of behaviour management" is classroom
# management; "your presentation was hard to follow" is the presentation.
# The broad theme yields to the listed ones (None: to any skill theme).
YIELDS: dict[str, frozenset[str] | None] = {
    EXPERIENCE: None,
    "communication": frozenset({"presentation"}),
}
_SENTENCE = re.compile(r"[.!?;\n]+")


def normalise(name: str) -> str:
    return " ".join(name.casefold().split())


PREFIX = 3
_WORD_REST = re.compile(r"[\w'+#-]*")


@dataclass(frozen=True)
class Vocabulary:
    """The themes and their keywords, arranged so one text is read once.

    Instead of one regular expression per theme (slow with many keywords),
    keywords are bucketed by their first three characters and tried only
    where a word starts with them.
    """

    names: tuple[str, ...]
    by_start: dict[str, list[tuple[str, frozenset[str]]]]  # 3 chars -> (keyword, themes)
    short: list[tuple[str, frozenset[str]]]  # keywords under 3 characters: tried everywhere
    starts: re.Pattern[str]  # the first characters at every place a word could start
    patterns: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = ()  # e.g. languages

    def matches(self, folded: str) -> list[tuple[int, int, frozenset[str]]]:
        """(start, end, themes) for each keyword found in casefolded text, in order."""
        found = []
        # Which keyword beginnings occur at all is a set intersection, done in
        # C; only those keywords are then looked for, with str.find.
        present = self.by_start.keys() & set(self.starts.findall(folded))
        candidates = [entry for start in present for entry in self.by_start[start]]
        for keyword, themes in candidates + self.short:
            at = folded.find(keyword)
            while at >= 0:
                if at == 0 or not _is_word_char(folded[at - 1]):
                    found.append((at, at + len(keyword), themes))
                at = folded.find(keyword, at + 1)
        for pattern, themes in self.patterns:
            found += [(m.start(), m.end(), themes) for m in pattern.finditer(folded)]
        found.sort(key=lambda m: (m[0], -m[1]))
        return found

    def extended(self, themes: Mapping[str, Iterable[str]]) -> Vocabulary:
        """This vocabulary with more themes and keywords."""
        keywords: dict[str, list[str]] = {name: [] for name in self.names}
        for entries in [*self.by_start.values(), self.short]:
            for keyword, owners in entries:
                for owner in owners:
                    keywords[owner].append(keyword)
        for name, words in themes.items():
            keywords.setdefault(normalise(name), []).extend(words)
        return compile_vocabulary(keywords)

    def find(self, text: str) -> set[str]:
        """Names of the themes whose keywords occur in ``text``, each
        sentence counted under its most specific theme (see YIELDS)."""
        found: set[str] = set()
        for sentence in _SENTENCE.split(text.casefold()):
            named: set[str] = set()
            for _, _, themes in self.matches(sentence):
                named |= themes
            found |= _most_specific(named)
        return found

    def mask(self, folded: str) -> str:
        """Casefolded text with every word a keyword touches replaced by " | "."""
        pieces = []
        done = 0
        for at, end, _ in self.matches(folded):
            if at < done:
                continue
            end = _WORD_REST.match(folded, end).end()  # type: ignore[union-attr]
            pieces += [folded[done:at], " | "]
            done = end
        pieces.append(folded[done:])
        return "".join(pieces)


def _most_specific(named: set[str]) -> set[str]:
    kept = set(named)
    for broad, narrower in YIELDS.items():
        if broad not in named:
            continue
        others = named - {broad}
        if narrower is None:
            others -= CIRCUMSTANCES
        else:
            others &= narrower
        if others:
            kept.discard(broad)
    return kept


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def compile_vocabulary(themes: Mapping[str, Iterable[str]]) -> Vocabulary:
    owners: dict[str, set[str]] = {}
    names = []
    for name, keywords in themes.items():
        words = {k.strip().casefold() for k in keywords if k.strip()}
        if words:
            names.append(normalise(name))
            for word in words:
                owners.setdefault(word, set()).add(normalise(name))
    by_start: dict[str, list[tuple[str, frozenset[str]]]] = {}
    short = []
    for word in sorted(owners, key=len, reverse=True):
        entry = (word, frozenset(owners[word]))
        if len(word) < PREFIX:
            short.append(entry)
        else:
            by_start.setdefault(word[:PREFIX], []).append(entry)
    starts = re.compile(rf"(?<!\w)(?=(.{{{PREFIX}}}))", re.DOTALL)
    patterns: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = ()
    if LANGUAGE in names:
        # "requires Swedish or German": language names need a pattern, not a keyword.
        patterns += ((LANGUAGE_REQUIREMENT, frozenset({LANGUAGE})),)
    if EXPERIENCE in names:
        patterns += ((EXPERIENCE_YEARS, frozenset({EXPERIENCE})),)
    return Vocabulary(tuple(names), by_start, short, starts, patterns)
