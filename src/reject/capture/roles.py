"""The role from a subject line and a body: "the X position", "for the X
role", "Company - Role - feedback", "Stelle als X", "poste de X", with
requisition ids and gender notes dropped."""

from __future__ import annotations

import re

from reject.capture.guesses import CAP_WORD, LINK_WORD, Guess

_REQ_ID = re.compile(
    r"\s*[\(\[]?\s*(?:#\s?\d[\w-]*|\b(?:R|REQ|JR|JOB|VAC|REF|ID)[-\s#:]?\d[\w-]*|"
    r"\b(?:Job|Req(?:uisition)?|Ref(?:erence)?|Vacancy|Stellen|Kennziffer|Réf\.?|"
    r"Referencia)\s*(?:ID|No\.?|Number|#|nr\.?|n°|reference)?\s*[:#]?\s*[A-Z]{0,4}[-\s]?\d[\w-]*)"
    r"\s*[\)\]]?",
    re.IGNORECASE,
)
# German and French adverts mark the genders a title is open to; not part of the role.
_GENDER_NOTE = re.compile(r"\s*\((?:[mwfdxhn](?:\s*/\s*[mwfdxhn]){1,3}|all genders|x/f/m)\)", re.I)
_ROLE_WORDS = r"(?:position|role|post|vacancy|opening|job|opportunity|job opening)"
# A short closed bracket is part of a title ("Cardiac ICU (Nights)"); only a
# long or unclosed one ("(we had 300 applicants") ends it.
_OPEN = r"\((?![^()\n]{1,30}\))"
_TRAILING = re.compile(
    r"\s+(?:position|role|post|vacancy|opening|job|opportunity|application|interview|"
    r"trial|feedback|outcome|update|status|application status|search|recruitment|"
    r"selection|shortlist|shortlisting|hiring|campaign|process|selection process)$",
    re.IGNORECASE,
)
# Role text never crosses an article or possessive: "the time you spent on the
# Staff Nurse post" is read from the last "the", not the first.
_ROLE_TEXT = (
    r"((?:(?!\b(?:the|a|an|our|your|my|this|that|le|la|de de)\s)"
    r"(?!\s+(?:and|en|und|et|y)\s+(?:the|your|our|de|het|je|uw|die|der|das|ihr|la|le|les|"
    r"votre|el|los|su)\b)[^\n.!?;:]){2,90}?)"
)
_ROLE_STOP = re.compile(
    r"\b(?:we|you|your|our|this|that|is|are|was|have|has|had|which|who|been|will|would|"
    r"unfortunately|decided|applied|candidates|not|my|me|about|sorry|thank|thanks)\b",
    re.IGNORECASE,
)
# Head nouns of job titles in the languages the parser reads. A subject line
# (or a piece of one) holding one of these is very likely the role.
ROLE_NOUNS = re.compile(
    r"\b(?:\w*(?:engineer|manager|analyst|designer|developer|assistant|coordinator|officer|"
    r"adviser|advisor|consultant|solicitor|paralegal|chef|barista|technician|specialist|"
    r"director|lead|administrator|accountant|controller|architect|scientist|researcher|"
    r"associate|clerk|receptionist|recepcionista|attendant|supervisor|executive|"
    r"representative|agent|therapist|pharmacist|worker|carer|driver|operator|electrician|"
    r"plumber|strategist|writer|editor|producer|intern|apprentice|trainee|fellow|"
    r"professor|lecturer|tutor|librarian|planner|surveyor|inspector|auditor|buyer|"
    r"cashier|cook|waiter|waitress|server|bartender|housekeeper|porter|midwife|nurse|"
    r"doctor|physician|dentist|hygienist|paramedic|pilot|crew|mechanic|machinist|welder|"
    r"teacher|counsel|lawyer|attorney|partner|head|programmer|tester|owner|steward|"
    r"therapeut\w*|medewerker|elektroniker|ingenieur\w*|entwickler\w*|berater\w*|"
    r"kauf(?:mann|frau)|pfleger\w*|pflegefach\w*|erzieher\w*|lehrer\w*|referent\w*|"
    r"sachbearbeiter\w*|juriste|avocat\w*|infirmi\w*|serveu\w*|cuisini\w*|enseignant\w*|"
    r"conseill\w*|chargée?|responsable|ingénieur\w*|développeu\w*|técnic[oa]|ingenier[oa]|"
    r"enfermer[oa]|camarer[oa]|profesor\w*|asesor\w*|desarrollador\w*|gerente|adviseur|"
    r"verpleegkundige|docent|ontwikkelaar|chef de \w+))\b",
    re.IGNORECASE,
)
_GENERIC_SUBJECT = re.compile(
    r"^(?:re|aw|fw|fwd|wg|tr|rv|sv|antw)?\s*:?\s*(?:your |the )?(?:application|candidacy|"
    r"application (?:update|status)|update|feedback|outcome|status|thank you|thanks|"
    r"interview outcome|next steps|news|follow[- ]up|ihre bewerbung|votre candidature|"
    r"su candidatura|je sollicitatie)\b.{0,20}$",
    re.IGNORECASE,
)
REPLY_PREFIX = re.compile(
    r"^(?:\s*(?:re|aw|fw|fwd|wg|tr|rv|sv|antw|doorst)\s?:\s*)+", re.IGNORECASE
)

