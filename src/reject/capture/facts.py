"""Company and role from a message's subject, body, sender and signature.

Every rule proposes candidates with a weight for where it was found; the
heaviest wins. An applicant-tracking system or a team mailbox is never a
candidate, and an agency's "my client, X" outweighs everything, because then
the client is the company and the agency only the messenger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.headerregistry import Address

from reject.capture import senders

# A name as it appears in running text: capitalised words, with the small
# words names contain ("Bank of Scotland", "Müller & Söhne", "van der Berg").
# A dot only inside a token ("S.A.", "Co.uk"), so "Oak & Fern. It was" stops at "Fern".
_CAP = r"(?:[A-ZÀ-ÖØ-Þ0-9][\w'’&+-]*(?:\.\w+)*|&)"
_LINK = r"(?:of|and|for|the|de|du|des|la|le|van|der|den|von|für|und|y|del|et|da|di|&)"
ORG = rf"({_CAP}(?:\s+(?:{_LINK}\s+)*{_CAP}){{0,6}})"

_NOT_ORG = frozenset(
    {
        "we", "i", "our", "us", "you", "your", "unfortunately", "thank", "thanks", "please",
        "the", "this", "that", "it", "they", "he", "she", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december",
        "re", "fw", "fwd", "hr", "team", "dear", "hi", "hello", "all", "everyone", "today",
        "ihre", "ihr", "wir", "nous", "vous", "votre", "nosotros", "su", "uw", "wij", "u",
        "our team", "the team", "a", "an", "linkedin", "email", "e-mail", "interview",
    }
)

_BODY_COMPANY = [
    # (pattern, weight). The organisation follows a preposition that only
    # ever introduces an employer in a rejection.
    (rf"\b(?:my|our) client,?\s+{ORG}", 10),
    (rf"\bclient\s+{ORG}\s+(?:has|have|decided|is|are|was|were)\b", 9),
    (rf"\bon behalf of\s+{ORG}", 8),
    (rf"\b(?:application|applying|applied)\s+(?:to|with|at)\s+{ORG}", 8),
    (rf"\b(?:position|role|job|post|vacancy|opening|opportunity|roles|positions)\s+"
     rf"(?:here\s+)?(?:at|with|within)\s+{ORG}", 8),
    (rf"\binterest in (?:joining|working (?:at|with|for))\s+{ORG}", 8),
    (rf"\b(?:role|position|post|job|vacancy) of\s+[^.\n]{{2,80}}?\s+(?:at|with)\s+(?:the\s+)?{ORG}",
     8),
    (rf"\b(?:interest in|considering|join|joining|consideration at|consideration by)\s+{ORG}", 6),
    (rf"\b(?:here at|everyone at|the team at|team here at|us at|all of us at)\s+{ORG}", 7),
    (rf"\b(?:at|with)\s+{ORG}\s+(?:and|but)\s+(?:we|I)\b", 5),
    (rf"\bthe\s+{ORG}\s+(?:team|hiring team|recruiting team|talent team|family)\b", 6),
    (rf"\b(?:Bewerbung|Interesse)\s+(?:bei|an)\s+(?:der\s+|dem\s+|den\s+)?{ORG}", 8),
    (rf"\b(?:bei|an)\s+(?:der\s+|dem\s+)?{ORG}\s+(?:beworben|interessiert)", 7),
    (rf"\b(?:chez|au sein de(?: la| l'|l’)?|pour (?:rejoindre|intégrer))\s+{ORG}", 8),
    (rf"\b(?:candidatura|interés|interes)\s+(?:en|a|para|con)\s+{ORG}", 8),
    (rf"\b(?:trabajar|formar parte)\s+(?:en|de|con)\s+{ORG}", 7),
    (rf"\b(?:sollicitatie|interesse)\s+(?:bij|in|voor)\s+(?:de\s+|het\s+)?{ORG}", 8),
    (rf"\b(?:werken bij|bij ons,?)\s+{ORG}", 6),
]
_BODY_COMPANY_RE = [(re.compile(p), w) for p, w in _BODY_COMPANY]

_SUBJECT_COMPANY = [
    (rf"\b(?:at|with|bei|chez|bij|en)\s+{ORG}\s*(?:[-–—|:(]|$)", 8),
    (rf"\b(?:application|applying|candidature|Bewerbung|candidatura|sollicitatie)\s+"
     rf"(?:to|with|at|bei|chez|en|bij)\s+(?:der\s+|de\s+)?{ORG}", 9),
    (rf"^(?:Your\s+)?{ORG}\s+(?:application|candidacy)\b", 7),
    (rf"^(?:Update|News|A note|Message)\s+from\s+{ORG}", 7),
    (rf"^{ORG}\s*:\s", 5),
]
_SUBJECT_COMPANY_RE = [(re.compile(p), w) for p, w in _SUBJECT_COMPANY]

AGENCY_CUE = re.compile(
    r"\b(?:my|our) client\b|\bon behalf of (?:my|our) client|\bthe client\b|\bunser(?:em)? "
    r"Kunden?\b|\bnotre client\b|\bnuestro cliente\b|\bonze (?:klant|opdrachtgever)\b",
    re.IGNORECASE,
)


# A recruitment agency names itself so ("Carewell Recruitment Ltd", "Sterling
# Search Partners"): then its own name is the messenger, never the company.
# An in-house team signs "Hollins Recruitment"; an agency is a business of its
# own ("... Recruitment Ltd") or says what it is ("Staffing", "Search Partners").
AGENCY_NAME = re.compile(
    r"(?i:(?:recruitment|recruiting|personnel|resourcing)\s+(?:ltd|limited|llc|inc|gmbh|"
    r"group|agency|solutions|consultancy|consultants|partners|services)\b|staffing|"
    r"headhunt|executive search|talent partners|search partners)"
)
_AGENCY_DOMAIN = re.compile(r"recruit|staffing|personnel|resourcing|headhunt|search|talent")


@dataclass(frozen=True)
class Guess:
    value: str
    weight: int
    source: str


def clean_org(raw: str) -> str | None:
    """A candidate organisation with team words, possessives and trailing
    small words taken off; None if nothing that could be a company is left."""
    text = raw.strip(" \t'\"“”‘’.,;:!?()[]")
    text = re.sub(r"['’]s$", "", text)
    words = text.split()
    team = senders.TEAM_WORDS | {"team", "the", "group"}
    while words and (words[-1].lower().strip(".,") in team | {"and", "of", "for", "&", "on"}):
        if words[-1].lower() == "group" and len(words) > 1 and words[-2][0].isupper():
            break
        words.pop()
    while words and words[0].lower() in {"the", "der", "die", "das", "la", "le", "el", "de"}:
        if len(words) > 1 and words[0] == "The" and senders.ORG_SUFFIXES.search(text):
            break
        words.pop(0)
    text = " ".join(words)
    if not text or text.lower() in _NOT_ORG or senders.mentions_ats(text):
        return None
    if words[0].lower() in _NOT_ORG and len(words) == 1:
        return None
    return text if len(text) <= 80 else None


def _org_from_display(name: str) -> str | None:
    """'Acme Careers' -> 'Acme', 'Jane from Acme' -> 'Acme', 'Acme via Greenhouse' -> 'Acme'."""
    name = senders.normal_person_name(name) if "," not in name else name.strip()
    for pattern in (r"\b(?:from|at|@|bei|chez)\s+(.+)$", r"^(.+?)\s+via\s+.+$"):
        match = re.search(pattern, name)
        if match:
            return clean_org(match.group(1))
    parts = [p.strip() for p in re.split(r"\s[|·•–—-]\s|\s*\|\s*", name) if p.strip()]
    if len(parts) > 1:
        for part in parts:
            if not senders.looks_like_person(part) and not _all_team(part):
                return clean_org(part)
        return None
    if senders.is_team_name(name) or senders.ORG_SUFFIXES.search(name):
        return clean_org(name)
    return None


def _all_team(text: str) -> bool:
    words = re.findall(r"\w+", text.lower())
    return bool(words) and all(w in senders.TEAM_WORDS | {"the", "and", "of"} for w in words)


def compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", senders.strip_accents(text).lower())


def matches_domain(name: str, domain: str) -> bool:
    """Whether an organisation's name and a mail domain are the same place:
    'Hillside Primary School' ~ hillsideprimary.sch.uk, 'Physiotherapie am
    See' ~ physio-am-see.de, 'Greaves Whitfield LLP' ~ greaveswhitfield.co.uk."""
    if not domain or senders.is_ats_domain(domain) or senders.is_free_mail(domain):
        return False
    key = compact(name)
    words = [compact(w) for w in re.findall(r"[\w'’]+", name) if compact(w)]
    for raw_label in senders.domain_labels(domain)[:-1]:
        label = compact(raw_label)
        if len(label) < 3 or len(key) < 3 or label in _GENERIC_LABELS:
            continue
        if key.startswith(label) or label.startswith(key) or (len(key) >= 4 and key in label):
            return True
        if len(label) >= 4 and label in key:
            return True
        parts = [compact(p) for p in raw_label.split("-") if compact(p)]
        if len(parts) > 1 and _prefixes_in_order(parts, words):
            return True
        initials = "".join(w[0] for w in words if w not in {"of", "and", "the", "for", "de", "la"})
        if len(initials) >= 2 and label == initials:
            return True
    return False


