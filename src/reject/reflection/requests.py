"""The request for more detailed feedback: its draft, and what became of it.

Pure functions over the model; the commands save and print.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reject.choices import Kind
from reject.errors import UsageError
from reject.model import Journal, Rejection
from reject.model.reflection import FeedbackRequest, RequestStatus
from reject.reflection.waiting import overdue, overdue_line, wait_days

CLOSED = (RequestStatus.answered, RequestStatus.declined, RequestStatus.no_reply)


def draft(record: Rejection, *, signed: str | None = None) -> str:
    """A short, polite note asking for detailed, actionable feedback, signed
    with ``signed`` (the person's name from their profile) when given."""
    name = record.contact.name if record.contact and record.contact.name else None
    greeting = f"Hello {name.split()[0]}," if name else "Hello,"
    return (
        f"Subject: Feedback on my application for {record.role}\n"
        "\n"
        f"{greeting}\n"
        "\n"
        f"{_opening(record)}\n"
        "\n"
        "Could you tell me a little more about the decision? One or two specific "
        "points would help me most: a part of the process where I fell short, or a "
        "skill or experience you were hoping to see more of.\n"
        "\n"
        "I know you are busy, so a few lines would be plenty. Thank you again, and "
        "I hope our paths cross another time.\n"
        "\n"
        "Best regards,\n" + (f"{signed}\n" if signed else "")
    )


def _opening(record: Rejection) -> str:
    if record.kind is Kind.ghosted:
        # There was no reply to thank them for.
        return (
            f"I applied for the {record.role} role at {record.company} and haven't heard "
            "back, so I understand it has gone another way."
        )
    return (
        f"Thank you for letting me know about the {record.role} role at "
        f"{record.company}, and for the time you and the team gave me."
    )


def mark_asked(record: Rejection, text: str, today: date) -> FeedbackRequest:
    """The request, asked today, unless it was already asked and still open."""
    current = record.feedback_request
    if current is not None and current.status is RequestStatus.asked:
        return current.model_copy(update={"draft": text})
    return FeedbackRequest(status=RequestStatus.asked, asked_on=today, draft=text)


def with_status(record: Rejection, status: RequestStatus, today: date) -> FeedbackRequest:
    current = record.feedback_request or FeedbackRequest()
    if status in CLOSED and current.status is RequestStatus.not_asked:
        raise UsageError(
            f"There is no feedback request for #{record.id} yet. "
            f"`reject ask {record.id}` drafts one and marks it as asked."
        )
    update: dict[str, object] = {"status": status}
    if status in CLOSED:
        update["closed_on"] = today
    elif status is RequestStatus.asked:
        update["asked_on"] = current.asked_on or today
        update["closed_on"] = None
    else:
        update.update(asked_on=None, closed_on=None)
    return current.model_copy(update=update)


def answered_by_feedback(record: Rejection, today: date) -> FeedbackRequest | None:
    """The request marked answered, when feedback arrives for an open one."""
    current = record.feedback_request
    if current is None or current.status is not RequestStatus.asked:
        return None
    return current.model_copy(update={"status": RequestStatus.answered, "closed_on": today})


@dataclass(frozen=True)
class Waiting:
    record: Rejection
    days: int


def waiting(journal: Journal, today: date, days: int | None = None) -> list[Waiting]:
    """Requests asked at least ``days`` ago with no answer yet, oldest first."""
    limit = wait_days() if days is None else days
    asked = []
    for record in journal.rejections:
        req = record.feedback_request
        if req is None or req.status is not RequestStatus.asked or req.asked_on is None:
            continue
        asked.append((record, req.asked_on))
    return [Waiting(record, age) for record, age in overdue(asked, today, limit)]


def waiting_line(item: Waiting) -> str:
    return overdue_line(item.record.company, item.record.id, item.days)
