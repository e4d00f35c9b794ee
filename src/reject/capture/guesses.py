"""A guess at a field, where it was found, and how guesses are weighed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reject.capture import senders

# A name as it appears in running text: capitalised words, with the small
# words names contain ("Bank of Scotland", "Müller & Söhne", "van der Berg").
# A dot only inside a token ("S.A.", "Co.uk"), so "Oak & Fern. It was" stops at "Fern".
CAP_WORD = r"(?:[A-ZÀ-ÖØ-Þ0-9][\w'’&+-]*(?:\.\w+)*|&)"
LINK_WORD = r"(?:of|and|for|the|de|du|des|la|le|van|der|den|von|für|und|y|del|et|da|di|&)"
ORG = rf"({CAP_WORD}(?:\s+(?:{LINK_WORD}\s+)*{CAP_WORD}){{0,6}})"


@dataclass(frozen=True)
class Guess:
    value: str
    weight: int
    source: str


@lru_cache(maxsize=4096)
def compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", senders.strip_accents(text).lower())


def best(guesses: list[Guess], *, fullest: bool = False) -> Guess | None:
    """The strongest guess. Guesses that agree (the same name, or one the
    start of the other: 'graduate' and 'Graduate Civil Engineer') pool their
    evidence and the fullest form is kept, except that a company keeps the
    name it gives itself in the From line when it gave one."""
    if not guesses:
        return None
    # One entry per distinct name, in first-seen order, so a long message
    # repeating the same phrase costs no more than a short one.
    groups: dict[str, list[Guess]] = {}
    for guess in guesses:
        groups.setdefault(compact(guess.value), []).append(guess)
    keys = list(groups)
    scored: list[tuple[int, int, Guess]] = []
    for index, key in enumerate(keys):
        allies = [g for other in keys if _agrees(key, other) for g in groups[other]]
        sources = {g.source for g in allies}
        top = max(g.weight for g in allies)
        if fullest:
            kept = max(allies, key=lambda g: (len(g.value), g.weight)).value
        else:
            # How the organisation names itself in its From line beats a
            # shortened mention in the text; otherwise the fullest form.
            own = [g for g in allies if g.source == "sender name"]
            kept = (own[0] if own else max(allies, key=lambda g: (len(g.value), g.weight))).value
        first = groups[key][0]
        scored.append((top + 2 * (len(sources) - 1), -index, Guess(kept, top, first.source)))
    return max(scored, key=lambda item: (item[0], item[1]))[2]


def _agrees(a: str, b: str) -> bool:
    return bool(a and b) and (a == b or (len(a) >= 4 and len(b) >= 4 and (
        a.startswith(b) or b.startswith(a))))