_GENERIC_LABELS = frozenset({"mail", "email", "www", "com", "org", "net", "gov", "nhs", "ac", "co"})


def _prefixes_in_order(parts: list[str], words: list[str]) -> bool:
    i = 0
    for part in parts:
        while i < len(words) and not words[i].startswith(part):
            i += 1
        if i == len(words):
            return False
        i += 1
    return True


def _signature_orgs(signature: str, domain: str) -> list[Guess]:
    guesses: list[Guess] = []
    for line in signature.split("\n")[:10]:
        line = line.strip()
        if not line or "@" in line or "http" in line or re.search(r"\d{3}", line):
            continue
        for part in re.split(r"\s[|·•–—-]\s|\s*\|\s*|,\s+|\s+at\s+", line):
            org = clean_org(part)
            if not org or len(org.split()) > 7 or not org[0].isupper() or has_role_noun(org):
                continue
            if matches_domain(org, domain):
                guesses.append(Guess(org, 6, "signature"))
            elif senders.ORG_SUFFIXES.search(org):
                guesses.append(Guess(org, 5, "signature"))
    return guesses


def company_guesses(
    subject: str, body: str, signature: str, sender: Address | None, display: str
) -> list[Guess]:
    guesses: list[Guess] = []
    domain = sender.domain if sender else ""
    subject = _PREFIX.sub("", subject)
    for regex, weight in _SUBJECT_COMPANY_RE:
        for m in regex.finditer(subject):
            org = clean_org(m.group(1))
            if org:
                guesses.append(Guess(org, weight, "subject"))
    for regex, weight in _BODY_COMPANY_RE:
        for m in regex.finditer(body):
            org = clean_org(m.group(1))
            if org:
                guesses.append(Guess(org, weight, "body"))
    agency = bool(AGENCY_CUE.search(body)) or bool(
        AGENCY_NAME.search(display) or AGENCY_NAME.search(signature)
        or (bool(domain) and not senders.is_ats_domain(domain)
            and bool(_AGENCY_DOMAIN.search(domain.rsplit(".", 2)[0])))
    )
    if display and not agency:
        org = _org_from_display(display)
        # A tracking system sends in the employer's name: "Ledgerly <no-reply@ashbyhq.com>".
        system = sender is not None and senders.is_system_address(sender)
        if org is None and system and not senders.looks_like_person(display, sender):
            org = clean_org(display)
        if org:
            guesses.append(Guess(org, 7, "sender name"))
    for part in subject_parts(subject):
        org = clean_org(part)
        if org and not has_role_noun(org):
            guesses.append(Guess(org, 3, "subject part"))
    if not agency:
        guesses.extend(_signature_orgs(signature, domain))
        from_domain = senders.company_from_domain(domain) if domain else None
        if from_domain:
            guesses.append(Guess(from_domain, 1, "sender domain"))
    if domain and not agency:
        guesses = [
            Guess(g.value, g.weight + 3, g.source) if matches_domain(g.value, domain) else g
            for g in guesses
        ]
    return guesses


