"""A very low mood in a real pseudo-terminal: a gentler reply, and the offer
to stop after stage 1 and come back, which Enter accepts."""

from __future__ import annotations

import json
from pathlib import Path

import pexpect

from reject.model import FeedbackNote, Journal, Rejection


def test_a_very_low_mood_is_met_gently_and_can_stop_after_stage_1(
    spawn, home: Path, journal_path: Path
):
    note = FeedbackNote(text="We wanted more classroom management experience")
    record = Rejection(id=1, company="Acme", role="Teacher", feedback=[note])
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    journal_path.write_text(Journal(next_id=2, rejections=[record]).model_dump_json(), "utf-8")
    child = spawn("reflect", "1")
    child.expect("feeling right now")
    child.sendline("1")
    child.expect("sorry today is this hard")
    child.expect("Stage 1/6")
    child.expect("what did they say")
    child.sendline("")  # a long answer: Enter alone skips it
    child.expect("specific enough")
    child.sendline("")
    child.expect("draft one")
    child.sendline("n")
    child.expect("Stop here and come back to the rest later\\?")
    child.sendline("")  # Enter takes the offer
    child.expect("picks up at stage 2")
    child.expect(pexpect.EOF)
    child.close()
    doc = json.loads((home / "journal.json").read_text(encoding="utf-8"))
    refl = doc["rejections"][0]["reflection"]
    assert (child.exitstatus, refl["mood_at_start"], refl["review"]) == (0, 1, None)
    assert refl["feedback"] is not None
