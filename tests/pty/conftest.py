"""Driving reject in a real pseudo-terminal, as a person at a keyboard."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest

TIMEOUT = 20


@pytest.fixture
def spawn(home: Path):
    """Start `reject ARGS` in a pseudo-terminal with this test's journal."""
    children = []

    def _spawn(
        *args: str, env: dict[str, str] | None = None, dimensions: tuple[int, int] = (40, 160)
    ) -> pexpect.spawn:
        base = {"REJECT_HOME": str(home), "TERM": "xterm", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"}
        base["REJECT_CONFIG"] = os.environ["REJECT_CONFIG"]  # set for every test
        # As for every test (tests/conftest.py): changes fold into journal.json
        # at once, which these tests read, and changes in place are caught.
        for name in ("REJECT_COMPACT_EVERY", "REJECT_CHECK_CHANGES"):
            base[name] = os.environ[name]
        # env= adds to (or, with "", blanks) the variables above.
        env = {**base, **(env or {})}
        child = pexpect.spawn(
            sys.executable,
            ["-m", "reject", *args],
            env=env,
            encoding="utf-8",
            timeout=TIMEOUT,
            dimensions=dimensions,
        )
        children.append(child)
        return child

    yield _spawn
    for child in children:
        child.close(force=True)


# One walk per interactive surface stays in the working loop (`pytest -m
# "not slow"`); every other terminal test starts two or three real processes
# and runs in CI and in a plain `pytest`. Without this the loop took 70 s.
IN_THE_LOOP = {
    "test_log_pty.py::test_enter_skips_every_optional_question",
    "test_paste_pty.py::test_an_email_pasted_at_feedback_is_one_answer[bracketed]",
    "test_paste_pty.py::test_a_paste_at_feedback_never_reaches_the_shell[plain]",
    "test_reflect_pty.py::test_ctrl_c_in_stage_3_exits_130_and_keeps_stages_1_and_2",
    "test_pager_pty.py::test_a_long_list_goes_through_the_pager",
    "test_rm_pty.py::test_rm_several_answered_no_keeps_them",
    "test_encrypt_pty.py::test_mismatched_passphrases_change_nothing",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if item.path.parent != here:
            continue
        if f"{item.path.name}::{item.name}" not in IN_THE_LOOP:
            item.add_marker(pytest.mark.slow)

