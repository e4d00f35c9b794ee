#!/usr/bin/env python3
"""`reject plan -o FILE` before and after a change, beside the import floor.

    python benchmarks/plan_ab.py BASE_SRC [--size 10000] [--runs 7]

BASE_SRC is the src/ folder of the version to compare with (for instance
`git archive <commit> src | tar -x -C /tmp/base`); the other side is this
checkout. Both run with the same interpreter and packages (this one: a venv
with reject's dependencies), on copies of one journal built as
benchmarks/harness/data.py builds it (the generated CSV, `reject import` with
every change folded at once). The floor is
`python -c "import typer, rich.console, pydantic"`. Each is run once as a
warm-up, then floor, before, after, floor, before, after, ...; prints the
medians and each side's ratio to the floor, and whether the two plans match.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
THIS_SRC = HERE.parent / "src"
sys.path.insert(0, str(HERE))

from harness.data import write_csv  # noqa: E402


def env_for(src: Path | None, home: Path) -> dict[str, str]:
    # As the harness does: no PYTHON* settings (PYTHONDONTWRITEBYTECODE would
    # recompile every module on every run), no colour, not a terminal.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "REJECT_"))}
    env.update(NO_COLOR="1", TERM="dumb", REJECT_HOME=str(home))
    if src is not None:
        env["PYTHONPATH"] = str(src)
    return env


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        cmd, env=env, check=True, stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("base_src", type=Path)
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=7)
    opts = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="reject-plan-ab-"))
    try:
        csv_path = work / "journal.csv"
        write_csv(csv_path, opts.size, tagged=False)
        built = work / "built"
        build_env = {**env_for(opts.base_src.resolve(), built), "REJECT_COMPACT_EVERY": "1"}
        subprocess.run(
            [sys.executable, "-m", "reject", "import", str(csv_path)], env=build_env,
            check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        sides = {"before": opts.base_src.resolve(), "after": THIS_SRC}
        cmds: dict[str, tuple[list[str], dict[str, str]]] = {
            "floor": (
                [sys.executable, "-c", "import typer, rich.console, pydantic"],
                env_for(None, work),
            )
        }
        for name, src in sides.items():
            home = work / name
            shutil.copytree(built, home)
            out = work / f"plan-{name}.md"
            cmds[name] = ([sys.executable, "-m", "reject", "plan", "-o", str(out)],
                          env_for(src, home))  # fmt: skip
        times: dict[str, list[float]] = {name: [] for name in cmds}
        for cmd, env in cmds.values():
            timed(cmd, env)  # warm-up (and .pyc files written)
        for _ in range(opts.runs):
            for name, (cmd, env) in cmds.items():
                times[name].append(timed(cmd, env))
        med = {name: statistics.median(t) for name, t in times.items()}
        same = (work / "plan-before.md").read_bytes() == (work / "plan-after.md").read_bytes()
        print(f"{opts.size:,} records, median of {opts.runs} (A B A B):")
        for name in cmds:
            ratio = "" if name == "floor" else f"  {med[name] / med['floor']:5.2f}x the floor"
            print(f"  {name:<7} {med[name] * 1000:7.0f} ms{ratio}")
        print(f"  before/after {med['before'] / med['after']:.2f}x; plans identical: {same}")
        return 0 if same else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
