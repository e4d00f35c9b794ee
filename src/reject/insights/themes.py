"""Recurring themes: what feedback and reflections keep mentioning.

A theme's count is the number of rejections that mention it at least once,
so a theme named twice in one rejection counts once. Three sources feed it
(see docs/plan.md):

* the vocabulary below, matched against feedback and reflection text, which a
  person can extend in ``$REJECT_HOME/themes.toml``;
* themes the person confirmed in stage 3 of a reflection;
* short phrases that recur in the feedback of two or more rejections (form
  letters left out).

Everything here is one pass over the rejections, so it stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reject.choices import Kind
from reject.errors import UsageError
from reject.model import Rejection

CONFIG_NAME = "themes.toml"

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
        "star method",
        "rambl",
        "concise",
        "to the point",
        "long-winded",
    ),
    "client management": ("client", "customer-facing", "stakeholder"),
    "leadership": ("leadership", "led a", "led the", "leading", "mentor", "people management"),
    "experience": (
        "years of",
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
    "presentation": ("presentation", "presenting", "slides", "demo"),
    "salary": ("salary", "compensation", "budget", "pay expectations"),
    "location": ("location", "relocat", "remote", "on-site", "onsite", "commute", "visa"),
    "domain knowledge": ("domain", "industry knowledge", "sector"),
    "testing": ("testing", "unit test", "test coverage"),
}

# Words that never start or end a recurring phrase: grammar, and the stock
# wording of form rejections ("we decided to move forward with other
# candidates"), which recurs without saying anything about the person.
_STOPWORD_TEXT = """
    a about above after again all also am an and any are as at be been being
    but by can could did do does doing down during each few for from further
    had has have having he her here hers him his how i if in into is it its
    just me more most my no nor not now of off on once only or other our out
    over own same she should so some such than that the their them then there
    these they this those through to too under until up very was we were what
    when where which while who whom whose why will with would you your yours
    decided decide move moving forward candidate candidates unfortunately
    position role application applied thank thanks time interest luck future
    wish opportunity needs need closely matches match matched process team
    feel felt really bit quite great good strong well wanted someone looking
    panel ultimately
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_WORD = re.compile(r"[a-z0-9][a-z0-9'+#-]*")
PHRASE_LENGTHS = (2, 3)


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
        found.sort(key=lambda m: (m[0], -m[1]))
        return found

    def find(self, text: str) -> set[str]:
        """Names of the themes whose keywords occur in ``text``."""
        found: set[str] = set()
        for _, _, themes in self.matches(text.casefold()):
            found |= themes
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
    return Vocabulary(tuple(names), by_start, short, starts)


def load_vocabulary(home: Path | None) -> Vocabulary:
    """The built-in vocabulary, extended by ``themes.toml`` in the journal folder."""
    themes: dict[str, list[str]] = {name: list(words) for name, words in VOCABULARY.items()}
    if home is not None:
        for name, words in read_config(home / CONFIG_NAME).items():
            themes.setdefault(name, []).extend(words)
    return compile_vocabulary(themes)


