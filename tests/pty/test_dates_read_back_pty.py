"""Dates typed in words are said back with their weekday, in a real
pseudo-terminal: an action's due date in `reject reflect`, and the date of
the no in `reject log`."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pexpect

from reject.dates import parse_date, read_back
from reject.model import Journal, Rejection
from reject.reflection.answers import parse_due


def test_an_action_due_next_friday_is_read_back_before_moving_on(spawn, journal_path: Path):
    journal = Journal(next_id=2, rejections=[Rejection(id=1, company="Acme", role="Nurse")])
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    journal_path.write_text(journal.model_dump_json(), encoding="utf-8")
    today = date.today()
    expected = read_back(parse_due("next friday", today=today), today)
    child = spawn("reflect", "1", "--stage", "3")
    for prompt, reply in [
        ("themes you notice", ""),
        ("work on", "handover notes"),
        ("What will you do", "Shadow a senior nurse's handover"),
        ("go about it", "practice"),
        ("With whom, or how", ""),
        ("By when", "next friday"),
    ]:
        child.expect(prompt)
        child.sendline(reply)
    child.expect(re.escape(f"next friday \u2192 {expected}"))
    child.expect("Stage 3 saved")  # said back, then on to the next question
    child.expect(pexpect.EOF)
    child.close()
    doc = json.loads(journal_path.read_text(encoding="utf-8"))
    due = doc["rejections"][0]["reflection"]["learnings"]["actions"][0]["due"]
    assert (child.exitstatus, due) == (0, parse_due("next friday", today=today).isoformat())


def test_the_date_of_the_no_in_words_is_read_back_in_log(spawn, home):
    today = date.today()
    expected = read_back(parse_date("3 days ago", today=today), today)
    child = spawn("log")
    for prompt, reply in [
        ("Company", "Acme"),
        ("Role", "Teacher"),
        ("When did you hear", "3 days ago"),
    ]:
        child.expect(prompt)
        child.sendline(reply)
    child.expect(re.escape(f"3 days ago \u2192 {expected}"))
    child.expect("When had you applied")
    child.sendintr()
    child.expect(pexpect.EOF)
