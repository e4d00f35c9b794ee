"""The journal on disk: one JSON document and the change log beside it.

``Store`` locks, loads (journal.json, then the changes not yet folded into
it), hands out the journal in a transaction and appends what changed to the
change log; every ``compact_every`` changes it folds them into journal.json
with the usual validation, backup and atomic write. Restoring a backup
happens here too. Parsing lives in ``codec``, the change format in
``changes``, the files' bytes in ``disk`` and ``log_file``, the saved
versions in ``backups``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic_core import PydanticSerializationError

from reject.errors import StoreError
from reject.model import Journal
from reject.paths import CHANGES_NAME, STORE_NAME
from reject.process import keep
from reject.store import changes, folder
from reject.store.backups import BACKUP_DIR, PRE_MIGRATION, Backup, Backups, Label, label_slug
from reject.store.codec import Codec, Loaded, Unreadable, inconsistency, next_ids_in, refused
from reject.store.disk import (
    append_sealed,
    identity,
    private_folder,
    read_file,
    read_sealed,
    read_sealed_lines,
    write_sealed,
)
from reject.store.head import forget as forget_head
from reject.store.log_file import ChangeLog, Checked, Head, with_changes
from reject.store.sealing import Sealer, for_home, is_sealed

if TYPE_CHECKING:
    from reject.store.restoring import LastChange



class Store:
    def __init__(
        self,
        home: Path,
        *,
        lock_timeout: float | None = None,
        codec: Codec | None = None,
        compact_every: int | None = None,
    ) -> None:
        self.home = home
        self.path = home / STORE_NAME
        self.lock_path = home / (STORE_NAME + folder.LOCK_SUFFIX)
        self.backup_dir = home / BACKUP_DIR
        self.saved = Backups(self.backup_dir)
        self.codec = codec or Codec()
        self._lock_timeout = lock_timeout
        self.changes_path = home / CHANGES_NAME
        self.log = ChangeLog(self.changes_path, lambda: self.sealer)
        self.checked = Checked(home / (STORE_NAME + folder.CHECKED_SUFFIX), self.path)
        self._compact_every = compact_every or folder.compact_every_from_env()
        self._sealer: Sealer | None = None
        self._open: Loaded | None = None  # the journal of the transaction under way

    @property
    def compact_every(self) -> int:
        # Encrypted: every change folds at once (see COMPACT_EVERY).
        return 1 if self.sealer.on else self._compact_every

    @compact_every.setter
    def compact_every(self, value: int) -> None:
        self._compact_every = value

    @property
    def sealer(self) -> Sealer:
        """How this folder's files are sealed (encryption at rest, sealing.py):
        read from the marker file once, the key only when it is needed."""
        if self._sealer is None:
            self._sealer = for_home(self.home)
        return self._sealer

    def use_sealer(self, sealer: Sealer) -> None:
        """Write with ``sealer`` from now on (``reject encrypt``/``decrypt``)."""
        self._sealer = sealer

    # -- any private file in the folder (kept emails, caches, logs) -------------
    # Everything with journal text that the store keeps goes through these, so
    # it is encrypted exactly when the journal is.

    def write_private(self, path: Path, data: bytes) -> None:
        write_sealed(path, data, self.sealer)

    def read_private(self, path: Path) -> bytes:
        return read_sealed(path, self.sealer)

    def append_line(self, path: Path, record: bytes) -> None:
        append_sealed(path, record, self.sealer)

    def read_lines(self, path: Path) -> list[bytes]:
        return read_sealed_lines(path, self.sealer)

    @property
    def lock_timeout(self) -> float:
        # Read when a writer needs it, so a bad value never stops `list`.
        if self._lock_timeout is None:
            return folder.lock_timeout_from_env()
        return self._lock_timeout

    # -- reading -----------------------------------------------------------

    def load(self) -> Loaded:
        """Read the journal and apply the changes not yet folded into it,
        without locking. A missing journal.json is an empty journal."""
        loaded = self._with_changes(self._load_document())
        keep(loaded)  # freed by the OS at exit, not object by object (reject.process)
        return loaded

    def _load_document(self) -> Loaded:
        ident = identity(self.path)  # before reading: vouch only for what was read
        try:
            raw = read_file(self.path)
        except IsADirectoryError:
            raise StoreError(f"Can't read {self.path}: it is a folder.") from None
        if raw is None:
            if self.path.is_symlink():  # a link to a file that isn't there
                raise folder.dangling(self.path)
            return self.codec.empty()
        loaded = self._parse(self.sealer.unseal(raw, where=self.path))
        loaded.identity = ident
        return loaded

    def _with_changes(self, loaded: Loaded) -> Loaded:
        return with_changes(loaded, self.log, self.path)

    def read(self) -> Journal:
        return self.load().journal

    def writable(self) -> Journal:
        """Read the journal, refusing now if it could not be saved later, so a
        person is never asked questions whose answers would then be lost."""
        loaded = self.load()
        if loaded.read_only:
            raise self._newer(loaded.from_version)
        return loaded.journal

    def _newer(self, version: int) -> StoreError:
        return StoreError(
            f"Your journal at {self.path} was written by a newer version of reject "
            f"(format {version}). Upgrade reject to change it; nothing was written."
        )

    def _parse(self, raw: bytes, source: Path | None = None) -> Loaded:
        """Parse and validate journal bytes; ``source`` names a backup being read."""
        try:
            return self.codec.parse(raw)
        except Unreadable as exc:
            if source is not None:
                raise folder.broken_backup(source)(exc.what) from None
            if exc.newer is not None:
                raise StoreError(
                    f"Your journal at {self.path} was written by a newer version of reject "
                    f"(format {exc.newer}) and holds things this version can't read. "
                    "Upgrade reject to open it; nothing was changed."
                ) from None
            raise StoreError(
                f"Can't read your journal at {self.path}: {exc.what}.", hint=folder.RECOVERY_HINT
            ) from None

    # -- writing -----------------------------------------------------------

    @contextmanager
    def transaction(self, label: Label = "", *, head_only: bool = False) -> Iterator[Journal]:
        """Lock, read, hand out the journal, and record what the block changed.

        ``label`` says what the change was ("log #5", "rm #10"), or is a
        function of the changed journal (when the id is only known then); it
        is kept with each change in the log and names the backup a fold
        keeps. With ``head_only`` the journal handed out holds only the
        records of pending changes and the right ``next_id``: enough to add a
        record (`log`) without reading every other one (``may_hold`` then
        says whether journal.json might hold a given record).
        """
        with self.lock():
            # Encrypted, every change folds at once, so a partial read saves nothing.
            loaded = self._head() if head_only and not self.sealer.on else self.load()
            if loaded.read_only:
                raise self._newer(loaded.from_version)
            self._vouch(loaded)
            self._open = loaded
            try:
                tracker = changes.Tracker(loaded.journal)
                yield loaded.journal
            finally:
                self._open = None
            text = label(loaded.journal) if callable(label) else label
            log = loaded.log or changes.Log([], 0, 0)
            first = max(loaded.journal.changes_folded, log.last_seq) + 1
            new = tracker.changes(loaded.journal, first_seq=first, label=text)
            whole = tracker.outside_records(loaded.journal)
            if not new and not whole:
                return  # nothing changed: nothing written, no backup pushed out
            data = self._encode(loaded.journal, new)
            due = (
                len(loaded.pending) + len(new) >= self.compact_every
                or log.complete + len(data) >= folder.COMPACT_BYTES
            )
            if whole or self.compact_every == 1:
                # Appraisals are not in the change log, and encrypted every
                # change folds: straight into journal.json.
                self._fold_with(loaded, new, text)
                return
            if due and loaded.pending:
                # Fold what is pending first, then log this change on its own,
                # so that `undo` can still take back exactly this change.
                self.compact(self.load() if loaded.partial else loaded)
                log = self.log.read()
            self.log.append(log, data)
            forget_head(self.home)  # the head cache must not keep a deleted record's text

    def _fold_with(self, loaded: Loaded, new: list[changes.Change], label: str) -> None:
        """Fold ``new`` (and what else the block changed) into journal.json.

        Changes still pending from before are folded first, on their own, so
        the backup of this fold is the journal just before this change:
        labelled with it, and `undo` takes back exactly this change."""
        if loaded.pending:
            self.compact(self.load())
            fresh = self.load()
            changes.apply(fresh.journal, new)
            fresh.journal.appraisals = loaded.journal.appraisals
            fresh.journal.next_id = max(fresh.journal.next_id, loaded.journal.next_id)
            loaded = fresh
        self.compact(loaded, new, label=label)

    def may_hold(self, key: tuple[str, str, str]) -> bool:
        """Inside a ``head_only`` transaction: whether journal.json might hold
        a record for ``key`` (``journal.same_process``), which the partial
        journal handed out can't show. False when the journal is whole."""
        loaded = self._open
        if loaded is None or not loaded.partial:
            return False
        return self.checked.may_hold(key)

    def _encode(self, journal: Journal, new: list[changes.Change]) -> bytes:
        """The new lines, refused (like a save) if a bug made the journal
        inconsistent or put a value of the wrong type in a record."""
        problem = inconsistency(journal)
        try:
            data = changes.encode(new)
        except PydanticSerializationError:
            problem = problem or "a value does not match the journal format"
        if problem:
            raise refused(problem)
        return data

    def _head(self) -> Loaded:
        """journal.json's counters from the note vouching for it, plus the
        pending changes; the full journal when there is no such note."""
        head = self.checked.head()
        if head is None:
            return self.load()
        stub = Journal(
            schema_version=head.schema_version,
            next_id=head.next_id,
            changes_folded=head.changes_folded,
        )
        newer = head.schema_version > self.codec.version
        loaded = Loaded(stub, None, head.schema_version, read_only=newer, partial=True)
        return self._with_changes(loaded)

    def _vouch(self, loaded: Loaded) -> None:
        """Note that journal.json as it is on disk was just read and validated."""
        if loaded.raw is None or loaded.partial or self.sealer.on:
            return  # encrypted: no note (its digests would hint at the text)
        if self.checked.head() is not None:
            return
        next_id = max(next_ids_in(loaded.raw) or [loaded.journal.next_id])
        head = Head(next_id, loaded.folded_on_disk, loaded.from_version)
        with contextlib.suppress(StoreError):  # only a shortcut: fine to miss
            self.checked.vouch(head, loaded.identity, loaded.journal.rejections)

    def compact(
        self,
        loaded: Loaded | None = None,
        new: Sequence[changes.Change] = (),
        *,
        label: str = "",
    ) -> None:
        """Fold the pending changes (and ``new`` ones, not yet in the log)
        into journal.json, with the lock held.

        journal.json is written first, saying which changes it now holds;
        the change log is trimmed after. A crash between the two leaves
        changes that are both folded and in the log: readers skip them by
        their number, so nothing is lost and nothing is applied twice.
        """
        if loaded is None or loaded.partial:
            loaded = self.load()
            changes.apply(loaded.journal, new)
        log = loaded.log or changes.Log([], 0, 0)
        folded = [c for c in log.changes if c.seq > loaded.folded_on_disk] + list(new)
        journal = loaded.journal
        journal.changes_folded = max([journal.changes_folded, *(c.seq for c in folded)])
        self._save(loaded, label_slug(folder.fold_label(folded, label)))
        with contextlib.suppress(StoreError):
            # journal.json is saved: from here on a failure loses nothing (the
            # lines left in the log are all marked as folded).
            if not self.sealer.on:
                head = Head(journal.next_id, journal.changes_folded, self.codec.version)
                self.checked.vouch(head, identity(self.path), journal.rejections)
            self.log.keep_only(folded)

    def _save(self, loaded: Loaded, label: str = "") -> None:
        if loaded.read_only:
            raise self._newer(loaded.from_version)
        encoded = self.codec.serialize(loaded.journal)
        backups = []
        if loaded.raw is not None and loaded.from_version < self.codec.version:
            backups.append((loaded.raw, f"{PRE_MIGRATION}-v{loaded.from_version}"))
        if loaded.raw is not None:
            backups.append((loaded.raw, label))
        self._replace(encoded, backups)

    @contextmanager
    def lock(self) -> Iterator[None]:
        self.ensure_home()
        with folder.hold_lock(self.lock_path, self.lock_timeout):
            # Only a writer holding this lock writes temp files here, so any
            # found now were left by a writer killed mid-save: remove them.
            folder.remove_stale_temps(self.home, self.path, self.backup_dir, self.sealer.on)
            yield

    def _replace(self, data: bytes, backups: list[tuple[bytes, str]]) -> None:
        """Keep ``backups`` (bytes and label), then write the journal. Only once
        the journal is written are old backups pruned; if it fails, the ones
        just added go again, so a failed save leaves the set as it was."""
        added: list[Path] = []
        try:
            for raw, label in backups:
                # Bytes already sealed (the journal a restore replaces, which may
                # be damaged) are kept as they are: they read with the same key.
                sealed = raw if is_sealed(raw) else self.sealer.seal(raw)
                added.append(self.saved.write(sealed, label=label))
            write_sealed(self._target(), data, self.sealer)
        except BaseException:
            self.saved.discard(added)
            raise
        # The head cache no longer matches (the stamp says so); removing it
        # now keeps a deleted record's text from lingering there.
        forget_head(self.home)
        self.saved.prune()

    def _target(self) -> Path:
        return folder.real_target(self.path)

    def ensure_home(self) -> None:
        private_folder(self.home)

    # -- backups -----------------------------------------------------------

    def backups(self) -> list[Backup]:
        """Saved versions, newest first."""
        return self.saved.newest_first()

    def restore(self, name: str, *, label: str = "", newest: bool = False) -> Journal:
        """Bring back a saved version; the current one becomes a backup first,
        labelled ``label`` (what the restore does, so it can be undone).
        ``newest``: only if it is still the version before the last change
        (an undo must not also take back a change made since it looked)."""
        from reject.store.restoring import restore

        return restore(self, name, label=label, newest=newest)

    def last_change(self) -> LastChange | None:
        """The change `reject undo` would take back (restoring.last_change)."""
        from reject.store.restoring import last_change

        return last_change(self)

    def undo(self, last: LastChange) -> None:
        """Take back ``last`` exactly, if it is still the last change."""
        from reject.store.restoring import undo

        undo(self, last)

    def pending(self) -> list[changes.Change]:
        """The changes not yet folded into journal.json, oldest first; none
        when the journal can't be read (the backups are what is left then)."""
        try:
            return self.load().pending
        except StoreError:
            return []
