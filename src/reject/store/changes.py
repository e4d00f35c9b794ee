"""The change log: what happened to the journal since journal.json was written.

``journal.changes.jsonl`` sits beside ``journal.json``; each line is one JSON
object, one change, written whole with O_APPEND and fsync under the lock:

    {"seq": 42, "op": "put", "uuid": "0b6c…", "at": "2026-11-25T19:00:00Z",
     "device": "3fa9c2d17e0b", "label": "log", "record": {…the whole record…}}
    {"seq": 43, "op": "delete", "uuid": "0b6c…", "at": …, "device": …}
    {"seq": 44, "op": "journal", "fields": {"next_id": 57}, "at": …, "device": …}

Why whole records ("put the record as it now is") and not field edits: a put
is its own proof. Applying it twice gives the same journal, so a replay after
a crash in the middle of a compaction can never duplicate anything; it needs
no earlier change to make sense, so a log delivered by a sync tool ahead of
its journal still applies; and a person can read the line and see the record.
A record is a few hundred bytes, so the log stays small between compactions.

``seq`` numbers every change once, across compactions. ``journal.json``
carries ``changes_folded``, the last seq it holds: a reader applies only the
lines after it, in order, and the numbers must follow on (42, 43, 44...) or
the two files are out of step. A change that touches several records (``rm
3 5``, an import) writes all its lines in one write; each carries ``tx`` (the
first seq) and ``of`` (how many), so a group cut short by a crash is left out
whole, like a torn last line.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from uuid import UUID

from pydantic import BaseModel, ConfigDict, StrictInt, StrictStr, ValidationError

from reject.fields import reading_from_disk
from reject.jsontext import MAX_DEPTH, BadJSON, load_json
from reject.model import Journal, Rejection, describe_validation_error
from reject.store.codec import Unreadable, gc_paused

OPS = ("put", "delete", "journal")
# Fields of the journal itself a change may set (the records go by put/delete).
JOURNAL_FIELDS = ("next_id",)


@dataclass
class Change:
    seq: int
    op: str
    uuid: UUID | None = None
    record: Rejection | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    at: str = ""
    device: str = ""
    label: str = ""
    tx: int = 0  # first seq of its group, 0 when alone
    of: int = 1  # how many changes in its group


@dataclass
class Log:
    """The complete changes in a change-log file, in file order."""

    changes: list[Change]
    complete: int  # bytes up to the end of the last complete change
    size: int  # bytes in the file, a torn tail included

    @property
    def torn(self) -> bool:
        return self.complete != self.size

    @property
    def last_seq(self) -> int:
        return self.changes[-1].seq if self.changes else 0


class OutOfStep(Exception):
    """journal.json and the change log do not follow on from each other."""


def parse(raw: bytes, unseal: Callable[[bytes], bytes] | None = None) -> Log:
    """Every complete change in ``raw``, or ``Unreadable``.

    The last line is ignored if it has no line break (a write cut short by a
    crash or a full disk) or is nothing but NUL bytes (what some file systems
    show after a power cut). A bad line anywhere else is damage, and stops
    the command rather than be skipped. ``unseal`` opens a line sealed on
    its own (encryption at rest, sealing.py) before it is read.
    """
    changes: list[tuple[Change, int]] = []  # with the offset just after its line
    offset = 0
    lines = raw.split(b"\n")
    lines.pop()  # after the last line break: b"", or a torn line
    with reading_from_disk(), gc_paused():
        for number, line in enumerate(lines, start=1):
            offset += len(line) + 1
            if not line.strip():
                continue
            if number == len(lines) and not line.strip(b"\0"):
                break  # NULs where the last change was being written
            try:
                text = unseal(line) if unseal else line
                change = _quick(text) or _decode(text)
            except Unreadable as exc:
                raise Unreadable(f"line {number} of the change log {exc.what}") from None
            changes.append((change, offset))
    # A group of changes cut short at the end was never finished: drop it whole.
    if changes and changes[-1][0].tx:
        last = changes[-1][0]
        if last.seq != last.tx + last.of - 1:
            changes = [(c, o) for c, o in changes if c.tx != last.tx]
    complete = changes[-1][1] if changes else 0
    return Log([c for c, _ in changes], complete, len(raw))


class _Line(BaseModel):
    """A put or delete line as reject writes it, for ``_quick``: strict, so
    anything ``_decode`` would read differently fails here and goes there."""

    model_config = ConfigDict(extra="ignore")
    seq: StrictInt
    op: StrictStr
    uuid: StrictStr | None = None
    at: StrictStr = ""
    device: StrictStr = ""
    label: StrictStr = ""
    tx: StrictInt = 0
    of: StrictInt = 1
    record: Rejection | None = None


def _quick(line: bytes) -> Change | None:
    """``_decode``'s result for an ordinary put or delete line, parsed and
    validated in one pass by pydantic-core (a third of the time); None means
    "look closer", and ``_decode`` says what it is or what is wrong."""
    if b"NaN" in line or b"Infinity" in line:
        return None  # pydantic-core reads them; load_json refuses (as in codec)
    if line.count(b"{") + line.count(b"[") > MAX_DEPTH:
        return None  # might nest deeper than load_json allows
    try:
        doc = _Line.model_validate_json(line)
    except ValidationError:
        return None
    record = doc.record if doc.op == "put" else None
    if doc.seq < 1 or doc.uuid is None or doc.op not in ("put", "delete"):
        return None
    if doc.op == "put" and (record is None or str(record.uuid) != doc.uuid):
        return None
    try:
        uuid = record.uuid if record is not None else UUID(doc.uuid)
    except ValueError:
        return None
    return Change(
        doc.seq, doc.op, uuid, record, at=doc.at, device=doc.device, label=doc.label,
        tx=doc.tx, of=doc.of,
    )  # fmt: skip


def _decode(line: bytes) -> Change:
    try:
        doc = load_json(line)
    except BadJSON as exc:
        raise Unreadable(exc.what) from None
    if not isinstance(doc, dict) or type(doc.get("seq")) is not int or doc["seq"] < 1:
        raise Unreadable("is not a change reject wrote")
    op = doc.get("op")
    if op not in OPS:
        raise Unreadable("holds a change this version of reject doesn't know")
    change = Change(
        seq=doc["seq"],
        op=op,
        at=str(doc.get("at", "")),
        device=str(doc.get("device", "")),
        label=str(doc.get("label", "")),
        tx=doc.get("tx", 0) if type(doc.get("tx", 0)) is int else 0,
        of=doc.get("of", 1) if type(doc.get("of", 1)) is int else 1,
    )
    if op in ("put", "delete"):
        try:
            change.uuid = UUID(str(doc.get("uuid")))
        except ValueError:
            raise Unreadable("has no valid uuid") from None
    if op == "put":
        try:
            with reading_from_disk():
                change.record = Rejection.model_validate(doc.get("record"))
        except ValidationError as exc:
            raise Unreadable(f"has a bad record ({describe_validation_error(exc)})") from None
        if change.record.uuid != change.uuid:
            raise Unreadable("names one uuid and holds a record with another")
    if op == "journal":
        fields = doc.get("fields")
        if not isinstance(fields, dict) or not set(fields) <= set(JOURNAL_FIELDS):
            raise Unreadable("sets journal fields this version of reject doesn't know")
        if any(type(v) is not int or v < 1 for v in fields.values()):
            raise Unreadable("sets next_id to something other than a whole number")
        change.fields = fields
    return change


def after(log: Log, folded: int) -> list[Change]:
    """The changes still to apply over a journal holding everything up to
    ``folded``; ``OutOfStep`` when they don't follow on from it."""
    todo = [c for c in log.changes if c.seq > folded]
    expected = folded + 1
    for change in todo:
        if change.seq != expected:
            raise OutOfStep(
                f"the change log continues from change {change.seq}, but the journal "
                f"holds changes up to {expected - 1}"
            )
        expected += 1
    return todo


