"""Time `reject plan` over a large journal (not a test: timings don't belong there).

    /work/venv/bin/python tests/data/bench_plan.py 10000

Builds a journal of N entries by repeating the realistic journal with fresh
ids and spread-out dates, then runs the real CLI (start-up included) and a
bare `reject --version` for comparison, and times build_plan on its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from uuid import UUID

from reject.insights import markdown
from reject.insights.plan import build_plan
from reject.insights.themes import load_vocabulary
from reject.model import Journal

HERE = Path(__file__).parent


def big_journal(n: int) -> Journal:
    base = Journal.model_validate_json(
        (HERE / "realistic-journal.json").read_text(encoding="utf-8")
    ).rejections
    start = date(2020, 1, 1)
    records = []
    for i in range(n):
        record = base[i % len(base)].model_copy(deep=True)
        record.id = i + 1
        record.uuid = UUID(int=i + 1)
        record.date = start + timedelta(days=i * 2 // 10)
        records.append(record)
    return Journal(next_id=n + 1, rejections=records)


def best_of(runs: int, argv: list[str], env: dict[str, str]) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    journal = big_journal(n)
    reject = str(Path(sys.executable).with_name("reject"))
    with tempfile.TemporaryDirectory() as home:
        Path(home, "journal.json").write_text(journal.model_dump_json(), encoding="utf-8")
        env = {**os.environ, "REJECT_HOME": home}
        t0 = time.perf_counter()
        plan = build_plan(journal.rejections, load_vocabulary(None), today=date(2026, 11, 25))
        text = markdown.write(plan)
        inner = time.perf_counter() - t0
        version = best_of(3, [reject, "--version"], env)
        full = best_of(3, [reject, "plan"], env)
        as_json = best_of(3, [reject, "plan", "--format", "json"], env)
        ics = best_of(3, [reject, "plan", "--format", "ics"], env)
    print(f"{n} entries, plan of {len(text):,} characters")
    print(f"build_plan + Markdown in-process: {inner:.3f} s")
    print(f"reject --version (start-up):      {version:.3f} s")
    print(f"reject plan (piped Markdown):     {full:.3f} s")
    print(f"reject plan --format json:        {as_json:.3f} s")
    print(f"reject plan --format ics:         {ics:.3f} s")


if __name__ == "__main__":
    main()
