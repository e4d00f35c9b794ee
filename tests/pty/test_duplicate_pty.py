"""Logging the same company, role and date again in a terminal asks first."""

from __future__ import annotations

import pexpect


def test_repeat_in_a_terminal_asks_and_no_logs_nothing(spawn, log, run) -> None:
    log("Acme", "Engineer", "--date", "2026-11-20")
    child = spawn("log", "-c", "acme", "-r", "Engineer", "-d", "2026-11-20")
    child.expect(r"You already logged Acme, Engineer on Fri 20 Nov 2026 \(#1\)")
    child.expect(r"Log it again, as a separate rejection\?")
    child.sendline("n")
    child.expect("Nothing was logged")
    child.expect(pexpect.EOF)
    assert len(run("list", "--json").json()) == 1


def test_repeat_in_a_terminal_answered_yes_logs_it(spawn, log, run) -> None:
    log("Acme", "Engineer", "--date", "2026-11-20")
    child = spawn("log", "-c", "Acme", "-r", "Engineer", "-d", "2026-11-20")
    child.expect(r"Log it again, as a separate rejection\?")
    child.sendline("y")
    child.expect("Logged #2")
    child.expect(pexpect.EOF)
    assert len(run("list", "--json").json()) == 2
