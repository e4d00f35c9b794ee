"""Form letter or personal reply, from the words and the sender.

A form letter is the same text sent to many people: it is built from stock
phrases and often comes from a tracking system or a no-reply box. A personal
reply talks about this person's process: their interview, the panel, a
specific strength or gap, an offer to talk. When the signs are weak or
balanced the answer is None, because a wrong guess is worse than a question.

The phrase lists are the documentation: each is a fragment matched in the
lower-cased text with straight quotes, British and American spellings both
listed where they differ.
"""

from __future__ import annotations

import re

FORM_PHRASES = (
    # English
    "decided to move forward with other candidates",
    "decided to move forward with another candidate",
    "move forward with candidates whose",
    "moving forward with other candidates",
    "proceed with other candidates",
    "pursue other candidates",
    "decided to pursue other",
    "more closely match",
    "more closely matches",
    "more closely aligned",
    "more closely align",
    "better match our current",
    "after careful consideration",
    "after careful review",
    "high volume of applications",
    "large number of applications",
    "large number of applicants",
    "high number of applications",
    "a very competitive field",
    "extremely competitive",
    "highly competitive",
    "we will keep your details on file",
    "keep your cv on file",
    "keep your resume on file",
    "keep your résumé on file",
    "keep your information on file",
    "retain your details",
    "retain your application",
    "keep your profile in our",
    "in our talent pool",
    "in our talent community",
    "encourage you to apply for future",
    "encourage you to keep an eye",
    "future opportunities that match",
    "future openings",
    "wish you every success in your job search",
    "wish you the best of luck in your job search",
    "wish you success in your search",
    "best of luck in your search",
    "we are unable to provide individual feedback",
    "unable to provide feedback",
    "not able to provide individual feedback",
    "cannot provide feedback",
    "due to the volume",
    "not been successful on this occasion",
    "not successful on this occasion",
    "unsuccessful on this occasion",
    "not been shortlisted",
    "not to progress your application",
    "will not be progressing your application",
    "not be taking your application further",
    "regret to inform you",
    "sorry to inform you",
    "on this occasion",
    "we appreciate your interest in",
    "thank you for your interest in",
    "thank you for taking the time to apply",
    "thank you for applying",
    "this is an automated",
    "please do not reply",
    # German
    "nach sorgfältiger prüfung",
    "nach eingehender prüfung",
    "für andere kandidat",
    "für einen anderen kandidat",
    "für andere bewerber",
    "nicht berücksichtigen",
    "in unserem talentpool",
    "vielzahl von bewerbungen",
    "viel erfolg bei ihrer weiteren",
    # French
    "après examen attentif",
    "après une étude attentive",
    "ne pouvons pas donner une suite favorable",
    "pas donner suite",
    "d'autres candidats",
    "d'autres profils",
    "correspondent davantage",
    "nombre important de candidatures",
    "dans notre vivier",
    "bonne continuation dans vos recherches",
    # Spanish
    "tras una cuidadosa consideración",
    "tras revisar detenidamente",
    "hemos decidido continuar con otros candidatos",
    "otros candidatos",
    "se ajustan más",
    "gran número de candidaturas",
    "mucha suerte en su búsqueda",
    "conservaremos su cv",
    # Dutch
    "na zorgvuldige overweging",
    "andere kandidaten",
    "beter aansluiten",
    "groot aantal sollicitaties",
    "veel succes met je zoektocht",
    "veel succes bij uw verdere zoektocht",
    "in onze talentpool",
)

PERSONAL_PHRASES = (
    "your interview",
    "interviewed you",
    "the panel",
    "the interviewers",
    "your presentation",
    "your case study",
    "your portfolio",
    "your lesson",
    "your teaching",
    "your sample lesson",
    "you did well",
    "you came across",
    "we were impressed",
    "i was impressed",
    "really enjoyed",
    "enjoyed meeting you",
    "enjoyed speaking with you",
    "enjoyed talking",
    "great to meet you",
    "lovely to meet you",
    "i wanted to let you know",
    "i wanted to tell you",
    "wanted to be honest",
    "to be honest",
    "i'm sorry",
    "i am sorry",
    "happy to talk",
    "happy to chat",
    "happy to jump on a call",
    "give me a call",
    "feel free to call",
    "the feedback from",
    "feedback from the",
    "the hiring manager",
    "came down to",
    "it was a close",
    "very close decision",
    "tough decision",
    "difficult decision",
    "stronger experience in",
    "more experience with",
    "more experience in",
    "the other candidate",
    "the successful candidate",
    "narrowly",
    "second place",
    # German, French, Spanish, Dutch
    "ihr vorstellungsgespräch",
    "im gespräch",
    "votre entretien",
    "lors de l'entretien",
    "su entrevista",
    "en la entrevista",
    "je gesprek",
    "het gesprek",
)

_NORMALISE = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def _count(text: str, phrases: tuple[str, ...]) -> int:
    return sum(1 for p in phrases if p in text)


def guess_kind(body: str, *, system_sender: bool, replied_thread: bool) -> str | None:
    """'form', 'personal' or None. ``replied_thread`` is a message that quotes
    an earlier one: people answer a form letter, systems do not. A person's
    own address and their writing as "I" each count a little for personal."""
    text = re.sub(r"\s+", " ", body.translate(_NORMALISE).lower())
    form = _count(text, FORM_PHRASES) + (2 if system_sender else 0)
    personal = _count(text, PERSONAL_PHRASES) + (2 if replied_thread else 0)
    if not system_sender:
        personal += 1
        if re.search(r"\b(?:i|i'm|i've|i'd|me|my|mine)\b", text):
            personal += 1
    if form >= 2 and form > personal:
        return "form"
    if personal >= 2 and personal > form:
        return "personal"
    return None
