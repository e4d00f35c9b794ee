"""cli/coercion.py answers plain option values without pydantic, and always
with the value (or the error) Typer's own adapter would give."""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from typing import Any

import pytest
from typer._click import Context
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param
from typer.main import get_command

from reject.cli.coercion import LeanRuntimeParam, install
from reject.cli.commands import app

AWKWARD = [
    None,
    "",
    " ",
    "0",
    "1",
    "20",
    "-3",
    "+5",
    " 5",
    "5 ",
    "1_000",
    "٣",  # an Arabic-Indic digit: pydantic's rules, not ours
    "99999999999999999999",
    "abc",
    "Interview",
    "interview",
    "FINAL",
    "ghosted",
    "Personal",
    "référence",
    "~/journal",
    "/tmp",
    "/nonexistent/reject-home",
    ".",
    "-",
    ("1", "2"),
    ("3", "x"),
    ("python", "remote"),
    (),
]


@cache
def _params() -> list[tuple[Any, Any]]:
    """Every typed parameter of the tree, built once: each case walks them all."""
    root = get_command(app)
    found = []
    todo = [root]
    while todo:
        command = todo.pop()
        todo.extend(getattr(command, "commands", {}).values())
        for param in command.params:
            if hasattr(param, "type_descriptor"):
                found.append((command, param))
    return found


def _outcome(runtime: Any, value: Any, param: Any, ctx: Context) -> tuple[str, Any]:
    try:
        got = runtime.coerce(value, param=param, ctx=ctx)
    except BadParameter as exc:
        return "error", exc.format_message()
    return type(got).__name__, got


@pytest.mark.parametrize("value", AWKWARD, ids=repr)
def test_every_parameter_gets_what_typers_adapter_gives(value: Any) -> None:
    checked = 0
    for command, param in _params():
        ctx = Context(command)
        typer_says = _outcome(build_runtime_param(param.type_descriptor), value, param, ctx)
        lean = LeanRuntimeParam(param.type_descriptor, build_runtime_param)
        assert _outcome(lean, value, param, ctx) == typer_says, (command.name, param.name)
        checked += 1
    assert checked > 50  # the whole tree was walked


def test_install_is_idempotent_and_leaves_typer_working() -> None:
    install()
    install()
    import typer.core

    assert typer.core.build_runtime_param.__name__ == "lean"


def test_plain_options_need_no_pydantic(tmp_path: Any) -> None:
    """`reject list --limit 20 --stage interview` coerces its values without
    importing pydantic (the journal is empty, so nothing else needs it)."""
    code = (
        "import sys\n"
        "from reject.cli.coercion import install\n"
        "install()\n"
        "from typer.main import get_command\n"
        "from reject.cli.commands import app\n"
        "cmd = get_command(app).commands['list']\n"
        "ctx = cmd.make_context('list', ['--limit', '20', '--stage', 'interview', '-c', 'Acme'])\n"
        "assert ctx.params['limit'] == 20, ctx.params\n"
        "assert ctx.params['stage'].value == 'interview'\n"
        "print('pydantic' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, encoding="utf-8"
    )
    assert out.stdout.strip() == "False", out.stderr
