"""Proof for issue 12's output and input points: what `-o PATH` does to
whatever is at PATH, CSV cells a spreadsheet would run as formulas, fields an
import brings along, and invisible characters in typed text.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import threading
from pathlib import Path

import pytest

from reject.store import Store


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


# -- 3. -o PATH ------------------------------------------------------------------------


def test_output_through_a_symlink_replaces_the_target_and_keeps_the_link(tmp_path, run, log):
    log()
    target = tmp_path / "real" / "export.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "export.json"
    link.symlink_to(target)
    assert run("export", "-o", str(link)).code == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text(encoding="utf-8"))["rejections"][0]["company"] == "Acme"
    assert _mode(target) == 0o600


def test_output_through_a_dangling_symlink_creates_the_target(tmp_path, run, log):
    log()
    target = tmp_path / "plan-target.md"
    link = tmp_path / "plan.md"
    link.symlink_to(target)
    assert run("plan", "-o", str(link)).code == 0
    assert link.is_symlink() and target.is_file()


def test_output_to_a_fifo_is_streamed_and_the_fifo_stays(tmp_path, run, log):
    log()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run("export", "-o", str(fifo))
    reader.join(timeout=10)
    assert result.code == 0, result.err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert b'"Acme"' in got[0]


def test_output_to_a_device_is_streamed_and_the_device_stays(tmp_path, run, log):
    log()
    null = tmp_path / "null"
    try:
        os.mknod(null, 0o600 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device node needs root")
    assert run("export", "-o", str(null)).code == 0
    assert stat.S_ISCHR(null.lstat().st_mode)


def test_output_dash_is_standard_output(tmp_path, run, log, monkeypatch):
    log()
    monkeypatch.chdir(tmp_path)
    result = run("export", "-o", "-")
    assert result.code == 0
    assert json.loads(result.out)["rejections"][0]["company"] == "Acme"
    assert not (tmp_path / "-").exists()


def test_output_to_a_folder_is_refused(tmp_path, run, log):
    log()
    folder = tmp_path / "out"
    folder.mkdir()
    result = run("export", "-o", str(folder))
    assert result.code == 2 and str(folder) in result.err
    assert folder.is_dir() and list(folder.iterdir()) == []


# -- 4. CSV formulas ---------------------------------------------------------------------

FORMULAS = {
    "company": '=HYPERLINK("http://x","y")',
    "role": "+cmd|' /C calc'!A0",
    "feedback": "-2+3",
    "source": "@SUM(1+1)",
}


def test_csv_export_neutralises_formulas_and_import_restores_them_exactly(
    tmp_path, run, monkeypatch
):
    assert run("log", *(f"--{k}={v}" for k, v in FORMULAS.items())).code == 0
    assert run("log", "-c", "'=already quoted", "-r", "'plain").code == 0
    out = tmp_path / "out.csv"
    assert run("export", "--format", "csv", "-o", str(out)).code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    for column, value in FORMULAS.items():
        assert rows[0][column] == "'" + value
    assert rows[1]["company"] == "''=already quoted" and rows[1]["role"] == "'plain"
    for row in rows:
        assert all(not cell or cell[0] not in "=+-@\t\r" for cell in row.values())

    monkeypatch.setenv("REJECT_HOME", str(tmp_path / "other"))
    assert run("import", str(out)).code == 0
    records = Store(tmp_path / "other").read().rejections
    assert records[0].company == FORMULAS["company"] and records[0].role == FORMULAS["role"]
    assert records[0].feedback[0].text == FORMULAS["feedback"]
    assert records[0].source == FORMULAS["source"]
    assert (records[1].company, records[1].role) == ("'=already quoted", "'plain")
    again = tmp_path / "again.csv"
    assert run("export", "--format", "csv", "-o", str(again)).code == 0
    assert again.read_bytes() == out.read_bytes()


# -- 6. unknown fields of an imported file -------------------------------------------------


def test_import_drops_fields_it_does_not_know(tmp_path, run, journal_path):
    foreign = tmp_path / "in.json"
    record = {
        "company": "A",
        "role": "B",
        "notes": "\u001b[31mred\u0007\u202e",
        "blob": "x" * 1_000_000,
        "contact": {"name": "Jane", "pronoun\u202e": "\u001b]8;;http://x\u0007"},
        "feedback": [{"text": "Fine", "channel": "\u001b[2J"}],
    }
    foreign.write_text(json.dumps({"rejections": [record]}), encoding="utf-8")
    assert run("import", str(foreign)).code == 0
    raw = journal_path.read_text(encoding="utf-8")
    for smuggled in ("notes", "blob", "pronoun", "channel", "\\u001b", "\\u202e"):
        assert smuggled not in raw
    assert journal_path.stat().st_size < 10_000


# -- 9. invisible format characters ----------------------------------------------------------

INVISIBLE = {
    "zwsp": "\u200b",
    "lrm": "\u200e",
    "rlm": "\u200f",
    "alm": "\u061c",
    "tag": "\U000e0041",
    "soft-hyphen": "\u00ad",
    "bom": "\ufeff",
    "word-joiner": "\u2060",
    # Invisible without being format characters (issue 12, B8).
    "hangul-filler": "\u3164",
    "grapheme-joiner": "\u034f",
    "choseong-filler": "\u115f",
    "jungseong-filler": "\u1160",
    "khmer-aq": "\u17b4",
    "khmer-aa": "\u17b5",
    "mongolian-fvs1": "\u180b",
    "mongolian-fvs4": "\u180f",
    "vs1": "\ufe00",
    "vs15": "\ufe0e",
    "halfwidth-filler": "\uffa0",
    "vs17": "\U000e0100",
    "vs256": "\U000e01ef",
    "braille-blank": "\u2800",
}


@pytest.mark.parametrize("text", ["Ac\ufe0fme", "\ufe0fAcme", "Acme \ufe0f"])
def test_an_emoji_selector_with_no_emoji_is_refused_in_typed_text(text, run, journal_path):
    result = run("log", "-c", text, "-r", "Engineer")
    assert result.code == 2 and "company" in result.err
    assert not journal_path.exists()


@pytest.mark.parametrize("char", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_invisible_characters_are_refused_in_typed_text(char, run, journal_path):
    result = run("log", "-c", f"Ac{char}me", "-r", "Engineer")
    assert result.code == 2 and "company" in result.err
    assert not journal_path.exists()


@pytest.mark.parametrize(
    "text",
    [
        "👩🏽\u200d💻 engineer",  # zero-width joiner inside an emoji
        "می\u200cخواهم",  # zero-width non-joiner in Persian
        "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f Glasgow",  # flag
        "Care home \u2764\ufe0f",  # U+FE0F after an emoji asks for its colour form
        "1\ufe0f\u20e3 choice",  # a keycap
        "\U0001f3f3\ufe0f\u200d\U0001f308 network",  # rainbow flag
        "\U0001f575\U0001f3fd\u200d\u2642\ufe0f Investigations",  # skin tone, gender
        "\u2139\ufe0f Library services",  # an emoji Unicode files as a letter
        "Day \u2194\ufe0f night shifts",  # and one filed as a maths symbol
    ],
    ids=[
        "zwj-emoji",
        "zwnj-persian",
        "flag-tags",
        "vs16-heart",
        "keycap",
        "rainbow",
        "sleuth",
        "info",
        "arrow",
    ],
)
def test_joiners_and_flag_tags_that_scripts_need_are_kept(text, run, log):
    rid = log(text, "Engineer")
    shown = run("show", str(rid), "--json").json()
    assert shown["company"] == text


@pytest.mark.parametrize("char", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_invisible_characters_in_a_hand_edited_journal_are_shown_escaped(char, journal_path, run):
    from helpers import journal_doc, write_doc

    write_doc(journal_path, journal_doc({"company": f"Ac{char}me"}))
    for args in (["list"], ["show", "1"]):
        result = run(*args)
        assert result.code == 0
        assert char not in result.out
        code = ord(char)
        assert (f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}") in result.out
