"""Files the commands read and write for a person: inputs, outputs, drafts.

One place for the rules: text is UTF-8; anything written is private (0600,
atomic); nothing is ever written over the journal's own files; an editor is
only started when someone can use it.
"""

from __future__ import annotations

import os
import shlex
import subprocess
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


def read_text_file(path: Path) -> str:
    """A UTF-8 text file (a byte-order mark is fine), or a one-line error."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UsageError(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise UsageError(f"{path} is a folder, not a file.") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 text.") from None
    except OSError as exc:
        raise RejectError(f"Can't read {path}: {exc.strerror or exc}.") from None


def write_private(path: Path, text: str, store: Store) -> None:
    """Write ``text`` to ``path`` atomically, mode 0600, never over the journal,
    its backups or anything in its folder (a symlinked journal included)."""
    from reject.store import atomic_write

    target = path.resolve()
    protected = [store.home.resolve(), store.backup_dir.resolve()]
    if target == store.path.resolve() or any(
        target == folder or folder in target.parents for folder in protected
    ):
        raise UsageError(
            f"{path} is inside your journal folder; write it somewhere else so "
            "the journal and its backups stay untouched."
        )
    atomic_write(path, text.encode("utf-8"))


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
def draft(home: Path, text: str) -> Iterator[Path]:
    """A private scratch file in the journal folder (never /tmp: the text is
    personal), removed afterwards. A draft left by a killed process is swept
    by the store once it is a day old."""
    from reject.store import atomic_write, new_private_file

    path = new_private_file(home, DRAFT_PREFIX, ".txt")
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
