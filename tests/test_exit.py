"""The console entry point leaves with os._exit (reject.process): everything
must still be flushed, the lock released and the exit code kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def _reject(*args: str, home: Path, **kw: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REJECT_HOME": str(home), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "reject", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        stdin=subprocess.DEVNULL,
        **kw,  # type: ignore[arg-type]
    )


def _journal(home: Path, n: int) -> None:
    """A journal of ``n`` records written directly, so the test spends its
    time on the runs that matter."""
    from reject.model import Journal, Rejection
    from reject.store import Store

    store = Store(home)
    with store.transaction() as journal:
        assert isinstance(journal, Journal)
        for i in range(1, n + 1):
            journal.rejections.append(Rejection(id=i, company=f"Ward {i}", role="Staff nurse"))
        journal.next_id = n + 1


@pytest.mark.slow
def test_all_output_arrives_and_the_lock_is_free_after_a_save(home: Path) -> None:
    _journal(home, 400)
    logged = _reject("log", "--company", "St Mary's", "--role", "Charge nurse", home=home)
    assert logged.returncode == 0, logged.stderr
    assert logged.stdout.strip() == "401"
    assert "Logged #401" in logged.stderr
    from filelock import FileLock

    FileLock(str(home / "journal.json.lock"), timeout=0).acquire().lock.release()

    listed = _reject("list", "--json", home=home)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 401  # ~250 KB, more than a pipe holds: all flushed


@pytest.mark.parametrize(
    ("args", "code"),
    [(("show", "999"), 1), (("list", "--limit", "0"), 2), (("list", "--bogus"), 2)],
)
def test_exit_codes_are_kept(home: Path, args: tuple[str, ...], code: int) -> None:
    result = _reject(*args, home=home)
    assert result.returncode == code
    assert result.stderr.startswith("Error: ")
    assert "Traceback" not in result.stderr


def test_a_reader_that_goes_away_gets_no_traceback(home: Path) -> None:
    _journal(home, 3_000)
    env = {**os.environ, "REJECT_HOME": str(home), "NO_COLOR": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reject", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    err = proc.stderr.read().decode("utf-8")
    proc.wait(timeout=60)
    assert "Traceback" not in err and "Exception" not in err
