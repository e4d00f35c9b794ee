"""Root options (--home, --debug) work after the command name too."""

from __future__ import annotations

from pathlib import Path


def test_home_after_the_command_name(run, tmp_path: Path) -> None:
    other = tmp_path / "other"
    assert run("log", "-c", "Acme", "-r", "Engineer", "--home", str(other)).code == 0
    assert (other / "journal.json").exists()
    listed = run("list", "--json", "--home", str(other))
    assert [r["company"] for r in listed.json()] == ["Acme"]
    # the default journal ($REJECT_HOME) was not touched
    assert run("list", "--json").json() == []


def test_home_with_equals_sign_after_a_nested_command(run, tmp_path: Path) -> None:
    other = tmp_path / "other"
    run("log", "-c", "Acme", "-r", "Engineer", f"--home={other}")
    result = run("backups", "list", f"--home={other}")
    assert result.code == 0, result.err
    assert run("list", "--json", "--home", str(other)).json()[0]["id"] == 1


def test_debug_after_the_command_name_is_accepted(run) -> None:
    result = run("list", "--debug")
    assert result.code == 0, result.err


def test_an_option_value_that_looks_like_a_root_option_stays_a_value(run, log) -> None:
    rid = log()
    result = run("feedback", str(rid), "--text", "--debug")
    assert result.code == 0, result.err
    shown = run("show", str(rid), "--json").json()
    assert shown["feedback"][0]["text"] == "--debug"


def test_nothing_after_double_dash_is_moved(run, tmp_path: Path) -> None:
    result = run("log", "-c", "Acme", "-r", "Engineer", "--", "--home", str(tmp_path))
    assert result.code == 2
    assert not (tmp_path / "journal.json").exists()