def best(guesses: list[Guess], *, fullest: bool = False) -> Guess | None:
    """The strongest guess. Guesses that agree (the same name, or one the
    start of the other: 'graduate' and 'Graduate Civil Engineer') pool their
    evidence and the fullest form is kept, except that a company keeps the
    name it gives itself in the From line when it gave one."""
    if not guesses:
        return None
    scored: list[tuple[int, int, Guess]] = []
    for index, guess in enumerate(guesses):
        key = compact(guess.value)
        allies = [g for g in guesses if _agrees(key, compact(g.value))]
        sources = {g.source for g in allies}
        top = max(g.weight for g in allies)
        if fullest:
            kept = max(allies, key=lambda g: (len(g.value), g.weight)).value
        else:
            # How the organisation names itself in its From line beats a
            # shortened mention in the text; otherwise the fullest form.
            own = [g for g in allies if g.source == "sender name"]
            kept = (own[0] if own else max(allies, key=lambda g: (len(g.value), g.weight))).value
        scored.append((top + 2 * (len(sources) - 1), -index, Guess(kept, top, guess.source)))
    return max(scored, key=lambda item: (item[0], item[1]))[2]


def _agrees(a: str, b: str) -> bool:
    return bool(a and b) and (a == b or (len(a) >= 4 and len(b) >= 4 and (
        a.startswith(b) or b.startswith(a))))


