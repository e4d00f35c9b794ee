"""The journal on disk: one JSON document, saved so that it is never lost.

``Store`` locks, loads, hands out the journal in a transaction and saves it
back; restoring a backup happens here too. Parsing lives in ``codec``, the
atomic write in ``disk``, the saved versions in ``backups``.
"""

from __future__ import annotations

import contextlib
import math
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from reject.errors import BusyError, NotFoundError, StoreError, UsageError
from reject.model import Journal
from reject.paths import DRAFT_PREFIX, HEAD_NAME, STORE_NAME
from reject.process import keep
from reject.store.backups import (
    BACKUP_DIR,
    PRE_MIGRATION,
    Backup,
    Backups,
    Label,
    head,
    label_slug,
)
from reject.store.codec import Codec, Loaded, Unreadable, next_ids_in
from reject.store.disk import (
    append_sealed,
    private_folder,
    read_sealed,
    read_sealed_lines,
    why,
    write_sealed,
)
from reject.store.head import forget as forget_head
from reject.store.sealing import Sealer, for_home, is_sealed, scratch_folder, unseal_quietly

LOCK_SUFFIX = ".lock"
DEFAULT_LOCK_TIMEOUT = 10.0
MAX_LOCK_TIMEOUT = 3600.0

RECOVERY_HINT = (
    "Nothing was changed. See your saved versions with `reject backups list` "
    "and bring one back with `reject backups restore NAME`."
)


class Store:
    def __init__(
        self, home: Path, *, lock_timeout: float | None = None, codec: Codec | None = None
    ) -> None:
        self.home = home
        self.path = home / STORE_NAME
        self.lock_path = home / (STORE_NAME + LOCK_SUFFIX)
        self.backup_dir = home / BACKUP_DIR
        self.saved = Backups(self.backup_dir)
        self.codec = codec or Codec()
        self._lock_timeout = lock_timeout
        self._sealer: Sealer | None = None

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
            return _lock_timeout_from_env()
        return self._lock_timeout

    # -- reading -----------------------------------------------------------

    def load(self) -> Loaded:
        """Read the journal without locking. A missing file is an empty journal."""
        try:
            raw = read_sealed(self.path, self.sealer)
        except FileNotFoundError:
            return self.codec.empty()
        loaded = self._parse(raw)
        keep(loaded)  # freed by the OS at exit, not object by object (reject.process)
        return loaded

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
                raise _broken_backup(source)(exc.what) from None
            if exc.newer is not None:
                raise StoreError(
                    f"Your journal at {self.path} was written by a newer version of reject "
                    f"(format {exc.newer}) and holds things this version can't read. "
                    "Upgrade reject to open it; nothing was changed."
                ) from None
            raise StoreError(
                f"Can't read your journal at {self.path}: {exc.what}.", hint=RECOVERY_HINT
            ) from None

    # -- writing -----------------------------------------------------------

    @contextmanager
    def transaction(self, label: Label = "") -> Iterator[Journal]:
        """Lock, read, hand out the journal, and save it if the block succeeds.

        Callers open a transaction only when they mean to change something.
        ``label`` says what the change does ("rm #10"), for the backup of the
        version before it; it may be a function of the changed journal (when
        the id is only known then, as for `log`).
        """
        with self.lock():
            loaded = self.load()
            yield loaded.journal
            text = label(loaded.journal) if callable(label) else label
            self._save(loaded, label_slug(text))

    @contextmanager
    def lock(self) -> Iterator[None]:
        from filelock import FileLock, Timeout  # costs ~50 ms: only for writers

        self.ensure_home()
        lock = FileLock(
            str(self.lock_path), timeout=self.lock_timeout, mode=0o600, fallback_to_soft=False
        )
        try:
            lock.acquire()
        except Timeout:
            raise BusyError(
                "Your journal is busy: another reject command is still saving. "
                "Try again in a moment.",
            ) from None
        except OSError as exc:
            raise StoreError(f"Can't lock {self.lock_path}: {why(exc)}.") from None
        try:
            # Only a writer holding this lock writes temp files here, so any
            # found now were left by a writer killed mid-save (kill -9, power
            # cut). They hold private text: remove them rather than let them
            # pile up. (Found by the kill -9 proof, tests/test_store_crash.py.)
            self._remove_stale_temps()
            yield
        finally:
            lock.release()

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
        """The real file to replace: people symlink their journal into a synced
        folder, and a rename over the link would silently replace it with a
        plain file."""
        return self.path.resolve() if self.path.is_symlink() else self.path

    def _remove_stale_temps(self) -> None:
        places = [
            (self.home, f".{STORE_NAME}."),
            (self.home, f".{HEAD_NAME}."),  # a `list` killed while caching the head
            (self.backup_dir, ".journal-"),
        ]
        target = self._target()
        if target != self.path:
            # A symlinked journal is saved beside its real file, in a folder
            # that may be synced: temps left there hold the whole journal.
            places.append((target.parent, f".{target.name}."))
        for folder, prefix in places:
            try:
                names = os.listdir(folder)
            except OSError:
                continue
            for name in names:
                if name.startswith(prefix) and name.endswith(".tmp"):
                    with contextlib.suppress(OSError):  # harmless: a later save retries
                        (folder / name).unlink()
        # Editor drafts (cli/files.py) live outside the lock while an editor is
        # open, so only those a day old are taken as left behind by a crash.
        drafts = [self.home]
        if self.sealer.on:  # drafts then go outside the folder (sealing.scratch_folder)
            drafts.append(scratch_folder())
        day_ago = time.time() - 86_400
        for folder in drafts:
            try:
                names = os.listdir(folder)
            except OSError:
                continue
            for name in names:
                if name.startswith(DRAFT_PREFIX):
                    with contextlib.suppress(OSError):
                        if (folder / name).stat().st_mtime < day_ago:
                            (folder / name).unlink()

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
        with self.lock():  # looked up inside the lock: another writer may prune
            last = self.saved.last_change()
            if newest and (last is None or last.name != name):
                raise StoreError(
                    "Your journal changed while undo was getting ready; nothing was undone. "
                    "Run `reject undo` again to see the change it would take back now."
                )
            found, raw = _read_backup(self.saved.find(name), name)
            raw = self.sealer.unseal(raw, where=found.path)
            # Refuse to restore a broken file, and say it is the backup that is
            # broken: the journal is fine. (Found by test_store_corrupt.py; the
            # message used to blame the journal.)
            restored = self._parse(raw, source=found.path)
            if restored.read_only:
                raise _broken_backup(found.path)(
                    f"it was written by a newer version of reject (format {restored.from_version})"
                )
            current = self._current_bytes()
            # Ids are never reused: an older version has a smaller next_id than
            # ids handed out since, so keep the highest ever issued. Read from
            # the raw bytes, because the current journal may be the broken
            # file being recovered from.
            issued = max(
                next_ids_in(
                    self._plain_head(current), *(self._head(b.path) for b in self.backups())
                ),
                default=restored.journal.next_id,
            )
            if issued > restored.journal.next_id:
                restored.journal.next_id = issued
                raw = self.codec.serialize(restored.journal)
            # The safety copy takes the next sequence number, so it is the
            # newest backup and survives the prune, whatever the clock says.
            self._replace(raw, [] if current is None else [(current, label_slug(label))])
        return restored.journal

    def _plain_head(self, current: bytes | None) -> bytes:
        # The journal being recovered from may be sealed and damaged: then its
        # counter is simply not read, as with any broken file.
        if current is None:
            return b""
        if not is_sealed(current):
            return current
        return unseal_quietly(self.sealer, current, self.path) or b""

    def _head(self, path: Path) -> bytes:
        """The start of a backup, unsealed (b"" if it can't be read)."""
        raw = head(path)
        if not is_sealed(raw):
            return raw
        try:
            whole = path.read_bytes()
        except OSError:
            return b""
        return (unseal_quietly(self.sealer, whole, path) or b"")[:4096]

    def _current_bytes(self) -> bytes | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except IsADirectoryError:
            raise StoreError(
                f"Can't restore over {self.path}: it is a folder, not the journal file. "
                "Move it aside and run the restore again; nothing was changed."
            ) from None
        except OSError as exc:
            raise StoreError(f"Can't read {self.path}: {why(exc)}. Nothing was changed.") from None
        return raw


