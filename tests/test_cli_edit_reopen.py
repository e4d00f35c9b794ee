"""An invalid edit in $EDITOR reopens the editor with the problem at the top
of the form (issue 14.11), as `crontab -e` and `kubectl edit` do."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest


@pytest.fixture
def editor_rounds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """$EDITOR is a script that plays one step per time it is opened, and
    keeps a copy of each form it was shown."""

    def _set(*steps: tuple[str, str] | None) -> Path:
        seen = tmp_path / "seen"
        seen.mkdir()
        script = tmp_path / "editor.py"
        script.write_text(
            "import sys, pathlib\n"
            f"seen = pathlib.Path({str(seen)!r})\n"
            f"steps = {list(steps)!r}\n"
            "n = len(list(seen.iterdir()))\n"
            "p = pathlib.Path(sys.argv[-1])\n"
            "text = p.read_text(encoding='utf-8')\n"
            "(seen / f'{n}.txt').write_text(text, encoding='utf-8')\n"
            "step = steps[n] if n < len(steps) else None\n"
            "if step:\n"
            "    import re\n"
            "    p.write_text(re.sub(step[0], step[1], text, flags=re.M), encoding='utf-8')\n",
            encoding="utf-8",
        )
        monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
        return seen

    return _set


def shown(seen: Path) -> list[str]:
    return [
        (seen / f"{n}.txt").read_text(encoding="utf-8") for n in range(len(list(seen.iterdir())))
    ]


def test_bad_edit_then_good_one_saves_the_good_one(run, log, editor_rounds, home):
    log("Acme", "Engineer", "--date", "2026-11-20")
    seen = editor_rounds(("^date: .*$", "date: 2026-02-30"), ("^date: .*$", "date: 2026-02-01"))
    result = run("edit", "1")
    assert result.code == 0, result.err
    assert run("show", "1", "--json").json()["date"] == "2026-02-01"
    first, second = shown(seen)
    assert "didn't save" not in first
    assert second.startswith("#! This didn't save: date:") and "not a real date" in second
    assert "date: 2026-02-30" in second  # what they wrote is still there to fix
    assert not (home / "recovery").exists()


def test_reopened_form_has_one_note_however_many_rounds(run, log, editor_rounds):
    log("Acme", "Engineer", "--date", "2026-11-20")
    seen = editor_rounds(
        ("^company: .*$", "company: "),
        ("^date: .*$", "date: 2026-02-30"),
        ("^company: .*$", "company: Acme"),
        ("^date: .*$", "date: 2026-02-01"),
    )
    assert run("edit", "1").code == 0
    forms = shown(seen)
    assert len(forms) == 4
    assert [f.count("This didn't save") for f in forms] == [0, 1, 1, 1]
    assert forms[1].startswith("#! This didn't save: company: is required")
    assert forms[2].startswith("#! This didn't save: company: is required")
    assert forms[3].startswith("#! This didn't save: date:")


def test_closing_the_reopened_form_without_a_change_keeps_a_recovery_file(
    run, log, editor_rounds, home, journal_path
):
    log("Acme", "Engineer", "--date", "2026-11-20")
    before = journal_path.read_bytes()
    editor_rounds(("^date: .*$", "date: 2026-02-30"), None)
    result = run("edit", "1")
    (recovery,) = (home / "recovery").glob("edit-1-*.txt")
    assert result.code == 2 and "not a real date" in result.err and str(recovery) in result.err
    assert "date: 2026-02-30" in recovery.read_text(encoding="utf-8")
    assert journal_path.read_bytes() == before


def test_undoing_the_bad_edit_is_no_change(run, log, editor_rounds, journal_path):
    log("Acme", "Engineer", "--date", "2026-11-20")
    before = journal_path.read_bytes()
    editor_rounds(("^date: .*$", "date: 2026-02-30"), ("^date: .*$", "date: 2026-11-20"))
    result = run("edit", "1")
    assert result.code == 0 and "No changes" in result.err
    assert journal_path.read_bytes() == before


def test_an_editor_that_never_gets_it_right_stops_after_a_few_rounds(run, log, editor_rounds, home):
    log("Acme", "Engineer", "--date", "2026-11-20")
    seen = editor_rounds(*[("^(date: .*)$", r"\1x")] * 20)
    result = run("edit", "1")
    assert result.code == 2 and len(list((home / "recovery").glob("*.txt"))) == 1
    assert len(list(seen.iterdir())) == 5
