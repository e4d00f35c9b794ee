"""`reject log` in a real pseudo-terminal, answered as a person would."""

from __future__ import annotations

import json
from pathlib import Path

import pexpect
import pytest

from helpers.terminal import long_answer
from reject.store import Store


def stored(home: Path) -> list[dict]:
    # Through the store: the change log beside journal.json counts too.
    return [json.loads(r.model_dump_json()) for r in Store(home).read().rejections]


# Questions whose answer may run to many lines (ended with Ctrl-D).
LONG = ("What did they say", "What did Acme say")


def answer_all(child: pexpect.spawn, answers: list[tuple[str, str]]) -> None:
    for prompt, reply in answers:
        child.expect(prompt)
        if reply and prompt in LONG:
            long_answer(child, reply)
        else:
            child.sendline(reply)


@pytest.mark.slow
def test_bare_log_asks_and_saves_every_answer(spawn, home):
    child = spawn("log")
    answer_all(
        child,
        [
            ("Company", "Acme"),
            ("Role", "Backend Engineer"),
            ("When did you hear", "2026-09-03"),
            ("When had you applied", "2026-08-20"),
            ("How far did it get", "interview"),
            ("How did the no arrive", "personal"),
            ("What did they say", "Design round stayed high-level"),
            ("Who said it", "Recruiter"),
            ("Contact", "Jane Doe <jane@acme.com>"),
            ("Where did you find", "referral"),
            ("keywords", "backend engineer"),
            ("Tags", "python, backend"),
        ],
    )
    child.expect(pexpect.EOF)
    child.close()
    (record,) = stored(home)
    assert (
        child.exitstatus,
        record["company"],
        record["applied"],
        record["stage"],
        record["tags"],
    ) == (0, "Acme", "2026-08-20", "interview", ["python", "backend"])


# The optional questions after the date, in the order `reject log` asks them.
OPTIONAL = [
    "applied",
    "How far",
    "How did the no",
    "What did they say",
    "Contact",
    "Where",
    "keywords",
    "Tags",
]


def skip_the_optional_questions(child: pexpect.spawn) -> None:
    for prompt in OPTIONAL:
        child.expect(prompt)
        child.sendline("")


def test_enter_skips_every_optional_question(spawn, home):
    child = spawn("log")
    answer_all(child, [("Company", "Acme"), ("Role", "Engineer"), ("When did you hear", "")])
    skip_the_optional_questions(child)
    child.expect(pexpect.EOF)
    (record,) = stored(home)
    assert (record["stage"], record["feedback"], record["tags"]) == (None, [], [])


def test_impossible_date_is_asked_again_with_a_hint(spawn, home):
    child = spawn("log")
    answer_all(
        child, [("Company", "Acme"), ("Role", "Engineer"), ("When did you hear", "2026-02-30")]
    )
    child.expect("not a real date")
    child.expect("When did you hear")
    child.sendline("2026-02-27")
    skip_the_optional_questions(child)
    child.expect(pexpect.EOF)
    assert stored(home)[0]["date"] == "2026-02-27"


def test_flags_given_means_only_the_missing_required_field_is_asked(spawn, home):
    child = spawn("log", "--company", "Acme", "--stage", "final")
    child.expect("Role")
    child.sendline("Engineer")
    child.expect(pexpect.EOF)
    assert stored(home)[0]["stage"] == "final"


def test_ctrl_c_during_questions_saves_nothing(spawn, home):
    child = spawn("log")
    child.expect("Company")
    child.sendline("Acme")
    child.expect("Role")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert (child.exitstatus, (home / "journal.json").exists()) == (130, False)


def test_a_journal_that_cannot_be_saved_is_refused_before_any_question(spawn, home):
    home.mkdir(parents=True, exist_ok=True)
    (home / "journal.json").write_text(
        json.dumps(
            {"format": "reject-journal", "schema_version": 99, "next_id": 1, "rejections": []}
        ),
        encoding="utf-8",
    )
    child = spawn("log")
    index = child.expect(["Company", "newer version"])
    child.expect(pexpect.EOF)
    child.close()
    assert (index, child.exitstatus) == (1, 1)


def test_feedback_without_text_asks_for_it_in_a_terminal(spawn, home, run):
    run("log", "-c", "Acme", "-r", "Engineer")
    child = spawn("feedback", "1")
    child.expect("What did Acme say")
    long_answer(child, "Go deeper on scaling")
    child.expect("Who said it")
    child.sendline("Hiring manager")
    child.expect(pexpect.EOF)
    note = stored(home)[0]["feedback"][0]
    assert (note["text"], note["given_by"]) == ("Go deeper on scaling", "Hiring manager")
