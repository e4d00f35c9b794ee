"""The wording of a request for more detailed feedback.

A request that reads as written for this one person gets answered more
often than a template, so the draft changes with what is known:

* the greeting uses the contact's first name ("Hello Jane,"), or a title
  and surname when that is all there is ("Hello Dr Patel,"); a team address
  ("Talent Acquisition") gets a plain "Hello,";
* how far the process got: early (application, screen, assessment), the
  interviews, or the final stage (an offer withdrawn counts as final);
* what came back (``form_letters`` tells): real feedback is thanked by its
  topic and gets one specific follow-up question about it; a form letter,
  an empty reply or silence gets a short, open question instead;
* it is signed with the person's name and email from their profile.

The topic is named by the plan's theme vocabulary, never by quoting the
journal: a note the person wrote in their own words ("said my SQL was
weak") must not be sent back to the employer.
"""

from __future__ import annotations

from dataclasses import dataclass

from reject.choices import Kind, ProcessStage
from reject.form_letters import Reply, combined
from reject.insights.themes import CIRCUMSTANCES, Vocabulary, feedback_text
from reject.model import Rejection

EARLY = (ProcessStage.application, ProcessStage.screen, ProcessStage.assessment)
FINAL = (ProcessStage.final, ProcessStage.offer)

_TITLE_TEXT = "dr mr mrs ms miss mx prof professor sir dame"
_TITLES = frozenset(_TITLE_TEXT.split())
# Words that make a contact a team or a mailbox rather than a person.
_TEAM_TEXT = """
    team hr recruitment recruiting recruiter recruiters talent careers hiring people
    acquisition resourcing human resources jobs admissions office department
"""
_TEAM_WORDS = frozenset(_TEAM_TEXT.split())


@dataclass(frozen=True)
class Facts:
    """What the draft depends on, worked out once (and shown by tests)."""

    tier: str  # "early", "interview", "final" or "unknown"
    reply: str  # "real", "form" (a stock letter or nothing) or "ghosted"
    topic: str | None  # the theme real feedback was about, first mentioned first
    greeting: str


def facts(record: Rejection, vocabulary: Vocabulary | None = None) -> Facts:
    stage = record.stage
    if stage in EARLY:
        tier = "early"
    elif stage in FINAL:
        tier = "final"
    elif stage is ProcessStage.interview:
        tier = "interview"
    else:
        tier = "unknown"
    summary = (
        record.reflection.feedback.summary
        if record.reflection and record.reflection.feedback
        else None
    )
    got = combined([*(n.text for n in record.feedback), summary])
    if got == Reply.real:
        reply = "real"
    elif record.kind is Kind.ghosted:
        reply = "ghosted"
    else:
        reply = "form"
    topic = None
    if reply == "real":
        topic = _first_topic(record, summary, vocabulary)
    name = record.contact.name if record.contact else None
    return Facts(tier, reply, topic, _greeting(name))


def _first_topic(
    record: Rejection, summary: str | None, vocabulary: Vocabulary | None
) -> str | None:
    if vocabulary is None:
        from reject.reflection.suggestions import builtin_vocabulary

        vocabulary = builtin_vocabulary()
    text = "\n".join(t for t in (feedback_text(record), summary) if t)
    for _, _, names in vocabulary.matches(text.casefold()):
        return sorted(names)[0]
    return None


def first_name(name: str | None) -> str | None:
    """How to greet a contact: "Jane", "Dr Patel", or None for a team or nothing."""
    if not name or not name.strip():
        return None
    if "," in name:  # "Doe, Jane"
        last, _, rest = name.partition(",")
        name = f"{rest} {last}"
    words = name.split()
    if any(w.casefold().strip(".") in _TEAM_WORDS for w in words):
        return None
    if any(ch.isdigit() or ch == "@" for ch in name):
        return None
    title = None
    while words and words[0].casefold().rstrip(".") in _TITLES:
        title = words.pop(0).rstrip(".")
        title = title[:1].upper() + title[1:]
    if not words:
        return None
    if title and len(words) == 1:
        return f"{title} {words[0]}"
    first = words[0]
    if len(first.rstrip(".")) <= 1:  # an initial: "J. Smith"
        return " ".join(([title] if title else []) + words)
    return first


def _greeting(name: str | None) -> str:
    first = first_name(name)
    return f"Hello {first}," if first else "Hello,"


def draft(
    record: Rejection, *, signed: str | None = None, vocabulary: Vocabulary | None = None
) -> str:
    """The request, ready to copy into an email; signed with ``signed`` when given."""
    f = facts(record, vocabulary)
    role, company = record.role, record.company
    if f.reply == "real":
        subject = f"A follow-up question about the {role} role"
    else:
        subject = f"Feedback on my application for {role}"
    paragraphs = [
        f.greeting,
        _opening(f, role, company),
        *_middle(f),
        _closing(f),
        "Best regards,\n" + (f"{signed}" if signed else ""),
    ]
    return f"Subject: {subject}\n\n" + "\n\n".join(p.rstrip("\n") for p in paragraphs) + "\n"


