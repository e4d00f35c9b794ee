"""The request for more detailed feedback: its draft, and what became of it.

Pure functions over the model; the commands save and print.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reject import followup
from reject.errors import UsageError
from reject.followup import WAIT_DAYS as WAIT_DAYS  # re-exported
from reject.followup import WAIT_DAYS_ENV as WAIT_DAYS_ENV
from reject.followup import Phase, age, phase, wait_days
from reject.model import Journal, Rejection
from reject.model.reflection import FeedbackRequest, RequestStatus

CLOSED = (RequestStatus.answered, RequestStatus.declined, RequestStatus.no_reply)


def draft(record: Rejection, *, signed: str | None = None) -> str:
    """A short, polite note asking for detailed, actionable feedback, signed
    with ``signed`` (the person's name from their profile) when given. The
    wording is in ``request_draft``."""
    from reject.reflection.request_draft import draft as write

    return write(record, signed=signed)


def mark_asked(record: Rejection, text: str, today: date) -> FeedbackRequest:
    """The request, asked today, unless it was already asked and still open."""
    current = record.feedback_request
    if current is not None and current.status is RequestStatus.asked:
        return current.model_copy(update={"draft": text})
    return FeedbackRequest(status=RequestStatus.asked, asked_on=today, draft=text)


def with_draft(record: Rejection, text: str) -> FeedbackRequest:
    """The request with an edited draft kept, its status unchanged: editing
    is not sending."""
    current = record.feedback_request or FeedbackRequest()
    return current.model_copy(update={"draft": text})


def with_status(record: Rejection, status: RequestStatus, today: date) -> FeedbackRequest:
    current = record.feedback_request or FeedbackRequest()
    if status in CLOSED and current.status is RequestStatus.not_asked:
        raise UsageError(
            f"There is no feedback request for #{record.id} yet. "
            f"`reject ask {record.id}` drafts one; "
            f"`reject ask {record.id} --sent` notes it once sent."
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
    phase: Phase = Phase.follow_up


def waiting(journal: Journal, today: date, days: int | None = None) -> list[Waiting]:
    """Requests asked at least ``days`` ago (by default the wait in
    ``reject.followup``) with no answer yet, oldest first."""
    limit = wait_days() if days is None else days
    found = []
    for record in journal.rejections:
        req = record.feedback_request
        if req is None or req.status is not RequestStatus.asked or req.asked_on is None:
            continue
        n = age(req.asked_on, today)
        if n >= limit:
            found.append(Waiting(record, n, phase(n, limit)))
    found.sort(key=lambda w: -w.days)
    return found


def waiting_line(item: Waiting) -> str:
    return followup.waiting_line(item.record.company, item.record.id, item.days, item.phase)
