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
JRNL = BIN / "jrnl"

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
