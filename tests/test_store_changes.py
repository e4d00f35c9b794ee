"""The change log beside journal.json, and its hard parts (issue 13).

Every test here runs with the change log on (a fold every 64 changes, or
every 3 where folding is the point), not the suite's fold-every-change.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import reject.store.disk
from reject.store import Store
from reject.store.changes import parse

CHANGES = "journal.changes.jsonl"


@pytest.fixture(autouse=True)
def change_log_on(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REJECT_COMPACT_EVERY", "64")


def companies(home: Path) -> list[str]:
    return sorted(r.company for r in Store(home).read().rejections)


def lines(home: Path) -> list[dict]:
    raw = (home / CHANGES).read_bytes()
    return [json.loads(line) for line in raw.splitlines() if line.strip()]


def fold_every(n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REJECT_COMPACT_EVERY", str(n))


# -- the write path ---------------------------------------------------------------


def test_log_appends_a_line_and_leaves_journal_json_alone(home, journal_path, log, run):
    log("Acme")
    log("Globex")
    assert not journal_path.exists()  # nothing folded yet
    got = lines(home)
    assert [c["op"] for c in got] == ["put", "put"]
    assert [c["seq"] for c in got] == [1, 2]
    assert {"uuid", "at", "device", "label", "record"} <= set(got[0])
    assert got[0]["label"] == "log #1"
    assert got[0]["record"]["company"] == "Acme"
    assert oct(os.stat(home / CHANGES).st_mode & 0o777) == "0o600"
    assert companies(home) == ["Acme", "Globex"]


def test_every_kind_of_change_goes_through_the_log(home, journal_path, log, run, tmp_path):
    log("Acme")
    log("Globex")
    log("Initech")
    assert run("edit", "1", "--role", "Charge Nurse").code == 0
    assert run("feedback", "2", "--text", "Wanted more classroom experience").code == 0
    assert run("rm", "3", "--yes").code == 0
    answers = tmp_path / "a.json"
    answers.write_text(
        json.dumps({"learnings": {"actions": [{"n": 1, "what": "Shadow a senior teacher"}]}}),
        encoding="utf-8",
    )
    assert run("reflect", "1", "--answers", str(answers)).code == 0
    assert run("done", "1.1").code == 0
    csv = tmp_path / "in.csv"
    csv.write_text("company,role,date\nHooli,Barrister,2025-01-02\n", encoding="utf-8")
    assert run("import", str(csv)).code == 0
    assert not journal_path.exists()
    assert [c["op"] for c in lines(home)] == ["put"] * 5 + ["delete"] + ["put"] * 3
    journal = Store(home).read()
    by_id = {r.id: r for r in journal.rejections}
    assert sorted(by_id) == [1, 2, 4]
    assert by_id[1].role == "Charge Nurse"
    assert by_id[1].reflection.learnings.actions[0].done is not None
    assert by_id[2].feedback[0].text == "Wanted more classroom experience"
    assert by_id[4].company == "Hooli"


def test_a_refused_or_empty_change_writes_nothing(home, log, run):
    log("Acme")
    before = (home / CHANGES).read_bytes()
    assert run("done", "1.1").code != 0  # no such action: refused
    assert run("edit", "1", "--date", "2999-01-01").code == 2
    with Store(home).transaction():
        pass  # opened, nothing changed
    assert (home / CHANGES).read_bytes() == before


def test_several_records_in_one_change_are_one_group(home, log, run):
    for name in ("Acme", "Globex", "Initech"):
        log(name)
    assert run("rm", "1", "3", "--yes").code == 0
    group = lines(home)[-2:]
    assert [(c["op"], c["tx"], c["of"]) for c in group] == [("delete", 4, 2), ("delete", 4, 2)]


def test_a_fold_every_k_changes_keeps_a_backup_and_trims_the_log(
    home, journal_path, log, monkeypatch
):
    fold_every(3, monkeypatch)
    for name in ("A", "B", "C", "D", "E", "F", "G"):
        log(name)
    doc = json.loads(journal_path.read_text(encoding="utf-8"))
    assert doc["changes_folded"] == 6
    assert [r["company"] for r in doc["rejections"]] == ["A", "B", "C", "D", "E", "F"]
    # The k-th pending change folds the ones before it and stays pending
    # itself (so `undo` can take back exactly that one): folds at C (1-2),
    # E (3-4) and G (5-6). The log keeps the last fold's changes (marked
    # folded) and the pending one.
    assert [c["seq"] for c in lines(home)] == [5, 6, 7]
    backups = Store(home).backups()
    assert len(backups) == 2  # journal.json as it was before the second and third folds
    old = json.loads(backups[0].path.read_text(encoding="utf-8"))
    assert [r["company"] for r in old["rejections"]] == ["A", "B", "C", "D"]
    assert backups[0].change == "log #5 and 1 more change"
    assert companies(home) == list("ABCDEFG")


# -- torn lines, damage, replay ---------------------------------------------------


@pytest.mark.parametrize("tail", [b'{"seq": 3, "op": "put", "uu', b"\0" * 40], ids=["cut", "nul"])
def test_a_torn_last_line_is_ignored_and_cut_off_before_the_next_change(home, log, tail):
    log("Acme")
    log("Globex")
    with open(home / CHANGES, "ab") as file:
        file.write(tail)
    assert companies(home) == ["Acme", "Globex"]
    log("Initech")
    assert companies(home) == ["Acme", "Globex", "Initech"]
    assert [c["seq"] for c in lines(home)] == [1, 2, 3]


def test_a_group_cut_short_is_left_out_whole(home, log, run):
    for name in ("Acme", "Globex", "Initech"):
        log(name)
    assert run("rm", "1", "2", "--yes").code == 0
    raw = (home / CHANGES).read_bytes()
    cut = raw[: raw.rindex(b'{"seq": 5')]  # the second delete never reached the disk
    (home / CHANGES).write_bytes(cut)
    assert companies(home) == ["Acme", "Globex", "Initech"]  # rm is all or nothing


def test_a_damaged_line_in_the_middle_stops_every_command_and_is_kept(home, log, run):
    log("Acme")
    log("Globex")
    raw = (home / CHANGES).read_bytes()
    bad = raw.replace(b'"company":"Acme"', b'"company":"Acme', 1)
    (home / CHANGES).write_bytes(bad)
    for args in (["list"], ["log", "-c", "New", "-r", "Eng"], ["export"]):
        result = run(*args)
        assert result.code == 1
        assert "line 1 of the change log" in result.err and "Acme" not in result.err
        assert "Traceback" not in result.err
    assert (home / CHANGES).read_bytes() == bad


def test_replay_is_idempotent(home, log, run, monkeypatch):
    log("Acme")
    log("Globex")
    run("edit", "1", "--role", "Midwife")
    run("rm", "2", "--yes")
    store = Store(home)
    once = store.read()
    log_ = parse((home / CHANGES).read_bytes())
    from reject.store.changes import apply

    apply(once, log_.changes)  # everything again, over what already holds it
    assert once.model_dump() == store.read().model_dump()
    # And a log appended to itself (a sync tool's bad merge) is refused,
    # never applied twice.
    raw = (home / CHANGES).read_bytes()
    (home / CHANGES).write_bytes(raw + raw)
    result = run("list")
    assert result.code == 1 and "out of step" in result.err


# -- a crash at any point of a fold ----------------------------------------------


class Crash(BaseException):
    """A process killed at this instant: nothing after it runs."""


class DyingOS:
    """`os` inside reject.store.disk, killed at its k-th call that writes."""

    WRITES = ("write", "fsync", "replace", "ftruncate", "unlink")

    def __init__(self, k: int) -> None:
        self.k, self.calls = k, 0

    def __getattr__(self, name: str):
        real = getattr(os, name)
        if name not in self.WRITES:
            return real

        def call(*args, **kwargs):
            self.calls += 1
            if self.calls == self.k:
                raise Crash
            return real(*args, **kwargs)

        return call


@pytest.mark.slow  # a fold crashed at each of its disk calls in turn
def test_a_crash_at_any_point_of_a_fold_loses_nothing_and_duplicates_nothing(
    home, journal_path, log, monkeypatch
):
    fold_every(3, monkeypatch)
    log("A")
    log("B")
    log("C")  # first fold
    log("D")
    log("E")
    saved = {p.name: p.read_bytes() for p in home.iterdir() if p.is_file()}
    k = 0
    while True:
        k += 1
        for name, data in saved.items():  # back to the state before the fold
            (home / name).write_bytes(data)
        for p in list(home.iterdir()):
            if p.is_file() and p.name not in saved:
                p.unlink()
        monkeypatch.setattr(reject.store.disk, "os", DyingOS(k))
        try:
            with Store(home).transaction("log") as journal:
                from reject.journal import RecordInput, add_rejection, build_rejection

                add_rejection(
                    journal, build_rejection(journal, RecordInput({"company": "F", "role": "R"}))
                )
            crashed = False
        except Crash:
            crashed = True
        monkeypatch.setattr(reject.store.disk, "os", os)
        got = companies(home)
        assert got in (list("ABCDE"), list("ABCDEF")), (k, got)
        ids = [r.id for r in Store(home).read().rejections]
        assert len(ids) == len(set(ids))
        # The next command works and numbers on.
        log("G")
        assert companies(home)[-1] == "G"
        assert max(r.id for r in Store(home).read().rejections) == len(got) + 1
        if not crashed:
            break
    assert k > 6  # the fold's writes were all reached


# -- journal.json and the log out of step (a sync tool) ---------------------------


def _history(home: Path, log, monkeypatch) -> dict[str, dict[str, bytes]]:
    """Snapshots of both files after each fold."""
    fold_every(3, monkeypatch)
    snaps = {}
    for name in "ABCDEFGH":
        log(name)
        snaps[name] = {
            n: (home / n).read_bytes() for n in ("journal.json", CHANGES) if (home / n).exists()
        }
    return snaps


def test_a_journal_one_fold_behind_its_log_catches_up_from_it(home, log, monkeypatch):
    snaps = _history(home, log, monkeypatch)
    # journal.json as after E (folded 4), the log as after H (folded 6: 5-8).
    (home / "journal.json").write_bytes(snaps["E"]["journal.json"])
    (home / "journal.json.checked").unlink()
    assert companies(home) == list("ABCDEFGH")
    log("I")
    assert companies(home) == list("ABCDEFGHI")


def test_a_log_behind_its_journal_is_skipped_where_folded(home, log, monkeypatch):
    snaps = _history(home, log, monkeypatch)
    # The newest journal.json (folded 6) with the log as it was after D (1-4).
    (home / CHANGES).write_bytes(snaps["D"][CHANGES])
    assert companies(home) == list("ABCDEF")  # G and H arrive with the newer log
    ids = [r.id for r in Store(home).read().rejections]
    assert ids == [1, 2, 3, 4, 5, 6]


def test_a_journal_two_folds_behind_is_out_of_step_and_nothing_is_written(
    home, journal_path, log, run, monkeypatch
):
    snaps = _history(home, log, monkeypatch)
    assert "journal.json" not in snaps["B"]  # before the first fold there was none
    journal_path.unlink()  # as if journal.json had not arrived since
    before = {p.name: p.read_bytes() for p in home.iterdir() if p.is_file()}
    for args in (["list"], ["log", "-c", "X", "-r", "Y"], ["rm", "1", "--yes"]):
        result = run(*args)
        assert result.code == 1 and "out of step" in result.err and "sync tool" in result.err
    assert {p.name: p.read_bytes() for p in home.iterdir() if p.is_file()} == before


def test_a_conflict_copy_of_the_change_log_is_reported(home, log, run):
    log("Acme")
    copy = home / "journal.changes.sync-conflict-20261102-101010-ABCDEF1.jsonl"
    copy.write_bytes((home / CHANGES).read_bytes())
    dropbox = home / "journal.changes (Jane's conflicted copy 2026-11-02).jsonl"
    dropbox.write_bytes(b"")
    result = run("list")
    assert result.code == 0
    assert str(copy) in result.err and str(dropbox) in result.err
    assert copy.exists() and dropbox.exists()  # never merged or deleted by itself


# -- readers see pending changes ---------------------------------------------------


def test_export_and_plan_see_pending_changes(home, journal_path, log, run):
    log("Acme")
    assert run("feedback", "1", "--text", "Needs more ward experience").code == 0
    assert not journal_path.exists()
    exported = json.loads(run("export").out)
    assert [r["company"] for r in exported["rejections"]] == ["Acme"]
    assert exported["rejections"][0]["feedback"][0]["text"] == "Needs more ward experience"
    assert "Acme" in run("plan").out or run("plan").code == 0
    assert "Acme" in run("export", "--format", "csv").out


# -- backups, restore and ids ------------------------------------------------------


def test_restore_brings_back_the_backup_as_it_was_and_keeps_pending_changes_safe(
    home, journal_path, log, run, monkeypatch
):
    fold_every(3, monkeypatch)
    for name in "ABCDEFG":  # folds at C (1-2) and E (3-4); F and G pending
        log(name)
    run("rm", "1", "--yes")  # folds F and G; the rm (deleting A) is pending
    name = Store(home).backups()[0].name  # journal.json after E's fold: A-D
    assert run("backups", "restore", name, "--yes").code == 0
    assert companies(home) == list("ABCD")  # the pending rm is not applied to it
    safety = json.loads(Store(home).backups()[0].path.read_text(encoding="utf-8"))
    assert sorted(r["company"] for r in safety["rejections"]) == list("BCDEFG")
    # Ids handed out by pending changes are never handed out again.
    assert log("H") == 8
    assert companies(home) == list("ABCDH")


def test_ids_are_never_reused_across_pending_deletes_and_folds(home, log, run, monkeypatch):
    fold_every(4, monkeypatch)
    seen = []
    for i in range(10):
        rid = log(f"C{i}")
        seen.append(rid)
        assert run("rm", str(rid), "--yes").code == 0
    assert seen == list(range(1, 11))
    assert Store(home).read().rejections == []


# -- the shortcut `log` takes -----------------------------------------------------


def test_log_reads_a_journal_json_it_has_not_vouched_for(home, journal_path, log, run, monkeypatch):
    fold_every(1, monkeypatch)
    log("Acme")
    fold_every(64, monkeypatch)
    log("Globex")  # the shortcut: journal.json vouched for by the last fold
    doc = json.loads(journal_path.read_text(encoding="utf-8"))
    doc["rejections"][0]["stage"] = "hired"  # broken by hand
    journal_path.write_text(json.dumps(doc), encoding="utf-8")
    before = (home / CHANGES).read_bytes()
    result = run("log", "-c", "Initech", "-r", "Engineer")
    assert result.code == 1 and "record 1" in result.err
    assert (home / CHANGES).read_bytes() == before


def test_a_record_changed_in_place_is_caught_in_tests(home, log):
    log("Acme")
    with (
        pytest.raises(AssertionError, match="changed in place"),
        Store(home).transaction() as journal,
    ):
        journal.rejections[0].tags.append("python")


def test_a_conflict_copy_of_the_change_log_can_be_imported(home, log, run, tmp_path):
    log("Acme")
    log("Globex")
    assert run("rm", "2", "--yes").code == 0
    log("Initech")
    other = tmp_path / "other"
    other.mkdir()
    copy = home / "journal.changes (Jane's conflicted copy 2026-11-02).jsonl"
    # The other computer's log: Acme as here, plus a record made there.
    mine = (home / CHANGES).read_bytes()
    made_there = Store(other)
    with made_there.transaction() as journal:
        from reject.journal import RecordInput, add_rejection, build_rejection

        rec = build_rejection(journal, RecordInput({"company": "Hooli", "role": "Paralegal"}))
        add_rejection(journal, rec)
    copy.write_bytes(mine + (other / CHANGES).read_bytes().replace(b'"seq": 1', b'"seq": 5'))
    result = run("import", str(copy))
    assert result.code == 0, result.err
    assert "Imported 1 rejection; 2 already there" in result.err
    assert companies(home) == ["Acme", "Hooli", "Initech"]
