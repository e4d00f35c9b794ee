"""Proof: kill -9 at any point of a save never loses or mangles an entry.

RELIABILITY.md, "Atomic save": a crash leaves the old journal or the new one,
never a mix. Three proofs:

* a random-time loop: a writer process runs `reject log` in a loop and is
  SIGKILLed after a random delay, 200 times; after every kill the journal
  parses and holds exactly the old entries plus zero or more whole new ones;
* exact kill points: the writer kills itself before and after every system
  call of a save (write, fsync, close, replace, open of the folder), so every
  step boundary is covered without relying on timing;
* a handful of kills of the real console command, `python -m reject log`.

Each runs with journal.json folded at every change ("fold") and with the
change log folded every third change ("log"), so kills land in appends,
in folds, and between the two.

Temp files: kill -9 can leave a `.journal.json.XXXX.tmp` behind (nothing can
clean up after SIGKILL). That is not corruption: the journal is never read
from a temp. The next writer, once it holds the lock, removes them (only a
lock holder writes temps there), and its save works as usual.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import reject.store.disk
from helpers import temp_files
from reject.store import Store

pytestmark = [
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL"),
    pytest.mark.slow,  # hundreds of kill -9s
]

RANDOM_KILLS = 200
EXEC_KILLS = 8
MODES = {"fold": "1", "log": "3"}


@pytest.fixture(params=sorted(MODES))
def mode(request: pytest.FixtureRequest, home: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("REJECT_COMPACT_EVERY", MODES[request.param])  # forks inherit it
    return str(request.param)


def _snapshot(home: Path) -> dict[int, dict[str, Any]]:
    """Every record, as the store reads it (raises if the journal is unreadable)."""
    journal = Store(home).read()
    ids = [r.id for r in journal.rejections]
    assert len(ids) == len(set(ids)), "duplicate ids"
    if journal.rejections:
        assert journal.next_id > max(ids)
    return {r.id: r.model_dump(mode="json") for r in journal.rejections}


def _check_old_plus_whole_new(
    before: dict[int, dict[str, Any]], after: dict[int, dict[str, Any]], tag: str
) -> int:
    """`after` is `before` untouched plus new records tag-0, tag-1, ... in order."""
    for rid, record in before.items():
        assert after.get(rid) == record, f"record #{rid} lost or changed"
    new = [after[rid] for rid in sorted(after) if rid not in before]
    assert [r["company"] for r in new] == [f"{tag}-{i}" for i in range(len(new))]
    assert all(r["role"] == "Crash" for r in new)
    return len(new)


def _quiet_child() -> None:
    """In a forked child: send output to /dev/null, away from pytest's capture."""
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - lives until SIGKILL
    sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    from reject import render

    render.reset()


def _log_forever(tag: str, confirmed: Path) -> None:
    """Child body: log tag-0, tag-1, ... until killed. Never returns. Each log
    that reported success is noted in ``confirmed`` (a write a kill can't undo)."""
    try:
        _quiet_child()
        from reject.cli.main import main

        fd = os.open(confirmed, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        i = 0
        while True:
            if main(["log", "--company", f"{tag}-{i}", "--role", "Crash"]) != 0:
                os._exit(3)
            os.write(fd, f"{tag}-{i}\n".encode())
            i += 1
    finally:
        os._exit(4)


def _fork(body: Any, *args: Any) -> int:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        body(*args)
        os._exit(5)
    return pid


def _wait(pid: int) -> int:
    _, status = os.waitpid(pid, 0)
    return status


def test_kill_9_at_random_points_never_loses_an_entry(
    home: Path, mode: str, tmp_path: Path
) -> None:
    rng = random.Random(20261125)
    store = Store(home)
    from reject import render
    from reject.cli.main import main

    # Start from a journal with content, and with every module a log imports
    # lazily already imported, so the forked writers save within the kill
    # window (without this, no kill ever landed after a save).
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main(["log", "--company", "Seed", "--role", "Crash"]) == 0
    render.reset()
    seen_temp_after_kill = 0
    new_total = 0
    for cycle in range(RANDOM_KILLS):
        before = _snapshot(home)
        temps_before = set(temp_files(home))
        tag = f"k{cycle}"
        confirmed = tmp_path / f"confirmed-{cycle}"
        pid = _fork(_log_forever, tag, confirmed)
        # Most kills land inside the first save or two; some later.
        time.sleep(rng.choice([rng.uniform(0, 0.015), rng.uniform(0, 0.06), rng.uniform(0, 0.2)]))
        os.kill(pid, signal.SIGKILL)
        status = _wait(pid)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
            f"writer stopped by itself (status {status}) before the kill"
        )
        after = _snapshot(home)  # must parse, every time
        new_total += _check_old_plus_whole_new(before, after, tag)
        # Every log that told its caller "done" is there.
        said_done = confirmed.read_text(encoding="utf-8").split() if confirmed.exists() else []
        assert set(said_done) <= {r["company"] for r in after.values()}
        left = set(temp_files(home))
        if left - temps_before:
            seen_temp_after_kill += 1
    # The next ordinary save works beside any temp left by a kill, and clears it.
    left = len(temp_files(home))
    before = _snapshot(home)
    with store.transaction() as journal:
        journal.next_id += 0
    assert _snapshot(home) == before
    assert temp_files(home) == []
    assert new_total >= RANDOM_KILLS // 20, "too few kills landed after a save to prove anything"
    print(
        f"\n{RANDOM_KILLS} kills, {new_total} records saved in between, "
        f"{seen_temp_after_kill} kills left a temp file ({left} at the end)"
    )


