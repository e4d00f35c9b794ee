"""`reject list` in a 60-column terminal: ids and dates whole, long cells cut with "…"."""

from __future__ import annotations

import re

import pexpect
from rich.cells import cell_len

from helpers import journal_doc, write_doc
from reject.cli.main import main

LONG = [
    {"company": "Société Générale Corporate & Investment Banking", "role": "Senior Data Engineer"},
    {"company": "株式会社テストエンジニアリング", "role": "バックエンドエンジニア（リード）"},
    {"company": "Acme", "role": "Principal Site Reliability Engineer, Platform", "kind": "ghosted"},
]


def _screen(spawn, *args: str, cols: int = 60) -> list[str]:
    child = spawn(*args, env={"PAGER": ""}, dimensions=(40, cols))
    child.expect(pexpect.EOF)
    return child.before.replace("\r\n", "\n").splitlines()


def test_list_in_60_columns_keeps_ids_and_dates_whole(spawn, journal_path) -> None:
    records = [dict(r, id=100 + i, date=f"2025-1{i}-2{i}") for i, r in enumerate(LONG)]
    write_doc(journal_path, journal_doc(*records, next_id=200))
    lines = _screen(spawn, "list")
    assert all(cell_len(line) <= 60 for line in lines), lines
    body = [line for line in lines if re.match(r"^\s*\d", line)]
    assert len(body) == 3, lines  # one line per record: nothing wrapped
    for i in range(3):
        assert any(f"{100 + i}" in line and f"2025-1{i}-2{i}" in line for line in body), lines
    assert all("…" in line for line in body[:2])


def test_a_wide_terminal_shows_everything(spawn, journal_path) -> None:
    write_doc(journal_path, journal_doc(*LONG))
    screen = "\n".join(_screen(spawn, "list", cols=200))
    assert "Société Générale Corporate & Investment Banking" in screen
    assert "…" not in screen


def test_piped_list_is_never_cut(journal_path, capsys) -> None:
    write_doc(journal_path, journal_doc(*LONG))
    assert main(["list"]) == 0
    assert "Principal Site Reliability Engineer, Platform" in capsys.readouterr().out
