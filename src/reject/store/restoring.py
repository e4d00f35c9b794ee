"""Bringing back a saved version of the journal (`reject backups restore`).

A backup is a whole journal as it was. Restoring one accounts for the change
log: the journal being replaced, pending changes and all, is kept as the
newest backup; the changes in the log are marked as folded in the restored
document (they belong to the journal it replaces), then the log is removed;
and ids handed out by any of them are never handed out again.

Undo lives here too. While the change log holds pending changes, the last
change is its last transaction (one line, or a group by ``tx``/``of``), and
undoing it is exact: journal.json with every pending change but that one,
saved as a fold, with the journal as it was kept as a backup labelled
"undo ..." (so a second undo, from that backup, is the redo). With nothing
pending, undo restores the newest labelled backup, as a restore does.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from reject.errors import NotFoundError, StoreError
from reject.store import changes
from reject.store.backups import Backup, head, label_slug, undo_label
from reject.store.codec import Unreadable, next_ids_in
from reject.store.disk import read_file, why
from reject.store.folder import broken_backup
from reject.store.sealing import is_sealed, unseal_quietly

if TYPE_CHECKING:
    from pathlib import Path

    from reject.model import Journal
    from reject.store.journal_file import Store


CHANGED_MEANWHILE = (
    "Your journal changed while undo was getting ready; nothing was undone. "
    "Run `reject undo` again to see the change it would take back now."
)


def restore(store: Store, name: str, *, label: str = "", newest: bool = False) -> Journal:
    """Bring back a saved version; the current one becomes a backup first,
    labelled ``label``. ``newest``: only if it is still the last change."""
    with store.lock():  # looked up inside the lock: another writer may prune
        if newest:
            last = last_change(store)
            if last is None or last.backup != name:
                raise StoreError(CHANGED_MEANWHILE)
        found, raw = _read_backup(store.saved.find(name), name)
        raw = store.sealer.unseal(raw, where=found.path)
        # Refuse to restore a broken file, and say it is the backup that is
        # broken: the journal is fine. (Found by test_store_corrupt.py; the
        # message used to blame the journal.)
        restored = store._parse(raw, source=found.path)
        if restored.read_only:
            raise broken_backup(found.path)(
                f"it was written by a newer version of reject (format {restored.from_version})"
            )
        current = _current_bytes(store)
        safety, issued, last_seq = _as_it_is(store, current)
        # Ids are never reused: an older version has a smaller next_id than
        # ids handed out since, so keep the highest ever issued. Read from
        # the raw bytes too, because the current journal may be the broken
        # file being recovered from.
        issued = max(
            [
                issued,
                *next_ids_in(
                    _plain(store, current, store.path),
                    *(_backup_head(store, b) for b in store.backups()),
                ),
            ]
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
        store._replace(raw, [] if safety is None else [(safety, label_slug(label))])
        store.log.clear()
    return restored.journal


@dataclass(frozen=True)
class LastChange:
    """The change `reject undo` would take back."""

    label: str  # a backup label (slug): "rm-n10"
    made: datetime
    backup: str | None = None  # the backup from before it; None when pending
    seq: int = 0  # a pending change: the first seq of its transaction


def last_change(store: Store) -> LastChange | None:
    """The last change: the newest pending transaction in the change log,
    else the one after the newest labelled backup."""
    pending = store.pending()
    if pending:
        last = pending[-1]
        first = last.tx or last.seq
        try:
            made = datetime.strptime(last.at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        except ValueError:
            made = datetime.now(timezone.utc)
        return LastChange(label_slug(last.label), made, None, first)
    backup = store.saved.last_change()
    if backup is None:
        return None
    return LastChange(backup.label, backup.saved, backup.name)


def undo(store: Store, last: LastChange) -> None:
    """Take back ``last`` (from ``last_change``), if it is still the last change."""
    if last.backup is not None:
        store.restore(last.backup, label=undo_label(last.label), newest=True)
        return
    with store.lock():
        now = store.load()
        if last_change(store) != last or now.read_only:
            raise StoreError(CHANGED_MEANWHILE)
        base = store._load_document()
        kept = [c for c in now.pending if (c.tx or c.seq) != last.seq]
        changes.apply(base.journal, kept)
        journal = base.journal
        # Ids are never handed out twice, even the undone record's.
        journal.next_id = max(journal.next_id, now.journal.next_id)
        journal.changes_folded = max(c.seq for c in now.pending)
        backups = [(store.codec.serialize(now.journal), label_slug(undo_label(last.label)))]
        store._replace(store.codec.serialize(journal), backups)
        # Every line is folded or undone now: none may be applied again.
        store.log.clear()


def _plain(store: Store, data: bytes | None, where: Path) -> bytes:
    """Bytes to read a counter from; a sealed file that won't open gives b""."""
    if not data:
        return b""
    if not is_sealed(data):
        return data
    return unseal_quietly(store.sealer, data, where) or b""


def _backup_head(store: Store, backup: Backup) -> bytes:
    raw = head(backup.path)
    if not is_sealed(raw):
        return raw
    return _plain(store, read_file(backup.path), backup.path)[:4096]


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
