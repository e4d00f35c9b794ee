"""`rm`, `done` and `show` take several ids: one question, one transaction."""

from __future__ import annotations

import json
from pathlib import Path

from reject.store import BACKUP_DIR


def _backups(home: Path) -> int:
    folder = home / BACKUP_DIR
    return len(list(folder.iterdir())) if folder.exists() else 0


def _with_actions(run, log, tmp_path: Path, company: str, *whats: str) -> int:
    rid = log(company, "Engineer")
    answers = {"learnings": {"actions": [{"n": n, "what": w} for n, w in enumerate(whats, 1)]}}
    path = tmp_path / f"answers-{rid}.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    assert run("reflect", str(rid), "--answers", str(path)).code == 0
    return rid


def test_rm_several_in_one_change(run, log, home: Path) -> None:
    for company in ("Acme", "Globex", "Initech"):
        log(company)
    before = _backups(home)
    result = run("rm", "1", "3", "--yes")
    assert result.code == 0, result.err
    assert "Deleted #1 and #3." in result.err
    assert [r["company"] for r in run("list", "--json").json()] == ["Globex"]
    assert _backups(home) == before + 1  # one transaction, one backup


def test_rm_with_one_unknown_id_deletes_nothing(run, log, journal_path: Path) -> None:
    log("Acme")
    log("Globex")
    saved = journal_path.read_bytes()
    result = run("rm", "1", "9", "--yes")
    assert result.code == 1
    assert "#9" in result.err
    assert journal_path.read_bytes() == saved


def test_rm_several_without_a_terminal_needs_yes(run, log) -> None:
    log("Acme")
    log("Globex")
    result = run("rm", "1", "2")
    assert result.code == 2
    assert "#1 and #2" in result.err
    assert len(run("list", "--json").json()) == 2


def test_done_several_actions(run, log, tmp_path: Path) -> None:
    a = _with_actions(run, log, tmp_path, "Acme", "Mock interview", "Read DDIA")
    b = _with_actions(run, log, tmp_path, "Globex", "Course")
    result = run("done", f"{a}.1", f"{b}.1")
    assert result.code == 0, result.err
    assert f"Marked {a}.1 done: Mock interview." in result.err
    assert f"Marked {b}.1 done: Course." in result.err
    still_open = run("actions", "--json").json()
    assert [x["what"] for x in still_open] == ["Read DDIA"]
    assert run("done", f"{a}.1", f"{b}.1", "--undo").code == 0
    assert len(run("actions", "--json").json()) == 3


def test_done_with_one_wrong_id_changes_nothing(run, log, tmp_path: Path) -> None:
    a = _with_actions(run, log, tmp_path, "Acme", "Mock interview")
    result = run("done", f"{a}.1", f"{a}.7")
    assert result.code == 1
    assert len(run("actions", "--json").json()) == 1


def test_show_several(run, log) -> None:
    log("Acme")
    log("Globex")
    result = run("show", "2", "1")
    assert result.code == 0
    assert result.out.index("Globex") < result.out.index("Acme")
    assert [r["id"] for r in run("show", "1", "2", "--json").json()] == [1, 2]
    assert run("show", "1", "--json").json()["id"] == 1  # one id: the record itself
    assert run("show", "1", "5").code == 1
