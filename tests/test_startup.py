"""Start-up guard (issue 5): `reject --help` and `reject --version` must not load
what only the data commands need.

Every command pays for what `reject.cli.main` imports, so a top-level import of
pydantic, the store or the model in any command module quietly slows every
command, including --help. Each check runs in a fresh interpreter (this test
process has long since imported everything) and names, for each module that
leaked, the first reject module on the import chain that pulled it in.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# Modules that only the data commands need.
HEAVY = (
    "pydantic",
    "pydantic_core",
    "reject.store",
    "reject.model",
    "filelock",
    "dateparser",
    "platformdirs",
    "icalendar",
    "prompt_toolkit",  # only for a long answer, when one is asked
    "reject.capture",  # only for --email, --posting and a mailbox import
)
# Typer itself imports pydantic (typer/_adapters.py) once it builds a
# subcommand, so a subcommand's --help is only checked for our own modules.
OURS = tuple(m for m in HEAVY if not m.startswith("pydantic"))

PROBE = r"""
import io, json, sys, traceback

HEAVY = {heavy!r}
origin = {{}}


class Spy:
    # Records who first imports a heavy module; finds nothing itself.
    def find_spec(self, name, path=None, target=None):
        if name in HEAVY and name not in origin:
            chain = [
                f"{{f.filename}}:{{f.lineno}}"
                for f in traceback.extract_stack()
                if "/reject/" in f.filename.replace("\\", "/")
            ]
            origin[name] = chain
        return None


sys.meta_path.insert(0, Spy())
from reject.cli.main import main

out = io.StringIO()
real_stdout, sys.stdout = sys.stdout, out
try:
    code = main({argv!r})
except SystemExit as exc:
    code = exc.code
finally:
    sys.stdout = real_stdout
leaked = {{m: origin.get(m, []) for m in HEAVY if m in sys.modules}}
print(json.dumps({{"code": code, "leaked": leaked}}))
"""


@pytest.mark.parametrize(
    ("argv", "heavy"),
    [
        (["--help"], HEAVY),
        (["--version"], (*HEAVY, "typer")),
        (["log", "--help"], OURS),
        (["plan", "--help"], OURS),
        (
            ["log", "-c", "Acme", "-r", "Engineer", "-f", "Go deeper"],
            ("prompt_toolkit", "reject.capture"),
        ),
        (["import", "--help"], OURS),
    ],
    ids=["help", "version", "log help", "plan help", "log with flags", "import help"],
)
def test_startup_does_not_import_data_modules(argv: list[str], heavy, tmp_path) -> None:
    env_home = tmp_path / "home"
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=heavy, argv=argv)],
        capture_output=True,
        text=True,
        env={**_env(), "REJECT_HOME": str(env_home)},
        timeout=60,
        encoding="utf-8",
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["code"] in (0, None)
    leaked = report["leaked"]
    detail = "\n".join(
        f"  {mod}: imported via {' -> '.join(chain) or '(outside reject)'}"
        for mod, chain in leaked.items()
    )
    assert not leaked, f"`reject {' '.join(argv)}` imported data-only modules:\n{detail}"


def _env() -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if k != "PYTHONSTARTUP"}
    env["NO_COLOR"] = "1"
    return env