def apply(journal: Journal, todo: Iterable[Change]) -> None:
    """Apply changes in order. Each is a whole state, so applying one again
    changes nothing."""
    index: dict[UUID, int] | None = None
    for change in todo:
        if change.op == "journal":
            for name, value in change.fields.items():
                setattr(journal, name, max(getattr(journal, name), value))
            continue
        if index is None:  # built once, only when a change needs it
            index = {r.uuid: i for i, r in enumerate(journal.rejections)}
        at = index.get(change.uuid) if change.uuid is not None else None
        if change.op == "put" and change.record is not None:
            record = change.record
            if at is None:
                index[record.uuid] = len(journal.rejections)
                journal.rejections.append(record)
            else:
                journal.rejections[at] = record
            journal.next_id = max(journal.next_id, record.id + 1)
        elif change.op == "delete" and at is not None:
            del journal.rejections[at]
            index = None  # positions after it moved
        journal.changes_folded = max(journal.changes_folded, change.seq)


def encode(changes: list[Change]) -> bytes:
    """The lines for ``changes``, one JSON object each, ready to append."""
    lines = []
    for change in changes:
        head: dict[str, Any] = {"seq": change.seq, "op": change.op}
        if change.uuid is not None:
            head["uuid"] = str(change.uuid)
        head["at"] = change.at
        head["device"] = change.device
        if change.label:
            head["label"] = change.label
        if change.tx:
            head["tx"], head["of"] = change.tx, change.of
        if change.op == "journal":
            head["fields"] = change.fields
        text = json.dumps(head, ensure_ascii=False)
        if change.record is not None:
            record = change.record.model_dump_json(warnings="error")
            text = f'{text[:-1]}, "record": {record}}}'
        lines.append(text.encode("utf-8") + b"\n")
    return b"".join(lines)