_ROLE_PATTERNS = [
    # (where, pattern, weight); the role is group 1.
    ("subject", rf"\b(?:application|applying|candidacy)\s+(?:for|as)\s+(?:the\s+|a\s+|an\s+)?"
     rf"(?:position of\s+|role of\s+|post of\s+)?{_ROLE_TEXT}"
     rf"(?:\s+{_ROLE_WORDS})?\s*(?:\bat\b|\bwith\b|,|\s[-–—|]\s|{_OPEN}|$)", 9),
    ("subject", rf"^(?:your\s+)?(?:application|update)\s*[:-]\s*{_ROLE_TEXT}"
     rf"\s*(?:\bat\b|\s[-–—|]\s|{_OPEN}|$)", 8),
    ("subject", rf"^{_ROLE_TEXT}\s+(?:at|with|bei|chez|bij)\s+[A-Z]", 6),
    ("body", rf"\bthe (?:position|role|post|vacancy) of\s+{_ROLE_TEXT}(?:\s+(?:at|with|in|here|"
     rf"within)\b|\.|{_OPEN}|,\s|$)", 9),
    ("body", rf"\b(?:for|to|as|in|on) (?:the|our|this|a|an)\s+{_ROLE_TEXT}\s+{_ROLE_WORDS}s?\b", 8),
    ("body", rf"\bthe\s+{_ROLE_TEXT}\s+{_ROLE_WORDS}\b", 6),
    ("body", rf"\b(?:application|applying|applied)\s+(?:for|as)\s+(?:the\s+|a\s+|an\s+)?"
     rf"((?-i:(?:{CAP_WORD}[ \t]+(?:{LINK_WORD}[ \t]+)*){{0,6}}{CAP_WORD}))", 7),
    ("both", rf"\b(?:Stelle|Position|Bewerbung|Tätigkeit)\s+(?:als|zur|zum)\s+{_ROLE_TEXT}"
     rf"(?:\s+(?:bei|in|an|im|und)\b|[,.]|{_OPEN}|\s+(?:nicht|leider|berücksichtigen)|$)", 8),
    ("both", rf"\b(?:poste|emploi) (?:de|d['’])\s*{_ROLE_TEXT}(?:\s+(?:chez|au sein|à|au)\b|"
     rf"[,.]|{_OPEN}|$)", 8),
    ("both", rf"\b(?:puesto|vacante|posición|plaza) de\s+{_ROLE_TEXT}(?:\s+(?:en|con|para)\b|"
     rf"[,.]|{_OPEN}|$)", 8),
    ("both", rf"\b(?:functie|vacature|rol) (?:van|als|voor)?\s*{_ROLE_TEXT}(?:\s+(?:bij|binnen|"
     rf"in|en)\b|[,.]|{_OPEN}|$)", 8),
]
_ROLE_RE = [(w, re.compile(p, re.IGNORECASE), n) for w, p, n in _ROLE_PATTERNS]


