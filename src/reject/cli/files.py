"""Files the commands read and write for a person: inputs, outputs, drafts.

One place for the rules: text is UTF-8; an input is a regular file of a
bounded size, checked before it is read; anything written is private (0600,
atomic); `-o` never replaces what is not a regular file (a symlink is written
through, a pipe or terminal is written to, `-` is standard output); nothing is
ever written over the journal's own files; an editor is only started when
someone can use it.
"""

from __future__ import annotations

import os
import shlex
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reject.cli.context import interactive
from reject.errors import RejectError, UsageError
from reject.paths import DRAFT_PREFIX

if TYPE_CHECKING:
    from reject.store import Store


# Far above any real import (100,000 records export to about 60 MB), and low
# enough that /dev/zero or a wrong file never fills the memory.
INPUT_MAX_BYTES = 100 * 1024 * 1024


def read_text_file(path: Path) -> str:
    """A UTF-8 text file (a byte-order mark is fine), or a one-line error."""
    try:
        return read_file_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 text.") from None


def read_file_bytes(path: Path) -> bytes:
    """A regular file's bytes, up to INPUT_MAX_BYTES, or a one-line error.

    The checks run on the opened file (non-blocking, so a pipe cannot hang us)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise UsageError(f"There is no file {path}.") from None
    except OSError as exc:
        raise RejectError(f"Can't read {path}: {exc.strerror or exc}.") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise UsageError(f"{path} is a folder, not a file.")
        if not stat.S_ISREG(mode):
            raise UsageError(
                f"{path} is not a regular file (a device, pipe or socket); "
                "save what you want to bring in to a file and give that."
            )
        chunks = []
        left = INPUT_MAX_BYTES + 1
        while left > 0 and (chunk := os.read(fd, min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise RejectError(f"Can't read {path}: {exc.strerror or exc}.") from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > INPUT_MAX_BYTES:
        raise UsageError(
            f"{path} is over {INPUT_MAX_BYTES // (1024 * 1024)} MB, more than reject reads "
            "in one go; split it and bring the parts in one by one."
        )
    return data


# Given as an option's value, reads standard input: `reject feedback 3 --text - < email.txt`.
STDIN = "-"


def text_or_stdin(flag: str, value: str | None) -> str | None:
    """An option's text; ``-`` means standard input (a piped or pasted email)."""
    if value != STDIN:
        return value
    from reject.text import TEXT_MAX

    return read_stdin(flag, what="the text", limit=TEXT_MAX)


def read_stdin(flag: str, *, what: str, limit: int) -> str:
    """All of standard input as UTF-8 text, at most ``limit`` characters, or a
    one-line error naming ``flag``. At a terminal, reads until Ctrl-D."""
    if sys.stdin.isatty():
        sys.stderr.write(f"Paste or type {what}, then press Ctrl-D on a new line to finish.\n")
        sys.stderr.flush()
    # Read one step past the cap, so endless input (`yes | reject ...`) stops early.
    binary = getattr(sys.stdin, "buffer", None)
    try:
        if binary is not None:
            raw: bytes = binary.read(limit * 4 + 1)  # UTF-8 takes at most 4 bytes a character
            if len(raw) > limit * 4:
                raise UsageError(_too_long(flag, limit))
            text = raw.decode("utf-8-sig")
        else:
            text = str(sys.stdin.read(limit * 4 + 1))
    except UnicodeDecodeError:
        raise UsageError(f"{flag} -: standard input is not UTF-8 text.") from None
    except OSError as exc:
        raise RejectError(f"Can't read standard input: {exc.strerror or exc}.") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise UsageError(f"{flag} -: standard input was empty, so there was nothing to save.")
    if len(text) > limit:
        raise UsageError(_too_long(flag, limit))
    return text


def _too_long(flag: str, limit: int) -> str:
    return (
        f"{flag} -: standard input holds more than {limit:,} characters, the most one field keeps."
    )


