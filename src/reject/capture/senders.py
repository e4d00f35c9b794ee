"""Who sent a message: an applicant-tracking system, a shared mailbox, or a person.

A rejection usually comes from a system (Greenhouse, Workday, a "no-reply" or
"careers" box) whose name must never become the company, or from a person
whose name and address are the contact. These lists are the judgement calls;
they are data so they can grow without touching the rules.
"""

from __future__ import annotations

import re
from email.headerregistry import Address

# Applicant-tracking systems and job boards, by a word in their brand or their
# mail domain. Matched as whole words against display names and as domain
# labels against addresses.
ATS_NAMES = frozenset(
    {
        "greenhouse", "lever", "workday", "myworkday", "myworkdayjobs", "ashby", "ashbyhq",
        "smartrecruiters", "icims", "teamtailor", "workable", "workablemail", "bamboohr",
        "personio", "recruitee", "jazzhr", "applytojob", "taleo", "successfactors", "sapsf",
        "jobvite", "breezy", "breezyhr", "pinpoint", "pinpointhq", "recruiterbox", "hirehive",
        "hibob", "rippling", "gem", "eightfold", "phenom", "phenompeople", "avature",
        "oraclecloud", "ukg", "ultipro", "dayforce", "ceridian", "paycom", "paylocity",
        "hiringthing", "softgarden", "dvinci", "rexx", "kenjo", "comeet", "fountain", "apploi",
        "trac", "tes", "indeed", "linkedin", "glassdoor", "ziprecruiter", "reed", "totaljobs",
        "stepstone", "seek", "welcometothejungle", "join", "homerun", "manatal", "zoho",
        "zohorecruit", "freshteam", "jobadder", "bullhorn", "vincere", "beamery", "cornerstone",
        "csod", "hirebridge", "njoyn", "peoplefluent", "kenexa", "brassring", "talentlink",
        "lumesse", "networx", "jobtrain", "eploy", "oleeo", "tribepad", "hireroad", "occupop",
        "mailgun", "sendgrid", "mandrillapp", "amazonses", "hubspot", "mailchimp",
    }
)

# Second-level domains that belong to nobody in particular (free mail), so the
# domain says nothing about the company.
FREE_MAIL = frozenset(
    {
        "gmail", "googlemail", "outlook", "hotmail", "live", "msn", "yahoo", "icloud", "me",
        "mac", "aol", "proton", "protonmail", "pm", "gmx", "web", "t-online", "orange",
        "free", "laposte", "wanadoo", "libero", "fastmail", "zoho", "yandex", "mail",
        "btinternet", "sky", "ziggo", "kpnmail", "telenet", "hey",
    }
)

# Local parts (or words in them) of shared and robot mailboxes, in several
# languages. "hr" and "jobs" are whole-token matches so "chris@" stays a person.
SYSTEM_LOCAL_WORDS = frozenset(
    {
        "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply",
        "notreply", "mailer", "daemon", "postmaster", "notifications", "notification",
        "notify", "alerts", "automated", "system", "bounce", "careers", "career", "jobs",
        "job", "talent", "recruiting", "recruitment", "recruiter", "recruiters", "hr",
        "hiring", "people", "peopleteam", "applications", "application", "apply",
        "applicants", "candidates", "candidate", "team", "info", "hello", "contact",
        "admin", "vacancies", "vacancy", "staffing", "resourcing", "personnel",
        "humanresources", "bewerbung", "bewerbungen", "karriere", "jobs-de", "emploi",
        "recrutement", "rh", "carrieres", "vacatures", "sollicitaties", "werkenbij",
        "empleo", "empleos", "seleccion", "rrhh", "talentacquisition", "ta", "inbox",
    }
)

# Words that mark a display name or signature line as an organisation's or a
# team's, never a person's.
TEAM_WORDS = frozenset(
    {
        "team", "careers", "career", "recruiting", "recruitment", "talent", "acquisition",
        "hiring", "hr", "people", "jobs", "human", "resources", "notifications",
        "karriere", "personalabteilung", "recrutement", "rh", "selección", "seleccion",
        "rrhh", "werving", "selectie", "vacatures", "via", "noreply", "no-reply",
        "department", "office", "admissions", "resourcing", "staffing", "personnel",
    }
)

# Endings that make a name an organisation (for signatures and display names).
ORG_SUFFIXES = re.compile(
    r"\b(?:Inc|Inc\.|LLC|LLP|Ltd|Ltd\.|Limited|plc|PLC|GmbH|AG|SE|SA|SAS|SARL|S\.A\.|"
    r"S\.L\.|B\.V\.|BV|N\.V\.|NV|Co\.|Corp|Corporation|Company|Group|Holdings|"
    r"Partners|Associates|Trust|Foundation|University|College|School|Academy|Council|"
    r"Hospital|Clinic|Institute|Agency|Authority|Department|Ministry|Bank|Studio|Studios|"
    r"Labs|Hotel|Hotels|Resort|Restaurants?|Solicitors|Consulting|Systems|Technologies|"
    r"Health|Healthcare|Services|Bureau|Gemeente|Stadt|Universität|Université|Universidad|"
    r"Hochschule|Krankenhaus|Klinikum|Hôpital|Mairie|Ayuntamiento)\b"
)

_TOKEN = re.compile(r"[a-z0-9]+")


def domain_labels(domain: str) -> list[str]:
    return [p for p in domain.lower().split(".") if p]


