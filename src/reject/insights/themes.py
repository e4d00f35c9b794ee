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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reject.choices import Kind
from reject.errors import UsageError
from reject.form_letters import Reply, combined
from reject.insights.phrases import phrases_with_context, without_praise
from reject.insights.ratings import round_names
from reject.insights.vocabulary import CIRCUMSTANCES as CIRCUMSTANCES
from reject.insights.vocabulary import LANGUAGE as LANGUAGE
from reject.insights.vocabulary import VOCABULARY as VOCABULARY
from reject.insights.vocabulary import Vocabulary as Vocabulary
from reject.insights.vocabulary import compile_vocabulary as compile_vocabulary
from reject.insights.vocabulary import normalise as normalise
from reject.model import Rejection
from reject.verdicts import is_self_verdict, without_verdicts

CONFIG_NAME = "themes.toml"

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


_TITLE_WORD = re.compile(r"[\w'+#&-]+")
MIN_FOR_PATTERNS = 3


@dataclass
class Theme:
    name: str
    count: int = 0
    last_seen: date | None = None
    source: str = "vocabulary"  # "vocabulary", "yours" or "phrase"
    rejections: list[int] = field(default_factory=list)
    parent: str | None = None  # every rejection of this theme is also one of the parent's
    phrases: list[str] = field(default_factory=list)  # recurring phrases that joined it
    appraisals: list[int] = field(default_factory=list)  # ids that name it too (appraisals.py)

    def add(self, record: Rejection) -> None:
        self.count += 1
        self.rejections.append(record.id)
        if self.last_seen is None or record.date > self.last_seen:
            self.last_seen = record.date


@dataclass
class ThemeCount:
    """Themes across ``total`` rejections, most frequent first.

    ``informative`` is the denominator that matters: the rejections with real
    feedback or notes of the person's own (a stock letter or silence has
    nothing to count). ``own_notes_only`` of them have only the person's notes.
    """

    total: int
    themes: list[Theme]
    informative: int = 0
    own_notes_only: int = 0
    appraisals: int = 0  # how many appraisals were read beside them

    @property
    def enough_data(self) -> bool:
        return self.informative >= MIN_FOR_PATTERNS

    def top_level(self) -> list[Theme]:
        return [t for t in self.themes if t.parent is None]

    def children(self, name: str) -> list[Theme]:
        return [t for t in self.themes if t.parent == name]


def counts_as_rejection(record: Rejection) -> bool:
    """Stepping back oneself is not a rejection; it is kept out of the counts."""
    return record.kind != Kind.withdrew


def feedback_reply(record: Rejection) -> Reply:
    """What the recorded feedback gives to learn from: empty, a form letter, or real."""
    return combined(note.text for note in record.feedback)


def feedback_text(record: Rejection) -> str:
    """The feedback worth reading for themes. A stock letter says nothing
    about the person, so its words are not searched at all."""
    real = [note.text for note in record.feedback if combined([note.text]) == Reply.real]
    # Praise names a strength, not something to work on.
    return without_praise("\n".join(real))


def reflection_texts(record: Rejection) -> Iterator[str]:
    """What the person wrote about what to improve (not what went well),
    with any verdict on themselves left out: that is not a theme."""
    for text in _raw_reflection_texts(record):
        kept = without_verdicts(text)
        if kept:
            yield kept


def _raw_reflection_texts(record: Rejection) -> Iterator[str]:
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
        # An action is a plan ("ask a mentor to observe me"), not something
        # anyone said about the person: it is never evidence for a theme.
        yield from ref.learnings.weaknesses
    if ref.kindness:
        yield from (p.text for p in ref.kindness.points)


def confirmed_themes(record: Rejection) -> Iterator[str]:
    ref = record.reflection
    if ref is None or ref.learnings is None:
        return
    # Only what the person named as a theme. An action's "theme" is the point
    # it answers (often a weakness in their own words, "read DDIA chapters"),
    # which reaches the count through the vocabulary, not as a theme name.
    yield from (t for t in ref.learnings.themes if not is_self_verdict(t))


def is_informative(record: Rejection, feedback: str | None = None) -> bool:
    """Real feedback, or notes of the person's own: something to count themes in."""
    if feedback is None:
        feedback = feedback_text(record)
    return bool(feedback) or any(reflection_texts(record)) or any(confirmed_themes(record))


def with_feedback(counted: ThemeCount) -> str:
    """How the plan names its denominator."""
    if counted.own_notes_only:
        return "with real feedback or notes of your own"
    return "with real feedback"


def themes_of(
    record: Rejection, vocabulary: Vocabulary, *, feedback: str | None = None
) -> set[str]:
    """The themes one rejection mentions, in its feedback or its reflection."""
    if feedback is None:
        feedback = feedback_text(record)
    names = vocabulary.find("\n".join([feedback, *reflection_texts(record)]))
    for confirmed in confirmed_themes(record):
        names |= vocabulary.find(confirmed) or {normalise(confirmed)}
    return names


