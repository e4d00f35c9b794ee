"""The journal on disk: one JSON document, saved so that it is never lost.

The rules (see docs/data-format.md and RELIABILITY in the project notes):

* Every save writes a new temp file in the same folder (created exclusively,
  mode 0600), fsyncs it, renames it over the journal and fsyncs the folder.
  The journal itself is never opened for writing.
* Every read-modify-write holds an OS lock on ``journal.json.lock``; the read
  is inside the lock. Read-only commands need no lock, because a rename is
  atomic: a reader sees the old file or the new one, never a mix.
* The previous version is kept in ``backups/`` before each save; a copy is
  also kept before a migration.
* A file that is empty, truncated, not JSON or invalid stops the command.
  Nothing is ever written over it.
* A file from a newer schema is read but never written.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import PydanticSerializationError

from reject.errors import BusyError, NotFoundError, StoreError
from reject.fields import reading_from_disk
from reject.model import FORMAT_NAME, SCHEMA_VERSION, Journal, describe_validation_error
from reject.paths import DRAFT_PREFIX, STORE_NAME, conflict_copies

LOCK_SUFFIX = ".lock"
BACKUP_DIR = "backups"
BACKUPS_KEPT = 20
DEFAULT_LOCK_TIMEOUT = 10.0

# Migrations upgrade a raw document one schema version at a time:
# MIGRATIONS[n] turns a version-n document into a version n+1 document.
# They run in memory; the result is validated before anything is written.
Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}

RECOVERY_HINT = (
    "Nothing was changed. See your saved versions with `reject backups list` "
    "and bring one back with `reject backups restore NAME`."
)


@dataclass(frozen=True)
class Backup:
    name: str
    path: Path
    size: int
    saved: datetime


@dataclass
class Loaded:
    """A journal plus what the store needs to know to save it back safely."""

    journal: Journal
    raw: bytes | None  # the bytes on disk, None when there was no file yet
    from_version: int  # the schema version found in the file
    read_only: bool = False  # written by a newer reject: never save


class Store:
    def __init__(self, home: Path, *, lock_timeout: float | None = None) -> None:
        self.home = home
        self.path = home / STORE_NAME
        self.lock_path = home / (STORE_NAME + LOCK_SUFFIX)
        self.backup_dir = home / BACKUP_DIR
        if lock_timeout is None:
            lock_timeout = _env_float("REJECT_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT)
        self.lock_timeout = lock_timeout

    # -- reading -----------------------------------------------------------

    def load(self) -> Loaded:
        """Read the journal without locking. A missing file is an empty journal."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Loaded(Journal(), None, SCHEMA_VERSION)
        except OSError as exc:
            raise StoreError(f"Can't read {self.path}: {_why(exc)}.") from None
        return self._parse(raw)

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
        corrupt = self._corrupt if source is None else _broken_backup(source)
        if not raw.strip():
            raise corrupt("the file is empty")
        # Some Windows editors add a byte-order mark; it is not part of the JSON.
        raw_text = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
        journal = _validate_current(raw_text)
        if journal is not None:
            version = journal.schema_version
            read_only = version > SCHEMA_VERSION
        else:
            journal, version, read_only = self._parse_slowly(raw_text, corrupt, source)
        problem = _inconsistency(journal)
        if problem:
            raise corrupt(problem)
        return Loaded(journal, raw, version, read_only=read_only)

    def _parse_slowly(
        self, raw_text: bytes, corrupt: Callable[[str], StoreError], source: Path | None
    ) -> tuple[Journal, int, bool]:
        """Step by step, to say exactly what is wrong, and to migrate old files."""
        try:
            doc = json.loads(raw_text.decode("utf-8"))
        except UnicodeDecodeError:
            raise corrupt("the file is not valid UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise corrupt(
                f"the file is not valid JSON (line {exc.lineno}, column {exc.colno})"
            ) from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
            raise corrupt("the file is not a reject journal")
        version = doc.get("schema_version")
        if not isinstance(version, int) or version < 1:
            raise corrupt("the file has no valid schema_version")
        read_only = version > SCHEMA_VERSION
        if version < SCHEMA_VERSION:
            doc = migrate(doc, version)
        try:
            with reading_from_disk(), _gc_paused():
                journal = Journal.model_validate(doc)
        except ValidationError as exc:
            if read_only:
                # Not broken: newer. Restoring a backup here would throw away
                # whatever the newer version recorded, so don't suggest it.
                if source is not None:
                    newer = f"it was written by a newer version of reject (format {version})"
                    raise corrupt(newer) from None
                raise StoreError(
                    f"Your journal at {self.path} was written by a newer version of reject "
                    f"(format {version}) and holds things this version can't read. "
                    "Upgrade reject to open it; nothing was changed."
                ) from None
            raise corrupt(describe_validation_error(exc)) from None
        return journal, version, read_only

    def _corrupt(self, what: str) -> StoreError:
        return StoreError(f"Can't read your journal at {self.path}: {what}.", hint=RECOVERY_HINT)

    # -- writing -----------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Journal]:
        """Lock, read, hand out the journal, and save it if the block succeeds.

        Callers open a transaction only when they mean to change something.
        """
        with self.lock():
            loaded = self.load()
            yield loaded.journal
            self._save(loaded)

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
            raise StoreError(f"Can't lock {self.lock_path}: {_why(exc)}.") from None
        try:
            # Only a writer holding this lock writes temp files here, so any
            # found now were left by a writer killed mid-save (kill -9, power
            # cut). They hold private text: remove them rather than let them
            # pile up. (Found by the kill -9 proof, tests/test_store_crash.py.)
            self._remove_stale_temps()
            yield
        finally:
            lock.release()

    def _save(self, loaded: Loaded) -> None:
        if loaded.read_only:
            raise self._newer(loaded.from_version)
        encoded = self._serialize(loaded.journal)
        if loaded.raw is not None:
            if loaded.from_version < SCHEMA_VERSION:
                label = f"pre-migration-v{loaded.from_version}"
                self._write_backup(loaded.raw, label=label, rotate=False)
            self._write_backup(loaded.raw)
        atomic_write(self._target(), encoded)

    @staticmethod
    def _serialize(journal: Journal) -> bytes:
        # Every value in the journal was validated when it entered (typed,
        # imported or loaded). What could still go wrong is a bug putting a
        # wrong type or a clashing id in place: the serializer refuses any
        # value that does not match its declared type, and the id rules are
        # checked as a load would. Cheaper than re-parsing the whole output,
        # which doubled the cost of every save.
        problem = _inconsistency(journal)
        try:
            data = journal.model_dump_json(indent=2, warnings="error")
        except PydanticSerializationError:
            problem = "a value does not match the journal format"
        if problem:
            raise StoreError(
                f"reject stopped before saving an inconsistent journal ({problem}). "
                "Nothing was written; please report this."
            )
        return data.encode("utf-8") + b"\n"

    def _target(self) -> Path:
        """The real file to replace: people symlink their journal into a synced
        folder, and a rename over the link would silently replace it with a
        plain file."""
        return self.path.resolve() if self.path.is_symlink() else self.path

    def _write_backup(self, raw: bytes, *, label: str = "", rotate: bool = True) -> None:
        private_folder(self.backup_dir)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        name = f"journal-{stamp}{'-' + label if label else ''}.json"
        atomic_write(self.backup_dir / name, raw)
        if rotate:
            self._prune_backups()

    def _prune_backups(self) -> None:
        rotating = [b for b in self.backups() if "pre-migration" not in b.name]
        for old in rotating[BACKUPS_KEPT:]:
            with contextlib.suppress(OSError):  # pruning again on the next save is fine
                old.path.unlink(missing_ok=True)

    def _remove_stale_temps(self) -> None:
        for folder, prefix in ((self.home, f".{STORE_NAME}."), (self.backup_dir, ".journal-")):
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
        try:
            names = os.listdir(self.home)
        except OSError:
            names = []
        day_ago = time.time() - 86_400
        for name in names:
            if name.startswith(DRAFT_PREFIX):
                with contextlib.suppress(OSError):
                    if (self.home / name).stat().st_mtime < day_ago:
                        (self.home / name).unlink()

    def ensure_home(self) -> None:
        private_folder(self.home)

    # -- backups -----------------------------------------------------------

    def backups(self) -> list[Backup]:
        """Saved versions, newest first."""
        try:
            entries = list(self.backup_dir.iterdir())
        except FileNotFoundError:
            return []
        found = []
        for path in entries:
            if path.suffix != ".json" or not path.name.startswith("journal-"):
                continue
            st = path.stat()
            found.append(
                Backup(
                    path.name,
                    path,
                    st.st_size,
                    datetime.fromtimestamp(st.st_mtime, timezone.utc),
                )
            )
        return sorted(found, key=lambda b: b.name, reverse=True)

    def restore(self, name: str) -> Journal:
        """Bring back a saved version; the current one becomes a backup first."""
        match = [b for b in self.backups() if b.name == name]
        if not match:
            raise NotFoundError(f"There is no backup called {name!r}. See `reject backups list`.")
        with self.lock():
            raw = match[0].path.read_bytes()
            # Refuse to restore a broken file, and say it is the backup that is
            # broken: the journal is fine. (Found by test_store_corrupt.py; the
            # message used to blame the journal.)
            restored = self._parse(raw, source=match[0].path)
            if restored.read_only:
                raise _broken_backup(match[0].path)(
                    f"it was written by a newer version of reject (format {restored.from_version})"
                )
            try:
                current = self.path.read_bytes()
            except FileNotFoundError:
                current = None
            # Ids are never reused: an older version has a smaller next_id than
            # ids handed out since, so keep the highest ever issued. Read from
            # the raw bytes, because the current journal may be the broken
            # file being recovered from.
            issued = max(
                _next_ids_in(current or b"", *(_head(b.path) for b in self.backups())),
                default=restored.journal.next_id,
            )
            if issued > restored.journal.next_id:
                restored.journal.next_id = issued
                raw = self._serialize(restored.journal)
            if current is not None:
                self._write_backup(current)
            atomic_write(self._target(), raw)
        return restored.journal

    def conflict_copies(self) -> list[Path]:
        return conflict_copies(self.home)


