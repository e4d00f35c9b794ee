"""`reject log` through the CLI, as a script would run it (no terminal)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest


def test_log_prints_the_new_id_on_stdout(run):
    result = run("log", "--company", "Acme", "--role", "Engineer")
    assert (result.code, result.out) == (0, "1\n")


def test_ids_count_up(log):
    assert [log(), log(), log()] == [1, 2, 3]


def test_ids_are_never_reused_after_rm(run, log):
    log()
    second = log()
    run("rm", str(second), "--yes")
    assert log() == second + 1


def test_all_flags_are_stored(run):
    run(
        "log",
        "-c",
        "Acme",
        "-r",
        "Data Engineer",
        "-d",
        "2026-09-03",
        "-s",
        "final",
        "-k",
        "personal",
        "--source",
        "referral",
        "--keyword",
        "data engineer",
        "--keyword",
        "python",
        "--contact",
        "Jane Doe <jane@acme.com>",
        "-f",
        "Wanted more Spark",
        "--feedback-from",
        "Recruiter",
        "-t",
        "data",
        "-t",
        "Remote",
    )
    record = run("show", "1", "--json").json()
    assert {
        "company": record["company"],
        "role": record["role"],
        "date": record["date"],
        "stage": record["stage"],
        "kind": record["kind"],
        "source": record["source"],
        "keywords": record["keywords"],
        "contact": record["contact"],
        "feedback": [(n["text"], n["given_by"]) for n in record["feedback"]],
        "tags": record["tags"],
    } == {
        "company": "Acme",
        "role": "Data Engineer",
        "date": "2026-09-03",
        "stage": "final",
        "kind": "personal",
        "source": "referral",
        "keywords": ["data engineer", "python"],
        "contact": {"name": "Jane Doe", "email": "jane@acme.com"},
        "feedback": [("Wanted more Spark", "Recruiter")],
        "tags": ["data", "remote"],
    }


def test_date_defaults_to_today(run, log):
    log()
    assert run("show", "1", "--json").json()["date"] == date.today().isoformat()


def test_no_feedback_is_a_normal_empty_list(run, log):
    log()
    assert run("show", "1", "--json").json()["feedback"] == []


@pytest.mark.parametrize(
    ("text", "days_back"),
    [("yesterday", 1), ("3 days ago", 3), ("2 weeks ago", 14), ("today", 0)],
)
def test_natural_dates_are_understood(run, log, text, days_back):
    log("Acme", "Engineer", "--date", text)
    expected = date.today() - timedelta(days=days_back)
    assert run("show", "1", "--json").json()["date"] == expected.isoformat()


def test_last_weekday_is_in_the_past_week(run, log):
    log("Acme", "Engineer", "--date", "last friday")
    logged = date.fromisoformat(run("show", "1", "--json").json()["date"])
    assert logged.weekday() == 4 and 0 < (date.today() - logged).days <= 7


def test_missing_company_without_a_terminal_is_a_usage_error(run):
    result = run("log", "--role", "Engineer")
    assert result.code == 2 and "--company is required" in result.err


def test_missing_role_without_a_terminal_is_a_usage_error(run):
    result = run("log", "--company", "Acme")
    assert result.code == 2 and "--role is required" in result.err


def test_no_flags_without_a_terminal_never_prompts(run):
    result = run("log", input="Acme\nEngineer\n")
    assert result.code == 2


@pytest.mark.parametrize(
    ("flags", "field"),
    [
        (["--date", "2026-02-30"], "date"),
        (["--date", (date.today() + timedelta(days=2)).isoformat()], "date"),
        (["--date", "tomorrow"], "date"),
        (["--date", "1969-12-31"], "date"),
        (["--date", "not a date at all"], "date"),
        (["--company", "   "], "company"),
        (["--company", "Acme\x00Corp"], "company"),
        (["--company", "Acme\x1b[31m"], "company"),
        (["--role", "Eng\u202eineer"], "role"),
        (["--company", "A" * 201], "company"),
        (["--feedback", "x" * 20_001], "feedback"),
        (["--contact", "Jane <not-an-email>"], "contact"),
        (["--tag", "two words"], "tags"),
        (["--stage", "lunch"], "stage"),
        (["--kind", "rude"], "kind"),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_writes_nothing(
    run, log, journal_path, flags, field
):
    log()
    before = journal_path.read_bytes()
    args = {"--company": "Acme", "--role": "Engineer"}
    for flag, value in zip(flags[::2], flags[1::2], strict=True):
        args[flag] = value
    argv = [item for pair in args.items() for item in pair]
    result = run("log", *argv)
    assert result.code == 2
    assert field in result.err or field.rstrip("s") in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert journal_path.read_bytes() == before


def test_feedback_keeps_line_breaks_and_tabs(run, log):
    log("Acme", "Engineer", "--feedback", "Line one\n\tLine two")
    assert run("show", "1", "--json").json()["feedback"][0]["text"] == "Line one\n\tLine two"


def test_rich_markup_is_stored_and_shown_as_typed(run, log):
    log("[bold]Acme[/]", "Engineer")
    assert "[bold]Acme[/]" in run("show", "1").out


def test_a_huge_bad_date_is_quoted_short_in_a_one_line_error(run):
    result = run("log", "-c", "Acme", "-r", "Eng", "-d", "x" * 5000)
    assert result.code == 2 and len(result.err) < 300


def test_a_date_that_reads_two_ways_is_refused_rather_than_guessed(run):
    result = run("log", "-c", "Acme", "-r", "Eng", "-d", "3/4/2026")
    assert result.code == 2 and "two ways" in result.err


def test_applied_date_is_stored(run, log):
    log("Acme", "Eng", "-d", "2026-09-10", "--applied", "2026-08-28")
    assert run("show", "1", "--json").json()["applied"] == "2026-08-28"


def test_applied_after_the_turndown_is_refused(run):
    result = run("log", "-c", "Acme", "-r", "Eng", "-d", "2026-09-10", "--applied", "2026-09-11")
    assert result.code == 2 and "applied" in result.err
