"""A state machine over the journal: every command that changes it, with
faults injected into the save and a clock that jumps about, checked against
a plain model after each step.

After every step: the journal (journal.json with its change log applied)
parses, ids are unique and never reused, what is read equals the model, and
every backup holds a state the journal was really in (a failed save leaves
the backups exactly as they were; a restore's safety copy is the newest
whatever the clock says, and holds the state just before the restore).

The change log is on: journal.json is folded every `fold_every` changes
(drawn per run, 1 to 5), so most steps append and some fold.
"""

from __future__ import annotations

import contextlib
import copy
import errno
import io
import json
import shutil
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from reject import render
from reject.cli.main import main
from reject.store import Store
from reject.store.codec import Codec

pytestmark = pytest.mark.slow  # the state machine runs for about half a minute

NAMES = st.from_regex(r"[A-Z][a-z]{1,10}( [A-Z][a-z]{1,8})?", fullmatch=True)
REFUSED = st.sampled_from(["", "   ", "Acme\x1b[31m", "nul\x00", "bidi\u202e", "x" * 300])
STAGES = st.sampled_from(["application", "screen", "interview", "final"])
FAULTS = st.sampled_from(["write", "fsync", "replace"])


class Journal(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="reject-sm-"))
        self.home = self.tmp / "home"
        self.records: dict[int, dict] = {}
        self.next_id = 1
        self.history: list[dict[int, dict]] = []  # every state it was in, oldest first
        self.clock_shift = timedelta(0)  # what backups think the time is
        self.fold_every = "1"
        self.safety: dict[int, dict] | None = None  # what the last restore kept

    @initialize(every=st.integers(min_value=1, max_value=5))
    def fold_interval(self, every: int) -> None:
        self.fold_every = str(every)

    def teardown(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    # -- running reject ------------------------------------------------------

    def reject(self, *args: str) -> int:
        out, err = io.StringIO(), io.StringIO()
        self.existed_before = (self.home / "journal.json").exists()
        render.reset()
        shifted = datetime.now(timezone.utc) + self.clock_shift
        with (
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
            mock.patch.object(sys, "stdin", io.StringIO("")),
            mock.patch("reject.store.backups._clock", lambda: shifted),
            mock.patch.dict("os.environ", {"REJECT_COMPACT_EVERY": self.fold_every}),
        ):
            code = main(["--home", str(self.home), *args])
        render.reset()
        assert "Traceback" not in err.getvalue() and "unexpected" not in err.getvalue()
        self.last_out = out.getvalue()
        return code

    def changed(self, before: dict[int, dict]) -> None:
        # A fold keeps journal.json as it was, some state from the history.
        self.history.append(before)

    # -- rules ---------------------------------------------------------------

    @rule(company=NAMES, role=NAMES, stage=STAGES)
    def log(self, company: str, role: str, stage: str) -> None:
        before = copy.deepcopy(self.records)
        assert self.reject("log", "-c", company, "-r", role, "-s", stage) == 0
        rid = int(self.last_out)
        assert rid == self.next_id
        self.records[rid] = {
            "company": company,
            "role": role,
            "stage": stage,
            "feedback": [],
            "actions": {},
        }
        self.next_id += 1
        self.changed(before)

    @rule(company=REFUSED)
    def log_refused(self, company: str) -> None:
        assert self.reject("log", "-c", company, "-r", "Engineer") == 2

    @rule(fault=FAULTS, forever=st.booleans())
    def log_under_a_fault(self, fault: str, forever: bool) -> None:
        def fail(*_args: object, **_kwargs: object) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        target = {"write": "os.write", "fsync": "os.fsync", "replace": "os.replace"}[fault]
        calls = {"n": 0}
        real = getattr(__import__("os"), target.split(".")[1])

        def flaky(*args: object, **kwargs: object) -> object:
            calls["n"] += 1
            if forever or calls["n"] == 1:
                fail()
            return real(*args, **kwargs)

        backups_before = self.backup_set()
        before = copy.deepcopy(self.records)
        with mock.patch(f"reject.store.disk.{target}", flaky):
            code = self.reject("log", "-c", "Faulty", "-r", "Save")
        if code == 1:
            assert self.backup_set() == backups_before  # nothing rotated out, nothing added
            return
        # The fault missed the commit point (an append needs no rename, or only
        # a step after it failed): the change stands, as the command said.
        assert code == 0
        rid = int(self.last_out)
        assert rid == self.next_id
        self.records[rid] = {
            "company": "Faulty",
            "role": "Save",
            "stage": None,
            "feedback": [],
            "actions": {},
        }
        self.next_id += 1
        self.changed(before)

    def backup_set(self) -> dict[str, bytes]:
        return {b.name: b.path.read_bytes() for b in Store(self.home).backups()}

    @rule(days=st.integers(min_value=-4000, max_value=400))
    def clock_jumps(self, days: int) -> None:
        self.clock_shift = timedelta(days=days)

    def ids(self) -> list[int]:
        return sorted(self.records)

    @precondition(lambda self: self.records)
    @rule(data=st.data(), role=NAMES)
    def edit(self, data: st.DataObject, role: str) -> None:
        rid = data.draw(st.sampled_from(self.ids()))
        before = copy.deepcopy(self.records)
        assert self.reject("edit", str(rid), "--role", role) == 0
        self.records[rid]["role"] = role
        self.changed(before)

    @precondition(lambda self: self.records)
    @rule(data=st.data(), text=NAMES)
    def feedback(self, data: st.DataObject, text: str) -> None:
        rid = data.draw(st.sampled_from(self.ids()))
        before = copy.deepcopy(self.records)
        assert self.reject("feedback", str(rid), "--text", text) == 0
        self.records[rid]["feedback"].append(text)
        self.changed(before)

    @precondition(lambda self: self.records)
    @rule(data=st.data())
    def rm(self, data: st.DataObject) -> None:
        rid = data.draw(st.sampled_from(self.ids()))
        before = copy.deepcopy(self.records)
        assert self.reject("rm", str(rid), "--yes") == 0
        del self.records[rid]
        self.changed(before)

    @precondition(lambda self: self.records)
    @rule(data=st.data())
    def reflect_from_answers(self, data: st.DataObject) -> None:
        rid = data.draw(st.sampled_from(self.ids()))
        answers = self.tmp / "answers.json"
        doc = {
            "learnings": {
                "themes": ["system design"],
                "actions": [{"n": 1, "what": "Practise a design interview", "how": "practice"}],
            }
        }
        answers.write_text(json.dumps(doc), encoding="utf-8")
        before = copy.deepcopy(self.records)
        assert self.reject("reflect", str(rid), "--answers", str(answers)) == 0
        self.records[rid]["actions"] = {1: False}
        self.changed(before)

    @precondition(lambda self: any(r["actions"] for r in self.records.values()))
    @rule(data=st.data(), undo=st.booleans())
    def done(self, data: st.DataObject, undo: bool) -> None:
        rid = data.draw(st.sampled_from([i for i in self.ids() if self.records[i]["actions"]]))
        before = copy.deepcopy(self.records)
        args = ["done", f"{rid}.1", *(["--undo"] if undo else [])]
        assert self.reject(*args) == 0
        self.records[rid]["actions"][1] = not undo
        self.changed(before)

    def has_backups(self) -> bool:
        return bool(Store(self.home).backups())

    @precondition(lambda self: self.has_backups())
    @rule(days_back=st.integers(min_value=1, max_value=4000))
    def restore_with_the_clock_gone_back(self, days_back: int) -> None:
        self.clock_shift -= timedelta(days=days_back)
        self.restore_the_newest_backup()

    @precondition(lambda self: self.has_backups())
    @rule()
    def restore_the_newest_backup(self) -> None:
        newest = Store(self.home).backups()[0]
        kept = _as_model(Codec().parse(newest.path.read_bytes()).journal)
        assert kept in self.history  # a state the journal was really in
        assert self.reject("backups", "restore", newest.name, "--yes") == 0
        current = copy.deepcopy(self.records)
        self.records = copy.deepcopy(kept)  # exactly as it was: no pending change on top
        self.history.append(current)
        self.safety = current  # the restore kept the current one first

    # -- what must always hold ---------------------------------------------

    @invariant()
    def disk_equals_the_model(self) -> None:
        journal = Store(self.home).read()  # parses, validates, checks ids
        assert _as_model(journal) == self.records
        ids = [r.id for r in journal.rejections]
        assert len(ids) == len(set(ids))
        assert journal.next_id >= self.next_id  # never handed out again

    @invariant()
    def every_backup_is_a_state_the_journal_was_in(self) -> None:
        backups = Store(self.home).backups()
        for backup in backups:
            assert _as_model(Codec().parse(backup.path.read_bytes()).journal) in self.history
        if self.safety is not None and backups:
            # Until the next fold, the newest backup is the restore's safety copy.
            newest = _as_model(Codec().parse(backups[0].path.read_bytes()).journal)
            assert newest == self.safety or newest in self.history

    @invariant()
    def no_temp_file_is_left(self) -> None:
        if self.home.exists():
            assert [p for p in self.home.rglob("*.tmp")] == []


def _as_model(journal) -> dict[int, dict]:
    return {
        r.id: {
            "company": r.company,
            "role": r.role,
            "stage": r.stage.value if r.stage else None,
            "feedback": [n.text for n in r.feedback],
            "actions": {
                a.n: a.done is not None
                for a in (
                    r.reflection.learnings.actions
                    if r.reflection and r.reflection.learnings
                    else []
                )
            },
        }
        for r in journal.rejections
    }


Journal.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_journal_state_machine = Journal.TestCase
