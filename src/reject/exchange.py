"""Import and export: CSV and JSON in, CSV and JSON out.

Every incoming row is validated before anything is added, so an import is
all or nothing. Records are matched by uuid, which makes importing a file
twice (or a sync tool's conflict copy) add only what is new.
"""

from __future__ import annotations

import csv
import io
import json
import uuid as uuid_mod
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from pydantic import ValidationError

from reject import trackers
from reject.choices import ProcessStage
from reject.errors import UsageError
from reject.fields import known_only
from reject.journal import FieldError, RecordInput, add_rejection, build_rejection, same_process
from reject.jsontext import BadJSON, load_json
from reject.model import SCHEMA_VERSION, Journal, Rejection, describe_validation_error
from reject.record_codecs import Raw
from reject.record_fields import columns
from reject.text import escape_cell, escape_json_text, unescape_cell

EXPORT_FORMAT = "reject-export"
# Columns the tool keeps itself, after those of the record's fields. Whatever
# does not fit a flat cell travels whole in details_json.
INTERNAL_COLUMNS = ["uuid", "created", "updated", "details_json"]
ALL_COLUMNS = [*columns(), *INTERNAL_COLUMNS]


@dataclass
class Incoming:
    """Records read from a file, and which of them came without a uuid
    (given a fresh one here), so only those are matched by content; and
    what a summary should say about the rest of the file."""

    records: list[Rejection]
    keyless: set[uuid_mod.UUID] = field(default_factory=set)
    not_rejections: int = 0  # rows whose status is not a rejection, left out
    left_out: list[str] = field(default_factory=list)  # columns nothing took
    notes: list[str] = field(default_factory=list)  # how the file was read


@dataclass
class ImportResult:
    added: list[Rejection]
    skipped: int  # already in the journal (same uuid)


# -- reading ------------------------------------------------------------------


# A record's details_json cell can hold many feedback notes of up to
# TEXT_MAX characters each; Python's default cell limit (128 KiB) would
# refuse an export this tool wrote itself.
CSV_CELL_LIMIT = 64 * 1024 * 1024


def parse_csv(text: str, *, maps: Sequence[str] = (), dates: str | None = None) -> Incoming:
    """Rows of reject's own export, another tracker's or a spreadsheet's:
    see trackers.py for how columns, statuses and dates are recognised."""
    csv.field_size_limit(CSV_CELL_LIMIT)
    reader = csv.reader(io.StringIO(text), delimiter=trackers.sniff_delimiter(text))
    try:
        header = next(reader, [])
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise UsageError(f"Line {reader.line_num}: {exc}.") from None
    found = trackers.layout(header, ALL_COLUMNS, trackers.parse_maps(maps, ALL_COLUMNS))
    trackers.settle_stage(found, [row for _, row in rows], [s.value for s in ProcessStage])
    return _read_rows(found, rows, dates)


def _read_rows(
    found: trackers.Layout, rows: list[tuple[int, list[str]]], dates: str | None
) -> Incoming:
    for needed in ("company", "role"):
        if found.index(needed) is None:
            raise UsageError(
                f"The CSV has no column for the {needed}. Its columns: "
                f"{trackers.shown_list(found.header)}. Name one with --map 'COLUMN={needed}'."
            )
    incoming = Incoming([], left_out=found.left_out)
    dated_by_applied = found.index("date") is None and found.index("applied") is not None
    if dated_by_applied:
        incoming.notes.append(
            "The file has no column for when the no arrived, so each rejection "
            "is dated by its application date."
        )
    orders = {
        i: _date_order(found, i, rows, dates)
        for i, target in found.targets.items()
        if target in ("date", "applied")
    }
    status = found.index(trackers.STATUS)
    width = len(found.header)
    for number, (line, row) in enumerate(rows, start=1):
        if not any(cell.strip() for cell in row):
            continue  # a spreadsheet's empty line
        if any(cell.strip() for cell in row[width:]):
            raise UsageError(f"Row {number} (line {line}): more cells than columns.")
        kind = None
        if status is not None:
            rejected, kind = trackers.read_status(_at(row, status))
            if not rejected:
                incoming.not_rejections += 1
                continue
        cells = _cells(found, row, orders)
        if dated_by_applied and "applied" in cells:
            cells["date"] = cells["applied"]
        if kind and not cells.get("kind"):
            cells["kind"] = kind
        try:
            record = known_only(_csv_record(cells))
        except FieldError as exc:
            raise UsageError(f"Row {number} (line {line}), {exc.field}: {exc.problem}") from None
        incoming.records.append(record)
        if not cells.get("uuid"):
            incoming.keyless.add(record.uuid)
    return incoming


def _at(row: list[str], i: int) -> str:
    return row[i] if i < len(row) else ""


def _date_order(
    found: trackers.Layout, i: int, rows: list[tuple[int, list[str]]], given: str | None
) -> str | None:
    if given:
        return given
    cells = [_at(row, i) for _, row in rows]
    order = trackers.date_order(cells)
    if order is None and trackers.ambiguous(cells):
        raise UsageError(
            f"The dates in {trackers.shown(found.header[i])} could be day/month or month/day "
            "(like 03/05/2024); add --dates day-first or --dates month-first."
        )
    return order


def _cells(found: trackers.Layout, row: list[str], orders: dict[int, str | None]) -> dict[str, str]:
    cells: dict[str, str] = {}
    for i, target in found.targets.items():
        value = _at(row, i)
        if not value or target == trackers.STATUS:
            continue
        value = unescape_cell(value)
        if i in orders:
            value = trackers.iso_date(value, orders[i])
        cells[target] = value
    email = cells.pop(trackers.CONTACT_EMAIL, "").strip()
    if email:
        name = cells.get("contact", "").strip()
        cells["contact"] = f"{name} <{email}>" if name else email
    return cells