def read_config(path: Path) -> dict[str, list[str]]:
    """Extra themes and keywords: ``[themes]`` then ``name = ["kw", ...]``."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise UsageError(f"Can't read {path}: {exc.strerror or exc}.") from None
    from reject.tomlfile import loads

    doc = loads(raw, path)
    table = doc.get("themes", {})
    if not isinstance(table, dict):
        raise UsageError(f"{path}: [themes] should be a table of name = [keywords].")
    found: dict[str, list[str]] = {}
    for name, words in table.items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise UsageError(f"{path}: theme {name!r} should be a list of keywords in quotes.")
        found[normalise(name)] = words
    return found


def normalise(name: str) -> str:
    return " ".join(name.casefold().split())


@dataclass
class Theme:
    name: str
    count: int = 0
    last_seen: date | None = None
    source: str = "vocabulary"  # "vocabulary", "yours" or "phrase"
    rejections: list[int] = field(default_factory=list)

    def add(self, record: Rejection) -> None:
        self.count += 1
        self.rejections.append(record.id)
        if self.last_seen is None or record.date > self.last_seen:
            self.last_seen = record.date


@dataclass
class ThemeCount:
    """Themes across ``total`` rejections, most frequent first."""

    total: int
    themes: list[Theme]

    @property
    def enough_data(self) -> bool:
        return self.total >= MIN_FOR_PATTERNS


MIN_FOR_PATTERNS = 3


def counts_as_rejection(record: Rejection) -> bool:
    """Stepping back oneself is not a rejection; it is kept out of the counts."""
    return record.kind != Kind.withdrew


def reflection_texts(record: Rejection) -> Iterator[str]:
    """What the person wrote about what to improve (not what went well)."""
    ref = record.reflection
    if ref is None:
        return
    if ref.feedback and ref.feedback.summary:
        yield ref.feedback.summary
    if ref.review:
        for text in (ref.review.do_differently, ref.review.under_prepared):
            if text:
                yield text
    if ref.learnings:
        yield from ref.learnings.weaknesses
        for action in ref.learnings.actions:
            yield action.what
    if ref.kindness:
        yield from (p.text for p in ref.kindness.points)


def confirmed_themes(record: Rejection) -> Iterator[str]:
    ref = record.reflection
    if ref is None or ref.learnings is None:
        return
    # Only what the person named as a theme. An action's "theme" is the point
    # it answers (often a weakness in their own words, "read DDIA chapters"),
    # which reaches the count through the vocabulary, not as a theme name.
    yield from ref.learnings.themes


def themes_of(
    record: Rejection, vocabulary: Vocabulary, *, feedback: str | None = None
) -> set[str]:
    """The themes one rejection mentions, in its feedback or its reflection."""
    if feedback is None:
        feedback = "\n".join(note.text for note in record.feedback)
    names = vocabulary.find("\n".join([feedback, *reflection_texts(record)]))
    for confirmed in confirmed_themes(record):
        names |= vocabulary.find(confirmed) or {normalise(confirmed)}
    return names


def count_themes(records: Iterable[Rejection], vocabulary: Vocabulary) -> ThemeCount:
    """Count, for each theme, the rejections that mention it."""
    themes: dict[str, Theme] = {}
    phrase_seen: dict[str, Theme] = {}
    total = 0
    for record in records:
        if not counts_as_rejection(record):
            continue
        total += 1
        feedback = "\n".join(note.text for note in record.feedback)
        for name in themes_of(record, vocabulary, feedback=feedback):
            theme = themes.get(name)
            if theme is None:
                source = "vocabulary" if name in vocabulary.names else "yours"
                theme = themes[name] = Theme(name, source=source)
            theme.add(record)
        # A form letter is a template: its phrases recur because the software
        # sending it does, not because of anything about the person.
        phrases = _phrases(feedback, vocabulary) if record.kind != Kind.form else set()
        for phrase in phrases:
            entry = phrase_seen.get(phrase)
            if entry is None:
                entry = phrase_seen[phrase] = Theme(phrase, source="phrase")
            entry.add(record)
    recurring = [t for t in phrase_seen.values() if t.count >= 2]
    all_themes = list(themes.values()) + _drop_contained(recurring)
    all_themes.sort(key=lambda t: (-t.count, -(t.last_seen or date.min).toordinal(), t.name))
    return ThemeCount(total, all_themes)


def _phrases(feedback: str, vocabulary: Vocabulary) -> set[str]:
    """Two- and three-word phrases in one rejection's feedback, once each."""
    found: set[str] = set()
    for sentence in re.split(r"[.!?;:,\n()\"]+", feedback.casefold()):
        # Words inside a vocabulary keyword are already counted under a named
        # theme: blank them out so no phrase counts them a second time.
        sentence = vocabulary.mask(sentence)
        for part in sentence.split("|"):
            words = _WORD.findall(part)
            for size in PHRASE_LENGTHS:
                for i in range(len(words) - size + 1):
                    gram = words[i : i + size]
                    if gram[0] in _STOPWORDS or gram[-1] in _STOPWORDS:
                        continue
                    found.add(" ".join(gram))
    return found


def _drop_contained(phrases: list[Theme]) -> list[Theme]:
    """Keep "clearer answer structure", not also "answer structure", when
    both come from exactly the same rejections."""
    by_rejections: dict[tuple[int, ...], list[Theme]] = {}
    for theme in phrases:
        by_rejections.setdefault(tuple(theme.rejections), []).append(theme)
    kept = []
    for group in by_rejections.values():
        for theme in group:
            if not any(o is not theme and f" {theme.name} " in f" {o.name} " for o in group):
                kept.append(theme)
    return kept
