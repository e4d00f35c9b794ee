"""Encryption at rest: bytes in, age bytes out, and back.

Every file reject keeps in the journal folder passes through one ``Sealer``
on its way to and from the disk (``disk.write_sealed`` / ``read_sealed`` /
``append_sealed`` / ``read_sealed_lines``), so a new kind of file is
encrypted by writing it through those, never by code of its own.

The format is age (age-encryption.org/v1), X25519, through pyrage, so the
standard ``age`` and ``rage`` tools read every file with the key:

* A whole file (the journal, a backup, a recovery file, a cache, a kept
  email) is one age message, binary, exactly as ``age -r RECIPIENT`` writes.
* An appendable log holds one record per line. When sealed, each line is
  the standard base64 (RFC 4648, with padding, no line breaks) of one age
  message whose plaintext is that record, followed by ``\\n``; so a line is
  sealed on its own, appending never rewrites what is there, and a torn
  last line (a crash mid-append) spoils only itself. By hand:
  ``head -1 journal.changes.jsonl | base64 -d | age -d -i KEY``. A plain record never
  starts with ``YWdl`` (base64 of "age"), so plain and sealed lines can be
  told apart line by line. The price: every line is its own X25519 exchange,
  about 1 ms to seal and 1.5 ms to open one on the loaded development
  machine (a 250-byte record becomes a 750-byte line), so a log that is read
  often should be folded into the journal while it is short.

Reading never trusts the folder's setting: a file is unsealed when it starts
with the age header and taken as it is otherwise, so a folder left half
converted by a crash (or a plain backup from before encryption) still reads
with the key. Writing follows the setting: on, everything is sealed.

Whether the folder is encrypted is the marker file ``encryption.txt`` beside
the journal. It holds only the public recipient (no secret): writing needs
nothing more, and a wrong key is told apart from a damaged file by
comparing the key's public half with it before anything is decrypted.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reject.errors import StoreError

if TYPE_CHECKING:
    from pyrage.x25519 import Identity

    from reject.store.keys import Key

MAGIC = b"age-encryption.org/v1\n"
LINE_MAGIC = base64.b64encode(MAGIC)[:20]  # the first 15 bytes, whole base64 groups
MARKER_NAME = "encryption.txt"
_RECIPIENT = "recipient: "


def is_sealed(data: bytes) -> bool:
    """Whether ``data`` is an age message (checked by its header line)."""
    return data.startswith(MAGIC)


def is_sealed_line(line: bytes) -> bool:
    return line.startswith(LINE_MAGIC)


class KeyProblem(StoreError):
    """No key, or not this journal's key: the command stops before writing."""


