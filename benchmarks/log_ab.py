#!/usr/bin/env python3
"""`reject log` before and after the change log, side by side (A B A B).

    python benchmarks/log_ab.py BASE_SRC [--sizes 10000,100000] [--runs 7]

BASE_SRC is the src/ folder of the version to compare with (for instance
`git archive <commit> src | tar -x -C /tmp/base`); the other side is this
checkout. Both run with the same interpreter and packages, on copies of one
generated journal; each side's first `log` is a warm-up, not timed (on this
side it validates journal.json once and notes it as checked). Prints the
median wall time of each side and their ratio. One in 64 logs on this side
folds the change log into journal.json; its cost is printed apart.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
THIS_SRC = HERE.parent / "src"


def journal(size: int) -> bytes:
    records = [
        {
            "id": i,
            "uuid": str(uuid.UUID(int=i)),
            "company": f"Company {i}",
            "role": "Staff Nurse" if i % 2 else "Primary Teacher",
            "date": "2025-03-01",
            "stage": "interview",
            "keywords": ["patient care"],
            "tags": ["nhs"],
            "feedback": [{"text": "Wanted more ward experience.", "added": "2025-03-02T10:00:00Z"}],
            "created": "2025-03-01T10:00:00Z",
            "updated": "2025-03-01T10:00:00Z",
        }
        for i in range(1, size + 1)
    ]
    doc = {
        "format": "reject-journal",
        "schema_version": 1,
        "next_id": size + 1,
        "rejections": records,
    }
    return json.dumps(doc, indent=2).encode("utf-8") + b"\n"


def timed(src: Path, home: Path, n: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(src), "REJECT_HOME": str(home)}
    cmd = [sys.executable, "-m", "reject", "log", "-c", f"Bench {n}", "-r", "Clerk"]
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("base_src", type=Path)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--runs", type=int, default=7)
    opts = ap.parse_args()
    for size in [int(s) for s in opts.sizes.split(",")]:
        work = Path(tempfile.mkdtemp(prefix="reject-log-ab-"))
        data = journal(size)
        sides = {"before": opts.base_src.resolve(), "after": THIS_SRC}
        homes = {}
        for name in sides:
            homes[name] = work / name
            homes[name].mkdir(mode=0o700)
            (homes[name] / "journal.json").write_bytes(data)
        times: dict[str, list[float]] = {name: [] for name in sides}
        for name, src in sides.items():
            timed(src, homes[name], 0)  # warm-up
        for n in range(1, opts.runs + 1):
            for name, src in sides.items():  # A B A B
                times[name].append(timed(src, homes[name], n))
        fold = timed_fold(homes["after"])
        before, after = (statistics.median(times[k]) for k in ("before", "after"))
        print(
            f"{size:>7,} records: before {before * 1000:7.0f} ms, after {after * 1000:7.0f} ms "
            f"(median of {opts.runs}), {before / after:4.1f}x faster; "
            f"a log that folds (1 in 64): {fold * 1000:.0f} ms",
            flush=True,
        )
        shutil.rmtree(work, ignore_errors=True)
    return 0


def timed_fold(home: Path) -> float:
    env_every = os.environ.get("REJECT_COMPACT_EVERY")
    os.environ["REJECT_COMPACT_EVERY"] = "1"
    try:
        return timed(THIS_SRC, home, 999)
    finally:
        if env_every is None:
            del os.environ["REJECT_COMPACT_EVERY"]
        else:
            os.environ["REJECT_COMPACT_EVERY"] = env_every


if __name__ == "__main__":
    sys.exit(main())
