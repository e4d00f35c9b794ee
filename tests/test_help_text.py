"""Every --help names its values the way a person would: ID, [ID], TEXT, 1-6."""

from __future__ import annotations

import re

import pytest

from reject.cli.commands import app


def every_path():
    """The root, each group and each command, as argument lists."""
    import typer.main

    def walk(command, path):
        yield path
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, [*path, name])

    yield from walk(typer.main.get_command(app), [])


PATHS = list(every_path())

# What Typer prints when left to itself: {ID}, [[ID]], <str>, <list[str]>,
# <int range>, <application|screen|...>, [1<=x<=6], [x>=1]; and ID......
# (a metavar "ID..." given the "..." of several values again).
JUNK = re.compile(r"\{|\[\[|<|\]\]|<=|>=|\.\.\.\.")


def terms(help_text: str) -> list[str]:
    """The left-hand column of the Arguments and Options sections."""
    found = []
    section = None
    for line in help_text.splitlines():
        if line and not line.startswith(" "):
            section = line.rstrip(":")
            continue
        if section in ("Arguments", "Options") and re.match(r"  \S", line):
            found.append(re.split(r"\s{2,}", line.strip())[0])
    return found


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "reject")
def test_help_has_no_type_checker_metavars(run, path):
    result = run(*path, "--help")
    assert result.code == 0
    usage = result.out.splitlines()[0]
    assert usage.startswith("Usage: reject") and not JUNK.search(usage), usage
    for term in terms(result.out):
        assert not JUNK.search(term), term
    # Ranges and requiredness live in the value name and the usage line.
    assert not re.search(r"\[x?[<>]=|<=x|\[required\]", result.out)


def test_value_names_read_like_words(run):
    log_help = run("log", "--help").out
    assert "-c, --company TEXT" in log_help
    assert "-d, --date DATE" in log_help
    assert "-s, --stage STAGE" in log_help and "One of: application, screen" in log_help
    assert "--keyword TEXT" in log_help
    reflect_help = run("reflect", "--help").out
    assert "Usage: reject reflect [OPTIONS] [ID]" in reflect_help
    assert "--stage 1-6" in reflect_help
    assert "Usage: reject show [OPTIONS] ID...\n" in run("show", "--help").out
    assert "Usage: reject search [OPTIONS] TEXT...\n" in run("search", "--help").out
    assert "-n, --limit N " in run("list", "--help").out
    assert "-o, --output FILE" in run("plan", "--help").out
    assert "--home DIR" in run("--help").out


def test_choices_named_in_the_help_are_not_repeated(run):
    # plan's --format help already says md, json and ics itself.
    assert "One of:" not in run("plan", "--help").out


def test_every_group_has_help_and_every_command_an_example(run):
    for path in PATHS:
        out = run(*path, "--help").out
        description = out.split("\n\n")[1] if "\n\n" in out else ""
        assert description.strip(), f"reject {' '.join(path)} has no description"
        if not path or "COMMAND [ARGS]" in out.splitlines()[0]:
            continue  # a group lists its commands; each command has the example
        assert "Example:  reject " + " ".join(path) in out, path
