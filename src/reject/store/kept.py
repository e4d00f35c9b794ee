"""Files kept beside the journal: the email a rejection arrived in, the job posting.

Every byte of a kept file is read and written here and nowhere else, so that
one module decides how they sit on disk (today: plain files, 0600, in the
0700 folder ``kept/`` of the journal folder; later, perhaps, encrypted).

A kept file is written once and never changed. Its name is random (it says
what kind it is, never what is in it), and a record points to it by that
name. A name read from a record is checked against the pattern before any
path is built from it, so a hand-edited or imported journal cannot make
reject read or delete a file outside ``kept/``.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reject.errors import StoreError
from reject.store.disk import atomic_write, fsync_folder, private_folder, why

KEPT_DIR = "kept"
# What may be kept, and the ending its file gets.
KINDS = {"email": ".eml", "posting": ".txt"}
_NAME = re.compile(r"^(email|posting)-[0-9a-f]{32}\.(eml|txt)$")


def kept_folder(home: Path) -> Path:
    return home / KEPT_DIR


def is_kept_name(name: str) -> bool:
    """Whether ``name`` is one this module could have given (checked before any path)."""
    if not _NAME.match(name):
        return False
    kind = name.split("-", 1)[0]
    return name.endswith(KINDS[kind])


def _path(home: Path, name: str) -> Path | None:
    return kept_folder(home) / name if is_kept_name(name) else None


def keep(home: Path, kind: str, data: bytes, *, sync: bool = True) -> str:
    """Save ``data`` privately and return the name a record keeps.

    ``sync=False`` leaves the flush to disk to ``settle`` (one for many files:
    a mailbox of a thousand messages would otherwise wait on a thousand)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of kept file: {kind!r}")  # a bug, not input
    folder = kept_folder(home)
    private_folder(home)
    private_folder(folder)
    name = f"{kind}-{uuid.uuid4().hex}{KINDS[kind]}"
    from reject.store.sealing import for_home

    data = for_home(home).seal(data)  # an age file when the journal is encrypted
    if sync:
        atomic_write(folder / name, data)
    else:
        _write_new(folder / name, data)
    return name


def _write_new(path: Path, data: bytes) -> None:
    """A new file (the name is fresh, so no rename is needed), 0600 from the start."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as exc:
        raise StoreError(
            f"Can't write in {path.parent}: {why(exc)}. Nothing was changed."
        ) from None
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except OSError as exc:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise StoreError(f"Can't save {path}: {why(exc)}. Nothing was changed.") from None
    os.close(fd)


def settle(home: Path) -> None:
    """Make files kept with ``sync=False`` durable, before a record points to them."""
    os.sync()
    fsync_folder(kept_folder(home))


def read_kept(home: Path, name: str) -> bytes | None:
    """The kept bytes, or None when there is no such file (any more)."""
    path = _path(home, name)
    if path is None:
        return None
    try:
        data = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None
    except OSError as exc:
        raise StoreError(f"Can't read the kept file {path}: {why(exc)}.") from None
    from reject.store.sealing import for_home

    return for_home(home).unseal(data, where=path)


def is_kept(home: Path, name: str | None) -> bool:
    path = _path(home, name) if name else None
    return path is not None and path.is_file()


def remove_kept(home: Path, name: str) -> None:
    """Delete a kept file; one already gone, or a name that isn't ours, is no error."""
    path = _path(home, name)
    if path is None:
        return
    try:
        path.unlink()
    except (FileNotFoundError, IsADirectoryError):
        return
    except OSError as exc:
        raise StoreError(f"Can't delete the kept file {path}: {why(exc)}.") from None


def list_kept(home: Path) -> list[str]:
    """The names of every kept file, sorted."""
    try:
        names = os.listdir(kept_folder(home))
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise StoreError(f"Can't read {kept_folder(home)}: {why(exc)}.") from None
    return sorted(n for n in names if is_kept_name(n))


class Keeping:
    """Files kept for one change to the journal, removed again if it fails."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.names: list[str] = []

    def keep(self, kind: str, data: bytes, *, sync: bool = True) -> str:
        name = keep(self.home, kind, data, sync=sync)
        self.names.append(name)
        return name

    def settle(self) -> None:
        if self.names:
            settle(self.home)

    def undo(self) -> None:
        for name in self.names:
            with contextlib.suppress(StoreError):
                remove_kept(self.home, name)
        self.names.clear()


@contextmanager
def keeping(home: Path, items: list[tuple[str, bytes]] | None = None) -> Iterator[Keeping]:
    """Keep each (kind, bytes) now (more with ``.keep`` inside the block); if
    the block fails (the journal save included, so put the transaction
    inside), every file kept for it is removed again: a refused or failed
    change keeps nothing."""
    batch = Keeping(home)
    try:
        for kind, data in items or []:
            batch.keep(kind, data)
        yield batch
    except BaseException:
        batch.undo()
        raise
