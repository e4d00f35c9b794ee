"""The Markdown report: the table of medians and the verdicts on issue 5's targets."""

from __future__ import annotations

from pathlib import Path

from harness import config
from harness.config import NOTES_MARKER
from harness.environment import loadavg
from harness.procs import Result, Row


def fmt_s(r: Result) -> str:
    if r.note:
        return r.note
    m = r.median
    n = len(r.times)
    return f"{m * 1000:.0f} ms" + ("" if n >= config.RUNS else f" (n={n})")


def fmt_mib(r: Result) -> str:
    return f"{r.peak_mib:.0f}" if r.peak_mib is not None else "-"


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**met**" if ok else "**missed**")


def render_markdown(rows, scaling, mach, vers, jrnl_status, elapsed, sizes) -> str:
    out = ["# Benchmark results", ""]
    out.append(
        "Produced by `python benchmarks/run.py` (see benchmarks/README.md). "
        f"Whole processes, median of {config.RUNS} runs after one warm-up, each command alternated "
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
    out.append(f"- **Load average at end (1/5/15 min)**: {loadavg()}")
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
    base = any(row.base is not None for row in rows)
    head = "| entries | command | "
    rule = "|---:|---|"
    if base:
        head += "before | before MiB | before ratio | "
        rule += "---:|---:|---:|"
    head += "median | peak MiB | yardstick | yardstick median | ratio | target | verdict |"
    rule += "---:|---:|---|---:|---:|---|---|"
    out += [head, rule]
    for row in rows:
        ratio = row.ratio()
        ok = target_ok(row)
        line = f"| {row.size} | {row.command} | "
        if base:
            b, br = row.base, row.base_ratio()
            line += (
                f"{fmt_s(b) if b else '-'} | {fmt_mib(b) if b else '-'} | "
                f"{'-' if br is None else f'{br:.2f}'} | "
            )
        line += (
            f"{fmt_s(row.res)} | {fmt_mib(row.res)} | "
            f"{row.yard.label} | {fmt_s(row.yard)} | "
            f"{'-' if ratio is None else f'{ratio:.2f}'} | {row.target_text} | "
            f"{verdict(ok) if row.target_text else ''} |"
        )
        out.append(line)
    out.append("")
    out.append("## Targets from issue 13")
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
    for row in rows:
        if row.mem_limit_mib is not None and row.res.peak_mib is not None:
            lines.append(
                f"{verdict(row.res.peak_mib <= row.mem_limit_mib)}: {row.size} entries, "
                f"`{row.command}` peak memory <= {row.mem_limit_mib:.0f} MiB "
                f"(got {row.res.peak_mib:.0f} MiB)"
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


def show(row: Row) -> None:
    """One line of progress per measured row."""
    ratio = row.ratio()
    print(
        f"  {row.size:>8} {row.command:<34} {fmt_s(row.res):>22} {fmt_mib(row.res):>5} MiB"
        f"   vs {row.yard.label:<24} {fmt_s(row.yard):>22}"
        f"   ratio {'-' if ratio is None else f'{ratio:.2f}'}",
        flush=True,
    )


def write_results(md: str, output: Path) -> None:
    """Write RESULTS.md; hand-written analysis below the marker survives a re-run."""
    old = output.read_text(encoding="utf-8") if output.exists() else ""
    if NOTES_MARKER in old:
        md = md.rstrip("\n") + "\n\n" + old[old.index(NOTES_MARKER) :]
    output.write_text(md, encoding="utf-8")
