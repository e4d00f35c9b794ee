"""Recognising a reply that says nothing about the person.

A stock form letter ("we have decided to move forward with other candidates
whose experience more closely matches our needs") and an empty reply teach
nothing, and they are exactly where asking for more detail helps. The plan
gathers them in one place with `reject ask`; stage 1 of a reflection can
use the same rules to say so kindly.

A reply is stock when every sentence in it is either a stock rejection
sentence or a courtesy (thanks, good wishes, sign-off). One sentence with
something specific in it ("your answers on pricing were vague") makes it a
real reply, even inside a template, and so does a reason after a stock
phrase: "we went with other candidates" is stock, "... who had stronger
SQL skills" is feedback (whatever is left once the stock phrase is taken
out must be filler words or names). Only ``re`` is imported, so any part of
the program can use this.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum

# The stock sentences of rejection e-mails, British and American.
_OTHER = (
    r"(?:an?other|other|a\s+different|different|the\s+other)\s+"
    r"(?:candidates?|applicants?|people|persons?|individuals?|profiles?)"
)
_STOCK = [
    r"move\s+forward\s+with\s+(?:other|another|a\s+different|different)\b",
    r"(?:moving|move|go|going|proceed|proceeding|progress|progressing)\s+(?:forward\s+)?with\s+"
    r"(?:other\s+)?(?:candidates?|applicants?)\b",
    # "went with other candidates", "gone with a different applicant"
    rf"(?:went|gone|go|going|proceeded|gone\s+ahead)\s+with\s+{_OTHER}\b",
    rf"(?:selected|chosen|chose|appointed|hired|picked|offered\s+(?:it|the\s+\w+)\s+to)\s+{_OTHER}\b",
    r"(?:hire|hired|appoint|appointed|offer(?:ed)?\s+(?:it|the\s+\w+)\s+to)\s+someone\s+else\b",
    # "candidates whose experience more closely matches our needs"
    r"(?:(?:whose|with)\s+)?(?:(?:experience|skills?|backgrounds?|profiles?|qualifications|skill\s*sets?)"
    r"\s+(?:(?:and|&)\s+\w+\s+)?(?:(?:that|which)\s+)?)?(?:more\s+)?closely\s+match(?:es|ed)?\b"
    r"(?:\s+(?:our|the|your)?\s*(?:needs|requirements|criteria|brief))?",
    r"(?:better|closer|stronger)\s+(?:match|fit)\b",
    r"(?:not|n['’]t)\s+(?:to\s+)?(?:be\s+)?(?:moving|move|going|taking|progress(?:ing)?|proceed(?:ing)?|"
    r"pursu(?:e|ing)|continu(?:e|ing))\b(?:\s+(?:forward|further|any\s+further))?",
    r"(?:(?:decided|chosen|opted)\s+to\s+)?(?:go|going|went|gone|move|moving)\s+in\s+a\s+"
    r"different\s+direction\b",
    r"(?:decided|chosen|opted|elected)\s+to\s+(?:pursue|proceed|progress|go|move|continue)\b",
    r"pursue\s+other\s+(?:candidates|applicants|options)\b",
    # "you were not successful", "you have been unsuccessful": about the outcome, not the person
    r"(?:you\s+(?:were|are|have\s+been|['’]ve\s+been|have|haven['’]t\s+been)\s+)?"
    r"(?:not\s+(?:been\s+)?(?:shortlisted|selected|successful)|unsuccessful)\b",
    r"on\s+this\s+occasion\b",
    r"(?:position|role|vacancy|job|post)\s+has\s+(?:now\s+)?been\s+filled\b",
    r"regret\s+to\s+(?:inform|tell|let)\b",
    r"after\s+(?:careful|much|thorough|long)\s+(?:consideration|deliberation|review)\b",
    r"(?:high|large|overwhelming|significant)\s+(?:volume|number)\s+of\s+(?:applications|applicants"
    r"|candidates|interest)\b",
    r"(?:very\s+)?(?:strong|competitive)\s+(?:field|pool)\b",
    r"(?:keep|hold|retain)\s+(?:your\s+)?(?:cv|c\.v\.|resume|résumé|details|profile|application)\s+"
    r"on\s+(?:file|record)\b",
    r"(?:difficult|tough|hard)\s+decision\b",
    r"(?:not\s+(?:be\s+)?able|unable)\s+to\s+offer\s+you\b",
]
# "Thank you for completing the assessment": thanks for a step of the
# process, however it is worded, says nothing about how it went.
_THANKS_FOR = (
    r"^\W*(?:thank\s+you|thanks|many\s+thanks)(?:\s+(?:so|very)\s+much)?(?:\s+again)?\s+for"
    r"(?:\s+(?:taking\s+the\s+time\s+to|the\s+opportunity\s+to|your\s+interest\s+in))?"
    r"(?:\s+(?:complet|attend|tak|do|sitt|submitt|apply|interview|com|meet|talk|speak|send|shar)\w*)?"
    r"(?:\s+(?:your|the|our|us|an?|this|with|in|to|for|of|all|at)\b)*"
    r"(?:\s+(?:online|recent|recorded|video|written|first|second|final|technical|phone|telephone"
    r"|initial|assessment|interview)\b)*"
    r"(?:\s+(?:applications?|interest|time|assessments?|tests?|interviews?|tasks?|exercises?"
    r"|presentation|case\s+study|call|conversation|meeting|patience|effort|submission|cv|day"
    r"|visit|session|discussion|questionnaire|role|position|post|vacancy|opportunity|centre|center)\b)?"
)
# Courtesies that carry no information either way.
_COURTESY = [
    r"^(?:dear|hi|hello|hey)\b",
    r"\b(?:thank\s+you|thanks|many\s+thanks)\b",
    r"\bappreciate\b",
    r"\bwish\s+you\b",
    r"\b(?:best|kind|warm)\s+(?:regards|wishes)\b",
    r"^(?:all\s+the\s+)?best\b",
    r"\bgood\s+luck\b|\bbest\s+of\s+luck\b|\bevery\s+success\b",
    r"^(?:sincerely|regards|cheers|yours\s+(?:sincerely|faithfully|truly))\b",
    r"\b(?:pleasure|nice|lovely|great)\s+(?:meeting|to\s+meet|speaking|talking|to\s+speak)\b",
    r"\b(?:encourage|welcome|invite)\s+you\s+to\s+(?:re-?)?apply\b",
    r"\b(?:feel\s+free|do\s+not\s+hesitate|don['’]t\s+hesitate)\b",
    r"\bfuture\s+(?:opportunities|openings|vacancies|roles|positions)\b",
    r"^unfortunately\W*$",
]
# Words that mark a sentence as being about this person's work, even inside
# a stock sentence ("we went with other candidates because ...").
_SPECIFIC = (
    r"\b(?:because|due\s+to|specifically|in\s+particular|particularly|such\s+as|especially"
    r"|namely|we\s+felt|you\s+(?:were|seemed|could|did|didn['’]t|need|needed|lacked|showed|struggled)"
    r"|your\s+(?:answers?|design|presentation|case|code|coding|portfolio|knowledge|understanding"
    r"|approach|examples?|interview|exercise|task|test|assessment))\b"
)
# A note that only says there was nothing: "No feedback given.", "n/a".
_NOTHING = re.compile(
    r"^\W*(?:(?:there\s+(?:was|is)\s+)?(?:no|none|nothing|n/?a|nil|not\s+given)\b"
    r"(?:\s+(?:real|specific|further|useful|detailed|written|feedback|notes?|reasons?|reply|"
    r"response|answer|details?|explanation|given|received|provided|offered|shared|at\s+all|yet|"
    r"from\s+them|so\s+far))*|(?:they\s+)?(?:did\s+not|didn['’]t|wouldn['’]t|would\s+not)\s+"
    r"(?:give|share|provide|offer)\s+(?:any\s+|a\s+)?(?:feedback|reasons?|details?))\W*$",
    re.IGNORECASE,
)
# What may be left of a stock sentence once its stock phrase is taken out
# ("Unfortunately, we have ... for the role at this time"). Any other word
# is a reason ("... who had stronger SQL skills"), and makes it feedback.
_FILLER_TEXT = """
    a all also an and any are as at be been being but by can could d did do does for from
    had has have here i if in is it its just ll m may might not now n't of on or our re s
    shall should so still t that the their them then there these they this those to us ve
    very was we were what which will with would you your yours
    unfortunately sadly regret regrettably sorry inform let know tell advise confirm write
    writing email update please hear heard note time occasion stage moment point today
    current currently further forward process recruitment selection hiring application
    applications applicant applicants candidate candidates candidacy position role post
    vacancy job opportunity opening decided decision decide chosen choose chose selected
    considered consideration careful review reviewed received receive many number volume
    large high other another different someone else instead progress proceed ahead
    successful unsuccessful interest interested behalf team company organisation
    organization occasion round after however though on offer able unable
    wo won ca don didn isn aren haven hasn weren wasn couldn wouldn shouldn