def _csv_record(row: dict[str, str]) -> Rejection:
    def cell(name: str) -> str | None:
        value = row.get(name)
        return value if value not in (None, "") else None

    details: dict[str, Any] = {}
    if cell("details_json"):
        try:
            details = load_json(row["details_json"])
        except BadJSON as exc:
            raise FieldError("details_json", exc.what) from None
        if not isinstance(details, dict):
            raise FieldError("details_json", "must be a JSON object")
    extra = {k: row[k] for k in ("uuid", "created", "updated") if cell(k)}
    extra.update(details)
    values: dict[str, Raw] = {}
    for column, spec in columns().items():
        if spec.codec.spills and spec.target in details:
            continue  # the whole value came in details_json
        text = cell(column) or spec.default or ("" if spec.needed else None)
        if text is not None:
            values[spec.name] = [text] if spec.codec.multiple else text
    inp = RecordInput(values, extra=extra)
    return build_rejection(Journal(), inp, rid=1)


def parse_json(text: str, *, name: str = "The file") -> Incoming:
    try:
        doc = load_json(text)
    except BadJSON as exc:
        raise UsageError(f"{name} {exc.what}.") from None
    items = doc.get("rejections") if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        raise UsageError("The JSON has no list of rejections to import.")
    return _validated_items(items)


def parse_change_log(text: str, *, name: str = "The file") -> Incoming:
    """The records a change log (a sync tool's conflict copy of
    journal.changes.jsonl) ends with: each record's last put, unless a later
    line deleted it. A last line with no line break was cut short: left out."""
    lines = text.split("\n")[:-1]
    latest: dict[str, Any] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            change = load_json(line)
        except BadJSON as exc:
            raise UsageError(f"{name}, line {number}, {exc.what}.") from None
        if not isinstance(change, dict) or not isinstance(change.get("uuid"), str):
            continue  # a change to the journal itself (its next id): nothing to import
        if change.get("op") == "put" and isinstance(change.get("record"), dict):
            latest[change["uuid"]] = change["record"]
        elif change.get("op") == "delete":
            latest.pop(change["uuid"], None)
    return _validated_items(list(latest.values()))


def _validated_items(items: list[Any]) -> Incoming:
    found = Incoming([])
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise UsageError(f"Record {number}: expected an object.")
        try:
            record = Rejection.model_validate({**item, "id": 1}, context={"input": True})
        except ValidationError as exc:
            raise UsageError(f"Record {number}, {describe_validation_error(exc)}") from None
        found.records.append(known_only(record))
        if "uuid" not in item:
            found.keyless.add(record.uuid)
    return found


def _is_change_log(text: str, name: str) -> bool:
    if name.lower().endswith(".jsonl"):
        return True
    first = text.lstrip()[:200]
    return first.startswith('{"seq":') and '"op":' in first


def parse_file(
    text: str, *, name: str, maps: Sequence[str] = (), dates: str | None = None
) -> Incoming:
    if _is_change_log(text, name):
        if maps:
            raise UsageError("--map is for CSV files; a change log already names every field.")
        return parse_change_log(text, name=name)
    looks_json = name.lower().endswith(".json") or text.lstrip().startswith(("{", "["))
    if not looks_json:
        return parse_csv(text, maps=maps, dates=dates)
    if maps:
        raise UsageError("--map is for CSV files; a JSON import already names every field.")
    return parse_json(text, name=name)


def new_records(journal: Journal, incoming: Incoming) -> list[Rejection]:
    """The incoming records not already in the journal.

    A record is already there when its uuid is. A record that came without a
    uuid (a hand-made CSV imported twice) is matched instead by company, role
    and date against the journal: never against other rows of the same file,
    where two processes at one company on one day are simply two records.
    """
    uuids = {r.uuid for r in journal.rejections}
    processes = {same_process(r) for r in journal.rejections}
    fresh = []
    for record in incoming.records:
        if record.uuid in uuids:
            continue
        if record.uuid in incoming.keyless and same_process(record) in processes:
            continue
        uuids.add(record.uuid)
        fresh.append(record)
    return fresh


def merge(journal: Journal, incoming: Incoming) -> ImportResult:
    """Add the records that are new (see ``new_records``)."""
    fresh = new_records(journal, incoming)
    added = [add_rejection(journal, record) for record in fresh]
    return ImportResult(added, len(incoming.records) - len(fresh))


# -- writing ------------------------------------------------------------------


def to_json(records: list[Rejection]) -> str:
    doc = {
        "format": EXPORT_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "exported": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "rejections": [r.model_dump(mode="json") for r in records],
    }
    return escape_json_text(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"


def to_csv(records: list[Rejection]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=ALL_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: escape_cell(v) for k, v in _csv_row(record).items()})
    return buffer.getvalue()


def _csv_row(record: Rejection) -> dict[str, str]:
    data = record.model_dump(mode="json")
    # Everything that does not fit a flat cell travels whole in details_json
    # (a reflection, a feedback request, every feedback note, an awkward
    # contact), so a CSV export imports back to the same records.
    flat = {"id", "uuid", "created", "updated", *(f.target for f in columns().values())}
    details = {k: v for k, v in data.items() if k not in flat and v is not None}
    row = {}
    for column, spec in columns().items():
        value = getattr(record, spec.target)
        row[column] = spec.codec.cell(value)
        if not spec.codec.fits_cell(value):
            details[spec.target] = data[spec.target]
    row.update(
        uuid=str(record.uuid),
        created=data["created"],
        updated=data["updated"],
        details_json=json.dumps(details, ensure_ascii=False) if details else "",
    )
    return row
