"""Where the harness keeps things, and the fixed numbers of a run."""

from __future__ import annotations

import os
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent  # benchmarks/
ROOT = HERE.parent
WORK = HERE / ".work"
VENV = WORK / "venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"
REJECT = BIN / "reject"
# jrnl, the yardstick, lives in a venv of its own (never beside reject, never
# a dependency); $REJECT_BENCH_JRNL names another jrnl 4.x executable.
JRNL_VENV = WORK / "jrnl-venv"
JRNL = Path(os.environ.get("REJECT_BENCH_JRNL") or JRNL_VENV / BIN.name / "jrnl")
# The "before" install: another checkout (main, say) measured in the same
# loop as this one, when run.py is given --baseline PATH.
BASE_VENV = WORK / "venv-base"
BASE_REJECT = BASE_VENV / BIN.name / "reject"
FLOOR_APP = HERE / "floor_app.py"  # the smallest Typer app: the framework floor

SIZES = (1_000, 10_000, 100_000)
# Timed runs per command. run.py sets it from --runs / --quick before measuring;
# the other modules read it as config.RUNS so they see that value.
RUNS = 5
# A single invocation longer than this is not repeated (reported as 1 run), and
# one longer than TIMEOUT is stopped (reported as "> TIMEOUT").
SLOW = 15.0
TIMEOUT = 60.0

NOTES_MARKER = "<!-- notes: kept across runs -->"
FLOOR_TYPER = "import typer"
FLOOR_STACK = "import typer, rich.console, pydantic"
