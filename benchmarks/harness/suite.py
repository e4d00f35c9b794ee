"""What is measured: each command, its yardstick and its target from issue 5."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from harness import config
from harness.config import FLOOR_STACK, FLOOR_TYPER, JRNL, PY, REJECT, WORK
from harness.data import build_reject, clear_backups, jrnl_journal, write_csv
from harness.environment import base_env, reject_env
from harness.procs import Row, compare
from harness.report import show

STACK_LABEL = "python -c 'import typer, rich.console, pydantic'"


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
        res, ys = compare(
            label,
            [str(REJECT), *args],
            reject_env(home0),
            "python -c 'import typer'",
            typer_floor,
            base_env(),
            config.RUNS,
        )
        _add(rows, Row("-", label, res, ys, 1.3, "<= 1.3x import typer"))


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

    res, ys = compare(
        "reject import (10,000 rows)",
        [str(REJECT), "import", str(WORK / "data" / "rejections-10000-tagged.csv")],
        reject_env(imp_home),
        STACK_LABEL,
        [str(PY), "-c", FLOOR_STACK],
        base_env(),
        config.RUNS,
        before=fresh,
    )
    _add(rows, Row("10,000", "import 10,000 rows", res, ys, None, "< 3 s"))
    fresh()


def data_commands(rows: list[Row], n: int, home: Path) -> dict[str, float]:
    """Data commands against the stack's floor (journal with two tags per entry).

    Returns each command's time above the floor, for the linearity check.
    """
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
    above: dict[str, float] = {}
    for label, args, target, before in cmds:
        res, ys = compare(
            label,
            [str(REJECT), *args],
            env,
            STACK_LABEL,
            [str(PY), "-c", FLOOR_STACK],
            base_env(),
            config.RUNS,
            before=before,
        )
        text = f"<= {target}x floor" if target else ""
        if n == 100_000 and label.startswith(("log", "list")):
            text = "< 1.5 s"
        _add(rows, Row(f"{n:,}", label, res, ys, target, text))
        if res.ok and ys.ok:
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
            res, ys = compare(
                f"{label} [{variant}]",
                [str(REJECT), *rargs],
                renv,
                f"jrnl {' '.join(jargv[1:3])}{' ...' if len(jargv) > 3 else ''}",
                jargv,
                jenv,
                config.RUNS,
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
            _add(rows, Row(f"{n:,}", f"vs jrnl: {label} [{variant}]", res, ys, target, text))


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
