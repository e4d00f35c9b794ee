"""`reject undo` in a terminal says what it would take back and asks first."""

from __future__ import annotations

import pexpect


def test_undo_asks_naming_the_change_and_no_keeps_it(spawn, log, run) -> None:
    log("Acme", "Engineer")
    log("Globex", "Teacher")
    child = spawn("undo")
    child.expect(r"Undo log #2 \(made \d{4}-\d\d-\d\d \d\d:\d\d\)\?")
    child.sendline("n")
    child.expect("Kept your journal as it is")
    child.expect(pexpect.EOF)
    assert len(run("list", "--json").json()) == 2


def test_undo_answered_yes_takes_it_back(spawn, log, run) -> None:
    log("Acme", "Engineer")
    log("Globex", "Teacher")
    child = spawn("undo")
    child.expect(r"Undo log #2")
    child.sendline("y")
    child.expect("Undid log #2")
    child.expect(pexpect.EOF)
    assert [r["company"] for r in run("list", "--json").json()] == ["Acme"]


def test_undoing_an_undo_is_asked_as_a_redo(spawn, log, run) -> None:
    log("Acme", "Engineer")
    log("Globex", "Teacher")
    run("undo", "--yes")
    child = spawn("undo")
    child.expect(r"Redo log #2 \(made ")
    child.sendline("y")
    child.expect("Redid log #2")
    child.expect(pexpect.EOF)
    assert len(run("list", "--json").json()) == 2
