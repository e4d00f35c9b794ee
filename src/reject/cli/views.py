"""How records look on screen and in JSON. Layout only; printing is in render."""

from __future__ import annotations

from typing import Any

from reject import render
from reject.model import Rejection
from reject.record_fields import FIELDS


def record_json(record: Rejection) -> dict[str, Any]:
    return record.model_dump(mode="json")


def list_rows(records: list[Rejection]) -> tuple[list[str], list[list[object]]]:
    columns = ["id", "date", "company", "role", "stage", "kind", "feedback"]
    rows: list[list[object]] = [
        [
            r.id,
            r.date.isoformat(),
            r.company,
            r.role,
            r.stage.value if r.stage else "",
            r.kind.value if r.kind else "",
            len(r.feedback) or "",
        ]
        for r in records
    ]
    return columns, rows


def show_record(record: Rejection) -> None:
    render.section(
        f"#{record.id}  {record.company} · {record.role}",
        [
            *((f.label, f.codec.show(getattr(record, f.target))) for f in FIELDS if f.label),
            ("logged", record.created.astimezone().strftime("%Y-%m-%d %H:%M")),
        ],
    )
    render.blank()
    render.section("Feedback")
    if not record.feedback:
        render.info_line("  None received. That happens a lot, and it isn't a verdict on you.")
    for note in record.feedback:
        who = f"from {note.given_by}" if note.given_by else "what they said"
        when = f", {note.received.isoformat()}" if note.received else ""
        render.block(f"{who}{when}:", note.text)
    from reject.cli.reflect_views import show_reflection

    show_reflection(record)
