"""Long output goes through $PAGER in a terminal, only when it is taller than
the screen, never when piped, and never with --no-pager."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pexpect
import pytest

from helpers import HELPERS, journal_doc, write_doc

ROWS = 20


@pytest.fixture
def recorder(tmp_path: Path) -> tuple[str, Path]:
    got = tmp_path / "paged.txt"
    command = " ".join(
        shlex.quote(p) for p in (sys.executable, str(HELPERS / "pager.py"), str(got))
    )
    return command, got


def _journal(path: Path, n: int) -> None:
    write_doc(path, journal_doc(*({"company": f"Company {i}"} for i in range(1, n + 1))))


def _run(spawn, *args: str, env: dict[str, str], rows: int = ROWS) -> str:
    child = spawn(*args, env=env, dimensions=(rows, 100))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    return child.before


def test_a_long_list_goes_through_the_pager(spawn, journal_path, recorder) -> None:
    command, got = recorder
    _journal(journal_path, 50)
    screen = _run(spawn, "list", env={"PAGER": command})
    assert "PAGER GOT" in screen
    assert "Company 37" not in screen  # the pager had it, not the terminal
    paged = got.read_text(encoding="utf-8")
    assert "Company 1 " in paged and "Company 50" in paged


def test_short_output_is_printed_straight(spawn, journal_path, recorder) -> None:
    command, got = recorder
    _journal(journal_path, 3)
    screen = _run(spawn, "list", env={"PAGER": command})
    assert "Company 3" in screen
    assert not got.exists()


def test_reject_pager_wins_over_pager_and_empty_turns_it_off(spawn, journal_path, recorder):
    command, got = recorder
    _journal(journal_path, 50)
    screen = _run(spawn, "list", env={"PAGER": "false", "REJECT_PAGER": command})
    assert "PAGER GOT" in screen
    got.unlink()
    screen = _run(spawn, "list", env={"PAGER": command, "REJECT_PAGER": ""})
    assert "Company 37" in screen
    assert not got.exists()


def test_no_pager_before_or_after_the_command(spawn, journal_path, recorder) -> None:
    command, got = recorder
    _journal(journal_path, 50)
    for args in (("--no-pager", "list"), ("list", "--no-pager")):
        screen = _run(spawn, *args, env={"PAGER": command})
        assert "Company 37" in screen
        assert not got.exists()


def test_show_plan_stats_and_search_page_too(spawn, journal_path, recorder) -> None:
    command, got = recorder
    _journal(journal_path, 50)
    for args in (("stats",), ("search", "company"), ("plan",), ("show", "1", "2", "3")):
        screen = _run(spawn, *args, env={"PAGER": command}, rows=10)
        assert "PAGER GOT" in screen, args
        got.unlink()


def test_a_pager_that_cannot_start_falls_back_to_printing(spawn, journal_path) -> None:
    _journal(journal_path, 50)
    screen = _run(spawn, "list", env={"PAGER": "/no/such/pager"})
    assert "Company 37" in screen


def test_piped_output_is_never_paged(run, journal_path, recorder, monkeypatch) -> None:
    command, got = recorder
    _journal(journal_path, 50)
    monkeypatch.setenv("PAGER", command)
    result = run("list")
    assert "Company 37" in result.out
    assert not got.exists()


def test_notes_on_stderr_come_after_the_pager_closes(spawn, journal_path, recorder) -> None:
    command, got = recorder
    _journal(journal_path, 50)
    screen = _run(spawn, "search", "company", env={"PAGER": command})
    assert "50 rejections found" in screen and "PAGER GOT" in screen
    assert screen.index("PAGER GOT") < screen.index("50 rejections found")
    assert "rejections found" not in got.read_text(encoding="utf-8")


def test_a_conflict_copy_note_comes_after_the_pager_too(spawn, journal_path, recorder) -> None:
    command, got = recorder
    _journal(journal_path, 50)
    (journal_path.parent / "journal (conflicted copy).json").write_text("{}", encoding="utf-8")
    screen = _run(spawn, "list", env={"PAGER": command})
    assert screen.index("PAGER GOT") < screen.index("conflict copy")
