"""What can be done to a journal: pure functions over the ``Journal`` model.

Nothing here touches the disk or the terminal. Commands open a store
transaction, call one of these, and render the result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import ValidationError

from reject.choices import ProcessStage
from reject.errors import NotFoundError, UsageError
from reject.fields import utc_now
from reject.model import (
    Appraisal,
    FeedbackNote,
    Journal,
    Rejection,
    describe_validation_error,
)
from reject.record_codecs import NoteCodec, Raw
from reject.record_fields import BY_NAME, FIELDS


class FieldError(UsageError):
    """Bad input for one named field; nothing was written."""

    def __init__(self, field_name: str, problem: str) -> None:
        super().__init__(f"{field_name}: {problem}")
        self.field = field_name
        self.problem = problem


def past_date(typed: str | None) -> date | None:
    """A date given as an option (`feedback --date`, `appraisals add --date`):
    read as `log` reads one, and not in the future; None when not given."""
    if typed is None:
        return None
    from reject.dates import parse_date
    from reject.model import check_past_date

    try:
        return check_past_date(parse_date(typed))
    except ValueError as exc:
        raise FieldError("date", str(exc)) from None


@dataclass
class RecordInput:
    """Fields as a person typed them, by name in ``record_fields.FIELDS``.

    A name that is absent was not given; ``extra`` holds values that are
    already the model's (a JSON import, a CSV's details_json).
    """

    values: dict[str, Raw] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.values) - set(BY_NAME)
        if unknown:
            raise ValueError(f"not record fields: {sorted(unknown)}")  # a bug, not input

    def text(self, name: str) -> str | None:
        value = self.values.get(name)
        return value if value is None or isinstance(value, str) else ", ".join(value)

    def given(self) -> bool:
        return bool(self.values) or bool(self.extra)


def _blank_to_none(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def input_to_changes(inp: RecordInput) -> dict[str, Any]:
    """Turn typed text into model values, naming the field on any problem."""
    changes: dict[str, Any] = dict(inp.extra)
    for spec in FIELDS:
        raw = inp.values.get(spec.name)
        if raw is None or isinstance(spec.codec, NoteCodec):
            continue  # feedback notes are built whole, by build_rejection
        try:
            changes[spec.target] = spec.codec.parse(raw)
        except ValueError as exc:
            raise FieldError(spec.name, str(exc)) from None
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
    for spec in FIELDS:
        if spec.needed and not _blank_to_none(data.get(spec.target)):
            raise FieldError(spec.name, "can't be empty")
    note = new_feedback(inp.text("feedback"), inp.text("feedback_from"))
    data["feedback"] = [note] if note else data.get("feedback", [])
    data["id"] = rid if rid is not None else journal.next_id
    return _validated(data)


def same_process(record: Rejection) -> tuple[str, str, str]:
    """What makes two records one process: the company and role, whatever
    their case and spacing ("ACME  Ltd" is "Acme Ltd"), and the date."""
    return (
        " ".join(record.company.casefold().split()),
        " ".join(record.role.casefold().split()),
        record.date.isoformat(),
    )


def find_duplicate(journal: Journal, record: Rejection) -> Rejection | None:
    """A record already in the journal for the same process, if any."""
    key = same_process(record)
    return next((r for r in journal.rejections if same_process(r) == key), None)


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


def replace_rejection(journal: Journal, new: Rejection) -> Rejection:
    """Put ``new`` in place of the record with its id (records are replaced,
    never changed in place: the store writes the ones that are new objects)."""
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
    return replace_rejection(journal, _validated(data))


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


def add_appraisal(
    journal: Journal, text: str | None, given_by: str | None, when: date | None
) -> Appraisal:
    """A new appraisal, validated as a record's feedback is, with the next id."""
    data: dict[str, Any] = {
        "id": journal.next_id,
        "text": _blank_to_none(text),
        "given_by": _blank_to_none(given_by),
    }
    if data["text"] is None:
        raise FieldError("text", "can't be empty")
    if when is not None:
        data["date"] = when
    try:
        appraisal = Appraisal.model_validate(data, context={"input": True})
    except ValidationError as exc:
        where, _, problem = describe_validation_error(exc).partition(": ")
        raise FieldError({"given_by": "from"}.get(where, where), problem) from None
    journal.appraisals.append(appraisal)
    journal.next_id += 1
    return appraisal


def find_appraisal(journal: Journal, aid: int) -> Appraisal:
    for appraisal in journal.appraisals:
        if appraisal.id == aid:
            return appraisal
    raise NotFoundError(f"There is no appraisal #{aid}. `reject appraisals list` shows the ids.")


def remove_appraisal(journal: Journal, aid: int) -> Appraisal:
    appraisal = find_appraisal(journal, aid)
    journal.appraisals.remove(appraisal)
    return appraisal


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


def field_problem(name: str, value: str) -> str | None:
    """Why ``value`` would be refused for field ``name``, or None if it is fine.

    Runs the same validation as a full record, so prompts and flags agree.
    """
    spec = BY_NAME[name]
    probe: dict[str, Raw] = {"company": "probe", "role": "probe"}
    if spec.ask_if:
        probe[spec.ask_if] = "probe"  # e.g. who said it is only checked alongside what was said
    probe[name] = [value] if spec.codec.multiple else value
    try:
        build_rejection(Journal(), RecordInput(probe))
    except FieldError as exc:
        return exc.problem
    return None
