"""Dates read back (issue 11.6): every date typed in words in a reflection is
said back with its weekday before moving on, and "next <weekday>" follows one
stated rule (docs/reflection.md)."""

from __future__ import annotations

from datetime import date

import pytest

from reject.dates import read_back
from reject.reflection.answers import parse_due
from test_reflect_flow import Disk, Script, make_record, reflect

THURSDAY = date(2026, 11, 26)
SUNDAY = date(2026, 11, 29)


@pytest.mark.parametrize(
    ("typed", "today", "expected"),
    [
        ("friday", THURSDAY, date(2026, 11, 27)),
        ("this friday", THURSDAY, date(2026, 11, 27)),
        ("next friday", THURSDAY, date(2026, 12, 4)),  # next week's, not tomorrow
        ("Next  Friday", THURSDAY, date(2026, 12, 4)),
        ("thursday", THURSDAY, date(2026, 12, 3)),  # never today
        ("next monday", THURSDAY, date(2026, 11, 30)),
        ("next friday", SUNDAY, date(2026, 12, 4)),  # the week starts on Monday
        ("friday", SUNDAY, date(2026, 12, 4)),
        ("next friday", date(2026, 11, 23), date(2026, 12, 4)),  # from a Monday
    ],
)
def test_the_rule_for_weekdays(typed, today, expected):
    assert parse_due(typed, today=today) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2026, 11, 27), "Fri 27 Nov, tomorrow"),
        (date(2026, 11, 26), "Thu 26 Nov, today"),
        (date(2026, 12, 4), "Fri 4 Dec, in 8 days"),
        (date(2026, 11, 20), "Fri 20 Nov, 6 days ago"),
        (date(2027, 1, 4), "Mon 4 Jan 2027, in 39 days"),
    ],
)
def test_a_date_is_read_back_with_its_weekday(value, expected):
    assert read_back(value, THURSDAY) == expected


def _action_due(typed: str) -> list[tuple[str, str]]:
    return [("work on", "sql"), ("What will you do", "Practise joins"), ("By when", typed)]


def test_an_action_due_date_in_words_is_read_back():
    script = Script(_action_due("next friday"))
    reflect(Disk(make_record()), script, only=3)  # TODAY is Thu 10 Sep 2026
    assert "next friday \u2192 Fri 18 Sep, in 8 days" in script.said


def test_the_next_step_date_is_read_back():
    script = Script([("next concrete step", "Apply to Beta"), ("When will you", "tomorrow")])
    reflect(Disk(make_record()), script, only=6)
    assert "tomorrow \u2192 Fri 11 Sep, tomorrow" in script.said


def test_an_iso_date_is_not_read_back():
    script = Script(_action_due("2026-10-01"))
    reflect(Disk(make_record()), script, only=3)
    assert not any("\u2192" in line for line in script.said)


def test_keeping_an_earlier_date_with_enter_is_not_read_back_again():
    disk = Disk(make_record())
    reflect(disk, Script(_action_due("in 2 weeks")), only=3)
    script = Script([("work on", "sql"), ("What will you do", "Practise joins")])
    reflect(disk, script, only=3)
    assert not any("\u2192" in line for line in script.said)
