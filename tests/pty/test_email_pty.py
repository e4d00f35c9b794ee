"""`reject log --email FILE` in a real terminal: what was read is shown, and
only what the email didn't give is asked."""

from __future__ import annotations

import json
from pathlib import Path

import pexpect
import pytest

EMAILS = Path(__file__).parent.parent / "data" / "emails"
NO_ROLE = (
    b"From: Tom Hughes <tom@thecopperkettle.co.uk>\r\n"
    b"Subject: Saturday\r\n"
    b"Date: Sun, 29 Nov 2026 18:02:00 +0000\r\n\r\n"
    b"Hi Sam,\r\n\r\nThanks for coming in. We've gone with someone else this time.\r\n\r\n"
    b"Tom\r\nThe Copper Kettle\r\n"
)


def stored(home: Path) -> list[dict]:
    return json.loads((home / "journal.json").read_text(encoding="utf-8"))["rejections"]


@pytest.mark.slow
def test_a_full_email_is_shown_back_and_nothing_is_asked(spawn, home):
    child = spawn("log", "--email", str(EMAILS / "09_gmail_reply_class_teacher.eml"))
    child.expect("From the email")
    child.expect("company: Hillside Primary School")
    child.expect("role: Year 4 Class Teacher")
    child.expect("Logged #1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert stored(home)[0]["email_file"]


@pytest.mark.slow
def test_only_the_missing_role_is_asked(spawn, home, tmp_path):
    message = tmp_path / "saturday.eml"
    message.write_bytes(NO_ROLE)
    child = spawn("log", "--email", str(message))
    child.expect("couldn't find the role")
    child.expect("Role")
    child.sendline("Barista")
    child.expect("Logged #1")
    child.expect(pexpect.EOF)
    child.close()
    before = child.before or ""
    assert "Company" not in before and "When did you hear" not in before
    (record,) = stored(home)
    assert (child.exitstatus, record["role"], record["date"]) == (0, "Barista", "2026-11-29")
