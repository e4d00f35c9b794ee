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
from typing import TYPE_CHECKING

from reject.errors import StoreError

if TYPE_CHECKING:
    from reject.store.sealing import Sealer


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


def read_private(path: Path) -> bytes:
    """The bytes of a private file reject wrote with ``atomic_write``.

    The read-side twin of ``atomic_write``: a later encryption layer wraps
    the pair, so every private file (the journal, the head cache) is read
    and written through them. OSError (a missing file too) is the caller's.
    """
    with open(path, "rb") as f:
        return f.read()


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


# -- the change log and small files beside the journal -------------------------
# Every byte the store reads or writes goes through this module (the sealed
# layer below wraps these for encryption at rest).


def read_file(path: Path) -> bytes | None:
    """The bytes of ``path``; None when there is no such file.

    Only a regular file is read: a FIFO or a device put (or linked) in the
    journal's place gives one line instead of a hang or an endless read
    (/dev/zero). Checked with stat first, so the read itself stays one open."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"Can't read {path}: {why(exc)}.") from None
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise StoreError(
            f"Can't read {path}: it is not a regular file (a pipe or a device). "
            "Nothing was changed; move it aside and restore a backup."
        )
    try:
        with open(path, "rb") as file:
            return file.read()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise
    except OSError as exc:
        raise StoreError(f"Can't read {path}: {why(exc)}.") from None


def append_line(path: Path, line: bytes) -> None:
    """Add one line at the end of ``path`` (created 0600), durably.

    O_APPEND puts the bytes at the end even if the file grew meanwhile, and a
    single write of the whole line means a crash leaves at most a torn last
    line, which readers ignore (``changes.parse``). Only a lock holder calls
    this, so two lines never interleave.
    """
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
    created = not path.exists()
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as exc:
        raise StoreError(f"Can't save {path}: {why(exc)}. Nothing was changed.") from None
    try:
        start = os.fstat(fd).st_size
        try:
            view = memoryview(line)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        except BaseException:
            # A change that was not saved must not appear later: cut off what
            # part of it got written (a full disk, a failed fsync).
            with contextlib.suppress(OSError):
                os.ftruncate(fd, start)
            raise
    except OSError as exc:
        raise StoreError(f"Can't save {path}: {why(exc)}. Nothing was changed.") from None
    finally:
        os.close(fd)
    if created:
        fsync_folder(path.parent)  # the new name must survive a power cut too


def identity(path: Path) -> tuple[int, ...] | None:
    """What tells one version of a file from another without reading it:
    device, inode, size and both times (a sync tool may set mtime back, but
    it cannot set ctime). None when there is no file."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"Can't read {path}: {why(exc)}.") from None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def remove(path: Path) -> None:
    """Remove ``path`` if it is there; a failure is an error (it holds changes)."""
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise StoreError(f"Can't remove {path}: {why(exc)}.") from None
    fsync_folder(path.parent)


# -- the sealed layer: every private file in the journal folder goes through
# these, so encryption at rest (store/sealing.py) covers it without code of
# its own. With encryption off they are plain reads and writes.


def write_sealed(path: Path, data: bytes, sealer: Sealer) -> None:
    """``atomic_write`` of ``data``, sealed first when the folder is encrypted
    (so not even the temp file holds plain text)."""
    atomic_write(path, sealer.seal(data))


def read_sealed(path: Path, sealer: Sealer) -> bytes:
    """The plain bytes of a file written by ``write_sealed`` (or by hand)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise  # the caller knows what a missing file means
    except OSError as exc:
        raise StoreError(f"Can't read {path}: {why(exc)}.") from None
    return sealer.unseal(data, where=path)


def append_sealed(path: Path, record: bytes, sealer: Sealer) -> None:
    """Append one record (no newline in it) as one line, sealed on its own
    when encrypted (see sealing.py for the line format), with ``append_line``:
    one write at the end, fsync, cut back on failure."""
    append_line(path, sealer.seal_line(record))


def read_sealed_lines(path: Path, sealer: Sealer) -> list[bytes]:
    """Every record of an appended log, unsealed. A last line without its
    newline is a torn append (a crash mid-write) and is left out."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StoreError(f"Can't read {path}: {why(exc)}.") from None
    lines = data.split(b"\n")
    lines.pop()  # after the last newline: empty, or a torn line
    return [sealer.unseal_line(line, where=path) for line in lines if line]
