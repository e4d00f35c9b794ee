"""Earlier versions of the journal, kept in ``backups/`` beside it.

One is written before every save, and one before a migration (never
pruned). Names sort newest first; see docs/data-format.md.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from reject.store.disk import atomic_write, private_folder

BACKUP_DIR = "backups"
BACKUPS_KEPT = 20  # read at prune time, so a test can lower it
PRE_MIGRATION = "pre-migration"


@dataclass(frozen=True)
class Backup:
    name: str
    path: Path
    size: int
    saved: datetime


def _clock() -> datetime:
    return datetime.now(timezone.utc)


class Backups:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def list(self) -> list[Backup]:
        """Saved versions, newest first."""
        try:
            entries = list(self.folder.iterdir())
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

    def write(self, raw: bytes, *, label: str = "", rotate: bool = True) -> None:
        private_folder(self.folder)
        stamp = _clock().strftime("%Y%m%dT%H%M%S%fZ")
        name = f"journal-{stamp}{'-' + label if label else ''}.json"
        atomic_write(self.folder / name, raw)
        if rotate:
            self.prune()

    def prune(self) -> None:
        rotating = [b for b in self.list() if PRE_MIGRATION not in b.name]
        for old in rotating[BACKUPS_KEPT:]:
            with contextlib.suppress(OSError):  # pruning again on the next save is fine
                old.path.unlink(missing_ok=True)


def head(path: Path, size: int = 4096) -> bytes:
    """The start of a file, where reject writes next_id; b"" if unreadable."""
    try:
        with path.open("rb") as file:
            return file.read(size)
    except OSError:
        return b""
