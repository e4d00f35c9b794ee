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


def show_record(record: Rejection, present: dict[str, bool] | None = None) -> None:
    """``present`` says, by kept file name, whether that file is still there."""
    render.section(
        f"#{record.id}  {record.company} · {record.role}",
        [
            *((f.label, f.codec.show(getattr(record, f.target))) for f in FIELDS if f.label),
            ("logged", record.created.astimezone().strftime("%Y-%m-%d %H:%M")),
            *kept_lines(record, present or {}),
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


def kept_lines(record: Rejection, present: dict[str, bool]) -> list[tuple[str, str]]:
    """The `show` lines that say an email or a posting is kept, and how to read it."""
    lines = []
    for label, name, flag in (
        ("email", record.email_file, "--email"),
        ("posting", record.posting_file, "--posting"),
    ):
        if not name:
            continue
        if present.get(name):
            lines.append((label, f"kept; `reject show {record.id} {flag}` prints it"))
        else:
            lines.append((label, "was kept, but the file is no longer in your journal folder"))
    return lines
