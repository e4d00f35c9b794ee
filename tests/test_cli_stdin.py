"""`-` as an option's value reads standard input: an email body piped in
keeps every line; bad input is one line on stderr and nothing is written."""

from __future__ import annotations

import io
import json
import sys

import pytest

from reject import render
from reject.cli.main import main
from reject.text import TEXT_MAX

EMAIL = (
    "Hi Sam,\n\nThanks for your time on the Platform Engineer process.\n\n"
    "We went with someone closer to the team's needs.\n\tNotes: design stayed high-level.\n\n"
    "Best,\nJane"
)


@pytest.fixture
def piped(capsys, monkeypatch):
    """Run `reject ARGS` with these bytes on standard input, as `< email.txt` does."""

    def _piped(data: bytes, *args: str) -> tuple[int, str]:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
        render.reset()
        code = main(list(args))
        return code, capsys.readouterr().err

    return _piped


def feedback_of(run, rid: int = 1) -> list[dict]:
    return run("show", str(rid), "--json").json()["feedback"]


def test_log_feedback_dash_keeps_every_line_of_a_piped_email(run):
    result = run("log", "-c", "Acme", "-r", "Engineer", "-f", "-", input=EMAIL + "\n")
    assert (result.code, feedback_of(run)[0]["text"]) == (0, EMAIL)


def test_feedback_text_dash_keeps_every_line_of_a_piped_email(run, log):
    log()
    result = run("feedback", "1", "--text", "-", "--from", "Jane", input=EMAIL)
    note = feedback_of(run)[0]
    assert (result.code, note["text"], note["given_by"]) == (0, EMAIL, "Jane")


def test_windows_line_ends_and_a_byte_order_mark_are_read_as_plain_lines(piped, run, log):
    log()
    data = ("\ufeff" + EMAIL.replace("\n", "\r\n")).encode("utf-8")
    code, _ = piped(data, "feedback", "1", "--text", "-")
    assert (code, feedback_of(run)[0]["text"]) == (0, EMAIL)


def test_reflect_answers_dash_reads_the_json_from_stdin(run, log):
    log()
    answers = {"feedback": {"summary": "Go deeper on scaling", "specific": True}}
    result = run("reflect", "1", "--answers", "-", input=json.dumps(answers))
    shown = run("show", "1", "--json").json()["reflection"]["feedback"]["summary"]
    assert (result.code, shown) == (0, "Go deeper on scaling")


@pytest.mark.parametrize(
    ("args", "flag"),
    [
        (("log", "-c", "Acme", "-r", "Engineer", "-f", "-"), "--feedback"),
        (("feedback", "1", "--text", "-"), "--text"),
        (("reflect", "1", "--answers", "-"), "--answers"),
    ],
)
def test_input_that_is_not_utf8_is_one_line_naming_the_flag(piped, run, log, args, flag):
    log()
    before = run("show", "1", "--json").out
    code, err = piped(b"Hi Sam,\n\xff\xfe not text\n", *args)
    assert (code, err.count("\n"), flag in err, "UTF-8" in err) == (2, 1, True, True)
    assert run("show", "1", "--json").out == before


@pytest.mark.parametrize(
    ("args", "flag"),
    [
        (("log", "-c", "Acme", "-r", "Engineer", "-f", "-"), "--feedback"),
        (("feedback", "1", "--text", "-"), "--text"),
    ],
)
def test_input_over_the_field_cap_is_one_line_and_nothing_is_written(piped, run, log, args, flag):
    log()
    code, err = piped(b"x" * (TEXT_MAX + 1), *args)
    shown = run("list", "--json").json()
    assert (code, err.count("\n"), flag in err, f"{TEXT_MAX:,}" in err, len(shown)) == (
        2,
        1,
        True,
        True,
        1,
    )


def test_endless_input_stops_at_the_cap_instead_of_filling_memory(piped, log):
    log()
    code, err = piped(b"y\n" * (TEXT_MAX * 3), "feedback", "1", "--text", "-")
    assert (code, "characters" in err) == (2, True)


def test_empty_stdin_is_refused_rather_than_saving_nothing(run, log):
    log()
    result = run("feedback", "1", "--text", "-", input="\n \n")
    assert (result.code, "empty" in result.err, feedback_of(run)) == (2, True, [])


def test_the_error_never_repeats_the_text_it_read(piped, log):
    log()
    code, err = piped(b"Secret words " + b"z" * TEXT_MAX, "feedback", "1", "--text", "-")
    assert (code, "Secret" in err) == (2, False)


def test_a_control_character_in_piped_feedback_is_refused_as_if_typed(run, log):
    log()
    result = run("feedback", "1", "--text", "-", input="Hi\x1b[2J there")
    assert (result.code, feedback_of(run)) == (2, [])
