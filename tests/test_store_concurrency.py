"""Proof: one writer at a time, and a busy journal is an error, never a loss.

RELIABILITY.md, "One writer at a time": every read-modify-write holds the lock
on journal.json.lock, read included (jrnl#502 lost entries to two runs).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import LOCK_HOLDER, WRITER, temp_files
from reject.store import Store

pytestmark = pytest.mark.slow  # eight processes racing; seconds each

WRITERS = 8
EACH = 25


@pytest.mark.parametrize("fold_every", ["1", "7"], ids=["fold", "log"])
def test_eight_processes_logging_at_once_lose_nothing(
    home: Path, tmp_path: Path, fold_every: str
) -> None:
    home.mkdir(mode=0o700)
    env = {**os.environ, "REJECT_HOME": str(home), "REJECT_LOCK_TIMEOUT": "120"}
    env["REJECT_COMPACT_EVERY"] = fold_every  # "log": appends, with a fold every 7th
    go = tmp_path / "go"
    procs = []
    for w in range(WRITERS):
        ready = tmp_path / f"ready-{w}"
        cmd = [sys.executable, str(WRITER), str(home), f"w{w}", str(EACH), str(ready), str(go)]
        procs.append(
            (
                ready,
                subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True, encoding="utf-8"),
            )
        )
    # Start them together, once every interpreter has imported reject.
    while not all(ready.exists() or proc.poll() is not None for ready, proc in procs):
        time.sleep(0.01)
    go.touch()
    for _, proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err

    journal = Store(home).read()
    ids = [r.id for r in journal.rejections]
    assert len(ids) == WRITERS * EACH
    assert sorted(ids) == list(range(1, WRITERS * EACH + 1))
    assert len({r.uuid for r in journal.rejections}) == WRITERS * EACH
    assert {r.company for r in journal.rejections} == {
        f"w{w}-{i}" for w in range(WRITERS) for i in range(EACH)
    }
    assert journal.next_id == WRITERS * EACH + 1
    assert temp_files(home) == []


def _hold_lock(home: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, str(LOCK_HOLDER), str(home)],
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "locked\n"
    return holder


def test_a_second_writer_while_the_lock_is_held_gets_journal_is_busy(
    home: Path, journal_path: Path, run, log, monkeypatch
) -> None:
    log("Acme", "Engineer")
    before = journal_path.read_bytes()
    monkeypatch.setenv("REJECT_LOCK_TIMEOUT", "0.3")
    holder = _hold_lock(home)
    try:
        result = run("log", "--company", "Blocked", "--role", "Engineer")
        assert result.code == 1
        assert "journal is busy" in result.err
        assert len(result.err.strip().splitlines()) == 1
        assert journal_path.read_bytes() == before
        # Readers take no lock: they still work while a writer holds it.
        listed = run("list", "--json")
        assert listed.code == 0 and [r["company"] for r in listed.json()] == ["Acme"]
    finally:
        holder.kill()
        holder.wait()


def test_a_writer_killed_while_holding_the_lock_does_not_block_the_next(
    home: Path, journal_path: Path, run, log, monkeypatch
) -> None:
    log("Acme", "Engineer")
    monkeypatch.setenv("REJECT_LOCK_TIMEOUT", "0.3")
    holder = _hold_lock(home)
    holder.send_signal(signal.SIGKILL)
    assert holder.wait() == -signal.SIGKILL
    assert (home / "journal.json.lock").exists()  # the file stays; the OS lock is gone
    result = run("log", "--company", "Next", "--role", "Engineer")
    assert result.code == 0, result.err
    assert [r.company for r in Store(home).read().rejections] == ["Acme", "Next"]