class _KillAt:
    """Stands in for `os` inside reject.store.disk and SIGKILLs this process at
    exactly one system-call boundary of a save: before or after call number n."""

    WATCHED = ("write", "fsync", "close", "replace", "open")

    def __init__(self, n: int, when: str) -> None:
        self.n, self.when, self.calls = n, when, 0

    def __getattr__(self, name: str) -> Any:
        real = getattr(os, name)
        if name not in self.WATCHED:
            return real

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            hit = self.calls == self.n
            if hit and self.when == "before":
                os.kill(os.getpid(), signal.SIGKILL)
            result = real(*args, **kwargs)
            if hit and self.when == "after":
                os.kill(os.getpid(), signal.SIGKILL)
            return result

        return call


def _folded_in(raw: bytes) -> int:
    return int(json.loads(raw)["changes_folded"])


def _folded(home: Path) -> int:
    return _folded_in((home / "journal.json").read_bytes())


def _log_once_killed_at(n: int, when: str, tag: str) -> None:
    try:
        _quiet_child()
        reject.store.disk.os = _KillAt(n, when)  # type: ignore[attr-defined]
        from reject.cli.main import main

        main(["log", "--company", f"{tag}-0", "--role", "Crash"])
        os._exit(0)  # the save finished without reaching call n
    finally:
        os._exit(4)


def test_kill_9_before_and_after_every_system_call_of_a_save(home: Path, mode: str) -> None:
    from reject.cli.main import main

    # One record in journal.json, so the save under test writes a backup first;
    # with the log on, one more pending, so the save under test folds them.
    assert main(["log", "--company", "First", "--role", "Crash"]) == 0
    if mode == "log":
        # Every third change folds the two pending before it (at Third and
        # Fifth), so after Sixth two are pending and the save under test folds.
        for name in ("Second", "Third", "Fourth", "Fifth", "Sixth"):
            assert main(["log", "--company", name, "--role", "Crash"]) == 0
    points = temps_left = 0
    n = 1
    while True:
        finished = False
        for when in ("before", "after"):
            before = _snapshot(home)
            raw_before = (home / "journal.json").read_bytes()
            log_path = home / "journal.changes.jsonl"
            log_before = log_path.read_bytes() if log_path.exists() else b""
            tag = f"p{n}{when}"
            status = _wait(_fork(_log_once_killed_at, n, when, tag))
            after = _snapshot(home)
            added = _check_old_plus_whole_new(before, after, tag)
            if os.WIFEXITED(status):
                assert os.WEXITSTATUS(status) == 0
                assert added == 1
                finished = True
                continue
            points += 1
            assert os.WTERMSIG(status) == signal.SIGKILL
            temps_left += bool(temp_files(home))
            if added == 0 and (home / "journal.json").read_bytes() != raw_before:
                # Killed after the pending changes were folded, before the new
                # one was logged (it is logged on its own, for an exact undo):
                # the fold is whole, the records as they were (checked above).
                assert mode == "log"
                assert _folded(home) > _folded_in(raw_before)
            elif added == 0:
                # At most a torn line more, which readers ignore.
                assert (log_path.read_bytes() if log_path.exists() else b"").startswith(log_before)
        if finished:
            break
        n += 1
    # Every boundary of a save with a backup: >= 2 files x (write, fsync, close,
    # replace) plus the folder syncs.
    assert points >= 16, points
    # Kills between mkstemp and replace leave a temp; each next save removes it.
    assert temps_left > 0
    assert main(["log", "--company", "After", "--role", "Crash"]) == 0
    assert temp_files(home) == []
    print(f"\n{points} exact kill points; {temps_left} left a temp, removed by the next save")


def test_kill_9_of_the_console_command(home: Path, tmp_path: Path, mode: str) -> None:
    rng = random.Random(7)
    env = {**os.environ, "REJECT_HOME": str(home)}
    assert (
        subprocess.run(
            [sys.executable, "-m", "reject", "log", "--company", "Seed", "--role", "Crash"],
            env=env,
            capture_output=True,
        ).returncode
        == 0
    )
    for cycle in range(EXEC_KILLS):
        before = _snapshot(home)
        tag = f"x{cycle}"
        script = (
            "import sys\nfrom reject.cli.main import main\n"
            "for i in range(1000):\n"
            f"    code = main(['log', '--company', '{tag}-' + str(i), '--role', 'Crash'])\n"
            "    if code:\n        sys.exit(code)\n"
        )
        proc = subprocess.Popen(
            [sys.executable, "-c", script],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.15, 0.4))  # interpreter start-up is ~0.2 s
        proc.send_signal(signal.SIGKILL)
        assert proc.wait() == -signal.SIGKILL
        _check_old_plus_whole_new(before, _snapshot(home), tag)
