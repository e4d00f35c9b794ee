#!/usr/bin/env python3
"""Benchmark `reject` against the Python start-up floor and against jrnl 4.6.

Run from anywhere:

    python benchmarks/run.py            # full run, writes benchmarks/RESULTS.md
    python benchmarks/run.py --quick    # 1,000 and 10,000 only, 3 runs (not for RESULTS.md)

Everything it creates lives in benchmarks/.work/ (git-ignored): its own venv
(the project, installed from this checkout, plus jrnl==4.6), generated CSVs,
journals and jrnl configs. See benchmarks/README.md for what is measured.

Only the standard library is used here; the measured programs run in the
benchmark venv, as whole processes, timed with time.perf_counter around
fork/exec .. wait4, so start-up is included. Peak memory is the child's own
ru_maxrss from os.wait4 (not the RUSAGE_CHILDREN high-water mark).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from harness import config, suite
from harness.config import HERE, JRNL, PY, SIZES, WORK
from harness.environment import machine, setup_baseline, setup_venv, versions
from harness.report import render_markdown, write_results
from harness.suite import measure


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="timed runs per command (default 5)")
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)), help="journal sizes")
    ap.add_argument("--quick", action="store_true", help="1,000 and 10,000, 3 runs; no RESULTS.md")
    ap.add_argument("--editable", action="store_true", help="install the checkout editable")
    ap.add_argument("--no-install", action="store_true", help="reuse the venv as it is")
    ap.add_argument("--output", default=str(HERE / "RESULTS.md"))
    ap.add_argument(
        "--baseline",
        metavar="CHECKOUT",
        help="also measure this checkout (e.g. a worktree of main) as 'before', in the same loop",
    )
    ap.add_argument("--no-jrnl", action="store_true", help="leave jrnl out")
    opts = ap.parse_args()
    config.RUNS = max(1, opts.runs)
    sizes = [int(s) for s in opts.sizes.split(",") if s]
    if opts.quick:
        config.RUNS, sizes = 3, [1_000, 10_000]
    full_run = not opts.quick and opts.runs >= 5 and sizes == list(SIZES)

    started = time.perf_counter()
    WORK.mkdir(parents=True, exist_ok=True)
    if opts.no_install and PY.exists():
        jrnl_status = "installed" if JRNL.exists() else f"not installed (no {JRNL}): rows left out"
    else:
        jrnl_status = setup_venv(opts.editable)
    if opts.baseline:
        setup_baseline(Path(opts.baseline))
        suite.WITH_BASE = True
    if opts.no_jrnl:
        jrnl_status = "left out (--no-jrnl)"
    vers = versions()
    mach = machine()
    print(f"machine: {mach}\nversions: {vers}\njrnl: {jrnl_status}", flush=True)

    rows, scaling = measure(sizes, JRNL.exists() and not opts.no_jrnl)

    elapsed = time.perf_counter() - started
    md = render_markdown(rows, scaling, mach, vers, jrnl_status, elapsed, sizes)
    print()
    print(md)
    if full_run:
        write_results(md, Path(opts.output))
        print(f"wrote {opts.output}")
    else:
        print("(partial run: RESULTS.md not written; use the defaults for a full run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