def _broken_backup(path: Path) -> Callable[[str], StoreError]:
    def corrupt(what: str) -> StoreError:
        return StoreError(
            f"Can't restore the backup {path}: {what}. Your journal was not changed; "
            "pick another one from `reject backups list`."
        )

    return corrupt


_NEXT_ID = re.compile(rb'"next_id"\s*:\s*(\d{1,12})')


def _head(path: Path, size: int = 4096) -> bytes:
    """The start of a file, where reject writes next_id; b"" if unreadable."""
    try:
        with path.open("rb") as file:
            return file.read(size)
    except OSError:
        return b""


def _next_ids_in(*documents: bytes) -> list[int]:
    return [int(m.group(1)) for doc in documents for m in _NEXT_ID.finditer(doc[:4096])]


def _inconsistency(journal: Journal) -> str | None:
    """The rules across records that field validation cannot see."""
    ids = [r.id for r in journal.rejections]
    if ids and journal.next_id <= max(ids):
        return "next_id is not above every id in the journal"
    if len(set(ids)) != len(ids):
        return "two records share the same id"
    return None


def _validate_current(raw_text: bytes) -> Journal | None:
    """The fast path: a well-formed journal of this or a newer version, parsed
    and validated in one pass by pydantic-core. None means "look closer"."""
    try:
        with reading_from_disk(), _gc_paused():
            journal = Journal.model_validate_json(raw_text)
    except ValidationError:
        return None
    declared = journal.model_fields_set
    if "format" not in declared or "schema_version" not in declared:
        return None
    if journal.schema_version < SCHEMA_VERSION:
        return None  # needs migrating
    return journal


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Building tens of thousands of objects in one go makes the cyclic GC
    rescan the growing tree again and again; none of them are garbage yet.
    Pausing it cut loading 10,000 records from ~220 ms to ~85 ms. Freezing
    what was loaded keeps later collections (sorting, rendering) from
    rescanning the journal too; plain reference counting still frees it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()  # only what loaded successfully
    finally:
        if was_enabled:
            gc.enable()


def migrate(doc: dict[str, Any], version: int) -> dict[str, Any]:
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise StoreError(f"Don't know how to upgrade a journal from format {version}.")
        doc = step(doc)
        version += 1
        doc["schema_version"] = version
    return doc


def new_private_file(folder: Path, prefix: str, suffix: str) -> Path:
    """A new, empty file with a unique name in ``folder``, mode 0600."""
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=suffix)
    except OSError as exc:
        raise StoreError(f"Can't write in {folder}: {_why(exc)}. Nothing was changed.") from None
    os.close(fd)
    return Path(name)


def private_folder(folder: Path) -> None:
    """Create ``folder`` (and parents) if missing, 0700 from the start."""
    if folder.is_dir():
        return
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
    except OSError as exc:
        raise StoreError(f"Can't create the folder {folder}: {_why(exc)}.") from None


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves old or new, never a mix."""
    folder = path.parent
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise StoreError(f"Can't write in {folder}: {_why(exc)}. Nothing was changed.") from None
    tmp = Path(tmp_name)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"Can't save {path}: {_why(exc)}. Nothing was changed.") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # some platforms cannot open a folder; the rename is done anyway
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        return default


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__
