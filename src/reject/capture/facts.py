"""The company from a message's subject, body, sender and signature.

Every rule proposes candidates with a weight for where it was found; the
heaviest wins. An applicant-tracking system or a team mailbox is never a
candidate, and an agency's "my client, X" outweighs everything, because then
the client is the company and the agency only the messenger.
"""

from __future__ import annotations

import re
from email.headerregistry import Address

from reject.capture import senders
from reject.capture.guesses import ORG, Guess, compact
from reject.capture.roles import REPLY_PREFIX, has_role_noun, subject_parts

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
    # Sentence-initial "My client, X," too: the cue words ignore case, the name does not.
    (rf"\b(?i:my|our) client,?\s+{ORG}", 10),
    (rf"\bclient\s+{ORG}\s+(?:has|have|decided|is|are|was|were)\b", 9),
    (rf"\bon behalf of\s+{ORG}", 8),
    # A recruiter passing on the client's answer.
    (rf"\b(?:heard back from|had feedback from|feedback from|spoken (?:to|with)|"
     rf"spoke (?:to|with)|update from)\s+(?:the team at\s+)?{ORG}", 6),
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
# A firm's name ending in what agencies call themselves. "Search" and
# "Staffing" say it alone; "Recruitment" or "Associates" is also what an
# in-house team or a law firm signs, so those need a recruiter's words too.
_AGENCY_FIRM_STRONG = re.compile(r"^[A-Z][\w&'’ -]{1,60}\s(?:Search|Staffing|Headhunters)"
                                 r"(?:\s+(?:Ltd|Limited|LLP|LLC|Inc|Partners|Group))?\.?$")
_AGENCY_FIRM_WEAK = re.compile(r"^[A-Z][\w&'’ -]{1,60}\s(?:Recruitment|Recruiting|Resourcing|"
                               r"Personnel|Associates|Talent)(?:\s+(?:Ltd|Limited|LLP|LLC|Inc|"
                               r"Partners|Group))?\.?$")
_RECRUITER_WORDS = re.compile(
    r"\b(?:(?:recruitment|senior|principal|managing|associate|search)?\s?consultant|"
    r"headhunter|heard back from|put you forward|submitted you|shortlisted candidates|"
    r"other firms|other clients|the client|they've decided|they have decided)\b",
    re.IGNORECASE,
)


def agency_signature(signature: str, body: str) -> bool:
    """Whether the writer signs as a recruiting firm ('Pemberton Legal Search')."""
    for line in signature.split("\n")[:10]:
        line = line.strip()
        if _AGENCY_FIRM_STRONG.match(line):
            return True
        if _AGENCY_FIRM_WEAK.match(line) and _RECRUITER_WORDS.search(signature + "\n" + body):
            return True
    return False


_AGENCY_DOMAIN = re.compile(r"recruit|staffing|personnel|resourcing|headhunt|search|talent")


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
    # A separator left at the end once the team words are gone:
    # "Maison Delorme - Recrutement" -> "Maison Delorme -" -> "Maison Delorme".
    text = " ".join(words).rstrip(" -–—|·")
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
    subject = REPLY_PREFIX.sub("", subject)
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
        or agency_signature(signature, body)
        or (bool(domain) and not senders.is_ats_domain(domain)
            and bool(_AGENCY_DOMAIN.search(domain.rsplit(".", 2)[0])))
    )
    if display and not agency:
        org = _org_from_display(display)
        # A tracking system sends in the employer's name: "Ledgerly <no-reply@ashbyhq.com>".
        system = sender is not None and senders.is_system_address(sender)
        if org is None and system and not senders.looks_like_person(display, sender) and (
            not senders.signed_by_person(display, signature)
        ):
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








