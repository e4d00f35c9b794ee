"""Turning a typed answer into a value, by the kind of answer a question takes.

``problem`` says in one short line what is wrong with an answer (the prompt
shows it and asks again); ``parse`` converts an answer that has no problem.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from reject.dates import parse_date
from reject.reflection.stages import Answer, Question
from reject.text import LINE_MAX, TEXT_MAX, check_text, split_list

YES = ("y", "yes")
NO = ("n", "no")

_IN = re.compile(r"^in\s+(\d{1,3})\s+(day|week|month)s?$")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def problem(question: Question, raw: str, *, today: date, keep: object = None) -> str | None:
    """Why ``raw`` is not a good answer, or None. ``keep`` is an earlier answer
    that stays acceptable even if it would not be today (a past due date)."""
    try:
        value = parse(question, raw, today=today)
    except ValueError as exc:
        return str(exc)
    if question.answer is Answer.due and value < today and value != keep:
        return f"{value.isoformat()} has already passed; pick a day from today on"
    return None


def parse(question: Question, raw: str, *, today: date) -> Any:
    text = raw.strip()
    kind = question.answer
    if kind is Answer.line:
        return _checked(text, multiline=False)
    if kind is Answer.text:
        return _checked(text, multiline=True)
    if kind is Answer.items:
        return [_checked(item, multiline=False) for item in split_list(text)]
    if kind is Answer.rating:
        return _number(text, 1, 5)
    if kind is Answer.mood:
        return _number(text, 1, 10)
    if kind is Answer.number:
        return _number(text, 0, 20)
    if kind is Answer.yes_no:
        lowered = text.lower()
        if lowered in YES:
            return True
        if lowered in NO:
            return False
        raise ValueError("Please answer y or n.")
    if kind is Answer.choice:
        return _choice(text, question.choices, dict(question.aliases))
    if kind is Answer.due:
        return parse_due(text, today=today)
    raise AssertionError(kind)


def _checked(text: str, *, multiline: bool) -> str:
    try:
        return check_text(text, multiline=multiline, limit=TEXT_MAX if multiline else LINE_MAX)
    except ValueError as exc:
        raise ValueError(f"That answer {exc}.") from None


def _number(text: str, low: int, high: int) -> int:
    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise ValueError(f"Please give a whole number from {low} to {high}.")
    return value


def _choice(text: str, choices: tuple[str, ...], aliases: dict[str, str]) -> str:
    lowered = " ".join(text.lower().replace("\u2019", "'").split())
    matches = [c for c in choices if c.startswith(lowered)] if lowered else []
    if lowered in choices:
        return lowered
    if lowered in aliases:
        return aliases[lowered]
    if len(matches) == 1:
        return matches[0]
    raise ValueError(f"Please pick one of: {', '.join(choices)}.")


def parse_due(text: str, *, today: date) -> date:
    """A date to do something by. Prefers the future, unlike a turndown date."""
    cleaned = " ".join(text.lower().split())
    if cleaned == "tomorrow":
        return today + timedelta(days=1)
    match = _IN.match(cleaned)
    if match:
        n, unit = int(match.group(1)), match.group(2)
        days = {"day": 1, "week": 7, "month": 30}[unit]
        return today + timedelta(days=n * days)
    weekday = _weekday(cleaned, today)
    if weekday is not None:
        return weekday
    if cleaned == "next week":
        return today + timedelta(days=7)
    if cleaned == "next month":
        return today + timedelta(days=30)
    try:
        return parse_date(text, today=today) if _looks_fixed(cleaned) else _future(text, today)
    except ValueError as exc:
        reason = str(exc).split(";")[0]
        example = (today + timedelta(days=14)).isoformat()
        raise ValueError(
            f"{reason}; try {example}, tomorrow, 'in 2 weeks' or 'next friday'."
        ) from None


def _weekday(cleaned: str, today: date) -> date | None:
    """ "friday" and "this friday" are the coming Friday, 1 to 7 days ahead
    (never today); "next friday" is the Friday of next week, weeks starting
    on Monday, so on a Thursday it is 8 days away, not tomorrow."""
    name = cleaned.removeprefix("next ").removeprefix("this ")
    if name not in _WEEKDAYS:
        return None
    wanted = _WEEKDAYS.index(name)
    if cleaned.startswith("next "):
        next_monday = today + timedelta(days=7 - today.weekday())
        return next_monday + timedelta(days=wanted)
    ahead = (wanted - today.weekday()) % 7 or 7
    return today + timedelta(days=ahead)


def _looks_fixed(cleaned: str) -> bool:
    return cleaned == "today" or bool(re.match(r"^\d{4}-\d{1,2}-\d{1,2}$", cleaned))


def _future(text: str, today: date) -> date:
    from datetime import datetime

    import dateparser  # slow import, only for free-form dates

    parsed = dateparser.parse(
        text,
        settings={
            "PREFER_DATES_FROM": "future",
            "RELATIVE_BASE": datetime(today.year, today.month, today.day, 12),
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if parsed is None:
        raise ValueError(f"{text.strip()!r} is not a date I understand")
    result: date = parsed.date()
    return result
