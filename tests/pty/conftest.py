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
