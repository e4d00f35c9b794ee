"""Deleting several rejections in a terminal: one question that lists them."""

from __future__ import annotations

import pexpect


def test_rm_several_asks_once_listing_them(spawn, log, run) -> None:
    log("Acme", "Engineer")
    log("Globex", "Analyst")
    log("Initech", "Tester")
    child = spawn("rm", "1", "3")
    child.expect("#1  Acme, Engineer")
    child.expect("#3  Initech, Tester")
    child.expect(r"Delete these 2 rejections\?")
    child.sendline("y")
    child.expect("Deleted #1 and #3")
    child.expect(pexpect.EOF)
    assert [r["company"] for r in run("list", "--json").json()] == ["Globex"]


def test_rm_several_answered_no_keeps_them(spawn, log, run) -> None:
    log("Acme", "Engineer")
    log("Globex", "Analyst")
    child = spawn("rm", "1", "2")
    child.expect(r"Delete these 2 rejections\?")
    child.sendline("n")
    child.expect("Nothing was deleted")
    child.expect(pexpect.EOF)
    assert len(run("list", "--json").json()) == 2


def test_appraisals_rm_asks_first(spawn, run) -> None:
    run("appraisals", "add", "--text", "Delegate more.", "--from", "mentor", "--date", "2025-03-01")
    run("appraisals", "add", "--text", "Speak up sooner.")
    child = spawn("appraisals", "rm", "1")
    child.expect(r"Delete appraisal #1 from mentor \(2025-03-01\)\?")
    child.sendline("n")
    child.expect("Nothing was deleted")
    child.expect(pexpect.EOF)
    child = spawn("appraisals", "rm", "1")
    child.expect(r"Delete appraisal #1")
    child.sendline("y")
    child.expect("Deleted appraisal #1")
    child.expect(pexpect.EOF)
    assert [a["id"] for a in run("appraisals", "list", "--json").json()] == [2]
