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
import csv
import datetime as dt
import json
import os
import platform
import random
import shutil
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / ".work"
VENV = WORK / "venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"
REJECT = BIN / "reject"
JRNL = BIN / "jrnl"

SIZES = (1_000, 10_000, 100_000)
RUNS = 5
# A single invocation longer than this is not repeated (reported as 1 run), and
# one longer than TIMEOUT is stopped (reported as "> TIMEOUT").
SLOW = 15.0
TIMEOUT = 60.0

NOTES_MARKER = "<!-- notes: kept across runs -->"
FLOOR_TYPER = "import typer"
FLOOR_STACK = "import typer, rich.console, pydantic"

COMPANIES = [
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Stark Industries",
    "Wayne Enterprises",
    "Tyrell",
    "Cyberdyne",
    "Soylent",
    "Vandelay",
    "Wonka",
    "Aperture",
    "Black Mesa",
    "Oscorp",
    "Massive Dynamic",
    "Dunder Mifflin",
    "Pied Piper",
    "Gringotts",
    "Monsters Inc",
]
ROLES = [
    "Backend Engineer",
    "Senior Python Developer",
    "Data Engineer",
    "Platform Engineer",
    "Site Reliability Engineer",
    "Staff Engineer",
    "Engineering Manager",
    "ML Engineer",
]
STAGES = ["application", "screen", "assessment", "interview", "final", "offer"]
TAGS = [
    "python",
    "remote",
    "fintech",
    "startup",
    "onsite",
    "contract",
    "lead",
    "backend",
    "data",
    "cloud",
    "golang",
    "hybrid",
    "referral",
    "agency",
    "bigtech",
    "visa",
]
FEEDBACK = [
    "Go deeper on system design; the scaling discussion stayed at the surface.",
    "Strong coding, but we went with someone with more Kubernetes experience.",
    "The team felt the role needed more people leadership.",
    "Great conversation; the position was filled internally.",
    "",
    "",
]


# -- running processes ---------------------------------------------------------------


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


def _first_line(text: str) -> str:
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
) -> tuple[Result, Result]:
    """Time ``cmd`` and its yardstick alternately, ``runs`` times each, after a warm-up."""
    res, ys = Result(label), Result(yard_label)
    results = {}
    for key, argv, e, r in (("cmd", cmd, env, res), ("yard", yard, yard_env, ys)):
        if before:
            before()
        warm = run(argv, e)
        if warm.timed_out:
            r.note = f"> {TIMEOUT:.0f} s (stopped)"
        elif warm.rc != 0:
            err = _first_line(warm.stderr) or _first_line(warm.stdout)
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
        for key, argv, e, r in (("yard", yard, yard_env, ys), ("cmd", cmd, env, res)):
            if r.note or results.get(key) == "once":
                continue
            if before:
                before()
            one = run(argv, e)
            if one.timed_out:
                r.note = f"> {TIMEOUT:.0f} s (stopped)"
                continue
            if one.rc != 0:
                r.note = f"failed (exit {one.rc}: {_first_line(one.stderr)})"
                continue
            r.times.append(one.seconds)
            r.rss.append(one.maxrss_kib)
    for r in (res, ys):
        if r.note:
            r.times.clear()
    return res, ys


# -- set-up ----------------------------------------------------------------------------


