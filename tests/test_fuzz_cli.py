"""Fuzzing the commands' options with hostile text.

Whatever is typed: the exit status is 0 or 2, no traceback, the store stays
valid, and no escape (0x1b) or BEL byte reaches the output.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reject.cli.context import store

pytestmark = pytest.mark.slow  # long fuzzers over the whole CLI

HOSTILE = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "[bold red]Acme[/]",
            "\x1b[2J\x1b[31mred",
            "bell\x07",
            "nul\x00byte",
            "right\u202eto-left",
            "isolate\u2066x\u2069",
            "lone \ud800 surrogate",
            "# Heading\n[link](http://x)",
            "<script>alert(1)</script>",
            "x" * 25_000,
            "עברית ועוד",
            "日本語のテキスト 🙂",
            "  ",
            "",
        ]
    ),
)
FIELDS = [
    "--company",
    "--role",
    "--source",
    "--keyword",
    "--contact",
    "--feedback",
    "--tag",
    "--feedback-from",
    "--date",
]

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def clean(result) -> bool:
    text = result.out + result.err
    return "\x1b" not in text and "\x07" not in text and "Traceback" not in text


@FUZZ
@given(field=st.sampled_from(FIELDS), value=HOSTILE)
def test_log_with_hostile_text_exits_0_or_2_and_keeps_the_store_valid(run, field, value):
    args = {"--company": "Acme", "--role": "Engineer", field: value}
    result = run("log", *[x for pair in args.items() for x in pair])
    assert result.code in (0, 2) and clean(result)
    store().read()  # raises if the store were invalid


@FUZZ
@given(value=HOSTILE)
def test_whatever_log_accepts_shows_back_without_raw_control_bytes(run, value):
    result = run("log", "--company", "Acme", "--role", "Engineer", "--feedback", value)
    if result.code == 0:
        rid = store().read().rejections[-1].id
        assert clean(run("show", str(rid))) and clean(run("list"))


COMMANDS = [
    ["list", "--since"],
    ["list", "--until"],
    ["list", "--company"],
    ["list", "--tag"],
    ["list", "--limit"],
    ["show"],
    ["rm", "--yes"],
    ["edit", "1", "--stage"],
    ["edit", "1", "--role"],
    ["feedback", "1", "--text"],
    ["feedback", "1", "--from"],
    ["export", "--format"],
    ["import"],
    ["reflect", "--stage"],
    ["reflect", "1", "--answers"],
    ["ask"],
    ["ask", "1", "--status"],
    ["appraisals", "add", "--text"],
    ["appraisals", "add", "--text", "Delegate more.", "--date"],
    ["appraisals", "add", "--text", "Delegate more.", "--from"],
    ["appraisals", "rm", "--yes"],
    ["plan", "--since"],
    ["plan", "--format"],
    ["actions", "--json"],
    ["done"],
    ["done", "1.1", "--undo"],
    ["stats", "--json"],
    ["backups", "restore", "--yes"],
]


@FUZZ
@given(command=st.sampled_from(COMMANDS), value=HOSTILE)
def test_any_command_with_hostile_arguments_fails_cleanly(run, log, command, value):
    if not store().read().rejections:
        log()
    result = run(*command, value)
    # 1 is right for an id that does not exist; a crash would also be 1, so
    # the message must be a real one, never the last-resort "unexpected".
    assert result.code in (0, 1, 2) and clean(result)
    assert "unexpected problem" not in result.err
    store().read()