def has_role_noun(text: str) -> bool:
    return bool(ROLE_NOUNS.search(text))


def subject_parts(subject: str) -> list[str]:
    """The pieces of a 'Company - Role - feedback' subject that say something."""
    subject = _GENDER_NOTE.sub("", _REQ_ID.sub(" ", REPLY_PREFIX.sub("", subject)))
    parts = [p.strip() for p in re.split(r"\s+[-–—|]\s+|\s*:\s+", subject) if p.strip()]
    return [p for p in parts if not _GENERIC_SUBJECT.match(p)]


def clean_role(raw: str) -> str | None:
    text = _GENDER_NOTE.sub("", _REQ_ID.sub(" ", raw))
    text = _balanced(re.sub(r"\s+", " ", text).strip(" \t'\"“”‘’«».,;:!?-–—"))
    # "Volunteer Coordinator position at Riverside Food Bank": the employer goes.
    text = re.sub(r"\s+(?:at|with|bei|chez|bij)\s+[A-ZÀ-Þ].*$", "", text)
    previous = None
    while previous != text:
        previous = text
        text = _TRAILING.sub("", text).strip(" ,-–—")
    text = re.sub(r"^(?:the|a|an|our|this|le|la|el|de|het|een|der|die|das)\s+", "", text,
                  flags=re.IGNORECASE)
    text = re.sub(r"\s+(?:at|with|here|bei|chez|bij|en)$", "", text, flags=re.IGNORECASE)
    if not text or len(text) > 100 or len(text.split()) > 10 or _ROLE_STOP.search(text):
        return None
    if text.lower() in _NOT_ROLE:
        return None
    # "for the next opening": one lowercase word is a common word, not a title.
    if len(text.split()) == 1 and text.islower() and not has_role_noun(text):
        return None
    return text


_NOT_ROLE = frozenset(
    {"position", "role", "job", "post", "vacancy", "opportunity", "same", "next", "new",
     "other", "current", "future", "open", "following", "previous", "last", "first", "right",
     "ideal", "successful", "available", "suitable", "similar", "relevant", "recent"}
)


def _balanced(text: str) -> str:
    """Trailing and leading punctuation off, but a bracket only when it has
    no partner: "Cardiac ICU (Nights)" keeps its ")", "Nurse)" loses it."""
    previous = None
    while previous != text:
        previous = text
        opened = text.count("(") + text.count("[")
        closed = text.count(")") + text.count("]")
        if text[-1:] in ")]" and opened < closed:
            text = text[:-1]
        elif text[:1] in "([" and opened > closed:
            text = text[1:]
        elif text.count("(") > text.count(")"):
            # An unclosed "(Nights" left by a cut: the fragment goes.
            text = text[: text.rfind("(")]
        text = text.strip(" \t'\"“”‘’«».,;:!?-–—")
    return text


def role_guesses(subject: str, body: str) -> list[Guess]:
    guesses: list[Guess] = []
    bare_subject = _GENDER_NOTE.sub("", REPLY_PREFIX.sub("", subject))
    body = _GENDER_NOTE.sub("", body)
    for where, regex, weight in _ROLE_RE:
        texts = [bare_subject, body] if where == "both" else [
            bare_subject if where == "subject" else body]
        for text in texts:
            for m in regex.finditer(text):
                role = clean_role(m.group(1))
                if role:
                    bonus = 2 if has_role_noun(role) else 0
                    guesses.append(Guess(role, weight + bonus, where))
    for part in subject_parts(subject):
        role = clean_role(part)
        if role and has_role_noun(role) and len(role.split()) <= 8:
            # A subject that is only a title is the cleanest source there is.
            guesses.append(Guess(role, 8, "subject part"))
    return guesses
