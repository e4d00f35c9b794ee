"""Files commands read and write for a person: privacy, safety, clear errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest


def test_export_refuses_to_write_inside_the_journal_folder(run, log, home, journal_path):
    log()
    before = journal_path.read_bytes()
    result = run("export", "-o", str(journal_path))
    assert result.code == 2 and journal_path.read_bytes() == before


def test_plan_refuses_to_write_over_a_backup(run, log, home):
    log()
    log("Globex", "Dev")
    (backup,) = list((home / "backups").glob("*.json"))[:1]
    before = backup.read_bytes()
    result = run("plan", "-o", str(backup))
    assert result.code == 2 and backup.read_bytes() == before


def test_ask_output_file_is_private(run, log, tmp_path):
    log()
    out = tmp_path / "request.txt"
    run("ask", "1", "-o", str(out))
    assert out.stat().st_mode & 0o777 == 0o600


def test_ask_that_cannot_write_its_file_records_nothing(run, log, tmp_path):
    log()
    result = run("ask", "1", "-o", str(tmp_path / "no-such-folder" / "request.txt"))
    status = run("show", "1", "--json").json()["feedback_request"]
    assert result.code == 1 and status is None


def test_answers_file_that_is_not_utf8_is_a_usage_error(run, log, tmp_path):
    log()
    path = tmp_path / "answers.json"
    path.write_bytes(b"\xff\xfe{}")
    result = run("reflect", "1", "--answers", str(path))
    assert result.code == 2 and "UTF-8" in result.err


def test_edit_without_a_terminal_or_editor_refuses_instead_of_hanging(run, log):
    log()
    result = run("edit", "1")
    assert result.code == 2 and "terminal" in result.err


def test_ask_edit_without_a_terminal_or_editor_refuses_instead_of_hanging(run, log):
    log()
    result = run("ask", "1", "--edit")
    assert result.code == 2 and "terminal" in result.err


def test_editor_drafts_leave_nothing_behind(run, log, home, tmp_path, monkeypatch):
    log()
    script = tmp_path / "noop_editor.py"
    script.write_text("import sys\n", encoding="utf-8")
    monkeypatch.setenv("EDITOR", f"python3 {script}")
    run("edit", "1")
    assert list(home.glob(".draft-*")) == []


@pytest.mark.slow
def test_csv_export_with_maximum_size_feedback_imports_back(run, log, tmp_path, monkeypatch):
    log("Acme", "Eng", "-f", "x" * 19_000)
    for i in range(7):
        run("feedback", "1", "--text", f"{i}" * 19_000)
    out = tmp_path / "big.csv"
    run("export", "--format", "csv", "-o", str(out))
    original = run("show", "1", "--json").json()
    monkeypatch.setenv("REJECT_HOME", str(tmp_path / "fresh"))
    assert run("import", str(out)).code == 0
    restored = run("show", "1", "--json").json()
    assert restored["feedback"] == original["feedback"]


@pytest.mark.parametrize("field", ["given_by", "text"])
def test_escape_sequences_in_a_hand_edited_journal_never_reach_the_terminal(
    run, log, journal_path: Path, field
):
    log("Acme", "Eng", "-f", "fine", "--feedback-from", "Bob")
    doc = json.loads(journal_path.read_text(encoding="utf-8"))
    doc["rejections"][0]["feedback"][0][field] = "Bob\x1b]0;owned\x07"
    journal_path.write_text(json.dumps(doc), encoding="utf-8")
    result = run("show", "1")
    assert "\x1b" not in result.out and "\x07" not in result.out


def hand_edit(journal_path: Path, **fields) -> None:
    doc = json.loads(journal_path.read_text(encoding="utf-8"))
    doc["rejections"][0].update(fields)
    journal_path.write_text(json.dumps(doc), encoding="utf-8")


@pytest.mark.parametrize(
    "command", [["show", "1"], ["list"], ["plan"], ["stats"], ["show", "1", "--json"]]
)
def test_control_characters_from_disk_stay_escaped_in_every_view(
    run, log, journal_path: Path, command
):
    log()
    hand_edit(journal_path, company="Acme\x1b[2J\x07\u0085\u202e", role="Eng\x9b31m")
    result = run(*command)
    raw = set("\x1b\x07\x85\u202e\x9b")
    assert result.code == 0 and not raw & set(result.out + result.err)


def test_export_refuses_to_write_over_a_symlinked_journal(run, log, home, tmp_path):
    log()
    real = tmp_path / "synced" / "journal.json"
    real.parent.mkdir()
    (home / "journal.json").rename(real)
    (home / "journal.json").symlink_to(real)
    before = real.read_bytes()
    result = run("export", "-o", str(real))
    assert result.code == 2 and real.read_bytes() == before


def test_an_editor_that_saves_latin1_is_refused_and_the_text_kept(
    run, log, home, tmp_path, monkeypatch
):
    log("Acme", "Engineer")
    script = tmp_path / "latin1_editor.py"
    script.write_text(
        "import sys, pathlib\n"
        "p = pathlib.Path(sys.argv[-1])\n"
        "p.write_bytes(p.read_text(encoding='utf-8')"
        ".replace('role: Engineer', 'role: Ing\\u00e9nieur').encode('latin-1'))\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    result = run("edit", "1")
    assert result.code == 2 and run("show", "1", "--json").json()["role"] == "Engineer"
    assert len(list((home / "recovery").glob("edit-1-*.txt"))) == 1


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_to_stdout_keeps_hand_edited_controls_escaped(run, log, journal_path, fmt):
    log()
    hand_edit(journal_path, company="Acme\x1b[2J\x9b31m\u202e")
    result = run("export", "--format", fmt)
    assert result.code == 0 and not set("\x1b\x9b\u202e") & set(result.out)


def test_json_export_still_imports_back_to_the_same_text(
    run, log, journal_path, tmp_path, monkeypatch
):
    log()
    hand_edit(journal_path, role="Eng\u2028ineer")
    out = tmp_path / "all.json"
    run("export", "-o", str(out))
    assert json.loads(out.read_text(encoding="utf-8"))["rejections"][0]["role"] == "Eng\u2028ineer"
