"""Language requirements, whatever the wording.

"Fluent German is required", "requires Swedish or German", "German-speaking
team", "native French", "Dutch is essential", "Spanish at C1": all one theme,
language. A language name alone is not enough ("a German bank", "French
clients"): it must sit next to a word about speaking, fluency, a level or a
requirement. The result is a regular expression the theme vocabulary runs
beside its keywords, so a matched span is also kept out of recurring phrases.
"""

from __future__ import annotations

import re

# Languages people are asked for at work, by their English names. Sign
# languages are written with "sign language" after them, which the cue
# below covers.
_LANGUAGE_TEXT = """
    afrikaans albanian amharic arabic armenian azerbaijani basque belarusian bengali bosnian
    bulgarian burmese cantonese catalan chinese croatian czech danish dutch english estonian
    farsi filipino finnish flemish french gaelic galician georgian german greek gujarati hausa
    hebrew hindi hungarian icelandic igbo indonesian irish italian japanese kannada kazakh
    khmer korean kurdish lao latvian lithuanian luxembourgish macedonian malay malayalam
    maltese mandarin marathi mongolian nepali norwegian pashto persian polish portuguese
    punjabi romanian russian serbian sinhala slovak slovene slovenian somali spanish swahili
    swedish tagalog tamil telugu thai tigrinya turkish ukrainian urdu uzbek vietnamese welsh
    xhosa yoruba zulu
"""
LANGUAGES = _LANGUAGE_TEXT.split()

_NAME = "(?:" + "|".join(sorted(LANGUAGES, key=len, reverse=True)) + ")"
# "Swedish or German", "German and/or French", "German, French or Dutch"
_NAMES = rf"{_NAME}(?:\s*(?:,|/|\bor\b|\band\b|\band/or\b)\s*{_NAME})*"
_BEFORE = (
    r"(?:fluent|fluency|fluently|native|near-native|proficient|proficiency|business|"
    r"conversational|working|professional|written|spoken|speak|speaks|speaking|speaker|"
    r"speakers|knowledge\s+of|command\s+of|requires?|required|requiring|needs?|needed|"
    r"must\s+speak|must\s+have)"
)
_AFTER = (
    r"(?:-speaking|\s+speaking|\s+speakers?|\s+language|\s+skills|\s+fluency|\s+proficiency|"
    r"\s+(?:at|to)\s+(?:an?\s+)?(?:[abc][12]|native|fluent|business|professional)\b|\s+[abc][12]\b|"
    r"\s+(?:is|was|are|were|would\s+be)\s+(?:\w+\s+)?(?:essential|required|a\s+must|mandatory|"
    r"needed|necessary|a\s+requirement|expected|key|vital|critical|non-negotiable))"
)
# A cue before the names ("fluent in German", "requires Swedish or German")
# or after them ("German-speaking", "Dutch is essential").
LANGUAGE_REQUIREMENT = re.compile(
    rf"(?<![\w-]){_BEFORE}(?:\s+(?:in|with|and\s+written|and\s+spoken))?\s+{_NAMES}\b"
    rf"|(?<![\w-]){_NAMES}{_AFTER}"
    r"|(?<![\w-])(?:sign\s+language|local\s+language|second\s+language|language\s+requirement)\b",
    re.IGNORECASE,
)
_ONE = re.compile(rf"\b{_NAME}\b", re.IGNORECASE)


def language_spans(folded: str) -> list[tuple[int, int]]:
    """(start, end) of each language requirement in casefolded text."""
    return [m.span() for m in LANGUAGE_REQUIREMENT.finditer(folded)]


def languages_named(text: str) -> list[str]:
    """The languages a text asks for, capitalised, in order of first mention."""
    found: dict[str, None] = {}
    for match in LANGUAGE_REQUIREMENT.finditer(text):
        for name in _ONE.findall(match.group()):
            found.setdefault(name.capitalize(), None)
    return list(found)
