"""Short phrases that recur in feedback, found without a dictionary.

A phrase is two or three words from one clause of feedback that a
vocabulary keyword did not already claim. To be worth naming as a theme it
must look like a noun phrase, because a pattern is a thing to work on
("stakeholder updates", "classroom management"), not a fragment ("answers
lacked", "seemed unsure"). English noun phrases end in their noun, so the
rule is about the ends: no grammar word at either end, no verb or adverb at
the start, and no verb, adjective or adverb at the end (the word lists
below, plus the "-ed" and "-ly" endings that mark them).

British and American spellings of one word ("organisation",
"organization") count as one phrase, shown the way it was first written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

PHRASE_LENGTHS = (2, 3)

# Grammar, and the stock words of form letters: never at either end.
_GRAMMAR = """
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
    panel ultimately lot lots thing things something anything everything way
    times one two three several both either neither every another
"""
# Verbs and adverbs: a phrase starting with one is a fragment of a sentence.
_VERBS = """
    seem seemed seems show showed shows lack lacked lacks lacking give gave needed wanted
    given come came go went got get gets make made makes want wants like liked
    think thought find found say said see saw seen look looked looks try tried
    keep kept take took put help helps let came could would might must may
    shall struggle struggled struggles miss missed missing say says told tell
    also even still yet maybe perhaps rather somewhat already always never
    often sometimes usually definitely especially specifically particularly
    however though although because since whether back instead probably
    mostly mainly clearly overall generally
"""
# Adjectives and other words that cannot be the head of a noun phrase.
_NOT_HEAD = """
    unsure sure clear unclear little much many enough better best less least
    certain able likely nice excellent solid confident new right high low
    large small big short long real top main key specific general different
    similar whole full close hard easy difficult possible current previous
    recent first last next further thin weak vague limited technical
    impressive relevant senior junior required essential ideal deep shallow
    detailed broad narrow basic advanced sufficient insufficient
"""
_STOPWORDS = frozenset(_GRAMMAR.split())
_VERB_SET = frozenset(_VERBS.split())  # a verb anywhere makes a clause fragment
_NO_START = _STOPWORDS | _VERB_SET
_NO_END = _NO_START | frozenset(_NOT_HEAD.split())
# Nouns that happen to end like an adverb.
_LY_NOUNS = frozenset({"supply", "assembly", "family", "anomaly", "monopoly", "reply", "ally"})
_WORD = re.compile(r"[a-z0-9][a-z0-9'+#-]*")
_CLAUSES = re.compile(r"[.!?;:,\n()\"]+")

# British spellings folded to American ones for comparing, never for showing.
_SPELLING = [
    (re.compile(r"isation(s?)$"), r"ization\1"),
    (re.compile(r"is(e|ed|es|ing)$"), r"iz\1"),
    (re.compile(r"yse(s?|d)$"), r"yze\1"),
    (re.compile(r"(?<=[a-z]{2})our(?=s?$|al|ed|ing|ful|ite|able|er)"), r"or"),
    (re.compile(r"(?<=[a-z]{2})tre(s?)$"), r"ter\1"),
    (re.compile(r"ogue(s?)$"), r"og\1"),
    (re.compile(r"ence$"), r"ense"),  # licence, defence
]


# A clause of pure praise ("Good subject knowledge", "Strong modelling") names
# a strength, and a strength is not a theme to work on. Praise with a
# criticism in the same clause ("good, but not yet consistent") is kept.
_PRAISE = re.compile(
    r"\b(?:good|great|strong|excellent|lovely|nice|impressive|solid|well|liked|enjoyed|"
    r"fine|fantastic|brilliant|outstanding|superb|positive|clearly\s+strong|came\s+across\s+well)\b"
)
_CRITIQUE = re.compile(
    r"\b(?:not|no|n't|but|however|although|though|lack\w*|needs?|needed|more|less|could|should|"
    r"weak\w*|improv\w*|slipped|unclear|hard|difficult|concerns?|only|too|missing|without|yet|"
    r"wish|would\s+have\s+liked)\b"
)


def is_praise(clause: str) -> bool:
    """Whether a casefolded clause only praises."""
    return bool(_PRAISE.search(clause)) and not _CRITIQUE.search(clause)


def without_praise(text: str) -> str:
    """``text`` with its clauses of pure praise left out."""
    kept = [c for c in _CLAUSES.split(text) if c.strip() and not is_praise(c.casefold())]
    return "\n".join(c.strip() for c in kept)


# Praise of the occasion ("a good interview", "a very strong final") or a
# lukewarm "fine" names no strength to keep.
_OCCASION = re.compile(
    r"\b(?:interview|final|conversation|chat|call|meeting|day|application|candidate|"
    r"process)s?\W*$|^(?:(?!\b(?:good|great|strong|excellent|lovely|nice|impressive|solid|well|"
    r"liked|enjoyed|fantastic|brilliant|outstanding|superb)\b).)*$"
)


def praise_in(text: str) -> list[str]:
    """The clauses of ``text`` that only praise something the person can
    keep doing, as written."""
    found = []
    for clause in _CLAUSES.split(text):
        folded = clause.strip().casefold()
        if folded and is_praise(folded) and not _OCCASION.search(folded):
            found.append(clause.strip())
    return found


def fold(word: str) -> str:
    """One spelling for British and American variants of a word."""
    for pattern, replacement in _SPELLING:
        word, n = pattern.subn(replacement, word)
        if n:
            break
    return word


def _ends_well(gram: list[str]) -> bool:
    first, last = gram[0], gram[-1]
    if first in _NO_START or last in _NO_END or any(w in _VERB_SET for w in gram):
        return False
    if last.endswith("ed") and not last.endswith("eed"):
        return False
    return not (last.endswith("ly") and last not in _LY_NOUNS)


def is_noun_phrase(words: list[str]) -> bool:
    """Whether casefolded ``words`` look like a noun phrase worth naming."""
    return len(words) >= 2 and _ends_well(words)


def clauses(text: str) -> list[str]:
    """Casefolded clauses of ``text``: a phrase never spans two."""
    return [c for c in _CLAUSES.split(text.casefold()) if c.strip()]


def phrases_in(clause_masked: str) -> dict[str, str]:
    """Noun phrases in one clause whose keyword words are already masked
    with "|": folded key -> the words as written."""
    found: dict[str, str] = {}
    for part in clause_masked.split("|"):
        words = _WORD.findall(part)
        for size in PHRASE_LENGTHS:
            for i in range(len(words) - size + 1):
                gram = words[i : i + size]
                if _ends_well(gram):
                    found.setdefault(" ".join(fold(w) for w in gram), " ".join(gram))
    return found


def phrases_with_context(
    text: str, mask: Callable[[str], str], themes_in: Callable[[str], set[str]]
) -> dict[str, tuple[str, set[str]]]:
    """Phrases in one rejection's feedback: key -> (as written, themes named
    in every clause the phrase appears in)."""
    found: dict[str, tuple[str, set[str]]] = {}
    for clause in clauses(text):
        named = themes_in(clause)
        for key, written in phrases_in(mask(clause)).items():
            if key in found:
                found[key] = (found[key][0], found[key][1] & named)
            else:
                found[key] = (written, set(named))
    return found
