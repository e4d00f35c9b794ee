"""Proof: an unreadable journal is never treated as empty, and never written over.

RELIABILITY.md, "Unreadable never means empty" (jrnl#490, #227; taskwarrior
#2264, #3040): every command stops with the path, what is wrong and how to
recover, and the file stays byte-identical.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import journal_doc, temp_files, write_doc
from reject.errors import StoreError
from reject.store import Store


def _good(journal_path: Path) -> bytes:
    doc = journal_doc({"company": "Acme"}, {"company": "Globex"})
    return write_doc(journal_path, doc)


def _flip_bit(data: bytes, at: int, bit: int) -> bytes:
    return data[:at] + bytes([data[at] ^ (1 << bit)]) + data[at + 1 :]


def _zero_length(good: bytes) -> bytes:
    return b""


def _truncated(good: bytes) -> bytes:
    return good[: len(good) // 2]


def _nul_filled(good: bytes) -> bytes:
    return b"\0" * len(good)  # what a power cut leaves on some file systems


def _bit_flipped(good: bytes) -> bytes:
    return _flip_bit(good, good.index(b'"rejections"'), 7)  # a stray high bit


def _not_json(good: bytes) -> bytes:
    return b"company,role\nAcme,Engineer\n"


def _invalid_field(good: bytes) -> bytes:
    doc = json.loads(good)
    doc["rejections"][1]["stage"] = "hired"
    return json.dumps(doc).encode()


CORRUPTIONS = [_zero_length, _truncated, _nul_filled, _bit_flipped, _not_json, _invalid_field]

COMMANDS = {
    "log": ["log", "--company", "New", "--role", "Engineer"],
    "list": ["list"],
    "list-json": ["list", "--json"],
    "show": ["show", "1"],
    "edit": ["edit", "1", "--company", "Renamed"],
    "rm": ["rm", "1", "--yes"],
    "rm-asking": ["rm", "1"],
    "feedback": ["feedback", "1", "--text", "Go deeper"],
    "import": ["import", "{csv}"],
    "import-dry-run": ["import", "{csv}", "--dry-run"],
    "export": ["export"],
    "export-csv": ["export", "--format", "csv"],
}


@pytest.mark.parametrize("corrupt", CORRUPTIONS, ids=lambda f: f.__name__.strip("_"))
@pytest.mark.parametrize("command", COMMANDS, ids=str)
def test_every_command_refuses_a_corrupt_journal_and_leaves_it_untouched(
    corrupt, command: str, home: Path, journal_path: Path, tmp_path: Path, run
) -> None:
    bad = corrupt(_good(journal_path))
    journal_path.write_bytes(bad)
    csv = tmp_path / "in.csv"
    csv.write_text(
        "company,role,date,stage,feedback,tags\nInitech,QA,2025-01-02,screen,,\n", encoding="utf-8"
    )
    files_before = sorted(p.relative_to(home) for p in home.rglob("*"))

    result = run(*(a.format(csv=csv) for a in COMMANDS[command]))

    assert result.code == 1, (result.out, result.err)
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert str(journal_path) in lines[0]
    assert "reject backups list" in lines[0] and "reject backups restore" in lines[0]
    assert "Traceback" not in result.err
    assert journal_path.read_bytes() == bad
    after = sorted(p.relative_to(home) for p in home.rglob("*") if p.name != "journal.json.lock")
    assert after == [p for p in files_before if p.name != "journal.json.lock"]


@pytest.mark.slow
def test_every_truncation_of_a_journal_is_refused(journal_path: Path) -> None:
    good = _good(journal_path)
    store = Store(journal_path.parent)
    # Dropping only the final newline leaves the whole document: that one is fine.
    for cut in range(len(good) - 1):
        journal_path.write_bytes(good[:cut])
        with pytest.raises(StoreError, match="Can't read your journal"):
            store.load()


@pytest.mark.slow
def test_every_high_bit_flip_of_a_journal_is_refused(journal_path: Path) -> None:
    good = _good(journal_path)
    assert good.isascii()
    store = Store(journal_path.parent)
    for at in range(len(good)):
        journal_path.write_bytes(_flip_bit(good, at, 7))
        with pytest.raises(StoreError, match="not valid UTF-8"):
            store.load()


def test_bit_flips_in_the_structure_are_refused(journal_path: Path) -> None:
    """Low-bit flips in JSON punctuation break the document, so they are caught.

    (A flip inside a string's text still parses: JSON has no checksum, and the
    store does not add one. Backups are the remedy for that kind of damage.)
    """
    good = _good(journal_path)
    store = Store(journal_path.parent)
    checked = 0
    for at, byte in enumerate(good):
        if chr(byte) not in '{}[]:,"':
            continue
        for bit in range(7):
            journal_path.write_bytes(_flip_bit(good, at, bit))
            with pytest.raises(StoreError):
                store.load()
            checked += 1
    assert checked > 100


def test_a_corrupt_journal_can_be_recovered_from_its_backup(
    home: Path, journal_path: Path, run, log
) -> None:
    log("Acme", "Engineer")
    log("Globex", "Engineer")  # keeps the one-record version as a backup
    good = journal_path.read_bytes()
    journal_path.write_bytes(b"\0" * len(good))
    assert run("list").code == 1

    listed = run("backups", "list")
    assert listed.code == 0
    name = Store(home).backups()[0].name
    assert name in listed.out
    restored = run("backups", "restore", name, "--yes")
    assert restored.code == 0, restored.err
    assert [r["company"] for r in run("list", "--json").json()] == ["Acme"]
    # The broken file itself was kept as a backup too: restoring loses nothing.
    assert any(b.path.read_bytes() == b"\0" * len(good) for b in Store(home).backups())
    assert temp_files(home) == []


def test_a_broken_backup_is_not_restored(home: Path, journal_path: Path, run, log) -> None:
    log("Acme", "Engineer")
    log("Globex", "Engineer")
    backup = Store(home).backups()[0]
    backup.path.write_bytes(b"")
    before = journal_path.read_bytes()
    result = run("backups", "restore", backup.name, "--yes")
    assert result.code == 1
    # The message names the broken backup, and does not blame the journal.
    assert str(backup.path) in result.err and "the file is empty" in result.err
    assert "Can't read your journal" not in result.err
    assert journal_path.read_bytes() == before
