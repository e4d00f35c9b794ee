"""Proof for the second hardening round (issue 12): failed saves keep every
backup, restores never lose the newest state, ids come only from the store's
counter, and every odd file gets a one-line message instead of a crash.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import reject.store.backups
import reject.store.disk
from helpers import journal_doc, temp_files, write_doc
from reject.store import Store


def _backup_set(home: Path) -> dict[str, bytes]:
    return {b.name: b.path.read_bytes() for b in Store(home).backups()}


def _fail_journal_replace(monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup still saves, the journal's own rename fails (a full disk
    under a symlinked journal, say)."""
    real = os.replace

    def replace(src: object, dst: object) -> None:
        if Path(str(dst)).name == "journal.json":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(reject.store.disk.os, "replace", replace)


def _one_line(result) -> str:
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert "unexpected" not in lines[0] and "Traceback" not in result.err
    return lines[0]


# -- 1. a failed save keeps every backup ------------------------------------------


def test_a_failed_save_leaves_the_backup_set_exactly_as_it_was(home, run, log, monkeypatch):
    monkeypatch.setattr(reject.store.backups, "BACKUPS_KEPT", 3)
    for i in range(4):
        log(f"C{i}", "Engineer")
    before = _backup_set(home)
    assert len(before) == 3
    _fail_journal_replace(monkeypatch)
    for _ in range(5):
        result = run("log", "-c", "Faulty", "-r", "Engineer")
        assert result.code == 1 and "Nothing was changed" in result.err
    assert _backup_set(home) == before
    assert temp_files(home) == []


# -- 2. backups are ordered by sequence, never by the clock ------------------------


def _clock_at(monkeypatch: pytest.MonkeyPatch, when: datetime) -> None:
    monkeypatch.setattr(reject.store.backups, "_clock", lambda: when)


def test_a_restore_under_a_clock_set_back_never_loses_the_newest_entry(home, run, log, monkeypatch):
    monkeypatch.setattr(reject.store.backups, "BACKUPS_KEPT", 3)
    for i in range(4):
        log(f"C{i}", "Engineer")
    _clock_at(monkeypatch, datetime.now(timezone.utc) - timedelta(days=365))
    log("NEWEST", "Engineer")
    newest = Store(home).backups()[0].name
    assert run("backups", "restore", newest, "--yes").code == 0
    # The restore kept the journal it replaced as the newest backup.
    kept = Store(home).backups()[0].path.read_bytes()
    assert b"NEWEST" in kept


def test_the_newest_backup_is_the_last_one_written_whatever_the_clock(home, log, monkeypatch):
    now = datetime.now(timezone.utc)
    for i, shift in enumerate([0, -400, 30, -2, -9000]):
        _clock_at(monkeypatch, now + timedelta(days=shift))
        log(f"C{i}", "Engineer")
    contents = [b.path.read_bytes() for b in Store(home).backups()]
    companies = [[r["company"] for r in json.loads(c)["rejections"]] for c in contents]
    assert companies == [[f"C{j}" for j in range(n)] for n in range(4, 0, -1)]


# -- 5. temp files beside a symlinked journal -------------------------------------


def test_temp_files_beside_a_symlinked_journal_are_swept(home, tmp_path, log):
    log()
    synced = tmp_path / "synced"
    synced.mkdir()
    (home / "journal.json").rename(synced / "journal.json")
    (home / "journal.json").symlink_to(synced / "journal.json")
    stale = synced / ".journal.json.abc123.tmp"  # a writer killed before its rename
    stale.write_text('{"private": "text"}', encoding="utf-8")
    log("Globex", "Dev")
    assert not stale.exists()


# -- 6. ids only from the store's counter -------------------------------------------


def test_a_next_id_inside_a_record_never_becomes_the_counter(home, journal_path, run, log):
    doc = journal_doc({"company": "Acme", "next_id": 999_999_999_999})
    write_doc(journal_path, doc)
    log("Globex", "Dev")
    newest = Store(home).backups()[0].name
    assert run("backups", "restore", newest, "--yes").code == 0
    assert log("Initech", "QA") < 1000


def test_an_imported_next_id_never_becomes_the_counter(home, tmp_path, run, log):
    foreign = tmp_path / "in.json"
    foreign.write_text(
        json.dumps({"rejections": [{"company": "A", "role": "B", "next_id": 999_999_999_999}]}),
        encoding="utf-8",
    )
    log()
    assert run("import", str(foreign)).code == 0
    log("Globex", "Dev")
    newest = Store(home).backups()[0].name
    assert run("backups", "restore", newest, "--yes").code == 0
    assert log("Initech", "QA") < 1000


# -- 7. messages name the field, the record and the file, never the value ----------


def test_a_bad_value_in_the_journal_is_named_never_quoted(journal_path, run):
    write_doc(journal_path, journal_doc({}, {"contact": {"email": "jane at secret-co"}}))
    result = run("list")
    line = _one_line(result)
    assert result.code == 1
    assert "secret-co" not in line
    assert "record 2" in line and "contact.email" in line and str(journal_path) in line


# -- 8. clear one-line messages for odd files ----------------------------------------

HUGE = "9" * 5000
DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize(
    "value", [HUGE, DEEP, "NaN", "-Infinity"], ids=["huge-number", "deep", "nan", "infinity"]
)
def test_an_odd_value_in_the_journal_is_a_one_line_error(value, journal_path, run):
    text = json.dumps(journal_doc({"company": "Acme"}))
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    journal_path.write_text(text[:-1] + f', "extra": {value}}}', encoding="utf-8")
    before = journal_path.read_bytes()
    result = run("list")
    assert result.code == 1
    line = _one_line(result)
    assert str(journal_path) in line
    assert journal_path.read_bytes() == before


