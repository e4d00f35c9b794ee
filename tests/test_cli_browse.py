"""`reject list` and `reject show`."""

from __future__ import annotations

import pytest


@pytest.fixture
def three(log):
    log("Acme", "Engineer", "-d", "2026-09-01", "-s", "screen", "-t", "python")
    log("Globex", "Developer", "-d", "2026-10-01", "-s", "final", "-t", "lead")
    log("Acme Labs", "Analyst", "-d", "2026-08-01", "-s", "interview", "-t", "python")


def ids(result):
    return [r["id"] for r in result.json()]


def test_list_is_newest_turndown_first(run, three):
    assert ids(run("list", "--json")) == [2, 1, 3]


def test_list_json_objects_carry_the_core_fields(run, three):
    first = run("list", "--json").json()[0]
    assert {k: first[k] for k in ("id", "company", "role", "date", "stage")} == {
        "id": 2,
        "company": "Globex",
        "role": "Developer",
        "date": "2026-10-01",
        "stage": "final",
    }


def test_since_filter(run, three):
    assert ids(run("list", "--json", "--since", "2026-09-01")) == [2, 1]


def test_until_filter(run, three):
    assert ids(run("list", "--json", "--until", "2026-09-01")) == [1, 3]


def test_company_filter_matches_part_of_the_name_ignoring_case(run, three):
    assert ids(run("list", "--json", "--company", "acme")) == [1, 3]


def test_stage_filter(run, three):
    assert ids(run("list", "--json", "--stage", "final")) == [2]


def test_tag_filter(run, three):
    assert ids(run("list", "--json", "--tag", "python")) == [1, 3]


def test_limit(run, three):
    assert ids(run("list", "--json", "--limit", "1")) == [2]


def test_bad_since_date_is_a_usage_error(run, three):
    result = run("list", "--since", "someday soonish")
    assert result.code == 2 and "--since" in result.err


def test_piped_list_is_tab_separated_with_a_header(run, three):
    lines = run("list").out.splitlines()
    assert lines[0].split("\t")[:3] == ["id", "date", "company"]
    assert lines[1].split("\t")[:3] == ["2", "2026-10-01", "Globex"]


def test_piped_output_has_no_escape_codes(run, three):
    result = run("list")
    assert "\x1b" not in result.out + result.err


def test_empty_journal_says_so_on_stderr_and_prints_nothing(run):
    result = run("list")
    assert (result.code, result.out) == (0, "") and "empty" in result.err


def test_empty_journal_json_is_an_empty_array(run):
    assert run("list", "--json").json() == []


def test_show_prints_the_feedback_text(run, log):
    log("Acme", "Engineer", "-f", "Go deeper on system design")
    assert "Go deeper on system design" in run("show", "1").out


def test_show_says_when_there_was_no_feedback(run, log):
    log()
    assert "None received" in run("show", "1").out


def test_show_json_is_the_whole_record(run, log):
    log("Acme", "Engineer", "--source", "referral")
    record = run("show", "1", "--json").json()
    assert record["source"] == "referral" and "uuid" in record and "created" in record


def test_show_unknown_id_fails_with_one_line(run, log):
    log()
    result = run("show", "42")
    assert result.code == 1 and "#42" in result.err and len(result.err.splitlines()) == 1


def test_show_non_numeric_id_is_a_usage_error(run, log):
    log()
    assert run("show", "abc").code == 2


def test_control_characters_in_a_hand_edited_journal_never_reach_the_terminal(
    run, log, journal_path
):
    log("Acme", "Engineer")
    text = journal_path.read_text(encoding="utf-8")
    journal_path.write_text(text.replace('"Engineer"', '"Eng\\u0007ineer"'), encoding="utf-8")
    result = run("list")
    assert "\x07" not in result.out and "\\u0007" in result.out
