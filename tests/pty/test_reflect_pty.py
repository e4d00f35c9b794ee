"""`reject reflect` in a real pseudo-terminal, answered as a person would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from helpers.terminal import long_answer
from reject.store import Store


@pytest.fixture
def rid(home: Path) -> int:
    result = subprocess.run(
        [sys.executable, "-m", "reject", "log", "-c", "Acme", "-r", "Backend Engineer",
         "-s", "interview", "-f", "We wanted more system design experience"],
        env={"REJECT_HOME": str(home), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=True, encoding="utf-8"
    )  # fmt: skip
    return int(result.stdout.strip())


def reflection(home: Path) -> dict:
    # Through the store: the change log beside journal.json counts too.
    record = Store(home).read().rejections[0]
    return json.loads(record.model_dump_json())["reflection"]


def answer(child: pexpect.spawn, steps: list[tuple[str, str]]) -> None:
    for prompt, reply in steps:
        child.expect(prompt)
        child.sendline(reply)


STAGES_1_2 = [
    ("feeling right now", "4"),
    ("Stage 1/6", ""),
    ("what did they say", "More design depth"),
    ("specific enough", "n"),
    ("draft one", "n"),
    ("Stage 2/6", ""),
    ("interview rounds", "1"),
    ("Preparation", "4"),
    ("Application", ""),
    ("Round 1: what kind", "coding"),
    ("Coding \\(1-5", "2"),
    ("Follow-up", ""),
    ("went well", "Rapport"),
    ("differently", ""),
    ("under-prepared", ""),
    ("balance", "technical"),
    ("answer better", ""),
]
STAGES_3_6 = [
    ("Stage 3/6", ""),
    ("Which of these fit", ""),
    ("other themes", ""),
    ("work on", "system design"),
    ("What will you do", "Design course"),
    ("go about it", "course"),
    ("Which course", ""),
    ("By when", "in 2 weeks"),
    ("Stage 4/6", ""),
    ("already have a plan", ""),  # system design has its action: not sorted again
    ("else they raised", ""),
    ("note to yourself", ""),
    ("Stage 5/6", ""),
    ("fit you", "3"),
    ("day to day", "y"),
    ("excite you", ""),
    ("to keep", ""),
    ("to drop", ""),
    ("to add", ""),
    ("really after", "Platform engineer"),
    ("Stage 6/6", ""),
    ("feeling now", "6"),
    ("about yourself", ""),
    ("next concrete step", "Apply to Beta"),
    ("When will you", "tomorrow"),
]


# Free-text questions: many lines, ended with Ctrl-D (Enter alone skips them).
LONG = ("what did they say", "went well")


def run_steps(child: pexpect.spawn, steps: list[tuple[str, str]]) -> None:
    for prompt, reply in steps:
        child.expect(prompt)
        if reply and prompt in LONG:
            long_answer(child, reply)
        elif not prompt.startswith("Stage "):
            child.sendline(reply)


@pytest.mark.slow
def test_a_full_reflection_in_a_terminal_completes(spawn, home, rid):
    child = spawn("reflect", str(rid))
    run_steps(child, STAGES_1_2 + STAGES_3_6)
    child.expect("finished and saved")
    child.expect(pexpect.EOF)
    child.close()
    assert (child.exitstatus, reflection(home)["completed"] is not None) == (0, True)


def test_ctrl_c_in_stage_3_exits_130_and_keeps_stages_1_and_2(spawn, home, rid):
    child = spawn("reflect", str(rid))
    run_steps(child, STAGES_1_2)
    child.expect("Which of these fit")
    child.sendintr()
    child.expect("Anything you had finished is saved")
    child.expect(pexpect.EOF)
    child.close()
    saved = reflection(home)
    assert (child.exitstatus, saved["review"] is not None, saved["learnings"]) == (130, True, None)


def test_ctrl_c_shows_no_traceback(spawn, home, rid):
    child = spawn("reflect", str(rid))
    run_steps(child, STAGES_1_2)
    child.expect("Which of these fit")
    child.sendintr()
    child.expect(pexpect.EOF)
    assert "Traceback" not in (child.before or "")


@pytest.mark.slow
def test_resume_after_ctrl_c_picks_up_at_stage_3_and_completes(spawn, home, rid):
    child = spawn("reflect", str(rid))
    run_steps(child, STAGES_1_2)
    child.expect("Which of these fit")
    child.sendintr()
    child.expect(pexpect.EOF)
    child = spawn("reflect", str(rid))
    child.expect("Picking up at stage 3")
    run_steps(child, STAGES_3_6)
    child.expect("finished and saved")
    child.expect(pexpect.EOF)
    assert reflection(home)["completed"] is not None


def test_a_rating_of_7_is_asked_again_with_a_hint(spawn, home, rid):
    child = spawn("reflect", str(rid), "--stage", "2")
    answer(child, [("interview rounds", "1"), ("Preparation", "7")])
    child.expect("whole number from 1 to 5")
    child.expect("Preparation")
    child.sendline("4")
    answer(child, [("Application", "")])
    assert child.isalive()


def test_a_date_that_does_not_exist_is_asked_again_with_a_hint(spawn, home, rid):
    child = spawn("reflect", str(rid), "--stage", "3")
    answer(
        child,
        [
            ("Which of these fit", ""),
            ("other themes", ""),
            ("work on", "sql"),
            ("What will you do", "Practise joins"),
            ("go about it", "practice"),
            ("With whom, or how", ""),
            ("By when", "2026-02-30"),
        ],
    )
    child.expect("is not a real date")
    child.expect("By when")
    child.sendline("in 1 week")
    child.expect("Stage 3 saved")
    child.expect(pexpect.EOF)
    assert reflection(home)["learnings"]["actions"][0]["what"] == "Practise joins"


def test_each_saved_stage_labels_its_backup(spawn, home, rid, run):
    child = spawn("reflect", str(rid))
    run_steps(child, STAGES_1_2)
    child.expect("Which of these fit")
    child.sendintr()
    child.expect(pexpect.EOF)
    labels = [b["before"] for b in run("backups", "list", "--json").json()]
    assert labels[:2] == [f"reflect #{rid} stage 2", f"reflect #{rid} stage 1"]
