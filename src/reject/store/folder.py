"""The journal folder's housekeeping: its lock, the real file behind a
symlinked journal, temps left by a killed writer, and the settings and
messages the store shares. Kept apart from ``journal_file`` so the Store
reads as what it does with the journal."""

from __future__ import annotations

import contextlib
import math
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from reject.errors import BusyError, StoreError, UsageError
from reject.paths import CHANGES_NAME, DRAFT_PREFIX, HEAD_NAME, STORE_NAME
from reject.store.disk import why
from reject.store.sealing import scratch_folder

if TYPE_CHECKING:
    from reject.store import changes

LOCK_SUFFIX = ".lock"
DEFAULT_LOCK_TIMEOUT = 10.0
MAX_LOCK_TIMEOUT = 3600.0
CHECKED_SUFFIX = ".checked"
# Fold the change log into journal.json after this many changes, or once the
# changes not yet folded pass this size. A fold costs a full save (about 1.5 s
# at 100,000 records), so every 64th change pays it; the log stays small.
# While the folder is encrypted every change folds at once: each sealed line
# costs ~1.5 ms to open (sealing.py), more than a short log saves.
COMPACT_EVERY = 64
COMPACT_BYTES = 1024 * 1024

OUT_OF_STEP_HINT = (
    "This happens when a sync tool has copied one of the two files and not yet "
    "the other: wait for it to finish and try again. Nothing was changed. If it "
    "stays like this, `reject backups list` shows your saved versions."
)

RECOVERY_HINT = (
    "Nothing was changed. See your saved versions with `reject backups list` "
    "and bring one back with `reject backups restore NAME`."
)


@contextmanager
def hold_lock(lock_path: Path, timeout: float) -> Iterator[None]:
    """The OS lock every read-modify-write holds, or a "busy" error."""
    from filelock import FileLock, Timeout  # costs ~50 ms: only for writers

    lock = FileLock(str(lock_path), timeout=timeout, mode=0o600, fallback_to_soft=False)
    try:
        lock.acquire()
    except Timeout:
        raise BusyError(
            "Your journal is busy: another reject command is still saving. "
            "Try again in a moment.",
        ) from None
    except OSError as exc:
        raise StoreError(f"Can't lock {lock_path}: {why(exc)}.") from None
    try:
        yield
    finally:
        lock.release()


def real_target(path: Path) -> Path:
    """The real file to replace: people symlink their journal into a synced
    folder, and a rename over the link would silently replace it with a
    plain file."""
    return path.resolve() if path.is_symlink() else path

def remove_stale_temps(home: Path, path: Path, backup_dir: Path, sealed: bool) -> None:
    """Temp files and drafts left by a writer killed mid-save (kill -9, a power
    cut): they hold private text, so they go rather than pile up. (Found by the
    kill -9 proof, tests/test_store_crash.py.)"""
    places = [
        (home, f".{STORE_NAME}."),
        (home, f".{CHANGES_NAME}."),
        (home, f".{HEAD_NAME}."),  # a `list` killed while caching the head
        (backup_dir, ".journal-"),
    ]
    target = real_target(path)
    if target != path:
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
    drafts = [home]
    if sealed:  # drafts then go outside the folder (sealing.scratch_folder)
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


def fold_label(folded: Sequence[changes.Change], label: str = "") -> str:
    """What a fold's backup is from before: every change it folds, by label
    ("log #5", or "log #5 and 3 more changes")."""
    texts = list(dict.fromkeys(c.tx or c.seq for c in folded))
    first = next((c.label for c in folded if c.label), label)
    if len(texts) <= 1:
        return first or label
    more = len(texts) - 1
    return f"{first or 'change'} and {more} more change{'s' if more > 1 else ''}"


def broken_backup(path: Path) -> Callable[[str], StoreError]:
    def corrupt(what: str) -> StoreError:
        return StoreError(
            f"Can't restore the backup {path}: {what}. Your journal was not changed; "
            "pick another one from `reject backups list`."
        )

    return corrupt


def lock_timeout_from_env() -> float:
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


def compact_every_from_env() -> int:
    # For tests and for people who want journal.json folded more often.
    raw = os.environ.get("REJECT_COMPACT_EVERY", "")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else COMPACT_EVERY


def dangling(path: Path) -> StoreError:
    """A journal that links to a file that isn't there is never an empty
    journal: that would start a new one and hide the real one."""
    return StoreError(
        f"Your journal {path} is a link to {os.readlink(path)}, which isn't there "
        "(a synced folder not mounted yet?). Nothing was changed."
    )
