"""Proof: an I/O error at any write, fsync or rename changes nothing.

RELIABILITY.md, "Atomic save" and "Honest failures" (jrnl#72 lost a journal
to an error in the middle of a write): make os.write / os.fsync / os.replace
fail at their k-th call inside reject.store.disk, once or for ever. The journal
stays byte-identical, no temp is left, the error is one line with exit 1, and
the next command works.

With the change log a `log` either appends one line to it (the interval not
reached) or folds everything into journal.json; both are run ("append",
"fold"). What is written after the commit point (the log trimmed after a
fold, the note vouching for journal.json) may fail without harm: the command
then succeeds, and the change is there.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Any

import pytest

import reject.store.disk
from helpers import temp_files
from reject.store import Store

ERRORS = {"write": errno.ENOSPC, "fsync": errno.EIO, "replace": errno.EACCES}
# Calls made by one `reject log` on a journal that exists, at most: the backup
# (write, fsync file, replace, fsync folder), the journal, the note vouching
# for it and the trimmed change log; appending is one write and one fsync.
CALLS = {"write": 4, "fsync": 8, "replace": 4}
CASES = [
    (mode, op, k) for mode in ("fold", "append") for op, n in CALLS.items() for k in range(1, n + 1)
]
IDS = [f"{mode}-{op}-{k}" for mode, op, k in CASES]


class FaultyOS:
    """Stands in for `os` inside reject.store.disk; one function fails at call k."""

    def __init__(self, op: str, k: int, *, forever: bool) -> None:
        self.op, self.k, self.forever = op, k, forever
        self.calls = 0
        self.failed: list[str] = []  # "file" or "folder", for each failure raised

    def __getattr__(self, name: str) -> Any:
        real = getattr(os, name)
        if name != self.op:
            return real

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if self.calls == self.k or (self.forever and self.calls > self.k):
                is_dir = name == "fsync" and stat.S_ISDIR(os.fstat(args[0]).st_mode)
                self.failed.append("folder" if is_dir else "file")
                raise OSError(ERRORS[name], os.strerror(ERRORS[name]))
            return real(*args, **kwargs)

        return call


def _companies(home: Path) -> list[str]:
    return [r.company for r in Store(home).read().rejections]


def _check_failed_cleanly(result, journal_path: Path, before: bytes, faulty: FaultyOS) -> None:
    home = journal_path.parent
    assert temp_files(home) == []
    if result.code != 0:
        assert "file" in faulty.failed
        assert result.code == 1, result.err
        lines = result.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: ")
        assert "Nothing was changed" in lines[0]
        assert os.strerror(ERRORS[faulty.op]) in lines[0]
        assert "Traceback" not in result.err
        assert journal_path.read_bytes() == before
        assert "Faulty" not in _companies(home)  # not in the change log either
    else:
        # Only the folder fsync failed, or a write after the commit point, or
        # nothing did: the save stands, as in SQLite, which also ignores a
        # folder-sync error.
        assert _companies(home)[-1] == "Faulty"


def _set_mode(mode: str, monkeypatch) -> None:
    monkeypatch.setenv("REJECT_COMPACT_EVERY", "1" if mode == "fold" else "64")


@pytest.mark.parametrize(("mode", "op", "k"), CASES, ids=IDS)
def test_a_fault_once_changes_nothing_and_the_next_command_works(
    mode: str, op: str, k: int, home: Path, journal_path: Path, run, log, monkeypatch
) -> None:
    log("Acme", "Engineer")
    _set_mode(mode, monkeypatch)
    before = journal_path.read_bytes()
    faulty = FaultyOS(op, k, forever=False)
    monkeypatch.setattr(reject.store.disk, "os", faulty)

    result = run("log", "--company", "Faulty", "--role", "Engineer")
    if not faulty.failed:
        pytest.skip("this save makes fewer calls")
    _check_failed_cleanly(result, journal_path, before, faulty)

    # The fault has passed (the patch is still in place): the next save works.
    expected = _companies(home) + ["Next"]
    assert run("log", "--company", "Next", "--role", "Engineer").code == 0
    assert _companies(home) == expected
    assert temp_files(home) == []


@pytest.mark.parametrize(("mode", "op", "k"), CASES, ids=IDS)
def test_a_fault_forever_changes_nothing_and_the_next_command_works_once_it_clears(
    mode: str, op: str, k: int, home: Path, journal_path: Path, run, log, monkeypatch
) -> None:
    log("Acme", "Engineer")
    _set_mode(mode, monkeypatch)
    before = journal_path.read_bytes()
    faulty = FaultyOS(op, k, forever=True)
    monkeypatch.setattr(reject.store.disk, "os", faulty)

    result = run("log", "--company", "Faulty", "--role", "Engineer")
    if not faulty.failed:
        pytest.skip("this save makes fewer calls")
    _check_failed_cleanly(result, journal_path, before, faulty)
    if result.code == 1:
        # Still failing: a second try fails just as cleanly.
        again = run("log", "--company", "Again", "--role", "Engineer")
        assert again.code == 1
        assert journal_path.read_bytes() == before
        assert temp_files(home) == []

    monkeypatch.setattr(reject.store.disk, "os", os)  # the disk has room again
    expected = _companies(home) + ["Next"]
    assert run("log", "--company", "Next", "--role", "Engineer").code == 0
    assert _companies(home) == expected
    assert temp_files(home) == []


@pytest.mark.parametrize("op", sorted(CALLS))
def test_a_fault_on_the_very_first_save_leaves_no_journal_and_no_temp(
    op: str, home: Path, journal_path: Path, run, monkeypatch
) -> None:
    monkeypatch.setattr(reject.store.disk, "os", FaultyOS(op, 1, forever=True))
    result = run("log", "--company", "Faulty", "--role", "Engineer")
    assert result.code == 1
    assert not journal_path.exists()
    assert temp_files(home) == []
    monkeypatch.setattr(reject.store.disk, "os", os)
    assert run("log", "--company", "Next", "--role", "Engineer").code == 0
    assert _companies(home) == ["Next"]


@pytest.mark.parametrize(("op", "k"), [c[1:] for c in CASES if c[0] == "fold"])
def test_a_fault_during_restore_changes_nothing(
    op: str, k: int, home: Path, journal_path: Path, run, log, monkeypatch
) -> None:
    log("Acme", "Engineer")
    log("Globex", "Engineer")
    name = Store(home).backups()[0].name
    before = journal_path.read_bytes()
    faulty = FaultyOS(op, k, forever=True)
    monkeypatch.setattr(reject.store.disk, "os", faulty)
    result = run("backups", "restore", name, "--yes")
    assert temp_files(home) == []
    if "file" in faulty.failed:
        assert result.code == 1
        assert journal_path.read_bytes() == before
    else:
        assert result.code == 0
    monkeypatch.setattr(reject.store.disk, "os", os)
    assert run("list").code == 0


def test_a_journal_folder_that_cannot_be_created_is_a_one_line_error(run, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("REJECT_HOME", str(blocker / "journal"))
    result = run("log", "-c", "Acme", "-r", "Eng")
    assert result.code == 1 and "Can't create the folder" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_a_read_only_journal_folder_is_a_one_line_error_and_changes_nothing(
    run, log, home, journal_path, monkeypatch
):
    import errno
    import tempfile

    log()
    before = journal_path.read_bytes()

    def read_only(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    result = run("log", "-c", "Globex", "-r", "Dev")
    assert result.code == 1 and "Read-only file system" in result.err
    assert journal_path.read_bytes() == before
    assert [p.name for p in home.iterdir() if p.name.endswith(".tmp")] == []
