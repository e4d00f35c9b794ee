"""Telling a verdict on oneself apart from feedback.

"Maybe I'm just not leadership material" is not something to work on: it is
a judgement of the whole person, usually made on a bad evening. The plan
never turns one into a theme or prints it back, and stage 4 of a reflection
can answer one with a gentle question instead of filing it.

The rules look for a person speaking about themselves in global terms
(good enough, cut out for, useless, a failure, never going to) or the stock
"not X material". Feedback about a piece of work ("my answers weren't
structured") is not a verdict and passes. Plain text in, plain answer out:
no imports beyond ``re``, so any part of the program can use it.
"""

from __future__ import annotations

import re

# "I'm", "I am", "Im", with straight or curly apostrophes, and the softeners
# people put in front of a verdict ("maybe I'm just", "I'm clearly").
_I_AM = r"(?:i\s*['’]?\s*m|i\s+am)"
_SOFT = r"(?:\s+(?:just|simply|really|probably|clearly|obviously|honestly|still|so|not\s+even))*"
_GLOBAL_BAD = (
    r"(?:useless|hopeless|worthless|rubbish|terrible|awful|pathetic|stupid|dumb|an?\s+idiot"
    r"|an?\s+failure|an?\s+fraud|an?\s+impostor|an?\s+imposter|an?\s+loser|a\s+joke"
    r"|a\s+disappointment|incompetent|unemployable|unhireable|unhirable|not\s+good\s+at\s+anything"
    r"|no\s+good|bad\s+at\s+(?:interviews?|everything|this|my\s+job)|too\s+(?:stupid|dumb|slow))"
)

_PATTERNS = [
    # "not leadership material", "not management material", "not senior material"
    r"\bnot\s+(?:\w+\s+){0,2}material\b",
    # "I'm (just) not good enough", "I'll never be good enough", "not smart enough"
    rf"\b{_I_AM}{_SOFT}\s+not\s+(?:\w+\s+)?(?:good|smart|clever|talented|bright|strong)\s+enough\b",
    r"\bnever\s+(?:be\s+)?(?:good|smart|clever)\s+enough\b",
    r"\b(?:i\s+will|i\s*['’]?\s*ll)\s+never\s+(?:get|find|land|be|make\s+it)\b",
    # "I'm useless at interviews", "I am a failure", "I'm hopeless"
    rf"\b{_I_AM}{_SOFT}\s+{_GLOBAL_BAD}",
    # "I'm not cut out for this", "not cut out to lead"
    r"\bnot\s+cut\s+out\s+(?:for|to)\b",
    # "nobody will ever hire me", "no one wants me", "who would hire me"
    r"\b(?:nobody|no\s+one|no-one)\s+(?:will|would|is\s+going\s+to|wants?)\s+(?:ever\s+)?(?:hire|want|employ)?\s*me\b",
    r"\bwho\s+would\s+(?:ever\s+)?(?:hire|want|employ)\s+me\b",
    # "I always fail", "I always mess it up", "I suck at this"
    r"\bi\s+(?:always|just\s+always)\s+(?:fail|mess|screw|blow|ruin|choke)",
    r"\bi\s+suck\s+at\b",
    r"\bsomething\s+(?:is\s+)?wrong\s+with\s+me\b",
]
_VERDICT = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")


def is_self_verdict(text: str) -> bool:
    """Whether ``text`` (or any sentence in it) reads as a verdict on oneself."""
    return _VERDICT.search(" ".join(text.split())) is not None


def without_verdicts(text: str) -> str:
    """``text`` with every sentence that is a verdict left out ("" if nothing is left)."""
    kept = [s for s in _SENTENCE.split(text) if s.strip() and not is_self_verdict(s)]
    return " ".join(s.strip() for s in kept)
