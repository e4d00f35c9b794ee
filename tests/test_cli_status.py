"""Bare `reject`: where you stand, in a few lines, and three commands to try."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from reject.dates import long_form


def _reflect(run, rid: int, tmp_path: Path, reflection: dict) -> None:
    path = tmp_path / f"answers-{rid}.json"
    path.write_text(json.dumps(reflection), encoding="utf-8")
    result = run("reflect", str(rid), "--answers", str(path))
    assert result.code == 0, result.err


def _try_lines(out: str) -> list[str]:
    return out.split("Try:\n", 1)[1].strip().splitlines()


def test_an_empty_journal_says_how_to_start(run) -> None:
    result = run()
    assert result.code == 0, result.err
    assert "Your journal is empty" in result.out
    assert [line.split()[1] for line in _try_lines(result.out)] == ["log", "import", "--help"]


def test_help_stays_at_help(run) -> None:
    result = run("--help")
    assert "Usage: reject" in result.out
    assert "Try:" not in result.out


def test_the_last_rejection_and_its_reflection(run, log) -> None:
    log("Acme", "Engineer", "-d", "2026-01-05")
    log("Globex", "Data Analyst", "-d", "yesterday")
    result = run()
    assert "2 rejections so far. The last: #2 Globex, Data Analyst, yesterday." in result.out
    assert "haven't reflected on it yet" in result.out
    assert _try_lines(result.out)[0].split()[:3] == ["reject", "reflect", "2"]


def test_open_and_overdue_actions(run, log, tmp_path: Path) -> None:
    rid = log("Acme", "Engineer")
    late = date.today() - timedelta(days=4)
    actions = [
        {"n": 1, "what": "Mock system-design interview", "due": late.isoformat()},
        {"n": 2, "what": "Read the Kafka book"},
    ]
    _reflect(run, rid, tmp_path, {"learnings": {"actions": actions}})
    result = run()
    assert "Actions: 2 open, 1 overdue:" in result.out
    assert f"{rid}.1  Mock system-design interview (due {long_form(late)})" in result.out
    assert "Read the Kafka book" not in result.out  # open, not overdue: counted only
    assert "Your reflection on it stopped before stage 1 of 6." in result.out
    assert any(line.split()[1] == "actions" for line in _try_lines(result.out))


def test_requests_still_waiting(run, log, monkeypatch) -> None:
    rid = log("Acme", "Engineer")
    run("ask", str(rid), "--sent")
    monkeypatch.setenv("REJECT_REQUEST_WAIT_DAYS", "0")
    result = run()
    assert f"Still waiting on feedback from Acme (#{rid}), asked today." in result.out


def test_a_finished_reflection_suggests_logging_the_next(run, log, tmp_path: Path) -> None:
    rid = log("Acme", "Engineer")
    stages = ("feedback", "review", "learnings", "kindness", "search", "resilience")
    _reflect(run, rid, tmp_path, {name: {} for name in stages})
    result = run()
    assert "reflect" not in result.out
    assert _try_lines(result.out)[0].split()[:2] == ["reject", "log"]


def test_root_options_alone_show_the_status_too(run, log, tmp_path: Path) -> None:
    other = tmp_path / "other"
    assert run("--home", str(other)).code == 0
    assert "Your journal is empty" in run("--home", str(other)).out
