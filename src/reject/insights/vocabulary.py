"""The vocabulary of themes, compiled so one text is read once.

Split from themes.py, which re-exports everything here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from reject.insights.languages import LANGUAGE_REQUIREMENT

LANGUAGE = "language"


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
    patterns: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = ()
    if LANGUAGE in names:
        # "requires Swedish or German": language names need a pattern, not a keyword.
        patterns = ((LANGUAGE_REQUIREMENT, frozenset({LANGUAGE})),)
    return Vocabulary(tuple(names), by_start, short, starts, patterns)
