"""NO_COLOR means no styling at all: no colour, and no bold, dim or italics."""

from __future__ import annotations

import re

import pexpect

ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


def _first_question(spawn, env: dict[str, str]) -> str:
    child = spawn("log", env=env)
    child.expect("Company")
    seen = child.before + "Company"
    child.expect(":")
    seen += child.before
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    return seen


def test_no_color_prints_no_escape_sequence_at_all(spawn) -> None:
    seen = _first_question(spawn, {"NO_COLOR": "1"})
    assert "Company" in seen
    assert not ESCAPE.search(seen)


def test_without_no_color_the_question_is_styled(spawn) -> None:
    # The control: the same question does carry styling when NO_COLOR is unset,
    # so the test above would see it if NO_COLOR left bold behind.
    seen = _first_question(spawn, {"NO_COLOR": ""})
    assert ESCAPE.search(seen)


def test_no_color_table_in_a_terminal_is_plain(spawn, log) -> None:
    log("Acme", "Engineer")
    child = spawn("list", env={"NO_COLOR": "1"})
    child.expect(pexpect.EOF)
    assert "Acme" in child.before
    assert not ESCAPE.search(child.before)