def _read_backup(found: Backup | None, name: str) -> tuple[Backup, bytes]:
    gone = NotFoundError(
        f"There is no backup called {name!r} (any more: another reject may have just "
        "rotated it out). See `reject backups list` for the ones there are."
    )
    if found is None:
        raise gone
    try:
        return found, found.path.read_bytes()
    except FileNotFoundError:
        raise gone from None
    except OSError as exc:
        raise StoreError(f"Can't read the backup {found.path}: {why(exc)}.") from None


def _broken_backup(path: Path) -> Callable[[str], StoreError]:
    def corrupt(what: str) -> StoreError:
        return StoreError(
            f"Can't restore the backup {path}: {what}. Your journal was not changed; "
            "pick another one from `reject backups list`."
        )

    return corrupt


def _lock_timeout_from_env() -> float:
    raw = os.environ.get("REJECT_LOCK_TIMEOUT")
    if not raw:
        return DEFAULT_LOCK_TIMEOUT
    try:
        seconds = float(raw)
    except ValueError:
        seconds = math.nan
    # nan, inf and negative values all meant "wait for ever" to the lock.
    if not 0 <= seconds <= MAX_LOCK_TIMEOUT:
        raise UsageError(
            f"REJECT_LOCK_TIMEOUT must be a number of seconds from 0 to {MAX_LOCK_TIMEOUT:.0f}; "
            "fix it or unset it to wait the usual 10 seconds."
        )
    return seconds