def setup_venv(editable: bool) -> str:
    """Create the benchmark venv and (re)install this checkout and jrnl 4.6 into it."""
    if not PY.exists():
        print(f"creating {VENV}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=False)
    print("installing reject from this checkout", flush=True)
    spec = ["-e", str(ROOT)] if editable else ["--force-reinstall", "--no-deps", str(ROOT)]
    # Dependencies first (no-op when present), then the project itself fresh.
    subprocess.run([str(PY), "-m", "pip", "install", "-q", str(ROOT)], check=True)
    subprocess.run([str(PY), "-m", "pip", "install", "-q", *spec], check=True)
    jrnl_status = "installed"
    if not JRNL.exists():
        print("installing jrnl==4.6", flush=True)
        p = subprocess.run(
            [str(PY), "-m", "pip", "install", "-q", "jrnl==4.6"],
            capture_output=True,
            text=True,
            encoding="utf-8",
        )
        if p.returncode != 0 or not JRNL.exists():
            jrnl_status = "could not be installed: " + _first_line(p.stderr[-2000:])
    return jrnl_status


def versions() -> dict[str, str]:
    code = (
        "import importlib.metadata as m, json\n"
        "out = {}\n"
        "for k in ['reject', 'typer', 'click', 'rich', 'pydantic', 'pydantic-core', 'jrnl']:\n"
        "    try: out[k] = m.version(k)\n"
        "    except m.PackageNotFoundError: pass\n"
        "print(json.dumps(out))"
    )
    p = subprocess.run(
        [str(PY), "-c", code], capture_output=True, text=True, check=True, encoding="utf-8"
    )
    return json.loads(p.stdout)


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    py = subprocess.run(
        [str(PY), "-VV"], capture_output=True, text=True, encoding="utf-8"
    ).stdout.strip()
    return {
        "CPU": cpu,
        "Cores": str(os.cpu_count()),
        "OS": f"{platform.system()} {platform.release()}",
        "Python": py,
        "Date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "Load average at start (1/5/15 min)": _loadavg(),
    }


def _loadavg() -> str:
    try:
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def write_csv(path: Path, n: int, *, tagged: bool, seed: int = 5) -> None:
    rng = random.Random(seed)
    today = dt.date.today()
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["company", "role", "date", "stage", "feedback", "tags"])
        for i in range(n):
            day = today - dt.timedelta(days=1 + rng.randrange(3650))
            tags = ";".join(rng.sample(TAGS, 2)) if tagged else ""
            w.writerow(
                [
                    f"{rng.choice(COMPANIES)} {i % 500}",
                    rng.choice(ROLES),
                    day.isoformat(),
                    rng.choice(STAGES),
                    rng.choice(FEEDBACK),
                    tags,
                ]
            )