# ---- role ------------------------------------------------------------------

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
_TRAILING = re.compile(
    r"\s+(?:position|role|post|vacancy|opening|job|opportunity|application|interview|"
    r"trial|feedback|outcome|update|status|application status)$",
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
_PREFIX = re.compile(r"^(?:\s*(?:re|aw|fw|fwd|wg|tr|rv|sv|antw|doorst)\s?:\s*)+", re.IGNORECASE)

_ROLE_PATTERNS = [
    # (where, pattern, weight); the role is group 1.
    ("subject", rf"\b(?:application|applying|candidacy)\s+(?:for|as)\s+(?:the\s+|a\s+|an\s+)?"
     rf"(?:position of\s+|role of\s+|post of\s+)?{_ROLE_TEXT}"
     rf"(?:\s+{_ROLE_WORDS})?\s*(?:\bat\b|\bwith\b|,|\s[-–—|]\s|\(|$)", 9),
    ("subject", rf"^(?:your\s+)?(?:application|update)\s*[:-]\s*{_ROLE_TEXT}"
     rf"\s*(?:\bat\b|\s[-–—|]\s|\(|$)", 8),
    ("subject", rf"^{_ROLE_TEXT}\s+(?:at|with|bei|chez|bij)\s+[A-Z]", 6),
    ("body", rf"\bthe (?:position|role|post|vacancy) of\s+{_ROLE_TEXT}(?:\s+(?:at|with|in|here|"
     rf"within)\b|[.(]|,\s|$)", 9),
    ("body", rf"\b(?:for|to|as|in|on) (?:the|our|this|a|an)\s+{_ROLE_TEXT}\s+{_ROLE_WORDS}s?\b", 8),
    ("body", rf"\bthe\s+{_ROLE_TEXT}\s+{_ROLE_WORDS}\b", 6),
    ("body", rf"\b(?:application|applying|applied)\s+(?:for|as)\s+(?:the\s+|a\s+|an\s+)?"
     rf"((?-i:(?:{_CAP}[ \t]+(?:{_LINK}[ \t]+)*){{0,6}}{_CAP}))", 7),
    ("both", rf"\b(?:Stelle|Position|Bewerbung|Tätigkeit)\s+(?:als|zur|zum)\s+{_ROLE_TEXT}"
     rf"(?:\s+(?:bei|in|an|im|und)\b|[,.(]|\s+(?:nicht|leider|berücksichtigen)|$)", 8),
    ("both", rf"\b(?:poste|emploi) (?:de|d['’])\s*{_ROLE_TEXT}(?:\s+(?:chez|au sein|à|au)\b|"
     rf"[,.(]|$)", 8),
    ("both", rf"\b(?:puesto|vacante|posición|plaza) de\s+{_ROLE_TEXT}(?:\s+(?:en|con|para)\b|"
     rf"[,.(]|$)", 8),
    ("both", rf"\b(?:functie|vacature|rol) (?:van|als|voor)?\s*{_ROLE_TEXT}(?:\s+(?:bij|binnen|"
     rf"in|en)\b|[,.(]|$)", 8),
]
_ROLE_RE = [(w, re.compile(p, re.IGNORECASE), n) for w, p, n in _ROLE_PATTERNS]


def has_role_noun(text: str) -> bool:
    return bool(ROLE_NOUNS.search(text))


def subject_parts(subject: str) -> list[str]:
    """The pieces of a 'Company - Role - feedback' subject that say something."""
    subject = _GENDER_NOTE.sub("", _REQ_ID.sub(" ", _PREFIX.sub("", subject)))
    parts = [p.strip() for p in re.split(r"\s+[-–—|]\s+|\s*:\s+", subject) if p.strip()]
    return [p for p in parts if not _GENERIC_SUBJECT.match(p)]


def clean_role(raw: str) -> str | None:
    text = _GENDER_NOTE.sub("", _REQ_ID.sub(" ", raw))
    text = re.sub(r"\s+", " ", text).strip(" \t'\"“”‘’«».,;:!?()[]-–—")
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
    if text.lower() in {"position", "role", "job", "post", "vacancy", "opportunity", "same"}:
        return None
    return text


def role_guesses(subject: str, body: str) -> list[Guess]:
    guesses: list[Guess] = []
    bare_subject = _PREFIX.sub("", subject)
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
            guesses.append(Guess(role, 6, "subject part"))
    return guesses