def is_ats_domain(domain: str) -> bool:
    labels = domain_labels(domain)
    return any(
        label in ATS_NAMES or label.split("-")[0] in ATS_NAMES for label in labels[:-1]
    ) or any(label.endswith(("-mail", "mail")) and label[:-5] in ATS_NAMES for label in labels)


def is_free_mail(domain: str) -> bool:
    labels = domain_labels(domain)
    return len(labels) >= 2 and labels[-2] in FREE_MAIL or (
        len(labels) >= 3 and labels[-3] in FREE_MAIL and labels[-2] in {"co", "com"}
    )


def is_system_local(local: str) -> bool:
    low = local.lower()
    if low in SYSTEM_LOCAL_WORDS:
        return True
    compact = re.sub(r"[^a-z]", "", low)
    if compact.startswith(("noreply", "donotreply", "notreply", "mailer")):
        return True
    return any(tok in SYSTEM_LOCAL_WORDS for tok in re.split(r"[._+\-]", low) if tok)


def is_system_address(addr: Address) -> bool:
    """A robot, a shared box or an applicant-tracking system: not a contact."""
    return is_system_local(addr.username) or is_ats_domain(addr.domain)


def mentions_ats(text: str) -> bool:
    """A display name that names a tracking system ("Acme via Greenhouse")."""
    return any(
        tok in ATS_NAMES and tok not in _AMBIGUOUS_BRANDS for tok in _TOKEN.findall(text.lower())
    )


# Brands that are also ordinary words or surnames ("Jane Reed", "join us"):
# only their mail domains count, never the word in a name.
_AMBIGUOUS_BRANDS = frozenset(
    {"lever", "gem", "reed", "seek", "tes", "join", "trac", "fountain", "phenom", "breezy",
     "hey", "workable", "homerun", "pinpoint", "rippling", "indeed"}
)


def is_team_name(name: str) -> bool:
    tokens = set(_TOKEN.findall(name.lower()))
    return bool(tokens & TEAM_WORDS) or mentions_ats(name)


_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*$|^(?:van|de|der|den|von|da|di|del|la|le|du)$")


def looks_like_person(name: str, addr: Address | None = None) -> bool:
    """A display name that is a person's: two to four name-like words, no team
    or organisation word, and (when the address is known) not a robot box."""
    name = normal_person_name(name)
    words = name.split()
    if not 1 <= len(words) <= 4 or is_team_name(name) or ORG_SUFFIXES.search(name):
        return False
    if not all(_NAME_WORD.match(w) for w in words):
        return False
    if addr is not None and is_system_address(addr) and not _name_in_local(words, addr):
        return False
    if len(words) == 1:
        # A lone word is a person only if the address agrees ("jane@acme.com").
        return addr is not None and _name_in_local(words, addr)
    return True


def _name_in_local(words: list[str], addr: Address) -> bool:
    local = re.sub(r"[^a-z]", "", addr.username.lower())
    return any(len(w) > 1 and strip_accents(w.lower()) in local for w in words)


_HONORIFIC = re.compile(
    r"^(?:(?:Prof|Dr|Mr|Mrs|Ms|Mx|Miss|Sir|Dame|Herr|Frau|Mme|Mlle|M|Sr|Sra|Dhr|Mevr|"
    r"Dipl\.-Ing|Ing|Mag|Univ\.-Prof|PD)\.?\s+)+"
)


def normal_person_name(name: str) -> str:
    """'Doe, Jane' -> 'Jane Doe'; 'Hoffmann, Prof. Dr. Stefan' -> 'Stefan
    Hoffmann'; quotes, titles and stray spaces gone."""
    name = " ".join(name.strip().strip("'\"").split())
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        first = _HONORIFIC.sub("", first)
        if last and first and " " not in last:
            name = f"{first} {last}"
    return _HONORIFIC.sub("", name).strip() or name


def signed_by_person(display: str, signature: str) -> str | None:
    """The person's name when a display name is a person's and the letter is
    signed with it ('Sabine Köhler <noreply@...>' signing 'Sabine Köhler')."""
    name = normal_person_name(display)
    if not display or not looks_like_person(name):
        return None
    lines = [normal_person_name(ln.strip()).casefold() for ln in signature.split("\n")[:6]]
    key = name.casefold()
    return name if any(ln == key or ln.endswith(" " + key) for ln in lines) else None


def strip_accents(text: str) -> str:
    import unicodedata

    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )


def company_from_domain(domain: str) -> str | None:
    """The organisation a mail domain names ('northwind-health.co.uk' ->
    'Northwind Health'), or None for free mail and tracking systems."""
    if is_free_mail(domain) or is_ats_domain(domain):
        return None
    labels = domain_labels(domain)[:-1]  # the top-level domain says nothing
    while labels and labels[-1] in _GENERIC_SLD:
        labels.pop()
    if not labels or labels[-1] in _GENERIC_SLD or labels[-1] in SYSTEM_LOCAL_WORDS:
        return None
    return " ".join(part.capitalize() for part in re.split(r"[-_]", labels[-1]) if part)


# Second levels under a country code (co.uk, ac.uk, com.au, gouv.fr ...).
_GENERIC_SLD = frozenset(
    {"co", "com", "ac", "gov", "org", "net", "edu", "sch", "gv", "gob", "gouv", "ltd", "plc",
     "mail", "email", "e-mail", "mx", "smtp"}
)
