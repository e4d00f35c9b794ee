"""`reject reflect` without a terminal, `--answers`, `reject ask`, and the
feedback-request hooks in `reject feedback` and `reject list`."""

from __future__ import annotations

import json
from datetime import date

import pytest

ANSWERS = {
    "feedback": {"summary": "Go deeper on scaling", "specific": True},
    "review": {
        "ratings": [{"part": "interview 1", "rating": 2}],
        "went_well": "Rapport",
        "balance": "too-technical",
        "questions": [{"question": "How would you shard it?", "better_answer": "By tenant"}],
    },
    "learnings": {
        "themes": ["system design"],
        "weaknesses": ["system design"],
        "actions": [
            {"n": 1, "what": "Design course", "how": "course", "due": "2030-01-31"},
        ],
    },
    "kindness": {
        "points": [
            {"text": "system design", "control": "can-change"},
            {"text": "Dutch", "control": "outside", "long_term": True},
        ],
        "note_to_self": "One no is not a verdict",
    },
    "search": {"fit": 4, "keywords_add": ["platform"], "target_role": "Platform engineer"},
    "resilience": {"mood_before": 3, "mood_after": 6, "next_step": "Apply to Beta"},
    "mood_at_start": 3,
}


@pytest.fixture
def answers_file(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(ANSWERS), encoding="utf-8")
    return path


def test_reflect_without_a_terminal_exits_2(run, log):
    rid = log()
    assert run("reflect", str(rid)).code == 2


def test_reflect_without_a_terminal_says_how_to_run_it(run, log):
    rid = log()
    assert "--answers FILE" in run("reflect", str(rid)).err


def test_answers_file_fills_the_reflection(run, log, answers_file):
    rid = log()
    assert run("reflect", str(rid), "--answers", str(answers_file)).code == 0
    stored = run("show", str(rid), "--json").json()["reflection"]
    assert stored["search"]["target_role"] == "Platform engineer"


def test_a_complete_answers_file_marks_the_reflection_complete(run, log, answers_file):
    rid = log()
    run("reflect", str(rid), "--answers", str(answers_file))
    stored = run("show", str(rid), "--json").json()["reflection"]
    assert stored["completed"] == date.today().isoformat()


def test_answers_round_trip_through_show_json(run, log, answers_file, tmp_path):
    first, second = log("Acme"), log("Beta")
    run("reflect", str(first), "--answers", str(answers_file))
    original = run("show", str(first), "--json").json()["reflection"]
    again = tmp_path / "again.json"
    again.write_text(json.dumps(original), encoding="utf-8")
    run("reflect", str(second), "--answers", str(again))
    assert run("show", str(second), "--json").json()["reflection"] == original


def test_the_whole_record_from_show_json_is_accepted_as_answers(run, log, answers_file, tmp_path):
    first, second = log("Acme"), log("Beta")
    run("reflect", str(first), "--answers", str(answers_file))
    whole = tmp_path / "whole.json"
    whole.write_text(run("show", str(first), "--json").out, encoding="utf-8")
    run("reflect", str(second), "--answers", str(whole))
    reflections = [run("show", str(i), "--json").json()["reflection"] for i in (first, second)]
    assert reflections[0] == reflections[1]


def test_an_invalid_answers_file_is_refused_with_exit_2(run, log, tmp_path):
    rid = log()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"search": {"fit": 7}}), encoding="utf-8")
    result = run("reflect", str(rid), "--answers", str(bad))
    assert (result.code, "search.fit" in result.err) == (2, True)


def test_an_invalid_answers_file_changes_nothing(run, log, tmp_path):
    rid = log()
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    run("reflect", str(rid), "--answers", str(bad))
    assert run("show", str(rid), "--json").json()["reflection"] is None


def test_show_prints_the_reflection(run, log, answers_file):
    rid = log()
    run("reflect", str(rid), "--answers", str(answers_file))
    out = run("show", str(rid)).out
    assert f"action {rid}.1:" in out and "Platform engineer" in out