@dataclass
class Sealer:
    """Seals (when ``recipient`` is set) and unseals the files of one folder.

    The key is looked up the first time something sealed must be read, or
    when the folder is encrypted and something is written (so a command
    without the key stops before it writes anything, as it would on reading).
    """

    home: Path
    recipient: str | None  # None: the folder is not encrypted; write plain
    _key: Key | None = field(default=None, repr=False)

    @property
    def on(self) -> bool:
        return self.recipient is not None

    # -- whole files -------------------------------------------------------

    def seal(self, data: bytes) -> bytes:
        if self.recipient is None:
            return data
        self.key()  # the same key check as a read: never write for a stranger
        import pyrage
        from pyrage import x25519

        return bytes(pyrage.encrypt(data, [x25519.Recipient.from_str(self.recipient)]))

    def unseal(self, data: bytes, *, where: Path) -> bytes:
        """Plain bytes for ``data``: unsealed if it is age, as it is if not."""
        if not is_sealed(data):
            return data
        import pyrage

        key = self.key()
        try:
            return bytes(pyrage.decrypt(data, [key.identity]))
        except pyrage.DecryptError as exc:
            if "No matching keys" in str(exc):
                raise KeyProblem(
                    f"The key in {key.place} doesn't open {where}: it was encrypted with a "
                    "different key. Nothing was changed."
                ) from None
            raise StoreError(
                f"Can't read {where}: it is encrypted but damaged or cut short. "
                "Nothing was changed."
            ) from None

    # -- appendable logs: one sealed record per line -------------------------

    def seal_line(self, record: bytes) -> bytes:
        """One log line for ``record`` (which holds no newline), ending in ``\\n``."""
        if b"\n" in record or b"\r" in record:
            raise ValueError("a log record must be a single line")
        if self.recipient is None:
            return record + b"\n"
        return base64.b64encode(self.seal(record)) + b"\n"

    def unseal_line(self, line: bytes, *, where: Path) -> bytes:
        """The record in one log line (its ``\\n`` optional)."""
        line = line.rstrip(b"\r\n")
        if not is_sealed_line(line):
            return line
        try:
            message = base64.b64decode(line, validate=True)
        except (binascii.Error, ValueError):
            raise StoreError(f"Can't read a line of {where}: it is cut short.") from None
        return self.unseal(message, where=where)

    # -- the key -----------------------------------------------------------

    def key(self) -> Key:
        """This folder's key, loaded once; a one-line error if missing or wrong."""
        if self._key is None:
            from reject.store.keys import find_key

            key = find_key(self.home)
            if self.recipient is not None and key.recipient != self.recipient:
                raise KeyProblem(
                    f"The key in {key.place} is not the key this journal was encrypted with "
                    f"(the journal's is {self.recipient}). Nothing was changed."
                )
            self._key = key
        return self._key

    @property
    def identity(self) -> Identity:
        return self.key().identity


def marker_path(home: Path) -> Path:
    return home / MARKER_NAME


def read_recipient(home: Path) -> str | None:
    """The folder's recipient from its marker file, or None when not encrypted."""
    try:
        text = marker_path(home).read_bytes().decode("utf-8", "replace")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(
            f"Can't read {marker_path(home)}: {exc.strerror or exc}. Nothing was changed."
        ) from None
    for line in text.splitlines():
        if line.startswith(_RECIPIENT) and line[len(_RECIPIENT) :].strip().startswith("age1"):
            return line[len(_RECIPIENT) :].strip()
    # Never fall back to writing plain beside encrypted files because the
    # marker was mangled: stop and say so.
    raise StoreError(
        f"{marker_path(home)} says this journal is encrypted but names no key "
        "(a line 'recipient: age1...'). Nothing was changed."
    )


def for_home(home: Path) -> Sealer:
    return Sealer(home, read_recipient(home))


def marker_text(recipient: str) -> bytes:
    return (
        "# This journal folder is encrypted in the age format (age-encryption.org/v1).\n"
        "# Every file reject keeps here opens with the key whose public half is below;\n"
        "# `reject decrypt` turns encryption off. See docs/encryption.md.\n"
        f"{_RECIPIENT}{recipient}\n"
    ).encode()


def unseal_quietly(sealer: Sealer, data: bytes, where: Path) -> bytes | None:
    """``unseal`` for best-effort readers (a backup's counter): None on failure."""
    with contextlib.suppress(StoreError):
        return sealer.unseal(data, where=where)
    return None


def scratch_folder() -> Path:
    """Where an editor's draft goes while the journal is encrypted.

    An editor can only open plain text, and it writes swap and backup files
    beside what it opens; neither may land in the (possibly synced) journal
    folder. So the draft goes to the per-user runtime folder, which lives in
    memory and goes at logout ($XDG_RUNTIME_DIR, 0700), or where there is
    none, a private folder in the user's cache. It is removed when the editor
    closes.
    """
    import os
    import sys

    import platformdirs

    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir():
        return Path(runtime) / "reject"
    if sys.platform in ("darwin", "win32"):  # per-user temporary folders
        return platformdirs.user_runtime_path("reject", appauthor=False)
    # Not platformdirs' runtime path here: without XDG_RUNTIME_DIR it falls
    # back to /tmp, which is what the draft must avoid.
    run_user = Path(f"/run/user/{os.getuid()}")
    if run_user.is_dir():
        return run_user / "reject"
    return platformdirs.user_cache_path("reject", appauthor=False) / "drafts"
