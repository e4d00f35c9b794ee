"""The head cache (store/head.py, cli/recent.py) is never shown stale.

Each test plants a *poisoned* cache: the real one, written by `list`, with
every company renamed POISON but its stamp left as it was. While the journal
is unchanged, `list` shows the poison (so the cache really is being read);
after any change to the journal, by any path, it must not.
"""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path

import pytest

from reject.paths import CHANGES_NAME, HEAD_NAME
from reject.store import head


@pytest.fixture(autouse=True)
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    # Journals here are milliseconds old; a real one is not. Every change
    # below either renames a new file in (a new inode) or sleeps past the
    # clock tick first (see "racily clean" in store/head.py).
    monkeypatch.setattr(head, "SETTLE_NS", 0)


def _poison(home: Path) -> None:
    path = home / HEAD_NAME
    doc = json.loads(path.read_text(encoding="utf-8"))
    for row in doc["head"]["rows"]:
        row[2] = "POISON"
    for record in doc["head"]["records"]:
        record["company"] = "POISON"
    doc["head"]["asked"] = []
    path.write_text(json.dumps(doc), encoding="utf-8")


@pytest.fixture
def poisoned(run, log, home: Path) -> Path:
    for company, role in [("St Mary's", "Staff nurse"), ("Leeds Academy", "Teacher")]:
        log(company, role, "--date", "2026-01-05")
    log("Harrow & Co", "Paralegal", "--feedback", "We went with more experience.")
    assert run("list").code == 0  # a full read, which writes the cache
    assert stat.S_IMODE((home / HEAD_NAME).stat().st_mode) == 0o600
    _poison(home)
    assert "POISON" in run("list").out  # the cache is what `list` reads
    return home


def _fresh(run) -> None:
    listed = run("list")
    assert listed.code == 0, listed.err
    assert "POISON" not in listed.out
    shown = run("show", "1", "--json")
    assert "POISON" not in shown.out


def test_log_invalidates(run, log, poisoned):
    log("Tesco", "Store manager")
    _fresh(run)
    assert "Tesco" in run("list").out


def test_rm_invalidates(run, poisoned):
    assert run("rm", "2", "--yes").code == 0
    _fresh(run)
    assert "Leeds" not in run("list").out


def test_edit_invalidates(run, poisoned):
    assert run("edit", "1", "--role", "Ward sister").code == 0
    _fresh(run)


def test_feedback_invalidates(run, poisoned):
    assert run("feedback", "2", "--text", "Lovely lesson, but a colder class.").code == 0
    _fresh(run)


def test_restore_invalidates(run, poisoned):
    newest = run("backups", "list").out.splitlines()[1].split("\t")[0]
    assert run("backups", "restore", newest, "--yes").code == 0
    _fresh(run)


def test_import_invalidates(run, poisoned, tmp_path: Path):
    csv = tmp_path / "more.csv"
    csv.write_text("company,role,date\nBoots,Pharmacist,2026-02-01\n", encoding="utf-8")
    assert run("import", str(csv)).code == 0
    _fresh(run)


