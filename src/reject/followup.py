"""When a feedback request still waiting deserves a word: one rule for every place.

A request sent (``reject ask ID --sent``) is simply waiting for its first
``WAIT_DAYS`` days: nothing is said. After that one short, friendly
follow-up is fair, and the reminders (`reject due`, bare `reject`, `reject
list`, the start of `reject reflect`) and the plan's "still waiting" section
all say so. After twice that, silence is the answer, and they suggest
closing it with ``--status no-reply``. ``$REJECT_REQUEST_WAIT_DAYS`` changes
the wait everywhere at once.

Only the standard library is imported, so the plan (insights) and the
reminders (cli, reflection) can share it.
"""

from __future__ import annotations

import os
from datetime import date
from enum import Enum

WAIT_DAYS = 7
WAIT_DAYS_ENV = "REJECT_REQUEST_WAIT_DAYS"


class Phase(str, Enum):
    waiting = "waiting"  # recently sent: give them time
    follow_up = "follow-up"  # one short follow-up is fair
    let_go = "let-go"  # silence is the answer; close it


def wait_days() -> int:
    raw = os.environ.get(WAIT_DAYS_ENV, "")
    try:
        value = int(raw)
    except ValueError:
        return WAIT_DAYS
    return value if value >= 0 else WAIT_DAYS


def phase(days: int, wait: int | None = None) -> Phase:
    """Where a request asked ``days`` ago stands."""
    limit = wait_days() if wait is None else wait
    if days < limit:
        return Phase.waiting
    if days < 2 * limit:
        return Phase.follow_up
    return Phase.let_go


def age(asked_on: date, today: date) -> int:
    return max(0, (today - asked_on).days)


def rule(wait: int | None = None) -> str:
    """The rule in one sentence, for the plan and the help."""
    limit = wait_days() if wait is None else wait
    return (
        f"After {limit} days without an answer one short, friendly follow-up is fair, and "
        f"reject reminds you; after {2 * limit}, silence is the answer and it is fine to let "
        "it go."
    )


def hint(p: Phase, rid: int) -> str:
    """What to do now, in the same words wherever a reminder appears."""
    if p is Phase.follow_up:
        return "That's common; one short, friendly follow-up is fair."
    if p is Phase.let_go:
        return (
            "That's common, and it says little about you. "
            f"`reject ask {rid} --status no-reply` closes it."
        )
    return "It's early: give them a few more days."


def waiting_line(company: str, rid: int, days: int, p: Phase) -> str:
    """The reminder for one request still waiting ``days`` after it was sent."""
    when = {0: "yet", 1: "after 1 day"}.get(days, f"after {days} days")
    return f"{company} (#{rid}) hasn't answered your feedback request {when}. " + hint(p, rid)
