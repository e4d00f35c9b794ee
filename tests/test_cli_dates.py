"""Dates: a bare number or year is refused with an example; a date given in
words is said back, so a misreading shows at once."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from reject.dates import long_form

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _spelled(d: date) -> str:
    return f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"


@pytest.mark.parametrize("typed", ["1", "26", "2025", "+3", "20261126"])
def test_a_bare_number_is_refused_with_an_example(run, journal_path: Path, typed: str) -> None:
    result = run("log", "-c", "Acme", "-r", "Engineer", "-d", typed)
    assert result.code == 2
    assert "not a date" in result.err and "2026-09-03" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not journal_path.exists()


def test_a_bare_year_suggests_a_day_in_it(run) -> None:
    result = run("list", "--since", "2025")
    assert result.code == 2
    assert "is a year" in result.err and "2025-01-01" in result.err


def test_a_date_in_words_is_said_back(run) -> None:
    result = run("log", "-c", "Acme", "-r", "Engineer", "-d", "3 days ago")
    assert result.code == 0, result.err
    assert f"Logged #1: Acme, Engineer, on {_spelled(date.today() - timedelta(days=3))}." in (
        result.err
    )


def test_an_iso_date_is_not_repeated(run) -> None:
    result = run("log", "-c", "Acme", "-r", "Engineer", "-d", "2026-01-05")
    assert "Logged #1: Acme, Engineer." in result.err


def test_edit_says_back_a_date_in_words(run, log) -> None:
    rid = log()
    result = run("edit", str(rid), "-d", "yesterday")
    assert f"on {_spelled(date.today() - timedelta(days=1))}." in result.err


def test_long_form_is_english_whatever_the_locale() -> None:
    assert long_form(date(2026, 11, 27)) == "Fri 27 Nov 2026"
    assert long_form(date(2024, 2, 29)) == "Thu 29 Feb 2024"
