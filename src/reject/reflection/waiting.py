"""Which feedback requests have waited long enough to mention, in plain data.

Free of the model, so `reject list` answering from the head cache can say
the same words as after a full read (``requests`` uses these too).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from typing import TypeVar

WAIT_DAYS = 7
WAIT_DAYS_ENV = "REJECT_REQUEST_WAIT_DAYS"

T = TypeVar("T")


def wait_days() -> int:
    raw = os.environ.get(WAIT_DAYS_ENV, "")
    try:
        value = int(raw)
    except ValueError:
        return WAIT_DAYS
    return value if value >= 0 else WAIT_DAYS


def overdue(asked: Iterable[tuple[T, date]], today: date, limit: int) -> list[tuple[T, int]]:
    """Each item asked at least ``limit`` days ago, with its age, oldest first
    (items of the same age keep their order)."""
    found = [(item, (today - on).days) for item, on in asked]
    found = [(item, age) for item, age in found if age >= limit]
    found.sort(key=lambda pair: -pair[1])
    return found


def overdue_line(company: str, rid: int, days: int) -> str:
    when = {0: "yet", 1: "after 1 day"}.get(days, f"after {days} days")
    return (
        f"{company} (#{rid}) hasn't answered your feedback request {when}. "
        f"That's common. `reject ask {rid} --status no-reply` closes it."
    )