def _opening(f: Facts, role: str, company: str) -> str:
    if f.reply == "ghosted":
        # There was no reply to thank them for.
        since = {
            "early": f"I applied for the {role} role at {company} a while ago",
            "interview": f"I interviewed for the {role} role at {company}",
            "final": f"I was in the final stage for the {role} role at {company}",
            "unknown": f"I was in touch about the {role} role at {company}",
        }[f.tier]
        return f"{since} and haven't heard back, so I understand it has gone another way."
    thanks = f"Thank you for letting me know about the {role} role at {company}"
    return {
        "early": f"{thanks}, and for considering my application.",
        "interview": f"{thanks}, and for the time you and the team gave me in the interviews.",
        "final": f"{thanks}. Getting as far as the final stage meant a lot, and I'm grateful "
        "for the time everyone gave me along the way.",
        "unknown": f"{thanks}, and for the time you gave me.",
    }[f.tier]


_CIRCUMSTANCE_WORDS = {
    "language": "the language the role needs",
    "experience": "the experience you were looking for",
    "location": "the location",
    "salary": "the salary",
    "qualifications": "the qualifications the role needs",
}


def _middle(f: Facts) -> list[str]:
    """What they said, and the one question to ask about it."""
    if f.reply != "real":
        return [_open_question(f.tier)]
    if f.topic in CIRCUMSTANCES:
        about = _CIRCUMSTANCE_WORDS.get(f.topic or "", f.topic or "")
        if f.topic == "salary":
            ask = (
                "Was it the range itself, or the way I raised it? Knowing that would help me "
                "handle it better next time."
            )
        elif f.topic == "location":
            ask = (
                "Is that fixed for roles like this with you, or could a different arrangement "
                "work in future? Knowing that would help me choose where to apply."
            )
        else:
            ask = (
                "Is that a firm requirement for roles like this with you, or something someone "
                "could build up in their first months? Knowing that would help me choose where "
                "to apply."
            )
        return [f"It helped to hear plainly about {about}.", ask]
    if f.topic:
        said = (
            f"What you said about {f.topic} is exactly the kind of feedback I hoped for, and "
            "I'd like to act on it."
        )
        ask = {
            "early": "If you have a moment, what would have made that part of my application "
            "stronger? One example of what you hoped to see would help me most.",
            "interview": "Could you tell me where that showed most in the interviews, and what "
            "a stronger answer would have looked like? One example would help me most.",
            "final": f"As it came down to the final stage, could you tell me how much {f.topic} "
            "weighed in the decision, and what would have tipped it my way?",
            "unknown": "Could you tell me where that showed most, and what would have made the "
            "difference? One example would help me most.",
        }[f.tier]
        return [said, ask]
    said = "The feedback you shared was genuinely useful, and I've been thinking it over."
    ask = {
        "early": "Of the points you raised, which one would you work on first in my place, "
        "before my next application?",
        "interview": "Of the points you raised, which one would you work on first in my place, "
        "before my next interview?",
        "final": "As it came down to the final stage, I'd value knowing which of the points "
        "you raised made the difference in the end.",
        "unknown": "Of the points you raised, which one would you work on first in my place?",
    }[f.tier]
    return [said, ask]


def _open_question(tier: str) -> str:
    return {
        "early": "If you have a moment, could you tell me one thing that held my application "
        "back, or a skill or experience you were hoping to see more clearly?",
        "interview": "Could you tell me a little more about the decision? One or two specific "
        "points would help me most: a part of the interviews where I fell short, or something "
        "you were hoping to see more of.",
        "final": "As it came down to the final stage, I'd be grateful to know what tipped the "
        "decision. One or two specific points would help me most as I prepare for the next one.",
        "unknown": "Could you tell me a little more about the decision? One or two specific "
        "points would help me most: a part of the process where I fell short, or a skill or "
        "experience you were hoping to see more of.",
    }[tier]


def _closing(f: Facts) -> str:
    if f.reply == "real":
        return "A line or two would be plenty. Thank you again for taking the time to be specific."
    if f.tier == "final":
        return (
            "A few lines would be plenty, and I'd be glad to be considered for anything similar "
            "in future. Thank you again."
        )
    size = "a line or two" if f.tier == "early" else "a few lines"
    return (
        f"I know you are busy, so {size} would be plenty. Thank you again, and I hope our "
        "paths cross another time."
    )
