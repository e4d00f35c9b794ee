"""Pasting a whole email at the long questions, in a real pseudo-terminal:
every line lands in the one answer, nothing spills into the next question,
and nothing reaches the shell once reject has exited."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pexpect
import pytest

from helpers.terminal import (
    CTRL_D,
    PASTE_OFF,
    PASTE_ON,
    bracketed_paste,
    plain_paste,
    ready_for_long_answer,
)
from reject.store import Store

# Twenty lines, blank ones among them, and a few that a shell would run.
EMAIL = """Hi Sam,

Thank you for interviewing for the Platform Engineer role.
We enjoyed meeting you and hearing about your work.

After a lot of thought we have decided to go ahead with another candidate,
whose experience is closer to what the team needs right now.

Some notes from the panel:
\t- the system design answer stayed high-level;
\t- the debugging exercise went really well.
echo LEAK-$((6*7))
touch pasted-file

We would be glad to hear from you for future roles.

Best wishes,
Jane Doe
Talent Partner, Acme
jane@acme.example"""

PASTES = {"bracketed": bracketed_paste, "plain": plain_paste}


def stored(home: Path) -> list[dict]:
    # Through the store: the change log beside journal.json counts too.
    return [json.loads(r.model_dump_json()) for r in Store(home).read().rejections]


def test_the_email_has_twenty_lines_with_blank_ones():
    lines = EMAIL.split("\n")
    assert (len(lines), lines.count("") >= 4) == (20, True)


@pytest.mark.parametrize("paste", PASTES)
def test_an_email_pasted_at_the_log_feedback_question_is_one_answer(spawn, home, paste):
    child = spawn("log")
    for prompt, reply in [("Company", "Acme"), ("Role", "Platform Engineer")]:
        child.expect(prompt)
        child.sendline(reply)
    for prompt in ("When did you hear", "applied", "How far", "How did the no"):
        child.expect(prompt)
        child.sendline("")
    child.expect("What did they say")
    child.expect("Ctrl-D to finish")
    ready_for_long_answer(child)
    PASTES[paste](child, EMAIL)
    child.send("\r" + CTRL_D)
    child.expect("Got all 20 lines")
    child.expect("Who said it")
    child.sendline("Recruiter")
    for prompt in ("Contact", "Where", "keywords", "Tags"):
        child.expect(prompt)
        child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    (record,) = stored(home)
    (note,) = record["feedback"]
    assert (child.exitstatus, note["text"], note["given_by"], record["contact"]) == (
        0,
        EMAIL,
        "Recruiter",
        None,
    )


@pytest.mark.parametrize("paste", PASTES)
def test_an_email_pasted_at_feedback_is_one_answer(spawn, home, run, paste):
    run("log", "-c", "Acme", "-r", "Platform Engineer")
    child = spawn("feedback", "1")
    child.expect("What did Acme say")
    ready_for_long_answer(child)
    PASTES[paste](child, EMAIL)
    child.send("\r" + CTRL_D)
    child.expect("Who said it")
    child.sendline("Jane Doe")
    child.expect("Added feedback")
    child.expect(pexpect.EOF)
    child.close()
    (note,) = stored(home)[0]["feedback"]
    assert (child.exitstatus, note["text"], note["given_by"]) == (0, EMAIL, "Jane Doe")


def test_a_plain_paste_starting_with_a_blank_line_is_not_taken_for_enter(spawn, home, run):
    run("log", "-c", "Acme", "-r", "Platform Engineer")
    child = spawn("feedback", "1")
    ready_for_long_answer(child)
    plain_paste(child, "\nHi Sam,\n\nNot this time, sorry.\n")
    child.send(CTRL_D)
    child.expect("Who said it")
    child.sendline("")
    child.expect(pexpect.EOF)
    assert stored(home)[0]["feedback"][0]["text"] == "Hi Sam,\n\nNot this time, sorry."


@pytest.fixture
def shell(home: Path, tmp_path: Path):
    """bash with no start-up files, in a folder of its own, where `reject` is this checkout."""
    env = {"REJECT_HOME": str(home), "TERM": "xterm", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"}
    child = pexpect.spawn(
        "bash",
        ["--norc", "--noprofile"],
        env={**env, "PS1": "$ "},
        cwd=str(tmp_path),
        encoding="utf-8",
        timeout=20,
        dimensions=(40, 160),
    )
    child.expect_exact("$ ")
    child.sendline(f'reject() {{ {sys.executable} -m reject "$@"; }}; S0=$(stty -g)')
    child.expect_exact("$ ")
    yield child
    child.close(force=True)


def after_exit(shell: pexpect.spawn) -> str:
    """Everything the shell did once reject had gone, up to a marker command."""
    shell.sendline('echo DONE-$((1+1)); [ "$S0" = "$(stty -g)" ] && echo SAME-TTY')
    shell.expect("DONE-2")
    seen = shell.before
    shell.expect("SAME-TTY|\\$ ")
    return seen + shell.after


@pytest.mark.parametrize("paste", PASTES)
def test_a_paste_at_feedback_never_reaches_the_shell(shell, home, tmp_path, run, paste):
    run("log", "-c", "Acme", "-r", "Platform Engineer")
    shell.sendline("reject feedback 1")
    ready_for_long_answer(shell)
    PASTES[paste](shell, EMAIL)
    shell.send("\r" + CTRL_D)
    shell.expect("Who said it")
    shell.sendline("")
    shell.expect("Added feedback")
    seen = after_exit(shell)
    assert (
        "LEAK-42" in seen,
        "command not found" in seen,
        (tmp_path / "pasted-file").exists(),
        "SAME-TTY" in seen,
        stored(home)[0]["feedback"][0]["text"],
    ) == (False, False, False, True, EMAIL)


def test_lines_pasted_at_a_one_line_question_are_refused_and_never_reach_the_shell(
    shell, home, tmp_path, run
):
    run("log", "-c", "Acme", "-r", "Platform Engineer")
    shell.sendline("reject feedback 1")
    ready_for_long_answer(shell)
    shell.send("Not this time.\r" + CTRL_D)
    shell.expect("Who said it")
    plain_paste(shell, "Jane Doe\necho LEAK-$((6*7))\ntouch pasted-file\n")
    shell.expect("this question takes one")
    shell.expect("Who said it")
    shell.sendline("Jane Doe")
    shell.expect("Added feedback")
    seen = after_exit(shell)
    assert (
        "LEAK-42" in seen,
        (tmp_path / "pasted-file").exists(),
        stored(home)[0]["feedback"][0]["given_by"],
    ) == (False, False, "Jane Doe")


def test_ctrl_c_during_a_long_answer_exits_cleanly_and_restores_the_terminal(shell, home, run):
    run("log", "-c", "Acme", "-r", "Platform Engineer")
    shell.sendline("reject feedback 1")
    ready_for_long_answer(shell)
    shell.send("Half a thought\rand the start of another")
    shell.sendintr()
    shell.expect("Stopped")
    seen = shell.before  # from the moment the answer could be typed
    shell.expect_exact("$ ")
    shell.sendline("echo EXIT-$?")
    shell.expect("EXIT-(\\d+)")
    code = shell.match.group(1)
    tail = after_exit(shell)
    assert (
        code,
        "Traceback" in seen,
        PASTE_OFF in seen and PASTE_ON not in seen.split(PASTE_OFF)[-1],
        "SAME-TTY" in tail,
        stored(home)[0]["feedback"],
    ) == ("130", False, True, True, [])


def test_text_dash_at_a_terminal_reads_a_paste_until_ctrl_d_with_a_hint(spawn, home, run):
    run("log", "-c", "Acme", "-r", "Platform Engineer")
    child = spawn("feedback", "1", "--text", "-", "--from", "Jane")
    child.expect("press Ctrl-D on a new line")
    plain_paste(child, EMAIL + "\n")
    child.send(CTRL_D)
    child.expect("Added feedback")
    child.expect(pexpect.EOF)
    assert stored(home)[0]["feedback"][0]["text"] == EMAIL
