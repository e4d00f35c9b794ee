"""Stage 4 in a real pseudo-terminal: the offer of "outside your control for
now", Enter to skip, "not sure", and a verdict asked back about."""

from __future__ import annotations

import json
from pathlib import Path

import pexpect

from reject.model import FeedbackNote, Journal, Rejection


def log(journal_path: Path, feedback: str) -> int:
    record = Rejection(id=1, company="Acme", role="Nurse", feedback=[FeedbackNote(text=feedback)])
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    journal_path.write_text(Journal(next_id=2, rejections=[record]).model_dump_json(), "utf-8")
    return 1


def kindness(home: Path) -> dict:
    doc = json.loads((home / "journal.json").read_text(encoding="utf-8"))
    return doc["rejections"][0]["reflection"]["kindness"]


def finish(child: pexpect.spawn) -> None:
    child.expect("note to yourself")
    child.sendline("")
    child.expect("Stage 4 saved")
    child.expect(pexpect.EOF)
    child.close()


def test_a_language_is_offered_as_outside_and_a_verdict_is_asked_back(spawn, home, journal_path):
    rid = log(journal_path, "Fluent German is required on this ward.")
    child = spawn("reflect", str(rid), "--stage", "4")
    child.expect("a language requirement \\(German\\)\u201d is usually outside your control")
    child.expect("Set it aside\\? \\(yes/no/not sure")
    child.sendline("y")
    child.expect("long-term goal")
    child.sendline("")
    child.expect("else they raised")
    child.sendline("maybe I'm just not nursing material")
    child.expect("What did they actually tell you\\?")
    child.sendline("")
    child.expect("Left out")
    child.expect("isn't a failing")
    finish(child)
    saved = kindness(home)["points"]
    assert child.exitstatus == 0
    assert saved == [
        {"text": "a language requirement (German)", "control": "outside", "long_term": False}
    ]


def test_enter_skips_and_not_sure_is_an_answer(spawn, home, journal_path):
    rid = log(journal_path, "We went with an internal candidate.")
    child = spawn("reflect", str(rid), "--stage", "4")
    child.expect("an internal candidate\u201d is usually outside")
    child.sendline("")  # Enter skips it: no "needs an answer"
    child.expect("else they raised")
    assert "needs an answer" not in (child.before or "")
    child.sendline("bedside manner")
    child.expect("bedside manner\u201d: can you change this")
    child.sendline("not sure")
    child.expect("Not sure is a fair answer")
    finish(child)
    assert child.exitstatus == 0
    assert kindness(home)["points"] == [
        {"text": "bedside manner", "control": "not-sure", "long_term": False}
    ]