def jrnl_journal(folder: Path, n: int, *, tagged: bool, seed: int = 5) -> dict[str, str]:
    """A jrnl 4.6 journal of ``n`` entries (plain file, no encryption) and its config."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    journal = folder / "journal.txt"
    start = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(days=3650)
    step = dt.timedelta(days=3650) / max(n, 1)
    with open(journal, "w", encoding="utf-8") as f:
        for i in range(n):
            when = start + step * i
            tags = " ".join("@" + t for t in rng.sample(TAGS, 2)) if tagged else ""
            stage = rng.choice(STAGES)
            fb = rng.choice(FEEDBACK)
            body = f"Stage: {stage}. {fb}".strip()
            f.write(
                f"[{when:%Y-%m-%d %H:%M}] Rejected by {rng.choice(COMPANIES)} {i % 500} for "
                f"{rng.choice(ROLES)}. {body} {tags}".rstrip()
                + "\n\n"
            )
    cfg = folder / "cfg" / "jrnl"
    cfg.mkdir(parents=True, exist_ok=True)
    (cfg / "jrnl.yaml").write_text(
        "colors:\n  body: none\n  date: none\n  tags: none\n  title: none\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: false\n"
        "indent_character: '|'\njournals:\n  default:\n"
        f"    journal: {journal}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\n"
        "timeformat: '%Y-%m-%d %H:%M'\nversion: '4.6'\n",
        encoding="utf-8",
    )
    env = base_env()
    env["XDG_CONFIG_HOME"] = str(folder / "cfg")
    env["XDG_DATA_HOME"] = str(folder / "data")
    return env


def base_env() -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "REJECT_", "VIRTUAL"))
    }
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["NO_COLOR"] = "1"
    env["TERM"] = "dumb"
    env["EDITOR"] = "true"
    env["VISUAL"] = "true"
    return env


def reject_env(home: Path) -> dict[str, str]:
    env = base_env()
    env["REJECT_HOME"] = str(home)
    return env


def build_reject(home: Path, csv_path: Path) -> Run:
    if home.exists():
        shutil.rmtree(home)
    r = run([str(REJECT), "import", str(csv_path)], reject_env(home), timeout=3600)
    if r.rc != 0:
        raise SystemExit(f"reject import failed ({home}): {r.stderr or r.stdout}")
    return r


def clear_backups(home: Path):
    """Drop the rotating backups between log runs (keeps 100k runs from piling 20 x 60 MB)."""

    def clear() -> None:
        shutil.rmtree(home / "backups", ignore_errors=True)

    return clear


# -- the benchmark ---------------------------------------------------------------------


def log_args(tag: bool = True) -> list[str]:
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    args = [
        "log",
        "--company",
        "Acme",
        "--role",
        "Backend Engineer",
        "--date",
        yesterday,
        "--stage",
        "interview",
        "--kind",
        "personal",
        "--source",
        "referral",
        "--keyword",
        "python",
        "--contact",
        "Jane Doe <jane@acme.example>",
        "--feedback",
        "Go deeper on system design.",
        "--feedback-from",
        "Hiring manager",
    ]
    if tag:
        args += ["--tag", "python", "--tag", "remote"]
    return args


@dataclass
class Row:
    size: str
    command: str
    res: Result
    yard: Result
    target: float | None = None  # ratio limit vs yardstick (res / yard <= target)
    target_text: str = ""

    def ratio(self) -> float | None:
        if self.res.ok and self.yard.ok:
            return self.res.median / self.yard.median  # type: ignore[operator]
        return None


def fmt_s(r: Result) -> str:
    if r.note:
        return r.note
    m = r.median
    n = len(r.times)
    return f"{m * 1000:.0f} ms" + ("" if n >= RUNS else f" (n={n})")


def fmt_mib(r: Result) -> str:
    return f"{r.peak_mib:.0f}" if r.peak_mib is not None else "-"


def main() -> int:
    global RUNS
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="timed runs per command (default 5)")
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)), help="journal sizes")
    ap.add_argument("--quick", action="store_true", help="1,000 and 10,000, 3 runs; no RESULTS.md")
    ap.add_argument("--editable", action="store_true", help="install the checkout editable")
    ap.add_argument("--no-install", action="store_true", help="reuse the venv as it is")
    ap.add_argument("--output", default=str(HERE / "RESULTS.md"))
    opts = ap.parse_args()
    RUNS = max(1, opts.runs)
    sizes = [int(s) for s in opts.sizes.split(",") if s]
    if opts.quick:
        RUNS, sizes = 3, [1_000, 10_000]
    write_results = not opts.quick and opts.runs >= 5 and sizes == list(SIZES)

    started = time.perf_counter()
    WORK.mkdir(parents=True, exist_ok=True)
    if opts.no_install and PY.exists():
        jrnl_status = "installed" if JRNL.exists() else "not installed"
    else:
        jrnl_status = setup_venv(opts.editable)
    have_jrnl = JRNL.exists()
    vers = versions()
    mach = machine()
    print(f"machine: {mach}\nversions: {vers}\njrnl: {jrnl_status}", flush=True)

    plain = base_env()
    typer_floor = [str(PY), "-c", FLOOR_TYPER]
    stack_floor = [str(PY), "-c", FLOOR_STACK]
    rows: list[Row] = []
    scaling: dict[int, dict[str, float]] = {}

    def show(row: Row) -> None:
        ratio = row.ratio()
        print(
            f"  {row.size:>8} {row.command:<34} {fmt_s(row.res):>22} {fmt_mib(row.res):>5} MiB"
            f"   vs {row.yard.label:<24} {fmt_s(row.yard):>22}"
            f"   ratio {'-' if ratio is None else f'{ratio:.2f}'}",
            flush=True,
        )

    # -- start-up: --help and --version against `import typer` ------------------------
    home0 = WORK / "homes" / "empty"
    shutil.rmtree(home0, ignore_errors=True)
    print("start-up", flush=True)
    for label, args in (("reject --help", ["--help"]), ("reject --version", ["--version"])):
        res, ys = compare(
            label,
            [str(REJECT), *args],
            reject_env(home0),
            "python -c 'import typer'",
            typer_floor,
            plain,
            RUNS,
        )
        row = Row("-", label, res, ys, 1.3, "<= 1.3x import typer")
        rows.append(row)
        show(row)

    for n in sizes:
        print(f"journal of {n:,}", flush=True)
        scaling[n] = {}
        data = WORK / "data"
        data.mkdir(exist_ok=True)
        homes = {}
        for variant, tagged in (("tagged", True), ("plain", False)):
            csv_path = data / f"rejections-{n}-{variant}.csv"
            write_csv(csv_path, n, tagged=tagged)
            home = WORK / "homes" / f"{n}-{variant}"
            r = build_reject(home, csv_path)
            homes[variant] = home
            print(
                f"  built {home.name} by reject import in {r.seconds:.2f} s, "
                f"{r.maxrss_kib / 1024:.0f} MiB, journal "
                f"{(home / 'journal.json').stat().st_size / 1e6:.1f} MB",
                flush=True,
            )

        if n == 10_000:
            # import of 10,000 rows into an empty journal, alternating with the floor
            imp_home = WORK / "homes" / "import-10000"

            def fresh(imp_home: Path = imp_home) -> None:
                shutil.rmtree(imp_home, ignore_errors=True)

            res, ys = compare(
                "reject import (10,000 rows)",
                [str(REJECT), "import", str(data / "rejections-10000-tagged.csv")],
                reject_env(imp_home),
                "python -c 'import typer, rich.console, pydantic'",
                stack_floor,
                plain,
                RUNS,
                before=fresh,
            )
            row = Row(f"{n:,}", "import 10,000 rows", res, ys, None, "< 3 s")
            rows.append(row)
            show(row)
            fresh()

        # -- data commands against the stack's floor (journal with two tags per entry) --
        home = homes["tagged"]
        env = reject_env(home)
        sid = str(max(1, n // 2))
        plan_out = WORK / f"plan-{n}.md"
        limit = {1_000: 1.2, 10_000: 2.0}.get(n)
        cmds = [
            ("log (all flags)", log_args(), limit, clear_backups(home)),
            ("list --limit 20", ["list", "--limit", "20"], limit, None),
            (f"show {sid}", ["show", sid], 1.2 if n == 1_000 else None, None),
            ("plan -o FILE", ["plan", "-o", str(plan_out)], 3.0 if n == 10_000 else None, None),
            ("stats", ["stats"], 3.0 if n == 10_000 else None, None),
        ]
        for label, args, target, before in cmds:
            res, ys = compare(
                label,
                [str(REJECT), *args],
                env,
                "python -c 'import typer, rich.console, pydantic'",
                stack_floor,
                plain,
                RUNS,
                before=before,
            )
            text = f"<= {target}x floor" if target else ""
            if n == 100_000 and label.startswith(("log", "list")):
                text = "< 1.5 s"
            row = Row(f"{n:,}", label, res, ys, target, text)
            rows.append(row)
            show(row)
            if res.ok and ys.ok:
                scaling[n][label.split()[0]] = res.median - ys.median  # type: ignore[operator]

        # -- against jrnl 4.6, plain and tagged -----------------------------------------
        if not have_jrnl:
            continue
        for variant, tagged in (("plain", False), ("tagged", True)):
            jenv = jrnl_journal(WORK / "jrnl" / f"{n}-{variant}", n, tagged=tagged)
            renv = reject_env(homes[variant])
            add_text = ["Rejected", "by", "Acme", "for", "Backend", "Engineer.", "Go", "deeper"]
            if tagged:
                add_text += ["@python", "@remote"]
            # list first: a jrnl add stopped at the time-out must not spoil the list runs
            pairs = [
                ("list --limit 20", ["list", "--limit", "20"], [str(JRNL), "-n", "20"], None),
                (
                    "log",
                    log_args(tag=tagged),
                    [str(JRNL), *add_text],
                    clear_backups(homes[variant]),
                ),
            ]
            for label, rargs, jargv, before in pairs:
                res, ys = compare(
                    f"{label} [{variant}]",
                    [str(REJECT), *rargs],
                    renv,
                    f"jrnl {' '.join(jargv[1:3])}{' ...' if len(jargv) > 3 else ''}",
                    jargv,
                    jenv,
                    RUNS,
                    before=before,
                )
                if n == 10_000:
                    target, text = (
                        (1 / 1.5, ">= 1.5x faster than jrnl")
                        if not tagged
                        else (1 / 3, ">= 3x faster than jrnl (far ahead)")
                    )
                else:
                    target, text = None, ""
                row = Row(f"{n:,}", f"vs jrnl: {label} [{variant}]", res, ys, target, text)
                rows.append(row)
                show(row)

    elapsed = time.perf_counter() - started
    md = render_markdown(rows, scaling, mach, vers, jrnl_status, elapsed, sizes)
    print()
    print(md)
    if write_results:
        # Hand-written analysis below the marker survives a re-run.
        target = Path(opts.output)
        old = target.read_text(encoding="utf-8") if target.exists() else ""
        if NOTES_MARKER in old:
            md = md.rstrip("\n") + "\n\n" + old[old.index(NOTES_MARKER) :]
        target.write_text(md, encoding="utf-8")
        print(f"wrote {opts.output}")
    else:
        print("(partial run: RESULTS.md not written; use the defaults for a full run)")
    return 0


# -- report --------------------------------------------------------------------------


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**met**" if ok else "**missed**")


def render_markdown(rows, scaling, mach, vers, jrnl_status, elapsed, sizes) -> str:
    out = ["# Benchmark results", ""]
    out.append(
        "Produced by `python benchmarks/run.py` (see benchmarks/README.md). "
        f"Whole processes, median of {RUNS} runs after one warm-up, each command alternated "
        "with its "
        "yardstick in the same loop. Peak memory is the command's own max RSS."
    )
    out.append("")
    out.append("## Machine")
    out.append("")
    for k, v in mach.items():
        out.append(f"- **{k}**: {v}")
    out.append("- **Versions**: " + ", ".join(f"{k} {v}" for k, v in vers.items()))
    out.append(f"- **jrnl 4.6**: {jrnl_status}")
    out.append(f"- **Load average at end (1/5/15 min)**: {_loadavg()}")
    out.append(f"- **Wall time of the run**: {elapsed / 60:.1f} min")
    out.append("")
    out.append("## Medians")
    out.append("")
    out.append(
        "Ratio = command / yardstick (below 1 means faster than the yardstick). "
        'The floor is `python -c "import typer, rich.console, pydantic"`. '
        "Reject journals have two tags per entry except the `[plain]` jrnl rows."
    )
    out.append("")
    out.append(
        "| entries | command | median | peak MiB | yardstick | yardstick median | ratio "
        "| target | verdict |"
    )
    out.append("|---:|---|---:|---:|---|---:|---:|---|---|")
    for row in rows:
        ratio = row.ratio()
        ok = target_ok(row)
        out.append(
            f"| {row.size} | {row.command} | {fmt_s(row.res)} | {fmt_mib(row.res)} | "
            f"{row.yard.label} | {fmt_s(row.yard)} | "
            f"{'-' if ratio is None else f'{ratio:.2f}'} | {row.target_text} | "
            f"{verdict(ok) if row.target_text else ''} |"
        )
    out.append("")
    out.append("## Targets from issue 5")
    out.append("")
    for line in target_lines(rows, scaling, sizes):
        out.append(f"- {line}")
    out.append("")
    return "\n".join(out)


def target_ok(row: Row) -> bool | None:
    if not row.target_text:
        return None
    if not row.res.ok:
        # jrnl too slow to finish is a win for reject when reject did finish
        return None
    if row.target_text == "< 1.5 s":
        return row.res.median < 1.5  # type: ignore[operator]
    if row.target_text == "< 3 s":
        return row.res.median < 3.0  # type: ignore[operator]
    if row.command.startswith("vs jrnl") and row.yard.note.startswith(">"):
        return True
    ratio = row.ratio()
    if ratio is None or row.target is None:
        return None
    return ratio <= row.target


def target_lines(rows: list[Row], scaling, sizes) -> list[str]:
    lines = []
    for row in rows:
        if row.target_text:
            ok = target_ok(row)
            ratio = row.ratio()
            got = fmt_s(row.res) + ("" if ratio is None else f", ratio {ratio:.2f}")
            lines.append(
                f"{verdict(ok)}: {row.size} entries, `{row.command}` {row.target_text} (got {got})"
            )
    mem10 = [r for r in rows if r.size == "10,000" and r.res.peak_mib is not None]
    if mem10:
        worst = max(mem10, key=lambda r: r.res.peak_mib)
        lines.append(
            f"{verdict(worst.res.peak_mib < 100)}: peak memory at 10,000 under 100 MiB "
            f"(highest: `{worst.command}` {worst.res.peak_mib:.0f} MiB)"
        )
    if 10_000 in scaling and 100_000 in scaling:
        parts, worst = [], 0.0
        for cmd, t10 in scaling[10_000].items():
            t100 = scaling[100_000].get(cmd)
            if t100 is None or t10 <= 0.005:
                continue
            g = t100 / t10
            worst = max(worst, g)
            parts.append(f"{cmd} {g:.1f}x")
        if parts:
            lines.append(
                f"{verdict(worst < 15)}: nothing quadratic: time above the floor grows "
                f"10,000 -> 100,000 entries by {', '.join(parts)} (10x is linear; "
                f"met when every command is under 15x)"
            )
    return lines


if __name__ == "__main__":
    sys.exit(main())
