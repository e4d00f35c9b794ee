"""The only code that touches journal.json.

The rules (see docs/data-format.md and RELIABILITY in the project notes):

* Every save writes a new temp file in the same folder (created exclusively,
  mode 0600), fsyncs it, renames it over the journal and fsyncs the folder.
  The journal itself is never opened for writing.  (``disk``)
* Every read-modify-write holds an OS lock on ``journal.json.lock``; the read
  is inside the lock. Read-only commands need no lock, because a rename is
  atomic: a reader sees the old file or the new one, never a mix.  (``journal_file``)
* The previous version is kept in ``backups/`` before each save; a copy is
  also kept before a migration.  (``backups``)
* A file that is empty, truncated, not JSON or invalid stops the command.
  Nothing is ever written over it. A file from a newer schema is read but
  never written.  (``codec``)
* With encryption on, every file with journal text is an age file: it is
  written and read through ``disk.write_sealed`` / ``read_sealed`` /
  ``append_sealed`` / ``read_sealed_lines`` (or the Store methods
  ``write_private`` / ``read_private`` / ``append_line`` / ``read_lines``),
  and listed in ``convert.AT_REST`` so encrypt/decrypt rewrite it.
  (``sealing``, ``keys``, ``convert``)
* ``list`` and ``show`` of recent records read a small private cache of the
  newest rows when it still matches the journal.  (``head``)

The names below are loaded on first use (PEP 562), so ``reject.store.head``
and ``reject.store.disk`` can be imported without pydantic and the model:
that is what lets `reject list` answer from the head cache in a few ms.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reject.store.backups import BACKUP_DIR, BACKUPS_KEPT, Backup
    from reject.store.codec import MIGRATIONS, Codec, Loaded, Migration
    from reject.store.disk import (
        append_sealed,
        atomic_write,
        new_private_file,
        private_folder,
        read_sealed,
        read_sealed_lines,
        write_sealed,
    )
    from reject.store.journal_file import Store
    from reject.store.log_file import ChangeLog
    from reject.store.restoring import LastChange
    from reject.store.sealing import Sealer

_WHERE = {
    "BACKUPS_KEPT": "backups",
    "BACKUP_DIR": "backups",
    "Backup": "backups",
    "MIGRATIONS": "codec",
    "Codec": "codec",
    "Loaded": "codec",
    "Migration": "codec",
    "atomic_write": "disk",
    "new_private_file": "disk",
    "private_folder": "disk",
    "append_sealed": "disk",
    "read_sealed": "disk",
    "read_sealed_lines": "disk",
    "write_sealed": "disk",
    "Store": "journal_file",
    "ChangeLog": "log_file",
    "LastChange": "restoring",
    "Sealer": "sealing",
}

__all__ = [
    "BACKUPS_KEPT",
    "BACKUP_DIR",
    "MIGRATIONS",
    "Backup",
    "ChangeLog",
    "Codec",
    "LastChange",
    "Loaded",
    "Migration",
    "Sealer",
    "Store",
    "append_sealed",
    "atomic_write",
    "new_private_file",
    "private_folder",
    "read_sealed",
    "read_sealed_lines",
    "write_sealed",
]


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'reject.store' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"reject.store.{where}"), name)
    globals()[name] = value  # once found, a plain attribute
    return value