@pytest.mark.parametrize(
    "value", [HUGE, DEEP, "NaN", "1e999"], ids=["huge-number", "deep", "nan", "overflow"]
)
def test_an_odd_value_in_an_import_is_a_one_line_error(value, tmp_path, run):
    foreign = tmp_path / "in.json"
    text = '{"rejections": [{"company": "A", "role": "B", "x": VALUE}]}'
    foreign.write_text(text.replace("VALUE", value), encoding="utf-8")
    result = run("import", str(foreign))
    assert result.code == 2
    assert str(foreign) in _one_line(result) or "in.json" in _one_line(result)


def test_an_oversized_import_is_refused_before_reading(tmp_path, run):
    big = tmp_path / "big.csv"
    with big.open("wb") as file:
        file.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    result = run("import", str(big))
    assert result.code == 2
    line = _one_line(result)
    assert "big.csv" in line and "MB" in line


def test_importing_a_fifo_is_refused(tmp_path, run):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    result = run("import", str(fifo))
    assert result.code == 2 and "pipe.csv" in _one_line(result)


def test_importing_dev_zero_is_refused(run):
    result = run("import", "/dev/zero")
    assert result.code == 2 and "/dev/zero" in _one_line(result)


def test_a_restore_racing_a_prune_is_a_one_line_error(home, run, log, monkeypatch):
    log()
    log("Globex", "Dev")
    victim = Store(home).backups()[0]
    real_lock = Store.lock

    def lock_after_a_prune(self):  # another writer pruned while we waited
        victim.path.unlink(missing_ok=True)
        return real_lock(self)

    monkeypatch.setattr(Store, "lock", lock_after_a_prune)
    result = run("backups", "restore", victim.name, "--yes")
    assert result.code == 1
    assert victim.name in _one_line(result) and "backups list" in result.err


def test_a_restore_when_the_journal_is_a_folder_is_a_one_line_error(home, journal_path, run, log):
    log()
    log("Globex", "Dev")
    name = Store(home).backups()[0].name
    journal_path.unlink()
    journal_path.mkdir()
    result = run("backups", "restore", name, "--yes")
    assert result.code == 1
    assert str(journal_path) in _one_line(result)
    assert journal_path.is_dir()


def test_list_into_a_full_disk_is_a_one_line_error(home, log):
    log()
    env = {**os.environ, "REJECT_HOME": str(home)}
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = subprocess.run(
            [sys.executable, "-m", "reject", "list"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=60,
            check=False,
        )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert "No space left" in lines[0]


@pytest.mark.parametrize("value", ["nan", "-1", "inf", "soon"])
def test_a_bad_lock_timeout_is_a_usage_error(value, run, monkeypatch):
    monkeypatch.setenv("REJECT_LOCK_TIMEOUT", value)
    result = run("log", "-c", "Acme", "-r", "Eng")
    assert result.code == 2
    assert "REJECT_LOCK_TIMEOUT" in _one_line(result)


# -- 9. smaller points -------------------------------------------------------------------


def test_an_existing_loose_journal_folder_is_made_private(home, log):
    home.mkdir(mode=0o755)
    os.chmod(home, 0o755)
    log()
    assert stat.S_IMODE(home.stat().st_mode) == 0o700


@pytest.mark.parametrize("version", ['"1"', "true", "1.0"])
def test_a_schema_version_that_is_not_a_whole_number_is_refused(version, journal_path, run):
    text = json.dumps(journal_doc({"company": "Acme"}))
    text = text.replace('"schema_version": 1', f'"schema_version": {version}')
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    journal_path.write_text(text, encoding="utf-8")
    result = run("list")
    assert result.code == 1 and "schema_version" in _one_line(result)


def test_backups_are_capped_by_total_size_and_the_list_says_so(home, run, log, monkeypatch):
    monkeypatch.setattr(reject.store.backups, "BACKUPS_MAX_BYTES", 4000)
    for i in range(12):
        log(f"Company number {i}", "Engineer", "--feedback", "x" * 300)
    sizes = [b.size for b in Store(home).backups()]
    assert len(sizes) >= 1
    assert sum(sizes[1:]) + sizes[0] <= 4000 or len(sizes) == 1
    listed = run("backups", "list")
    assert listed.code == 0
    assert "20" in listed.err and ("MB" in listed.err or "kB" in listed.err)


# -- what stands where the journal should be (found by the second attack) ------


def test_a_link_to_a_journal_that_isnt_there_is_never_an_empty_journal(home, tmp_path, run):
    # A synced folder not mounted yet: reading it as empty would start a new
    # journal at the link's target and hide the real one.
    home.mkdir(parents=True, exist_ok=True)
    (home / "journal.json").symlink_to(tmp_path / "not-mounted" / "journal.json")
    for command in (["list"], ["log", "-c", "Acme", "-r", "Nurse"]):
        result = run(*command)
        assert result.code == 1
        assert "isn't there" in result.err and result.err.count("\n") == 1
    assert not (tmp_path / "not-mounted").exists()


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_pipe_or_device_in_the_journals_place_is_refused_not_read(home, run, kind):
    home.mkdir(parents=True, exist_ok=True)
    path = home / "journal.json"
    if kind == "fifo":
        os.mkfifo(path)  # reading it would wait for a writer for ever
    else:
        path.symlink_to("/dev/zero")  # reading it would never end
    for command in (["list"], ["log", "-c", "Acme", "-r", "Nurse"]):
        result = run(*command)
        assert result.code == 1
        assert "not a regular file" in result.err and "unexpected" not in result.err
