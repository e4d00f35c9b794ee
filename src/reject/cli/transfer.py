"""Commands that move records in and out: import and export."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from reject.cli import options as opt
from reject.cli.context import store


class Format(str, Enum):
    json = "json"
    csv = "csv"


def register(app: typer.Typer) -> None:
    app.command("import")(import_)
    app.command("export")(export)


class DateOrder(str, Enum):
    day_first = "day-first"
    month_first = "month-first"


def import_(
    file: Annotated[
        Path,
        typer.Argument(
            help="A CSV (from reject, another tracker or a spreadsheet), "
            "or JSON from `reject export`."
        ),
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check the file and say what would be added.")
    ] = False,
    maps: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            metavar="'COLUMN=FIELD'",
            help="Which field a column fills, when its name isn't one reject knows: "
            "--map 'Job Title=role'. 'Salary=' leaves a column out. Repeatable.",
        ),
    ] = None,
    dates: Annotated[
        DateOrder | None,
        typer.Option(
            "--dates",
            metavar="ORDER",
            help="How to read 03/05/2024 when the file can't tell: day-first or month-first.",
        ),
    ] = None,
) -> None:
    """Add rejections from a CSV or JSON file, all or nothing.

    Every row is checked first: if any row is bad, nothing is imported.

    CSV header: company,role,date,stage,feedback,tags (tags separated by ";").
    A CSV from another tracker or a spreadsheet works too: comma, semicolon
    or tab; headers in any case; common names such as Company, Employer,
    Job Title, Position, Date Applied, Notes, Recruiter. With a Status
    column, only rows whose status means a rejection are taken.

    Records already in the journal (same uuid) are skipped, so importing a
    file twice, or a sync tool's conflict copy, adds only what is new.

    Example:  reject import applications.csv --map 'Hiring Org=company' --dry-run
    """
    from reject import render
    from reject.cli.files import read_file_bytes
    from reject.exchange import merge, new_records, parse_file
    from reject.text import plural
    from reject.trackers import decode

    text, note = decode(read_file_bytes(file), file.name)
    incoming = parse_file(
        text, name=file.name, maps=maps or (), dates=dates.value if dates else None
    )
    for line in [*([note] if note else []), *incoming.notes]:
        render.info(line)
    if incoming.left_out:
        render.info(
            f"Left out {plural(len(incoming.left_out), 'column')} reject doesn't keep: "
            f"{', '.join(incoming.left_out)} "
            "(--map 'COLUMN=FIELD' brings one in)."
        )
    new = len(new_records(store().read(), incoming))
    there = len(incoming.records) - new
    rows = plural(len(incoming.records), "row")
    others = incoming.not_rejections
    not_rejections = (
        f"; skipped {plural(others, 'row')} whose status isn't a rejection" if others else ""
    )
    if not incoming.records and others:
        render.info(
            f"None of the {plural(others, 'row')} has a status that means a rejection "
            "(such as Rejected, Not selected or Unsuccessful), so nothing was imported."
        )
        return
    if dry_run:
        render.info(
            f"{rows} checked and valid: {new} would be added, "
            f"{there} already in your journal{not_rejections}. Nothing was written (dry run)."
        )
        return
    if new == 0:  # no save, so no backup pushing a real restore point out
        render.info(f"Nothing new: {rows}, all already in your journal{not_rejections}.")
        return
    with store().transaction(f"import {plural(new, 'row')}") as journal:
        result = merge(journal, incoming)
    skipped = f"; {result.skipped} already there, skipped" if result.skipped else ""
    render.success(f"Imported {plural(len(result.added), 'rejection')}{skipped}{not_rejections}.")


def export(
    fmt: Annotated[Format, typer.Option("--format", "-F", help="json or csv.")] = Format.json,
    output: opt.OutFile = None,
) -> None:
    """Write every rejection as JSON or CSV, to stdout or a file.

    A file written with -o is private (mode 0600), like the journal.

    Example:  reject export --format csv -o rejections.csv
    """
    from reject import render
    from reject.cli.files import write_private
    from reject.exchange import to_csv, to_json

    records = sorted(store().read().rejections, key=lambda r: r.id)
    text = to_csv(records) if fmt is Format.csv else to_json(records)
    if output is None:
        render.document(text)  # controls from a hand-edited journal made visible
        return
    write_private(output, text, store())
    render.success(f"Wrote {len(records)} rejections to {output}.")
