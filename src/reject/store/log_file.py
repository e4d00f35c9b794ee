"""The change-log file and the small note that vouches for journal.json.

``ChangeLog`` reads, appends to and rewrites ``journal.changes.jsonl``
(the format is in ``changes``). ``Checked`` is ``journal.json.checked``: the
identity (device, inode, size, times) of the last journal.json a writer
validated, with its counters. While journal.json keeps that identity, `log`
can add a record without reading 100,000 others: any other version of the
file (edited by hand, delivered by a sync tool, damaged) has another
identity, and is read and validated in full first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from reject.store import changes
from reject.store.changes import Change, Log
from reject.store.disk import append_line, atomic_write, identity, read_file, remove


class ChangeLog:
    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> Log:
        """The complete changes on disk (``codec.Unreadable`` if damaged)."""
        raw = read_file(self.path)
        return changes.parse(raw) if raw else Log([], 0, 0)

    def append(self, log: Log, data: bytes) -> None:
        """Add the lines ``data`` after the changes in ``log`` (read under the same lock)."""
        if log.torn:
            # A torn line or an unfinished group at the end: cut it off first,
            # or the next line would be glued to it. Rewritten whole (it is
            # small), never truncated in place.
            raw = read_file(self.path) or b""
            atomic_write(self.path, raw[: log.complete])
        append_line(self.path, data)

    def keep_only(self, kept: list[Change]) -> None:
        """After a compaction: only the changes just folded stay, so a copy of
        journal.json one compaction older (a sync tool running behind) can
        still catch up from this file."""
        atomic_write(self.path, changes.encode(kept))

    def clear(self) -> None:
        remove(self.path)


@dataclass(frozen=True)
class Head:
    """What `log` needs to know of journal.json without reading it all."""

    next_id: int
    changes_folded: int
    schema_version: int


class Checked:
    def __init__(self, path: Path, journal: Path) -> None:
        self.path = path
        self.journal = journal

    def head(self) -> Head | None:
        """The counters of journal.json if it is still the file last checked."""
        raw = read_file(self.path)
        if not raw:
            return None
        try:
            doc = json.loads(raw)
            same = doc["identity"] == list(identity(self.journal) or ())
            head = Head(doc["next_id"], doc["changes_folded"], doc["schema_version"])
        except (ValueError, KeyError, TypeError):
            return None  # a note we can't read vouches for nothing
        return head if same and all(type(v) is int for v in vars(head).values()) else None

    def vouch(self, head: Head, ident: tuple[int, ...] | None) -> None:
        """Note that journal.json, which had ``ident`` when it was read and
        validated, is still that file."""
        if ident is None or identity(self.journal) != ident:
            return
        doc = {"identity": list(ident), **vars(head)}
        atomic_write(self.path, json.dumps(doc).encode("utf-8") + b"\n")
