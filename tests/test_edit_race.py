"""`reject edit` must never silently undo a change made while $EDITOR was open."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest


def editor_racing_with(other_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor that, while "open", lets another reject change record
    ``other_id``, then changes the role in the form it was given."""
    script = tmp_path / "racing_editor.py"
    script.write_text(
        "import subprocess, sys, pathlib\n"
        f"subprocess.run([sys.executable, '-m', 'reject', 'edit', '{other_id}', '--stage', "
        "'final'], check=True, capture_output=True)\n"
        "p = pathlib.Path(sys.argv[-1])\n"
        "p.write_text(p.read_text(encoding='utf-8').replace('role: Engineer', 'role: Lead'),"
        " encoding='utf-8')\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")


@pytest.fixture
def racing_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    editor_racing_with(1, tmp_path, monkeypatch)


def test_edit_refuses_when_the_record_changed_meanwhile(run, log, racing_editor):
    log("Acme", "Engineer")
    result = run("edit", "1")
    assert result.code == 1 and "changed by another command" in result.err


def test_the_other_change_survives_the_race(run, log, racing_editor):
    log("Acme", "Engineer")
    run("edit", "1")
    record = run("show", "1", "--json").json()
    assert (record["stage"], record["role"]) == ("final", "Engineer")


def test_the_edited_text_is_kept_in_a_recovery_file(run, log, racing_editor, home):
    log("Acme", "Engineer")
    run("edit", "1")
    (recovery,) = (home / "recovery").glob("edit-1-*.txt")
    assert "role: Lead" in recovery.read_text(encoding="utf-8")


def test_a_change_to_another_record_does_not_block_the_edit(run, log, tmp_path, monkeypatch):
    log("Acme", "Engineer")
    log("Globex", "Dev")
    editor_racing_with(2, tmp_path, monkeypatch)
    assert run("edit", "1").code == 0
    roles = {r["id"]: (r["role"], r["stage"]) for r in run("list", "--json").json()}
    assert roles == {1: ("Lead", None), 2: ("Dev", "final")}
