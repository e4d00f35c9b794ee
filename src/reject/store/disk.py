"""File primitives every part of reject uses to write: atomically, privately.

A save writes a new temp file in the same folder (created exclusively, mode
0600), fsyncs it, renames it over the old file and fsyncs the folder, so a
crash leaves the old file or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from reject.errors import StoreError


def new_private_file(folder: Path, prefix: str, suffix: str) -> Path:
    """A new, empty file with a unique name in ``folder``, mode 0600."""
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=suffix)
    except OSError as exc:
        raise StoreError(f"Can't write in {folder}: {why(exc)}. Nothing was changed.") from None
    os.close(fd)
    return Path(name)


def private_folder(folder: Path) -> None:
    """Create ``folder`` (and parents) if missing, 0700 from the start.

    A folder that is already there but open to others (made by hand, or by a
    sync tool, 0755) is tightened to its owner's bits: everything in it is
    private. If that is not allowed (not our folder), the files stay 0600.
    """
    if folder.is_dir():
        with contextlib.suppress(OSError):
            mode = stat.S_IMODE(folder.stat().st_mode)
            if mode & 0o077:
                os.chmod(folder, mode & 0o700)
        return
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
    except OSError as exc:
        raise StoreError(f"Can't create the folder {folder}: {why(exc)}.") from None


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves old or new, never a mix."""
    folder = path.parent
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise StoreError(f"Can't write in {folder}: {why(exc)}. Nothing was changed.") from None
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
        raise StoreError(f"Can't save {path}: {why(exc)}. Nothing was changed.") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_folder(folder)


def fsync_folder(folder: Path) -> None:
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


def why(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__