def issued_ids(log: Log) -> int:
    """One more than the highest id any change in ``log`` handed out."""
    best = 0
    for change in log.changes:
        if change.record is not None:
            best = max(best, change.record.id + 1)
        best = max(best, change.fields.get("next_id", 0))
    return best


# -- what a transaction changed -------------------------------------------------


class Tracker:
    """Remembers the journal as handed out, to name what changed afterwards.

    Domain code changes a record by putting a new, validated object in its
    place (``journal.update_rejection``), so "changed" is "a different
    object": no need to compare, or keep a copy of, 100,000 records. With
    ``REJECT_CHECK_CHANGES=1`` (the test suite sets it) every record is also
    compared by content, and a record changed in place, which would be lost,
    stops the command.
    """

    def __init__(self, journal: Journal) -> None:
        self.objects = {r.uuid: r for r in journal.rejections}
        self.next_id = journal.next_id
        # Appraisals have no op in the log: a change to them folds at once.
        self.appraisals = [a.model_dump_json() for a in journal.appraisals]
        self.check = os.environ.get("REJECT_CHECK_CHANGES") == "1"
        self.dumps = {r.uuid: r.model_dump_json() for r in journal.rejections} if self.check else {}

    def outside_records(self, journal: Journal) -> bool:
        """Whether the block changed what the log has no op for (appraisals)."""
        return [a.model_dump_json() for a in journal.appraisals] != self.appraisals

    def changes(self, journal: Journal, *, first_seq: int, label: str) -> list[Change]:
        found: list[Change] = []
        seen = set()
        for record in journal.rejections:
            seen.add(record.uuid)
            if self.objects.get(record.uuid) is not record:
                found.append(Change(0, "put", record.uuid, record))
            elif self.check and self.dumps[record.uuid] != record.model_dump_json():
                raise AssertionError(f"record {record.id} was changed in place: it would be lost")
        found += [Change(0, "delete", u) for u in self.objects if u not in seen]
        implied = max([self.next_id, *(c.record.id + 1 for c in found if c.record)])
        if journal.next_id != implied:
            found.append(Change(0, "journal", fields={"next_id": journal.next_id}))
        at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        group = len(found) > 1
        for i, change in enumerate(found):
            change.seq = first_seq + i
            change.at, change.device, change.label = at, device_id(), label
            if group:
                change.tx, change.of = first_seq, len(found)
        return found


_DEVICE: list[str] = []


def device_id() -> str:
    """A short, stable name for this computer, for a later merge of journals
    kept on several. A hash, so the change log never shows the host name."""
    if not _DEVICE:
        name = os.environ.get("REJECT_DEVICE") or socket.gethostname()
        _DEVICE.append(hashlib.sha256(name.encode("utf-8", "replace")).hexdigest()[:12])
    return _DEVICE[0]