def test_a_hand_edit_with_the_same_size_and_mtime_invalidates(run, poisoned, journal_path):
    before = journal_path.stat()
    time.sleep(0.05)  # past the file system's clock tick, as any real edit is
    text = journal_path.read_text(encoding="utf-8")
    assert "Staff nurse" in text
    with open(journal_path, "r+", encoding="utf-8") as f:  # in place, same length
        f.write(text.replace("Staff nurse", "Staff NURSE"))
    os.utime(journal_path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = journal_path.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (
        before.st_size,
        before.st_mtime_ns,
        before.st_ino,
    )
    _fresh(run)
    assert "Staff NURSE" in run("list").out


def test_a_change_log_appearing_changing_or_going_invalidates(run, poisoned, home):
    log_file = home / CHANGES_NAME
    log_file.write_text("", encoding="utf-8")
    _fresh(run)  # appeared
    run("list")
    _poison(home)
    assert "POISON" in run("list").out
    with open(log_file, "a", encoding="utf-8") as f:
        f.write("\n")
    _fresh(run)  # grew
    run("list")
    _poison(home)
    assert "POISON" in run("list").out
    log_file.unlink()
    _fresh(run)  # went


def test_filters_read_the_journal(run, poisoned):
    filters = (["--company", "a"], ["--tag", "x"], ["--since", "2020-01-01"], ["-s", "screen"])
    for args in filters:
        assert "POISON" not in run("list", *args).out


def test_more_than_is_cached_reads_the_journal(run, log, home, monkeypatch):
    monkeypatch.setattr(head, "ROWS", 2)
    log("Aldi", "Cashier")
    log("Lidl", "Baker")
    log("Boots", "Pharmacist")
    run("list")
    _poison(home)
    assert "POISON" in run("list", "--limit", "2").out
    assert "POISON" not in run("list", "--limit", "3").out
    assert "POISON" not in run("list").out  # all three: more than the two cached
    assert "POISON" not in run("show", "1").out  # not among the newest two


@pytest.mark.parametrize(
    "damage",
    [b"", b"{", b"[]", b'{"stamp": 1}', b"\x00" * 64, b"\xff\xfe not json"],
    ids=["empty", "truncated", "list", "no-head", "nul", "garbage"],
)
def test_an_unreadable_cache_means_a_full_read(run, poisoned, home, damage):
    (home / HEAD_NAME).write_bytes(damage)
    _fresh(run)


def test_a_cache_with_a_broken_body_but_the_right_stamp_means_a_full_read(run, poisoned, home):
    path = home / HEAD_NAME
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["head"]["rows"] = [["POISON"]] * 2  # fewer rows than records
    path.write_text(json.dumps(doc), encoding="utf-8")
    _fresh(run)


def test_cached_and_full_answers_are_the_same(run, log, home, journal_path, monkeypatch):
    log("Kings College", "Lecturer", "--stage", "final", "--kind", "personal", "--tag", "uni")
    log("Ashurst", "Trainee solicitor", "--feedback", "Strong, but we chose an internal.")
    log("Greggs", "Shift lead", "--date", "2026-03-01")
    monkeypatch.setenv("REJECT_REQUEST_WAIT_DAYS", "0")
    assert run("ask", "2", "--status", "asked").code == 0
    commands = [
        ("list",),
        ("list", "--limit", "2"),
        ("list", "--json"),
        ("list", "--json", "--limit", "1"),
        ("show", "2"),
        ("show", "3", "1", "--json"),
        ("show", "1", "--json"),
    ]
    (home / HEAD_NAME).unlink(missing_ok=True)
    full = [run(*c) for c in commands]  # the first one writes the cache
    assert (home / HEAD_NAME).exists()
    mtime = (home / HEAD_NAME).stat().st_mtime_ns
    cached = [run(*c) for c in commands]
    assert (home / HEAD_NAME).stat().st_mtime_ns == mtime  # read, not rewritten
    for c, a, b in zip(commands, full, cached, strict=True):
        assert (a.code, a.out, a.err) == (b.code, b.out, b.err), c
    assert "hasn't answered your feedback request" in cached[0].err


def test_a_journal_changed_during_the_read_is_not_cached(run, log, home, monkeypatch):
    log()
    from reject.store import Store

    real_read = Store.read

    def read_then_change(self):
        journal = real_read(self)
        os.utime(self.path)  # someone edits while we read
        return journal

    monkeypatch.setattr(Store, "read", read_then_change)
    run("list")
    assert not (home / HEAD_NAME).exists()


def test_a_journal_changed_moments_ago_is_not_cached(run, log, home, monkeypatch):
    monkeypatch.setattr(head, "SETTLE_NS", 60 * 10**9)
    log()
    run("list")
    assert not (home / HEAD_NAME).exists()


def test_a_log_that_only_appends_to_the_change_log_invalidates(
    run, log, poisoned, home, monkeypatch
):
    monkeypatch.setenv("REJECT_COMPACT_EVERY", "64")
    before = (home / "journal.json").stat()
    log("Tesco", "Store manager")
    after = (home / "journal.json").stat()
    assert (after.st_ino, after.st_size) == (before.st_ino, before.st_size)  # not rewritten
    assert "Tesco" in (home / CHANGES_NAME).read_text(encoding="utf-8")
    assert not (home / HEAD_NAME).exists()  # forgotten at once, not only stale
    _fresh(run)
    assert "Tesco" in run("list").out


def test_show_of_a_kept_email_or_posting_prints_the_file_with_a_cache(run, home, tmp_path: Path):
    email = tmp_path / "no.eml"
    email.write_bytes(
        b"From: Priya Shah <priya@harbourtrust.example>\r\nTo: me@example.org\r\n"
        b"Subject: Your application - Ward Sister\r\n"
        b"Date: Mon, 30 Nov 2026 10:00:00 +0000\r\n"
        b"Message-ID: <cache-1@harbourtrust.example>\r\n\r\nHi,\r\nSorry, not this time.\r\n"
    )
    posting = tmp_path / "advert.txt"
    posting.write_text("Ward Sister\n\nYou will lead the night team.\n", encoding="utf-8")
    args = ("--company", "Harbour Trust", "--role", "Ward Sister", "--posting", str(posting))
    assert run("log", "--email", str(email), *args).code == 0
    commands = [("show", "1", "--email"), ("show", "1", "--posting"), ("show", "1")]
    full = [run(*c) for c in commands]
    assert "night team" in full[1].out and "kept; `reject show 1 --email`" in full[2].out
    assert run("list").code == 0 and (home / HEAD_NAME).exists()
    cached = [run(*c) for c in commands]
    for c, a, b in zip(commands, full, cached, strict=True):
        assert (a.code, a.out, a.err) == (b.code, b.out, b.err), c


def test_a_pipe_in_the_caches_place_means_a_full_read_not_a_hang(log, home):
    """A FIFO planted at .journal-head.json would block the cache's read
    forever; the child is killed after 20 s if it hangs."""
    import subprocess
    import sys

    log("Acme", "Engineer")
    os.mkfifo(home / HEAD_NAME)
    done = subprocess.run(
        [sys.executable, "-m", "reject", "list"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=20,
    )
    assert done.returncode == 0, done.stderr
    assert "Acme" in done.stdout
