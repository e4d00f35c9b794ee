"""`reject edit`, `reject feedback` and `reject rm`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Point $EDITOR at a script that replaces one string in the form."""

    def _editor(old: str, new: str, exit_code: int = 0) -> None:
        script = tmp_path / "fake_editor.py"
        script.write_text(
            "import sys, pathlib\n"
            "p = pathlib.Path(sys.argv[-1])\n"
            f"p.write_text(p.read_text(encoding='utf-8').replace({old!r}, {new!r}),"
            " encoding='utf-8')\n"
            f"sys.exit({exit_code})\n",
            encoding="utf-8",
        )
        monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")

    return _editor


def field(run, rid, name):
    return run("show", str(rid), "--json").json()[name]


def test_edit_flag_changes_one_field(run, log):
    log()
    run("edit", "1", "--stage", "final")
    assert field(run, 1, "stage") == "final"


def test_edit_flag_leaves_other_fields_alone(run, log):
    log("Acme", "Engineer", "-f", "Keep me")
    run("edit", "1", "--stage", "final")
    assert field(run, 1, "feedback")[0]["text"] == "Keep me"


def test_edit_tags_replace_the_list(run, log):
    log("Acme", "Engineer", "-t", "old")
    run("edit", "1", "-t", "new", "-t", "other")
    assert field(run, 1, "tags") == ["new", "other"]


def test_edit_bumps_updated_but_not_created(run, log, journal_path):
    log()
    doc = json.loads(journal_path.read_text(encoding="utf-8"))
    old = "2026-01-01T00:00:00Z"
    doc["rejections"][0]["created"] = doc["rejections"][0]["updated"] = old
    journal_path.write_text(json.dumps(doc), encoding="utf-8")
    run("edit", "1", "--role", "Staff Engineer")
    after = run("show", "1", "--json").json()
    assert (after["created"], after["updated"] != old) == (old, True)


def test_edit_bad_value_changes_nothing(run, log, journal_path):
    log()
    before = journal_path.read_bytes()
    result = run("edit", "1", "--date", "2026-13-01")
    assert result.code == 2 and journal_path.read_bytes() == before


def test_edit_unknown_id_fails(run, log):
    log()
    assert run("edit", "9", "--stage", "final").code == 1


def test_editor_change_is_saved(run, log, editor):
    log("Acme", "Engineer")
    editor("role: Engineer", "role: Platform Engineer")
    result = run("edit", "1")
    assert result.code == 0 and field(run, 1, "role") == "Platform Engineer"


def test_editor_can_change_feedback_text(run, log, editor):
    log("Acme", "Engineer", "-f", "Old words")
    editor("Old words", "New words")
    run("edit", "1")
    assert field(run, 1, "feedback")[0]["text"] == "New words"


def test_editor_without_changes_saves_nothing(run, log, editor, journal_path):
    log()
    before = journal_path.read_bytes()
    editor("nothing-to-find", "x")
    result = run("edit", "1")
    assert result.code == 0 and journal_path.read_bytes() == before


def test_editor_exiting_non_zero_saves_nothing(run, log, editor, journal_path):
    log()
    before = journal_path.read_bytes()
    editor("role: Engineer", "role: Changed", exit_code=3)
    result = run("edit", "1")
    assert result.code == 1 and journal_path.read_bytes() == before


def test_invalid_editor_form_is_kept_in_a_recovery_file(run, log, editor, home):
    log()
    editor("date: ", "date: 2026-02-30 #")
    result = run("edit", "1")
    recovery = list((home / "recovery").glob("edit-1-*.txt"))
    assert result.code == 2 and len(recovery) == 1
    assert "2026-02-30" in recovery[0].read_text(encoding="utf-8")
    assert str(recovery[0]) in result.err


def test_invalid_editor_form_changes_nothing(run, log, editor, journal_path):
    log()
    before = journal_path.read_bytes()
    editor("company: Acme", "company: ")
    run("edit", "1")
    assert journal_path.read_bytes() == before


