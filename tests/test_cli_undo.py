"""Labelled backups and `reject undo` (issue 14.7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


def labels(run) -> list[str | None]:
    return [b["before"] for b in run("backups", "list", "--json").json()]


def companies(run) -> list[str]:
    return sorted(r["company"] for r in run("list", "--json").json())


def test_every_change_labels_its_backup(run, log, tmp_path):
    log("Acme", "Engineer")
    log("Globex", "Teacher")
    run("edit", "1", "--stage", "interview")
    run("feedback", "1", "--text", "Wanted more SQL")
    assert run("ask", "1", "--sent").code == 0
    assert run("ask", "1", "--status", "no-reply").code == 0
    csv_file = tmp_path / "in.csv"
    csv_file.write_text("Company,Role,Status\nInitech,Nurse,Rejected\n", encoding="utf-8")
    run("import", str(csv_file))
    run("rm", "2", "3", "--yes")
    assert labels(run) == [
        "rm #2 #3",
        "import 1 row",
        "ask #1 no reply",
        "ask #1 sent",
        "feedback #1",
        "edit #1",
        "log #2",
    ]  # the very first log has no earlier version to keep


def test_reflect_answers_and_done_label_their_backups(run, log, tmp_path):
    log("Acme", "Engineer")
    answers = tmp_path / "answers.json"
    plan = {"learnings": {"actions": [{"n": 1, "what": "Practise SQL", "how": "practice"}]}}
    answers.write_text(json.dumps(plan), encoding="utf-8")
    assert run("reflect", "1", "--answers", str(answers)).code == 0
    assert run("done", "1.1").code == 0
    run("done", "1.1", "--undo")
    assert labels(run) == ["reopen action 1.1", "done action 1.1", "reflect #1 answers"]


def test_backups_list_shows_the_change_column(run, log):
    log("Acme", "Engineer")
    log("Globex", "Teacher")
    out = run("backups", "list").out
    assert "before" in out.splitlines()[0] and "log #2" in out


def test_backups_list_json_is_empty_list_without_backups(run):
    result = run("backups", "list", "--json")
    assert result.code == 0 and result.json() == []


def test_undo_reverts_the_last_change_and_says_which(run, log):
    log("Acme", "Engineer")
    log("Globex", "Teacher")
    run("rm", "2", "--yes")
    result = run("undo", "--yes")
    assert result.code == 0 and "Undid rm #2" in result.err
    assert companies(run) == ["Acme", "Globex"]


def test_undo_is_itself_undoable(run, log):
    log("Acme", "Engineer")
    log("Globex", "Teacher")
    run("rm", "2", "--yes")
    run("undo", "--yes")
    result = run("undo", "--yes")
    assert "Redid rm #2" in result.err and companies(run) == ["Acme"]
    result = run("undo", "--yes")
    assert "Undid rm #2" in result.err and companies(run) == ["Acme", "Globex"]
    assert labels(run)[:3] == ["undo rm #2", "redo rm #2", "undo rm #2"]


def test_undo_of_an_edit_brings_the_old_value_back(run, log):
    log("Acme", "Engineer")
    run("edit", "1", "--role", "Ward Manager")
    assert "Undid edit #1" in run("undo", "--yes").err
    assert run("show", "1", "--json").json()["role"] == "Engineer"


def test_undo_never_hands_out_an_id_twice(run, log):
    log("Acme", "Engineer")
    log("Globex", "Teacher")
    run("undo", "--yes")  # takes back log #2
    assert log("Initech", "Nurse") == 3


def test_undo_without_a_terminal_needs_yes_and_changes_nothing(run, log, journal_path):
    log("Acme", "Engineer")
    log("Globex", "Teacher")
    before = journal_path.read_bytes()
    result = run("undo")
    assert result.code == 2 and "--yes" in result.err and "Undoing log #2" in result.err
    assert journal_path.read_bytes() == before


def test_nothing_to_undo_is_a_clear_error(run, log):
    result = run("undo", "--yes")
    assert result.code == 1 and "nothing to undo" in result.err
    log("Acme", "Engineer")  # the first version has nothing before it
    assert run("undo", "--yes").code == 1


def test_undo_skips_a_pre_migration_copy(run, log, home: Path):
    log("Acme", "Engineer")
    log("Globex", "Teacher")
    (newest,) = [p for p in (home / "backups").iterdir() if "log-n2" in p.name]
    # A pre-migration copy with a higher sequence number than the real backup.
    fake = home / "backups" / "journal-00000099-20261201T000000Z-pre-migration-v0.json"
    fake.write_bytes(newest.read_bytes())
    assert "Undid log #2" in run("undo", "--yes").err


def test_restore_labels_its_safety_copy_so_undo_takes_it_back(run, log):
    log("Acme", "Engineer")
    log("Globex", "Teacher")
    (only,) = run("backups", "list", "--json").json()
    run("backups", "restore", only["name"], "--yes")
    assert labels(run)[0] == f"restore backup {only['seq']}"
    assert "Undid restore backup" in run("undo", "--yes").err
    assert companies(run) == ["Acme", "Globex"]


@pytest.mark.parametrize(
    "text",
    ["rm #10", "rm #4 #5", "edit #3", "reflect #5 stage 2", "import 12 rows", "done action 3.1"],
)
def test_labels_survive_the_file_name(text):
    from reject.store.backups import label_slug, label_text

    assert label_text(label_slug(text)) == text
    assert json.dumps(label_slug(text)).isascii() and len(label_slug(text)) <= 40


# -- with changes waiting in the change log (store/changes.py) -------------------


def test_undo_takes_back_exactly_the_last_pending_change_and_redo_puts_it_back(
    run, log, home: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("REJECT_COMPACT_EVERY", "64")  # nothing folds below
    for company in ("Acme", "Globex", "Initech"):
        log(company, "Nurse")
    assert run("edit", "2", "--role", "Ward sister").code == 0
    assert run("rm", "1", "3", "--yes").code == 0  # one change of two lines
    assert labels(run)[:3] == ["rm #1 #3", "edit #2", "log #3"]  # pending, listed too
    undone = run("undo", "--yes")
    assert undone.code == 0, undone.err
    assert "Undid rm #1 #3" in undone.err
    assert companies(run) == ["Acme", "Globex", "Initech"]
    # Only the rm was taken back: the edit after the other logs stays.
    roles = {r["company"]: r["role"] for r in run("list", "--json").json()}
    assert roles["Globex"] == "Ward sister"
    redone = run("undo", "--yes")
    assert "Redid rm #1 #3" in redone.err
    assert companies(run) == ["Globex"]


def test_undo_of_a_pending_log_never_gives_its_id_again(
    run, log, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("REJECT_COMPACT_EVERY", "64")
    log("Acme", "Teacher")
    assert log("Globex", "Teacher") == 2
    assert "Undid log #2" in run("undo", "--yes").err
    assert companies(run) == ["Acme"]
    assert log("Initech", "Teacher") == 3


def test_undo_asks_about_the_pending_change_it_takes_back(
    run, log, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("REJECT_COMPACT_EVERY", "64")
    log("Acme", "Teacher")
    log("Globex", "Teacher")
    result = run("undo")
    assert result.code == 2 and "log #2" in result.err
    assert companies(run) == ["Acme", "Globex"]


def test_an_appraisal_folds_at_once_and_undo_takes_back_only_it(
    run, log, home: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("REJECT_COMPACT_EVERY", "64")
    log("Acme", "Teacher")
    log("Globex", "Teacher")  # both pending
    added = run("appraisals", "add", "--text", "Plans lessons well; pace the hour.")
    assert added.code == 0, added.err
    doc = json.loads((home / "journal.json").read_text(encoding="utf-8"))
    assert len(doc["appraisals"]) == 1 and len(doc["rejections"]) == 2  # folded, all of it
    assert labels(run)[0] == "appraisal add #3"
    assert "Undid appraisal add #3" in run("undo", "--yes").err
    assert run("appraisals", "list", "--json").json() == []
    assert companies(run) == ["Acme", "Globex"]


def test_undo_and_backups_list_still_work_when_the_journal_is_damaged(run, log, home: Path):
    log("Acme", "Engineer")
    log("Globex", "Engineer")
    (home / "journal.json").write_bytes(b"\0" * 64)
    assert "log #2" in run("backups", "list").out
    assert run("undo", "--yes").code == 0
    assert companies(run) == ["Acme"]