def write_private(path: Path, text: str, store: Store) -> None:
    """Write ``text`` to ``path`` for a person: ``-`` is standard output; a
    pipe, terminal or other character device is written to as a stream; a
    regular file (or a symlink to one, which stays a symlink) is replaced
    atomically with a private 0600 file. A folder or a disk device is refused,
    and nothing is ever written over the journal, its backups or anything in
    its folder (a symlinked journal included)."""
    from reject.store import atomic_write

    if str(path) == "-":
        from reject import render

        render.document(text)  # as without -o: hand-edited controls made visible
        return
    try:
        mode: int | None = os.stat(path).st_mode  # follows symlinks to what is there
    except FileNotFoundError:
        mode = None  # a new file, or a symlink whose target is not there yet
    except OSError as exc:
        raise RejectError(f"Can't write to {path}: {exc.strerror or exc}.") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise UsageError(f"{path} is a folder; give the name of a file to write.")
    if mode is not None and stat.S_ISBLK(mode):
        raise UsageError(f"{path} is a disk device; reject won't write over it.")
    target = Path(os.path.realpath(path))
    protected = [store.home.resolve(), store.backup_dir.resolve()]
    if target == store.path.resolve() or any(
        target == folder or folder in target.parents for folder in protected
    ):
        raise UsageError(
            f"{path} is inside your journal folder; write it somewhere else so "
            "the journal and its backups stay untouched."
        )
    if mode is not None and not stat.S_ISREG(mode) and _stream(path, text):
        return
    atomic_write(target, text.encode("utf-8"))


def _stream(path: Path, text: str) -> bool:
    """Write to a pipe, terminal or device in place. False if what we opened
    turned out to be a regular file after all (swapped meanwhile)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise RejectError(f"Can't write to {path}: {exc.strerror or exc}.") from None
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        if os.isatty(fd):  # a terminal acts on escape codes: show them instead
            from reject.text import neutralise

            text = "\r\n".join(neutralise(line) for line in text.split("\r\n"))
        view = memoryview(text.encode("utf-8"))
        while view:
            view = view[os.write(fd, view) :]
    except OSError as exc:
        raise RejectError(f"Can't write to {path}: {exc.strerror or exc}.") from None
    finally:
        os.close(fd)
    return True


def date_option(flag: str, value: str | None) -> date | None:
    """A --since/--until style date, or a usage error naming the flag."""
    if value is None:
        return None
    from reject.dates import parse_date

    try:
        return parse_date(value)
    except ValueError as exc:
        raise UsageError(f"{flag}: {exc}") from None


def editor_command() -> list[str]:
    """$VISUAL or $EDITOR; vi only when a person is there to use it."""
    raw = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not raw:
        if not interactive():
            raise UsageError(
                "Opening an editor needs a terminal, or $EDITOR set; use the flags instead."
            )
        raw = "vi"
    return shlex.split(raw)


@contextmanager
def draft(store: Store, text: str) -> Iterator[Path]:
    """A private scratch file for the editor (never /tmp: the text is
    personal), removed afterwards: in the journal folder, or, when the journal
    is encrypted, outside it in a private memory-backed folder (an editor
    needs plain text; see store.sealing.scratch_folder). A draft left by a
    killed process is swept by the store once it is a day old."""
    from reject.store import atomic_write, new_private_file, private_folder
    from reject.store.sealing import scratch_folder

    folder = store.home
    if store.sealer.on:
        folder = scratch_folder()
        private_folder(folder)
    path = new_private_file(folder, DRAFT_PREFIX, ".txt")
    try:
        atomic_write(path, text.encode("utf-8"))
        yield path
    finally:
        path.unlink(missing_ok=True)


def read_draft(path: Path) -> str:
    """What the editor saved; text that is not UTF-8 is refused, not garbled."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UsageError(
            "The editor saved the text in an encoding other than UTF-8, so nothing was "
            "saved; set your editor to UTF-8 and try again."
        ) from None


def run_editor(path: Path, *, instead: str) -> None:
    """Open ``path`` in the person's editor; ``instead`` says what to do without one."""
    command = editor_command()
    try:
        result = subprocess.run([*command, str(path)], check=False)
    except FileNotFoundError:
        raise UsageError(
            f"Can't start the editor {command[0]!r}. Set $EDITOR, or {instead}."
        ) from None
    if result.returncode != 0:
        raise RejectError("The editor exited with an error, so nothing was saved.")
