"""What can be done to a journal: pure functions over the ``Journal`` model.

Nothing here touches the disk or the terminal. Commands open a store
transaction, call one of these, and render the result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from email.utils import parseaddr
from typing import Any

from pydantic import ValidationError

from reject.choices import STAGE_ORDER, Kind, ProcessStage
from reject.dates import parse_date
from reject.errors import NotFoundError, UsageError
from reject.fields import utc_now
from reject.model import FeedbackNote, Journal, Rejection, describe_validation_error
from reject.text import split_list


class FieldError(UsageError):
    """Bad input for one named field; nothing was written."""

    def __init__(self, field_name: str, problem: str) -> None:
        super().__init__(f"{field_name}: {problem}")
        self.field = field_name
        self.problem = problem


@dataclass
class RecordInput:
    """Fields as a person typed them. ``None`` means "not given"."""

    company: str | None = None
    role: str | None = None
    date: str | None = None
    applied: str | None = None
    stage: str | None = None
    kind: str | None = None
    source: str | None = None
    keywords: list[str] | None = None
    contact: str | None = None
    contact_email: str | None = None
    feedback: str | None = None
    feedback_from: str | None = None
    tags: list[str] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def given(self) -> bool:
        return any(v is not None for k, v in vars(self).items() if k != "extra") or bool(self.extra)


def _blank_to_none(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def parse_contact(raw: str | None, email: str | None = None) -> dict[str, str | None] | None:
    """Accept "Jane Doe <jane@x.com>", a bare email, or a bare name."""
    raw = _blank_to_none(raw)
    email = _blank_to_none(email)
    if raw is None and email is None:
        return None
    name: str | None = raw
    if raw and ("<" in raw or ("@" in raw and " " not in raw)):
        parsed_name, parsed_email = parseaddr(raw)
        if "@" not in parsed_email:
            raise FieldError("contact", "has no valid email address in it")
        name, email = (parsed_name or None), email or parsed_email
    return {"name": name, "email": email}


def _choice(field_name: str, value: str, allowed: list[str]) -> str:
    cleaned = value.strip().lower()
    if cleaned not in allowed:
        raise FieldError(field_name, f"is not one of: {', '.join(allowed)}")
    return cleaned


def input_to_changes(inp: RecordInput) -> dict[str, Any]:
    """Turn typed text into model values, naming the field on any problem."""
    changes: dict[str, Any] = dict(inp.extra)
    for name in ("company", "role"):
        value = getattr(inp, name)
        if value is not None:
            changes[name] = value
    if inp.date is not None:
        try:
            changes["date"] = parse_date(inp.date)
        except ValueError as exc:
            raise FieldError("date", str(exc)) from None
    if inp.applied is not None:
        applied = _blank_to_none(inp.applied)
        try:
            changes["applied"] = parse_date(applied) if applied else None
        except ValueError as exc:
            raise FieldError("applied", str(exc)) from None
    if inp.stage is not None:
        stage = _blank_to_none(inp.stage)
        changes["stage"] = stage and _choice("stage", stage, STAGE_ORDER)
    if inp.kind is not None:
        kind = _blank_to_none(inp.kind)
        changes["kind"] = kind and _choice("kind", kind, [k.value for k in Kind])
    if inp.source is not None:
        changes["source"] = _blank_to_none(inp.source)
    if inp.keywords is not None:
        changes["keywords"] = [k for raw in inp.keywords for k in split_list(raw)]
    if inp.tags is not None:
        changes["tags"] = [t for raw in inp.tags for t in split_list(raw)]
    if inp.contact is not None or inp.contact_email is not None:
        changes["contact"] = parse_contact(inp.contact, inp.contact_email)
    return changes


def _validated(data: dict[str, Any]) -> Rejection:
    try:
        return Rejection.model_validate(data, context={"input": True})
    except ValidationError as exc:
        err = describe_validation_error(exc)
        name, _, problem = err.partition(": ")
        raise FieldError(name, problem) from None


def new_feedback(text: str | None, given_by: str | None, received: date | None = None) -> Any:
    text = _blank_to_none(text)
    if text is None:
        return None
    try:
        return FeedbackNote(text=text, given_by=_blank_to_none(given_by), received=received)
    except ValidationError as exc:
        where, _, problem = describe_validation_error(exc).partition(": ")
        raise FieldError("feedback-from" if where == "given_by" else "feedback", problem) from None


def build_rejection(journal: Journal, inp: RecordInput, *, rid: int | None = None) -> Rejection:
    """Validate a new record without adding it (used by log and import)."""
    data = input_to_changes(inp)
    for required in ("company", "role"):
        if not _blank_to_none(data.get(required)):
            raise FieldError(required, "can't be empty")
    note = new_feedback(inp.feedback, inp.feedback_from)
    data["feedback"] = [note] if note else data.get("feedback", [])
    data["id"] = rid if rid is not None else journal.next_id
    return _validated(data)


def add_rejection(journal: Journal, record: Rejection) -> Rejection:
    record.id = journal.next_id
    journal.rejections.append(record)
    journal.next_id += 1
    return record


def find(journal: Journal, rid: int) -> Rejection:
    for record in journal.rejections:
        if record.id == rid:
            return record
    raise NotFoundError(f"There is no rejection #{rid}. `reject list` shows the ids.")


def _replace(journal: Journal, new: Rejection) -> Rejection:
    for i, record in enumerate(journal.rejections):
        if record.id == new.id:
            journal.rejections[i] = new
            return new
    raise NotFoundError(f"There is no rejection #{new.id}.")


def update_rejection(journal: Journal, rid: int, changes: dict[str, Any]) -> Rejection:
    """Apply already-converted changes to one record, validating the result."""
    current = find(journal, rid)
    data = current.model_dump()
    data.update(changes)
    data["updated"] = utc_now()
    return _replace(journal, _validated(data))


def edit_rejection(journal: Journal, rid: int, inp: RecordInput) -> Rejection:
    return update_rejection(journal, rid, input_to_changes(inp))


def add_feedback(
    journal: Journal, rid: int, text: str, given_by: str | None, received: date | None
) -> Rejection:
    record = find(journal, rid)
    note = new_feedback(text, given_by, received)
    if note is None:
        raise FieldError("text", "can't be empty")
    return update_rejection(journal, rid, {"feedback": [*record.feedback, note]})


def remove_rejection(journal: Journal, rid: int) -> Rejection:
    record = find(journal, rid)
    journal.rejections.remove(record)
    return record


@dataclass
class Filters:
    since: date | None = None
    until: date | None = None
    company: str | None = None
    stage: ProcessStage | None = None
    tag: str | None = None
    limit: int | None = None


def select(journal: Journal, filters: Filters) -> list[Rejection]:
    """Matching records, newest turndown first (then newest logged)."""
    company = filters.company.casefold() if filters.company else None
    tag = filters.tag.lower() if filters.tag else None
    chosen = [
        r
        for r in journal.rejections
        if (filters.since is None or r.date >= filters.since)
        and (filters.until is None or r.date <= filters.until)
        and (company is None or company in r.company.casefold())
        and (filters.stage is None or r.stage == filters.stage)
        and (tag is None or tag in r.tags)
    ]
    chosen.sort(key=lambda r: (r.date, r.id), reverse=True)
    if filters.limit is not None:
        chosen = chosen[: filters.limit]
    return chosen


_LIST_FIELDS = {"keywords", "tags"}


def field_problem(name: str, value: str) -> str | None:
    """Why ``value`` would be refused for field ``name``, or None if it is fine.

    Runs the same validation as a full record, so prompts and flags agree.
    """
    probe: dict[str, Any] = {"company": "probe", "role": "probe"}
    if name == "feedback_from":
        probe["feedback"] = "probe"  # who said it is only checked alongside what was said
    probe[name] = [value] if name in _LIST_FIELDS else value
    try:
        build_rejection(Journal(), RecordInput(**probe))
    except FieldError as exc:
        return exc.problem
    return None
