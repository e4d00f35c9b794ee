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


def import_(
    file: Annotated[
        Path,
        typer.Argument(
            help="A CSV file, JSON written by `reject export`, an mbox mailbox, "
            "or a folder of .eml files."
        ),
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check the file and say what would be added.")
    ] = False,
) -> None:
    """Add rejections from a CSV or JSON file, or a mailbox, all or nothing.

    Every row is checked first: if any row is bad, nothing is imported.

    CSV header: company,role,date,stage,feedback,tags (tags separated by ";").
    Records already in the journal (same uuid) are skipped, so importing a
    file twice, or a sync tool's conflict copy, adds only what is new.

    A mailbox (an .mbox file from Google Takeout or Thunderbird, or a folder
    of .eml files) gives one rejection per message, filled in as `log
    --email` does, each email kept beside your journal. Messages already in
    it (same Message-ID) are skipped.

    Example:  reject import rejections.csv --dry-run
    From a mailbox:  reject import Rejections.mbox --dry-run
    """
    from reject import render
    from reject.cli.mailbox_import import import_mailbox, is_mailbox

    if is_mailbox(file):
        import_mailbox(file, dry_run=dry_run)
        return
    from reject.cli.files import read_text_file
    from reject.exchange import merge, new_records, parse_file
    from reject.text import plural

    text = read_text_file(file)
    incoming = parse_file(text, name=file.name)
    new = len(new_records(store().read(), incoming))
    there = len(incoming.records) - new
    rows = plural(len(incoming.records), "row")
    if dry_run:
        render.info(
            f"{rows} checked and valid: {new} would be added, "
            f"{there} already in your journal. Nothing was written (dry run)."
        )
        return
    if new == 0:  # no save, so no backup pushing a real restore point out
        render.info(f"Nothing new: {rows}, all already in your journal.")
        return
    with store().transaction() as journal:
        result = merge(journal, incoming)
    skipped = f"; {result.skipped} already there, skipped" if result.skipped else ""
    render.success(f"Imported {plural(len(result.added), 'rejection')}{skipped}.")


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
