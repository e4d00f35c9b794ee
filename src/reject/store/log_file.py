"""The change-log file and the small note that vouches for journal.json.

``ChangeLog`` reads, appends to and rewrites ``journal.changes.jsonl``
(the format is in ``changes``). ``Checked`` is ``journal.json.checked``: the
identity (device, inode, size, times) of the last journal.json a writer
validated, with its counters. While journal.json keeps that identity, `log`
can add a record without reading 100,000 others: any other version of the
file (edited by hand, delivered by a sync tool, damaged) has another
identity, and is read and validated in full first.

After its JSON line the note holds, in binary, a sorted set of 8-byte
digests of every record's (company, role, date) as `log`'s duplicate
warning compares them (``journal.same_process``): so `log` can tell that a
new record repeats none of 100,000 without reading them. A hit may be a
record since edited or deleted (or, once in 2**64, another record): then
`log` reads the whole journal and looks again, so the warning is exact.
The note is not written while the journal is encrypted (digests of short
names can be guessed).
"""

from __future__ import annotations

import bisect
import hashlib
import json
import sys
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reject.errors import StoreError
from reject.store import changes
from reject.store.changes import Change, Log
from reject.store.codec import Loaded, Unreadable, inconsistency
from reject.store.disk import append_line, atomic_write, identity, read_file, remove
from reject.store.folder import OUT_OF_STEP_HINT, RECOVERY_HINT

if TYPE_CHECKING:
    from reject.model import Rejection
    from reject.store.sealing import Sealer


class ChangeLog:
    def __init__(self, path: Path, sealer: Callable[[], Sealer]) -> None:
        self.path = path
        self.sealer = sealer  # the store's, looked up when needed (it can change)

    def read(self) -> Log:
        """The complete changes on disk (``codec.Unreadable`` if damaged)."""
        raw = read_file(self.path)
        return changes.parse(raw, self._unseal) if raw else Log([], 0, 0)

    def _unseal(self, line: bytes) -> bytes:
        return self.sealer().unseal_line(line, where=self.path)

    def _sealed(self, data: bytes) -> bytes:
        """``data`` (whole lines) with each line sealed on its own when encrypted."""
        sealer = self.sealer()
        if not sealer.on:
            return data
        return b"".join(sealer.seal_line(line) for line in data.split(b"\n")[:-1])

    def append(self, log: Log, data: bytes) -> None:
        """Add the lines ``data`` after the changes in ``log`` (read under the same lock)."""
        if log.torn:
            # A torn line or an unfinished group at the end: cut it off first,
            # or the next line would be glued to it. Rewritten whole (it is
            # small), never truncated in place.
            raw = read_file(self.path) or b""
            atomic_write(self.path, raw[: log.complete])
        # One write for the whole group, so a crash can only tear the end.
        append_line(self.path, self._sealed(data))

    def keep_only(self, kept: list[Change]) -> None:
        """After a compaction: only the changes just folded stay, so a copy of
        journal.json one compaction older (a sync tool running behind) can
        still catch up from this file."""
        atomic_write(self.path, self._sealed(changes.encode(kept)))

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
        self._digests: bytes | None = None  # from the note ``head`` last read

    def head(self) -> Head | None:
        """The counters of journal.json if it is still the file last checked."""
        raw = read_file(self.path)
        if not raw:
            return None
        first, _, digests = raw.partition(b"\n")
        self._digests = None
        try:
            doc = json.loads(first)
            if type(doc.get("digests")) is int and len(digests) == 8 * doc["digests"]:
                self._digests = digests
            same = doc["identity"] == list(identity(self.journal) or ())
            head = Head(doc["next_id"], doc["changes_folded"], doc["schema_version"])
        except (ValueError, KeyError, TypeError):
            return None  # a note we can't read vouches for nothing
        return head if same and all(type(v) is int for v in vars(head).values()) else None

    def may_hold(self, key: tuple[str, str, str]) -> bool:
        """Whether the journal last vouched for (by ``head``) might hold a
        record for ``key``; True when the note holds no digests to tell."""
        data = self._digests
        if data is None:
            return True
        found = array("Q")
        found.frombytes(data)
        if sys.byteorder != "little":
            found.byteswap()
        want = _digest(key)
        at = bisect.bisect_left(found, want)
        return at < len(found) and found[at] == want

    def vouch(
        self, head: Head, ident: tuple[int, ...] | None, records: Iterable[Rejection]
    ) -> None:
        """Note that journal.json, which had ``ident`` when it was read and
        validated, is still that file, with the digests of ``records``."""
        if ident is None or identity(self.journal) != ident:
            return
        from reject.journal import same_process

        digests = array("Q", sorted({_digest(same_process(r)) for r in records}))
        if sys.byteorder != "little":
            digests.byteswap()
        doc = {"identity": list(ident), **vars(head), "digests": len(digests)}
        atomic_write(self.path, json.dumps(doc).encode("utf-8") + b"\n" + digests.tobytes())


def _digest(key: tuple[str, str, str]) -> int:
    text = "\0".join(key).encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "little")


def with_changes(loaded: Loaded, change_log: ChangeLog, path: Path) -> Loaded:
    """``loaded`` with the changes not yet folded into it applied, or one
    line on why they can't be (a damaged log, files out of step)."""
    changes_path = change_log.path
    try:
        log = change_log.read()
        todo = changes.after(log, loaded.journal.changes_folded)
    except Unreadable as exc:
        raise StoreError(
            f"Can't read your journal's change log at {changes_path}: {exc.what}.",
            hint=RECOVERY_HINT,
        ) from None
    except changes.OutOfStep as exc:
        raise StoreError(
            f"Your journal {path} and its change log {changes_path} "
            f"are out of step: {exc}.",
            hint=OUT_OF_STEP_HINT,
        ) from None
    loaded.folded_on_disk = loaded.journal.changes_folded
    if todo:
        changes.apply(loaded.journal, todo)
        problem = inconsistency(loaded.journal)
        if problem:
            raise StoreError(
                f"Can't read your journal: with the changes in {changes_path} "
                f"applied, {problem}.",
                hint=RECOVERY_HINT,
            )
    loaded.log = log
    loaded.pending = todo
    return loaded
