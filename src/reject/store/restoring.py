"""Bringing back a saved version of the journal (`reject backups restore`).

A backup is a whole journal as it was. Restoring one accounts for the change
log: the journal being replaced, pending changes and all, is kept as the
newest backup; the changes in the log are marked as folded in the restored
document (they belong to the journal it replaces), then the log is removed;
and ids handed out by any of them are never handed out again.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from reject.errors import NotFoundError, StoreError
from reject.store import changes
from reject.store.backups import Backup, head
from reject.store.codec import Unreadable, next_ids_in
from reject.store.disk import read_file, why
from reject.store.journal_file import _broken_backup

if TYPE_CHECKING:
    from reject.model import Journal
    from reject.store.journal_file import Store


def restore(store: Store, name: str) -> Journal:
    """Bring back a saved version; the current one becomes a backup first."""
    with store.lock():  # looked up inside the lock: another writer may prune
        found, raw = _read_backup(store.saved.find(name), name)
        # Refuse to restore a broken file, and say it is the backup that is
        # broken: the journal is fine. (Found by test_store_corrupt.py; the
        # message used to blame the journal.)
        restored = store._parse(raw, source=found.path)
        if restored.read_only:
            raise _broken_backup(found.path)(
                f"it was written by a newer version of reject (format {restored.from_version})"
            )
        current = _current_bytes(store)
        safety, issued, last_seq = _as_it_is(store, current)
        # Ids are never reused: an older version has a smaller next_id than
        # ids handed out since, so keep the highest ever issued. Read from
        # the raw bytes too, because the current journal may be the broken
        # file being recovered from.
        issued = max(
            [issued, *next_ids_in(current or b"", *(head(b.path) for b in store.backups()))]
        )
        journal = restored.journal
        if issued > journal.next_id or last_seq > journal.changes_folded:
            journal.next_id = max(journal.next_id, issued)
            # Changes in the log belong to the journal being replaced, not
            # to this one: marked as folded, they are never applied to it.
            journal.changes_folded = max(journal.changes_folded, last_seq)
            raw = store.codec.serialize(journal)
        # The safety copy takes the next sequence number, so it is the
        # newest backup and survives the prune, whatever the clock says.
        store._replace(raw, [] if safety is None else [(safety, "")])
        store.log.clear()
    return restored.journal


def _as_it_is(store: Store, current: bytes | None) -> tuple[bytes | None, int, int]:
    """The journal as it is now, for the safety copy of a restore (pending
    changes folded in), the next id it would hand out and its last change.
    If it can't be read, its bytes as they are, and its change log is
    kept in backups/ beside them, so a restore never loses a change."""
    try:
        now = store.load()
    except StoreError:
        log_raw = read_file(store.changes_path)
        last = issued = 0
        if log_raw:
            store.saved.keep_changes(log_raw)
            with contextlib.suppress(Unreadable):
                log = changes.parse(log_raw)
                last, issued = log.last_seq, changes.issued_ids(log)
        return current, issued, last
    journal = now.journal
    last = max(journal.changes_folded, now.log.last_seq if now.log else 0)
    if not now.pending or now.read_only:
        return current, journal.next_id, last
    journal.changes_folded = last
    return store.codec.serialize(journal), journal.next_id, last


def _current_bytes(store: Store) -> bytes | None:
    try:
        return read_file(store.path)
    except IsADirectoryError:
        raise StoreError(
            f"Can't restore over {store.path}: it is a folder, not the journal file. "
            "Move it aside and run the restore again; nothing was changed."
        ) from None


def _read_backup(found: Backup | None, name: str) -> tuple[Backup, bytes]:
    gone = NotFoundError(
        f"There is no backup called {name!r} (any more: another reject may have just "
        "rotated it out). See `reject backups list` for the ones there are."
    )
    if found is None:
        raise gone
    try:
        raw = read_file(found.path)
    except OSError as exc:  # a folder by that name
        raise StoreError(f"Can't read the backup {found.path}: {why(exc)}.") from None
    if raw is None:
        raise gone
    return found, raw
