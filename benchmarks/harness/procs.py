"""Running one whole process, and timing a command against its yardstick."""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import time
from dataclasses import dataclass, field

from harness.config import SLOW, TIMEOUT, WORK


@dataclass
class Run:
    seconds: float
    rc: int
    maxrss_kib: int
    stdout: str
    stderr: str
    timed_out: bool = False


def run(argv: list[str], env: dict[str, str], *, timeout: float = TIMEOUT) -> Run:
    """Run one whole process, output to files (not a terminal), and time it."""
    out_path = WORK / "last.stdout"
    err_path = WORK / "last.stderr"
    with (
        open(out_path, "wb") as out,
        open(err_path, "wb") as err,
    ):
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env)
        timed_out = False
        deadline = t0 + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.send_signal(signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                timed_out = True
                break
            time.sleep(0.0005)
        elapsed = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(
        elapsed,
        proc.returncode,
        usage.ru_maxrss,
        out_path.read_text(errors="replace", encoding="utf-8"),
        err_path.read_text(errors="replace", encoding="utf-8"),
        timed_out,
    )


@dataclass
class Result:
    label: str
    times: list[float] = field(default_factory=list)
    rss: list[int] = field(default_factory=list)
    note: str = ""  # "not available", "failed: ...", "> 60 s (stopped)"

    @property
    def ok(self) -> bool:
        return bool(self.times) and not self.note

    @property
    def median(self) -> float | None:
        return statistics.median(self.times) if self.times else None

    @property
    def peak_mib(self) -> float | None:
        return max(self.rss) / 1024 if self.rss else None


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:100]
    return ""


def compare(
    label: str,
    cmd: list[str],
    env: dict[str, str],
    yard_label: str,
    yard: list[str],
    yard_env: dict[str, str],
    runs: int,
    *,
    before=None,
    base: list[str] | None = None,
) -> tuple[Result, Result, Result | None]:
    """Time ``cmd``, its yardstick and (given ``base``, the same command from
    the baseline install) alternately, ``runs`` times each, after a warm-up.
    Each round runs yardstick, baseline, command, so a busy machine slows all
    alike and every ratio is taken in the same run."""
    res, ys = Result(label), Result(yard_label)
    bs = Result(label + " (before)") if base is not None else None
    plan = [("yard", yard, yard_env, ys)]
    if base is not None and bs is not None:
        plan.append(("base", base, env, bs))
    plan.append(("cmd", cmd, env, res))
    results = {}
    for key, argv, e, r in plan:
        if before:
            before()
        warm = run(argv, e)
        if warm.timed_out:
            r.note = f"> {TIMEOUT:.0f} s (stopped)"
        elif warm.rc != 0:
            err = first_line(warm.stderr) or first_line(warm.stdout)
            r.note = (
                "not available"
                if "No such command" in warm.stderr or "No such command" in warm.stdout
                else f"failed (exit {warm.rc}: {err})"
            )
        elif warm.seconds > SLOW:
            # Too slow to repeat: one timed run is the measurement.
            r.times.append(warm.seconds)
            r.rss.append(warm.maxrss_kib)
            r.note = ""
            results[key] = "once"
    for _ in range(runs):
        for key, argv, e, r in plan:
            if r.note or results.get(key) == "once":
                continue
            if before:
                before()
            one = run(argv, e)
            if one.timed_out:
                r.note = f"> {TIMEOUT:.0f} s (stopped)"
                continue
            if one.rc != 0:
                r.note = f"failed (exit {one.rc}: {first_line(one.stderr)})"
                continue
            r.times.append(one.seconds)
            r.rss.append(one.maxrss_kib)
    for r in (res, ys, bs):
        if r is not None and r.note:
            r.times.clear()
    return res, ys, bs


@dataclass
class Row:
    size: str
    command: str
    res: Result
    yard: Result
    target: float | None = None  # ratio limit vs yardstick (res / yard <= target)
    target_text: str = ""
    base: Result | None = None  # the same command from the baseline (before) install
    mem_limit_mib: float | None = None  # peak memory target, when there is one

    def ratio(self) -> float | None:
        if self.res.ok and self.yard.ok:
            return self.res.median / self.yard.median  # type: ignore[operator]
        return None

    def base_ratio(self) -> float | None:
        if self.base is not None and self.base.ok and self.yard.ok:
            return self.base.median / self.yard.median  # type: ignore[operator]
        return None
