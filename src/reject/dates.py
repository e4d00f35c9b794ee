"""Turning what a person types into a date: ISO first, then natural language.

``dateparser`` is slow to import (about 0.3 s), so it is loaded only when the
text is not already an ISO date or one of the common forms handled here.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_AGO = re.compile(r"^(\d{1,4})\s+(day|week)s?\s+ago$")
_ISO = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
# 3/4/2026 is March in some countries and April in others: ask, don't guess.
_AMBIGUOUS = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$")
# "1" or "2025" alone: the natural-language parser fills in the rest from
# today (January 26th, or this day in 2025), which nobody means.
_BARE_NUMBER = re.compile(r"^[+-]?\d+$")
_EXAMPLES = "2026-09-03, 'last friday' or '3 days ago'"
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def parse_date(text: str, *, today: date | None = None) -> date:
    """Parse ``text`` as a date, or raise ``ValueError`` with a plain reason."""
    today = today or date.today()
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        raise ValueError("is empty")
    if _ISO.match(cleaned):
        try:
            return date.fromisoformat(_pad_iso(cleaned))
        except ValueError:
            raise ValueError(f"{_quote(text)} is not a real date") from None
    if _BARE_NUMBER.match(cleaned):
        if len(cleaned) == 4:
            raise ValueError(
                f"{_quote(text)} is a year, not a date; try {cleaned}-01-01 or {_EXAMPLES}"
            )
        raise ValueError(f"{_quote(text)} is a number, not a date; try {_EXAMPLES}")
    if _AMBIGUOUS.match(cleaned):
        first, second = (int(n) for n in cleaned.replace(".", "/").split("/")[:2])
        if first != second and first <= 12 and second <= 12:
            raise ValueError(f"{_quote(text)} could be read two ways; write it as YYYY-MM-DD")
    if cleaned == "today":
        return today
    if cleaned == "yesterday":
        return today - timedelta(days=1)
    ago = _AGO.match(cleaned)
    if ago:
        n, unit = int(ago.group(1)), ago.group(2)
        return today - timedelta(days=n * (7 if unit == "week" else 1))
    return _natural(text.strip(), today)


def in_words(text: str | None) -> bool:
    """Whether a date was typed in words ("last friday"), not as YYYY-MM-DD:
    then it is worth saying back which day it became."""
    return text is not None and not _ISO.match(" ".join(text.strip().split()))


def long_form(value: date) -> str:
    """ "Fri 27 Nov 2026": English names whatever the locale, like the input."""
    return f"{_DAYS[value.weekday()]} {value.day} {_MONTHS[value.month - 1]} {value.year}"


def read_back(value: date, today: date) -> str:
    """How a date typed in words is said back: "Fri 27 Nov, tomorrow".
    The weekday first, so a wrong reading is plain at a glance; the year
    only when it is not this one."""
    shown = f"{_DAYS[value.weekday()]} {value.day} {_MONTHS[value.month - 1]}"
    if value.year != today.year:
        shown += f" {value.year}"
    days = (value - today).days
    near = {0: "today", 1: "tomorrow", -1: "yesterday"}.get(days)
    if near is None:
        near = f"in {days} days" if days > 0 else f"{-days} days ago"
    return f"{shown}, {near}"


def _quote(text: str, limit: int = 40) -> str:
    """The typed text, quoted, cut short so an error stays one readable line."""
    text = text.strip()
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _pad_iso(value: str) -> str:
    y, m, d = value.split("-")
    return f"{y}-{int(m):02d}-{int(d):02d}"


def _natural(text: str, today: date) -> date:
    from datetime import datetime

    import dateparser  # slow import, only for free-form dates

    parsed = dateparser.parse(
        text,
        # English forms only: trying every language dateparser knows made an
        # unreadable date take two seconds to refuse.
        languages=["en"],
        settings={
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": datetime(today.year, today.month, today.day, 12),
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if parsed is None:
        raise ValueError(
            f"{_quote(text)} is not a date I understand; try 2026-09-03, yesterday or '3 days ago'"
        )
    result: date = parsed.date()
    return result