def count_themes(records: Iterable[Rejection], vocabulary: Vocabulary) -> ThemeCount:
    """Count, for each theme, the rejections that mention it; fold each
    pattern into one theme (see docs/plan.md, "each pattern counted once")."""
    records = [r for r in records if counts_as_rejection(r)]
    base = vocabulary.names
    vocabulary = _with_confirmed(records, vocabulary)
    themes: dict[str, Theme] = {}
    # phrase key -> (its theme, the named themes in every clause it appeared in)
    phrase_seen: dict[str, tuple[Theme, set[str]]] = {}
    total = informative = own_only = 0
    by_id: dict[int, Rejection] = {}
    # "in the observed lesson" says where something showed, not what: a
    # round's name is never a wording of a theme.
    rounds = round_names(records)
    for record in records:
        by_id[record.id] = record
        total += 1
        feedback = feedback_text(record)
        if is_informative(record, feedback):
            informative += 1
            own_only += not feedback
        for name in themes_of(record, vocabulary, feedback=feedback):
            theme = themes.get(name)
            if theme is None:
                source = "vocabulary" if name in base else "yours"
                theme = themes[name] = Theme(name, source=source)
            theme.add(record)
        if record.kind == Kind.form or not feedback:
            # A form letter is a template: its phrases recur because the
            # software sending it does, not because of anything about the person.
            continue
        # The role's and company's own words ("finance manager") describe the
        # job, not the person.
        own = set(_TITLE_WORD.findall(f"{record.role} {record.company}".casefold()))
        for key, (written, named) in phrases_with_context(
            feedback, vocabulary.mask, vocabulary.find
        ).items():
            if set(written.split()) <= own or key in rounds:
                continue
            if key in phrase_seen:
                entry, shared = phrase_seen[key]
                phrase_seen[key] = (entry, shared & named)
            else:
                entry = Theme(written, source="phrase")
                phrase_seen[key] = (entry, named)
            entry.add(record)
    phrases = _join_phrases(phrase_seen, themes, by_id)
    all_themes = list(themes.values()) + phrases
    all_themes.sort(key=_rank)
    _nest(all_themes)
    return ThemeCount(total, all_themes, informative, own_only)


def _with_confirmed(records: list[Rejection], vocabulary: Vocabulary) -> Vocabulary:
    """The vocabulary plus the themes the person named themselves, so "scheduling
    software", confirmed once, is also found where they or the feedback said it."""
    names = {
        normalise(t)
        for r in records
        for t in confirmed_themes(r)
        if not vocabulary.find(t) and normalise(t)
    }
    if not names:
        return vocabulary
    extra = {name: [name] for name in sorted(names)}
    return vocabulary.extended(extra)


def _rank(theme: Theme) -> tuple[int, bool, int, str]:
    return (
        -theme.count,
        theme.source == "phrase",
        -(theme.last_seen or date.min).toordinal(),
        theme.name,
    )


def _join_phrases(
    seen: dict[str, tuple[Theme, set[str]]], themes: dict[str, Theme], records: dict[int, Rejection]
) -> list[Theme]:
    """Recurring phrases that stand on their own. One that always appears in
    the same clause as a named theme ("management experience" beside
    "client") is that theme in other words, and one that is a theme's name
    ("classroom management", confirmed in stage 3) is that theme: it joins
    it, adding any rejections the theme did not have yet."""
    kept = []
    recurring = [(t, shared) for t, shared in seen.values() if t.count >= 2]
    contained = {id(t) for t in _drop_contained([t for t, _ in recurring])}
    for phrase, shared in recurring:
        if id(phrase) not in contained:
            continue
        same = themes.get(normalise(phrase.name))
        hosts = [same] if same else [themes[name] for name in shared if name in themes]
        if not hosts:
            kept.append(phrase)
            continue
        host = min(hosts, key=_rank)
        if host.name != normalise(phrase.name):
            host.phrases.append(phrase.name)
        for rid in phrase.rejections:
            if rid not in host.rejections:
                host.add(records[rid])
    return kept


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


def _nest(themes: list[Theme]) -> None:
    """Mark a recurring theme whose rejections all sit inside a bigger one
    (``themes`` is sorted biggest first) as its child: one pattern seen
    from a narrower angle. Only one level deep; a skill never nests under a
    circumstance or the other way round; a theme seen once stays as it is,
    since one rejection sits inside almost anything by chance."""
    tops: list[tuple[Theme, set[int]]] = []
    for theme in themes:
        mine = set(theme.rejections)
        if theme.count >= 2:
            kind = theme.name in CIRCUMSTANCES
            for top, theirs in tops:
                if (top.name in CIRCUMSTANCES) == kind and mine <= theirs:
                    theme.parent = top.name
                    break
        if theme.parent is None:
            tops.append((theme, mine))
