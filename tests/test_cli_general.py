"""Behaviour every command shares: help, version, errors, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reject import __version__
from reject.cli.commands import app

DOCS = Path(__file__).parent.parent / "docs"


def command_paths():
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        sub = getattr(command, "commands", None)
        if sub:
            yield from ([name, s] for s in sub)
        else:
            yield [name]


@pytest.mark.parametrize("path", list(command_paths()), ids=" ".join)
def test_every_command_has_help_with_an_example(run, path):
    result = run(*path, "--help")
    assert result.code == 0 and "Example" in result.out


@pytest.mark.parametrize("path", list(command_paths()), ids=" ".join)
def test_every_command_is_in_the_user_guide(path):
    guide = (DOCS / "guide.md").read_text(encoding="utf-8")
    assert f"reject {' '.join(path)}" in guide


def test_version_prints_the_version(run):
    result = run("--version")
    assert (result.code, result.out) == (0, f"reject {__version__}\n")


def test_python_dash_m_runs_the_cli():
    result = subprocess.run(
        [sys.executable, "-m", "reject", "--version"],
        capture_output=True,
        text=True,
        check=False,
        encoding="utf-8",
    )
    assert result.stdout == f"reject {__version__}\n"


def test_unknown_option_is_a_one_line_usage_error(run):
    result = run("log", "--compny", "Acme")
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1


def test_unknown_command_exits_2(run):
    assert run("lgo").code == 2


def test_bad_choice_is_a_usage_error(run):
    assert run("list", "--stage", "lunch").code == 2


def test_unexpected_error_shows_no_traceback(run, monkeypatch):
    import reject.journal

    def boom(*_args, **_kwargs):
        raise RuntimeError("secret journal text")

    monkeypatch.setattr(reject.journal, "select", boom)
    result = run("list")
    assert result.code == 1
    assert "Traceback" not in result.err and "secret journal text" not in result.err


def test_debug_flag_shows_the_traceback(run, monkeypatch):
    import reject.journal

    def boom(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(reject.journal, "select", boom)
    with pytest.raises(RuntimeError):
        run("--debug", "list")


def test_home_option_overrides_the_environment(run, tmp_path):
    other = tmp_path / "elsewhere"
    run("--home", str(other), "log", "-c", "Acme", "-r", "Eng")
    assert (other / "journal.json").exists()


def test_no_escape_codes_reach_a_pipe_even_with_colour_asked_for(run, log, monkeypatch):
    monkeypatch.delenv("NO_COLOR")
    log()
    result = run("show", "1")
    assert "\x1b" not in result.out + result.err


def test_shell_completion_offers_commands(tmp_path):
    env = {
        "_REJECT_COMPLETE": "complete_bash",
        "COMP_WORDS": "reject li",
        "COMP_CWORD": "1",
        "REJECT_HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, "-m", "reject"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        encoding="utf-8",
    )
    assert result.stdout.split() == ["list"]
