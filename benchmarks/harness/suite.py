"""What is measured: each command, its yardstick and its target from issue 5."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from harness import config
from harness.config import (
    BASE_REJECT,
    FLOOR_APP,
    FLOOR_STACK,
    FLOOR_TYPER,
    JRNL,
    PY,
    REJECT,
    WORK,
)
from harness.data import build_reject, clear_backups, jrnl_journal, write_csv, write_tracker_csv
from harness.environment import base_env, reject_env
from harness.procs import Row, compare
from harness.report import show

STACK_LABEL = "python -c 'import typer, rich.console, pydantic'"
APP_LABEL = "smallest Typer app"
# Set by run.py when --baseline is given: the "before" install is measured too.
WITH_BASE = False


def _base(args: list[str]) -> list[str] | None:
    return [str(BASE_REJECT), *args] if WITH_BASE else None


def _floor_app() -> list[str]:
    return [str(PY), str(FLOOR_APP), "--name", "Acme", "--count", "2"]


def no_cache(home: Path):
    """Remove the head cache before a run, to time `list` from a full read."""

    def clear() -> None:
        (home / ".journal-head.json").unlink(missing_ok=True)

    return clear


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


def _add(rows: list[Row], row: Row) -> None:
    rows.append(row)
    show(row)


def startup(rows: list[Row]) -> None:
    """--help and --version against `import typer`."""
    home0 = WORK / "homes" / "empty"
    shutil.rmtree(home0, ignore_errors=True)
    print("start-up", flush=True)
    typer_floor = [str(PY), "-c", FLOOR_TYPER]
    for label, args in (("reject --help", ["--help"]), ("reject --version", ["--version"])):
        res, ys, bs = compare(
            label,
            [str(REJECT), *args],
            reject_env(home0),
            "python -c 'import typer'",
            typer_floor,
            base_env(),
            config.RUNS,
            base=_base(args),
        )
        _add(rows, Row("-", label, res, ys, 1.3, "<= 1.3x import typer", base=bs))
    res, ys, _ = compare(
        APP_LABEL,
        _floor_app(),
        base_env(),
        "python -c 'import typer'",
        typer_floor,
        base_env(),
        config.RUNS,
    )
    _add(rows, Row("-", "the smallest Typer app (benchmarks/floor_app.py)", res, ys))


def build_homes(n: int) -> dict[str, Path]:
    """A tagged and a plain reject home of ``n`` entries, built by `reject import`."""
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
    return homes


def import_10000(rows: list[Row]) -> None:
    """Import of 10,000 rows into an empty journal, alternating with the floor."""
    imp_home = WORK / "homes" / "import-10000"

    def fresh(imp_home: Path = imp_home) -> None:
        shutil.rmtree(imp_home, ignore_errors=True)

    args = ["import", str(WORK / "data" / "rejections-10000-tagged.csv")]
    res, ys, bs = compare(
        "reject import (10,000 rows)",
        [str(REJECT), *args],
        reject_env(imp_home),
        STACK_LABEL,
        [str(PY), "-c", FLOOR_STACK],
        base_env(),
        config.RUNS,
        before=fresh,
        base=_base(args),
    )
    _add(rows, Row("10,000", "import 10,000 rows", res, ys, None, "< 3 s", base=bs))
    fresh()
    tracker_csv = WORK / "data" / "tracker-10000.csv"
    write_tracker_csv(tracker_csv, 10_000)
    res, ys, _ = compare(
        "reject import (10,000 tracker rows)",
        [str(REJECT), "import", str(tracker_csv)],
        reject_env(imp_home),
        STACK_LABEL,
        [str(PY), "-c", FLOOR_STACK],
        base_env(),
        config.RUNS,
        before=fresh,
    )
    _add(rows, Row("10,000", "import 10,000 tracker rows", res, ys, None, "< 3 s"))
    fresh()


def data_commands(rows: list[Row], n: int, home: Path) -> dict[str, float]:
    """Data commands against a floor (journal with two tags per entry): the
    smallest Typer app at 1,000, the import floor above that.

    Returns each command's time above the floor, for the linearity check.
    """
    env = reject_env(home)
    sid = str(max(1, n // 2))
    plan_out = WORK / f"plan-{n}.md"
    if n == 1_000:
        yard_label, yard = APP_LABEL, _floor_app()
    else:
        yard_label, yard = STACK_LABEL, [str(PY), "-c", FLOOR_STACK]
    small = 1.2 if n == 1_000 else None
    newest = "1" if n == 1_000 else str(n)  # an id logged lately, for the head cache
    cmds = [
        ("log (all flags)", log_args(), small if n == 1_000 else 3.0 if n == 100_000 else None,
         clear_backups(home)),
        ("list --limit 20", ["list", "--limit", "20"], small, None),
        ("list --limit 20 (no cache)", ["list", "--limit", "20"], None, no_cache(home)),
        (f"show {sid}", ["show", sid], small, None),
        (f"show {newest}", ["show", newest], None, None),
        ("plan -o FILE", ["plan", "-o", str(plan_out)], 4.0 if n == 10_000 else None, None),
        ("stats", ["stats"], None, None),
    ]
    above: dict[str, float] = {}
    for label, args, target, before in cmds:
        res, ys, bs = compare(
            label,
            [str(REJECT), *args],
            env,
            yard_label,
            yard,
            base_env(),
            config.RUNS,
            before=before,
            base=_base(args),
        )
        floor = "the smallest Typer app" if n == 1_000 else "the import floor"
        text = f"<= {target}x {floor}" if target else ""
        mem = 250.0 if n == 100_000 and label.startswith(("log", "list --limit 20")) else None
        _add(rows, Row(f"{n:,}", label, res, ys, target, text, base=bs, mem_limit_mib=mem))
        if res.ok and ys.ok and "(" not in label.replace("(all flags)", ""):
            above[label.split()[0]] = res.median - ys.median  # type: ignore[operator]
    return above


def against_jrnl(rows: list[Row], n: int, homes: dict[str, Path]) -> None:
    """log and list against jrnl 4.6 on a journal of the same size, plain and tagged."""
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
            res, ys, bs = compare(
                f"{label} [{variant}]",
                [str(REJECT), *rargs],
                renv,
                f"jrnl {' '.join(jargv[1:3])}{' ...' if len(jargv) > 3 else ''}",
                jargv,
                jenv,
                config.RUNS,
                before=before,
                base=_base(rargs),
            )
            # Issue 13's targets, on plain entries (tagged jrnl adds are quadratic).
            goals = {
                (10_000, "log"): 2,
                (10_000, "list --limit 20"): 1.5,
                (100_000, "log"): 5,
                (100_000, "list --limit 20"): 2,
            }
            times = goals.get((n, label)) if not tagged else None
            target, text = (1 / times, f">= {times}x faster than jrnl") if times else (None, "")
            _add(
                rows,
                Row(f"{n:,}", f"vs jrnl: {label} [{variant}]", res, ys, target, text, base=bs),
            )


def measure(sizes: list[int], have_jrnl: bool) -> tuple[list[Row], dict[int, dict[str, float]]]:
    """Every row of the report, in the order of the table."""
    rows: list[Row] = []
    scaling: dict[int, dict[str, float]] = {}
    startup(rows)
    from harness.capture import capture

    capture(rows)
    for n in sizes:
        print(f"journal of {n:,}", flush=True)
        homes = build_homes(n)
        if n == 10_000:
            import_10000(rows)
        scaling[n] = data_commands(rows, n, homes["tagged"])
        if have_jrnl:
            against_jrnl(rows, n, homes)
    return rows, scaling
