"""A record as an editable text form, and back again (for `reject edit`).

The form is plain "field: value" lines, then one block per feedback note.
Parsing is strict: an unknown field or a bad value is an error that names
the line, so the editor session can be kept and retried instead of lost.
"""

from __future__ import annotations

from typing import Any

from reject.dates import parse_date
from reject.journal import FieldError, RecordInput, input_to_changes
from reject.model import FeedbackNote, Rejection
from reject.record_fields import BY_NAME, form_fields

FEEDBACK_MARK = "== feedback"


class FormError(FieldError):
    pass


def to_form(record: Rejection) -> str:
    lines = [
        f"# Editing rejection #{record.id}. Change what you like, then save and close.",
        "# Lines starting with # are ignored here. An empty value clears the field.",
        *(
            f"# {key}: {', '.join(f.codec.values())}"
            for key, f in form_fields().items()
            if f.codec.choices
        ),
        "",
        *(
            f"{key}: {f.codec.text(getattr(record, f.target))}".rstrip()
            for key, f in form_fields().items()
        ),
        "",
        f'# Feedback: each note starts with a "{FEEDBACK_MARK}" line; its text follows.',
        "# Delete a whole block to remove that note; add a new one without a number.",
    ]
    for number, note in enumerate(record.feedback, start=1):
        received = note.received.isoformat() if note.received else ""
        lines.append(
            f"{FEEDBACK_MARK} {number} | from: {note.given_by or ''} | received: {received}"
        )
        lines.extend(note.text.splitlines())
    return "\n".join(lines) + "\n"


def from_form(text: str, record: Rejection) -> dict[str, Any]:
    """The changes the edited form asks for, ready for ``update_rejection``."""
    header, blocks = _split(text)
    by_key = form_fields()
    fields: dict[str, str] = {}
    for lineno, line in header:
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or key not in by_key:
            raise FormError(f"line {lineno}", f"expected one of {', '.join(by_key)}: value")
        fields[key] = value.strip()
    missing = [k for k, f in by_key.items() if f.codec.required and not fields.get(k)]
    if missing:
        raise FormError(missing[0], "is required")
    # A line left out clears its field, like an empty value.
    values = {f.name: fields.get(key, "") for key, f in by_key.items()}
    inp = RecordInput({k: [v] if BY_NAME[k].codec.multiple else v for k, v in values.items()})
    changes = input_to_changes(inp)
    for f in by_key.values():
        old = getattr(record, f.target)
        new = changes.get(f.target)
        if isinstance(new, dict) and getattr(old, "model_extra", None):
            # Fields this version does not know survive the edit.
            changes[f.target] = {**old.model_extra, **new}
    changes["feedback"] = _notes(blocks, record)
    return changes


def _split(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, str, list[str]]]]:
    header: list[tuple[int, str]] = []
    blocks: list[tuple[int, str, list[str]]] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if line.startswith(FEEDBACK_MARK):
            blocks.append((lineno, line, []))
        elif blocks:
            blocks[-1][2].append(line)
        elif line.strip() and not line.lstrip().startswith("#"):
            header.append((lineno, line))
    return header, blocks


def _notes(blocks: list[tuple[int, str, list[str]]], record: Rejection) -> list[FeedbackNote]:
    notes = []
    for lineno, head, body in blocks:
        number, *parts = head[len(FEEDBACK_MARK) :].split("|")
        # The number ties a block to the note it came from, so deleting or
        # reordering notes keeps each note's own "added" time and any fields
        # this version does not know.
        original = None
        if number.strip().isdecimal() and 0 < int(number) <= len(record.feedback):
            original = record.feedback[int(number) - 1]
        meta = {}
        for part in parts:
            key, _, value = part.partition(":")
            if key.strip():
                meta[key.strip().lower()] = value.strip()
        text = "\n".join(body).strip("\n")
        if not text.strip():
            continue  # an emptied note is a deleted note
        received = None
        if meta.get("received"):
            try:
                received = parse_date(meta["received"])
            except ValueError as exc:
                raise FormError(f"line {lineno} received", str(exc)) from None
        note: dict[str, Any] = {}
        if original is not None:
            note.update(original.model_extra or {}, added=original.added)
        note.update(text=text, given_by=meta.get("from") or None, received=received)
        try:
            notes.append(FeedbackNote.model_validate(note))
        except ValueError as exc:
            raise FormError(f"line {lineno} feedback", str(exc).splitlines()[-1]) from None
    return notes