"""
_FILLER = frozenset(_FILLER_TEXT.split())
_NAME = re.compile(r"(?<=\S )[A-Z][\w&'’-]*")  # a capitalised word mid-sentence: a name
_TOKEN = re.compile(r"[a-z]+")
_STOCK_RE = re.compile("|".join(_STOCK), re.IGNORECASE)
_THANKS_RE = re.compile(_THANKS_FOR, re.IGNORECASE)
_COURTESY_RE = re.compile("|".join(_COURTESY), re.IGNORECASE)
_SPECIFIC_RE = re.compile(_SPECIFIC, re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n+|(?<=[,:])\s+(?=(?:but|however|though)\b)")
_WORD = re.compile(r"\w")


class Reply(str, Enum):
    """What a piece of feedback gives the person to learn from."""

    empty = "empty"  # nothing at all
    form = "form"  # a stock letter: says nothing about them
    real = "real"  # something specific


def _stock_or_courtesy(sentence: str) -> bool:
    """A stock sentence or a courtesy, with nothing about the person in it.

    The stock phrase (and any thanks for a step of the process) is taken out
    first, so "you were not successful" is not read as being about them,
    and what is left must hold no reason: "we went with other candidates"
    is stock, "... who had stronger SQL skills" is feedback."""
    thanked = _THANKS_RE.sub(" ", sentence, count=1)
    rest = _STOCK_RE.sub(" ", thanked)
    if _SPECIFIC_RE.search(rest):
        return False
    if rest != sentence:
        unnamed = _STOCK_RE.sub(" ", _THANKS_RE.sub(" ", _NAME.sub(" ", sentence), count=1))
        return all(w in _FILLER for w in _TOKEN.findall(unnamed.casefold()))
    return bool(_COURTESY_RE.search(sentence))


def classify(text: str | None) -> Reply:
    """Whether ``text`` is empty, a stock form letter, or a real reply."""
    flat = " ".join((text or "").split())
    if not _WORD.search(flat):
        return Reply.empty
    sentences = [s for s in _SENTENCES.split(flat) if _WORD.search(s)]
    if all(_NOTHING.match(s) or _COURTESY_RE.search(s) for s in sentences):
        return Reply.empty
    if all(_NOTHING.match(s) or _stock_or_courtesy(s) for s in sentences):
        return Reply.form
    return Reply.real


def is_form_letter(text: str | None) -> bool:
    """A stock letter, or a reply with nothing in it: either says nothing about the person."""
    return classify(text) != Reply.real


def combined(texts: Iterable[str | None]) -> Reply:
    """What several notes for one rejection give together: the best of them."""
    best = Reply.empty
    for text in texts:
        found = classify(text)
        if found == Reply.real:
            return found
        if found == Reply.form:
            best = found
    return best