def test_show_without_a_reflection_says_how_to_start(run, log):
    rid = log()
    assert f"reject reflect {rid}" in run("show", str(rid)).out


def test_ask_names_company_role_and_contact(run, log):
    rid = log("Acme", "Data Engineer", "--contact", "Jane Doe <jane@acme.com>")
    out = run("ask", str(rid)).out
    assert all(word in out for word in ("Acme", "Data Engineer", "Hello Jane"))


def test_ask_without_a_contact_still_greets(run, log):
    rid = log()
    assert "Hello," in run("ask", str(rid)).out


def test_ask_records_the_request_as_asked_today(run, log):
    rid = log()
    run("ask", str(rid), "--sent")
    request = run("show", str(rid), "--json").json()["feedback_request"]
    assert (request["status"], request["asked_on"]) == ("asked", date.today().isoformat())


def test_ask_output_writes_the_draft_to_a_file(run, log, tmp_path):
    rid = log("Acme", "Data Engineer")
    target = tmp_path / "draft.txt"
    run("ask", str(rid), "-o", str(target))
    assert "Data Engineer" in target.read_text(encoding="utf-8")


def test_ask_edit_keeps_the_edited_draft(run, log, monkeypatch):
    rid = log()
    monkeypatch.setenv("EDITOR", "sed -i s/Hello,/Dear\\ team,/")
    run("ask", str(rid), "--edit")
    request = run("show", str(rid), "--json").json()["feedback_request"]
    assert request["draft"].splitlines()[2] == "Dear team,"


@pytest.mark.parametrize("status", ["answered", "declined", "no-reply"])
def test_ask_status_records_what_became_of_the_request(run, log, status):
    rid = log()
    run("ask", str(rid), "--sent")
    assert run("ask", str(rid), "--status", status).code == 0
    request = run("show", str(rid), "--json").json()["feedback_request"]
    assert (request["status"], request["closed_on"]) == (status, date.today().isoformat())


def test_ask_status_before_asking_is_refused(run, log):
    rid = log()
    assert run("ask", str(rid), "--status", "answered").code == 2


def test_ask_for_a_missing_id_exits_1(run):
    assert run("ask", "99").code == 1


def test_feedback_marks_a_waiting_request_answered(run, log):
    rid = log()
    run("ask", str(rid), "--sent")
    run("feedback", str(rid), "--text", "Go deeper on scaling")
    request = run("show", str(rid), "--json").json()["feedback_request"]
    assert request["status"] == "answered"


def test_feedback_without_a_request_leaves_none(run, log):
    rid = log()
    run("feedback", str(rid), "--text", "Go deeper on scaling")
    assert run("show", str(rid), "--json").json()["feedback_request"] is None


def test_list_notes_a_request_still_waiting_after_the_wait(run, log, monkeypatch):
    rid = log("Acme")
    run("ask", str(rid), "--sent")
    monkeypatch.setenv("REJECT_REQUEST_WAIT_DAYS", "0")
    assert f"Acme (#{rid}) hasn't answered your feedback request yet" in run("list").err


def test_list_is_quiet_about_a_request_within_the_wait(run, log):
    rid = log("Acme")
    run("ask", str(rid), "--sent")
    assert "for feedback" not in run("list").err


def test_list_json_stays_clean_of_notes(run, log, monkeypatch):
    rid = log("Acme")
    run("ask", str(rid), "--sent")
    monkeypatch.setenv("REJECT_REQUEST_WAIT_DAYS", "0")
    assert json.loads(run("list", "--json").out)[0]["id"] == rid


def test_ask_for_a_ghosted_process_does_not_thank_them_for_a_reply(run, log):
    log("Initech", "Data Engineer", "--kind", "ghosted")
    draft = run("ask", "1").out
    assert "haven't heard back" in draft and "Thank you for letting me know" not in draft