def test_recovery_file_is_private(run, log, editor, home):
    log()
    editor("date: ", "date: never #")
    run("edit", "1")
    (recovery,) = (home / "recovery").glob("*.txt")
    assert recovery.stat().st_mode & 0o777 == 0o600


def test_missing_editor_is_a_clear_error(run, log, monkeypatch):
    log()
    monkeypatch.setenv("EDITOR", "no-such-editor-here")
    result = run("edit", "1")
    assert result.code == 2 and "no-such-editor-here" in result.err


def test_feedback_adds_a_note_after_the_first(run, log):
    log("Acme", "Engineer", "-f", "First")
    run("feedback", "1", "--text", "Second", "--from", "Hiring manager", "--date", "yesterday")
    notes = field(run, 1, "feedback")
    assert [(n["text"], n["given_by"]) for n in notes] == [
        ("First", None),
        ("Second", "Hiring manager"),
    ]


def test_feedback_needs_text(run, log):
    log()
    assert run("feedback", "1", "--text", "  ").code == 2


def test_feedback_in_the_future_is_refused(run, log):
    log()
    assert run("feedback", "1", "--text", "x", "--date", "tomorrow").code == 2


def test_rm_with_yes_deletes(run, log):
    log()
    log("Globex", "Dev")
    run("rm", "1", "--yes")
    assert [r["id"] for r in run("list", "--json").json()] == [2]


def test_rm_without_yes_and_without_a_terminal_refuses(run, log):
    log()
    result = run("rm", "1")
    assert result.code == 2 and "--yes" in result.err


def test_rm_keeps_a_restorable_backup(run, log):
    log()
    run("rm", "1", "--yes")
    newest = run("backups", "list").out.splitlines()[1].split("\t")[0]
    run("backups", "restore", newest, "--yes")
    assert [r["id"] for r in run("list", "--json").json()] == [1]


def test_rm_unknown_id_fails(run, log):
    log()
    assert run("rm", "7", "--yes").code == 1


def test_deleting_the_first_note_in_the_editor_keeps_the_second_notes_time(
    run, log, editor, journal_path
):
    log("Acme", "Engineer", "-f", "First")
    run("feedback", "1", "--text", "Second")
    doc = json.loads(journal_path.read_text(encoding="utf-8"))
    doc["rejections"][0]["feedback"][0]["added"] = "2026-01-01T00:00:00Z"
    doc["rejections"][0]["feedback"][1]["added"] = "2026-02-02T00:00:00Z"
    journal_path.write_text(json.dumps(doc), encoding="utf-8")
    editor("== feedback 1 | from:  | received: \nFirst\n", "")
    run("edit", "1")
    notes = field(run, 1, "feedback")
    assert [(n["text"], n["added"]) for n in notes] == [("Second", "2026-02-02T00:00:00Z")]


def test_unknown_fields_on_a_note_survive_an_editor_save(run, log, editor, journal_path):
    log("Acme", "Engineer", "-f", "Keep")
    doc = json.loads(journal_path.read_text(encoding="utf-8"))
    doc["rejections"][0]["feedback"][0]["mood_tag"] = "calm"
    journal_path.write_text(json.dumps(doc), encoding="utf-8")
    editor("role: Engineer", "role: Lead")
    run("edit", "1")
    assert field(run, 1, "feedback")[0]["mood_tag"] == "calm"


def test_feedback_without_text_and_without_a_terminal_is_a_usage_error(run, log):
    log()
    result = run("feedback", "1")
    assert result.code == 2 and "--text" in result.err


def test_two_failed_edits_in_a_row_keep_two_recovery_files(run, log, editor, home):
    log()
    editor("date: ", "date: never #")
    run("edit", "1")
    run("edit", "1")
    assert len(list((home / "recovery").glob("edit-1-*.txt"))) == 2
