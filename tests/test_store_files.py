"""Proof: private files, backups that can be listed and restored, and sync
conflict copies reported and left alone. RELIABILITY.md, "Private by default",
"Backups" and "Sync folders".
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

import reject.store.backups
from helpers import journal_doc, temp_files, write_doc
from reject.store import BACKUPS_KEPT, Store

# -- permissions -------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o000, 0o022], ids=["umask-000", "umask-022"])
def umask(request: pytest.FixtureRequest):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def test_every_file_is_private_from_creation(
    umask: int, home: Path, journal_path: Path, tmp_path: Path, run, log
) -> None:
    log("Acme", "Engineer")
    log("Globex", "Engineer")  # makes backups/
    exported = tmp_path / "export.json"
    assert run("export", "-o", str(exported)).code == 0

    assert _mode(home) == 0o700
    assert _mode(journal_path) == 0o600
    assert _mode(home / "journal.json.lock") == 0o600
    assert _mode(home / "backups") == 0o700
    backups = Store(home).backups()
    assert backups
    assert all(_mode(b.path) == 0o600 for b in backups)
    assert _mode(exported) == 0o600


def test_a_restored_journal_is_private(umask: int, home: Path, journal_path: Path, run, log):
    log("Acme", "Engineer")
    log("Globex", "Engineer")
    name = Store(home).backups()[0].name
    assert run("backups", "restore", name, "--yes").code == 0
    assert _mode(journal_path) == 0o600
    assert all(_mode(b.path) == 0o600 for b in Store(home).backups())


# -- backups -----------------------------------------------------------------------


def test_a_save_keeps_the_previous_version(home: Path, journal_path: Path, log) -> None:
    log("Acme", "Engineer")
    first = journal_path.read_bytes()
    log("Globex", "Engineer")
    backups = Store(home).backups()
    assert len(backups) == 1
    assert backups[0].path.read_bytes() == first


def test_backups_list_lists_every_backup(home: Path, run, log) -> None:
    for company in ("Acme", "Globex", "Initech"):
        log(company, "Engineer")
    result = run("backups", "list")
    assert result.code == 0
    names = [b.name for b in Store(home).backups()]
    assert len(names) == 2
    for name in names:
        assert name in result.out


def test_restore_brings_a_version_back_and_backs_up_the_current(
    home: Path, journal_path: Path, run, log
) -> None:
    log("Acme", "Engineer")
    one = journal_path.read_bytes()
    log("Globex", "Engineer")
    current = journal_path.read_bytes()
    name = Store(home).backups()[0].name

    result = run("backups", "restore", name, "--yes")
    assert result.code == 0, result.err
    # Same records as then; only next_id stays above every id issued since.
    restored = json.loads(journal_path.read_bytes())
    then = json.loads(one)
    assert (restored["rejections"], restored["next_id"]) == (then["rejections"], 3)
    assert any(b.path.read_bytes() == current for b in Store(home).backups())
    assert temp_files(home) == []


def test_restore_without_yes_outside_a_terminal_changes_nothing(
    home: Path, journal_path: Path, run, log
) -> None:
    log("Acme", "Engineer")
    log("Globex", "Engineer")
    before = journal_path.read_bytes()
    result = run("backups", "restore", Store(home).backups()[0].name)
    assert result.code == 2
    assert journal_path.read_bytes() == before


def test_restoring_an_unknown_backup_is_refused(journal_path: Path, run, log) -> None:
    log("Acme", "Engineer")
    before = journal_path.read_bytes()
    result = run("backups", "restore", "journal-nope.json", "--yes")
    assert result.code == 1
    assert journal_path.read_bytes() == before


def test_a_deleted_rejection_can_be_restored(home: Path, run, log) -> None:
    log("Acme", "Engineer")
    rid = log("Globex", "Engineer")
    assert run("rm", str(rid), "--yes").code == 0
    assert [r["company"] for r in run("list", "--json").json()] == ["Acme"]
    newest = Store(home).backups()[0].name
    assert run("backups", "restore", newest, "--yes").code == 0
    assert sorted(r["company"] for r in run("list", "--json").json()) == ["Acme", "Globex"]


def test_rotation_keeps_at_most_backups_kept_and_the_newest(home: Path, journal_path: Path):
    store = Store(home)
    versions = []
    for i in range(BACKUPS_KEPT + 5):
        with store.transaction() as journal:
            journal.next_id = i + 2  # a change every time
        versions.append(journal_path.read_bytes())
    backups = store.backups()
    assert len(backups) == BACKUPS_KEPT
    # The newest backup holds the version before the current one, and so on.
    assert [b.path.read_bytes() for b in backups] == versions[-2::-1][:BACKUPS_KEPT]


def test_rotation_can_be_set_lower(home: Path, log, monkeypatch) -> None:
    monkeypatch.setattr(reject.store.backups, "BACKUPS_KEPT", 3)
    for i in range(6):
        log(f"C{i}", "Engineer")
    assert len(Store(home).backups()) == 3


# -- sync conflict copies --------------------------------------------------------

CONFLICTS = [
    "journal.sync-conflict-20261102-101010-ABCDEF1.json",  # Syncthing
    "journal (conflicted copy 2026-11-02).json",  # Dropbox, Nextcloud
    "journal (Jane's conflicted copy 2026-11-02).json",  # Dropbox with a name
]

ANY_COMMAND = [
    ["list"],
    ["list", "--json"],
    ["show", "1"],
    ["log", "--company", "Globex", "--role", "Engineer"],
    ["edit", "1", "--role", "Lead"],
    ["feedback", "1", "--text", "Go deeper"],
    ["export"],
    ["backups", "list"],
    ["rm", "1", "--yes"],
]


@pytest.mark.parametrize("args", ANY_COMMAND, ids=lambda a: "-".join(a[:2]))
def test_sync_conflict_copies_are_reported_and_left_alone(
    args: list[str], home: Path, journal_path: Path, run, log
) -> None:
    log("Acme", "Engineer")
    copies = {}
    for i, name in enumerate(CONFLICTS):
        data = write_doc(home / name, journal_doc({"company": f"Only in copy {i}"}))
        copies[home / name] = data

    result = run(*args)
    assert result.code == 0, result.err
    for path, data in copies.items():
        assert str(path) in result.err
        assert path.read_bytes() == data
    # Never merged: the copies' records did not enter the journal.
    companies = [r.company for r in Store(home).read().rejections]
    assert not any(c.startswith("Only in copy") for c in companies)


# -- temps left by a killed writer -------------------------------------------------


def test_the_next_save_removes_temps_a_killed_writer_left(home: Path, log) -> None:
    log("Acme", "Engineer")
    log("Globex", "Engineer")
    stale = [home / ".journal.json.abc123.tmp", home / "backups" / ".journal-2026.json.x.tmp"]
    for path in stale:
        path.write_bytes(b"half a journal")
    other = home / "notes.tmp"  # not ours: left alone
    other.write_bytes(b"mine")
    log("Initech", "Engineer")
    assert not any(p.exists() for p in stale)
    assert other.read_bytes() == b"mine"


def test_the_conflict_copy_hint_is_safe_to_paste_into_a_shell(
    home: Path, tmp_path: Path, run, log
) -> None:
    """A copy's name comes from another machine: pasting the hint must never
    run anything in it (issue 12, B1)."""
    import re
    import subprocess

    log("Acme", "Engineer")
    name = "journal.sync-conflict-$(touch PWNED)`touch PWNED2`\"'; touch PWNED3.json"
    write_doc(home / name, journal_doc({"company": "Only in copy"}))
    result = run("list")
    assert result.code == 0, result.err
    hint = re.search(r"`(reject import .*)`", result.err)
    assert hint is not None, result.err
    where = tmp_path / "paste"
    where.mkdir()
    pasted = subprocess.run(
        ["sh", "-c", 'reject() { printf "%s\\n" "$@"; }; ' + hint.group(1)],
        cwd=where,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert list(where.iterdir()) == []
    assert pasted.stdout.splitlines() == ["import", str(home / name)]
