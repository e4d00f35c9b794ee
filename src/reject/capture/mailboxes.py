"""A whole mailbox: an mbox file (Google Takeout, Thunderbird) or a folder of
.eml files, read one message at a time and numbered from 1 in file order.

Import is all or nothing, so ``parse_mailbox`` reads every message before
anything is added and names a bad one by its number and subject.
"""

from __future__ import annotations

import mailbox
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email import message_from_bytes, policy
from pathlib import Path

from reject.capture.message import MAX_BYTES, EmailFacts, parse_message
from reject.errors import UsageError


@dataclass(frozen=True)
class MailboxEntry:
    number: int
    raw: bytes

    def label(self, *, first: bool = False) -> str:
        """'message 4 ("Your application")', for naming a bad message;
        ``first`` capitalises it to open a sentence (the subject as it is)."""
        subject = _subject(self.raw)
        word = "Message" if first else "message"
        return f"{word} {self.number} (“{subject}”)" if subject else f"{word} {self.number}"


def _subject(raw: bytes) -> str:
    try:
        msg = message_from_bytes(raw[:65536], policy=policy.default)
        subject = str(msg.get("subject") or "")
    except (ValueError, IndexError, TypeError, LookupError, AttributeError):
        return ""
    subject = " ".join(subject.split())
    subject = re.sub(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", "", subject)
    return subject[:60] + ("…" if len(subject) > 60 else "")


def iter_mailbox(path: Path) -> Iterator[MailboxEntry]:
    """Every message in an mbox file or a folder of .eml files, as raw bytes."""
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".eml" and p.is_file())
        if not files:
            raise UsageError(f"There are no .eml files in {path}.")
        for number, file in enumerate(files, start=1):
            if file.stat().st_size > MAX_BYTES:
                raise UsageError(
                    f"Message {number} ({file.name}) in {path} is over the "
                    f"{MAX_BYTES // 1024 // 1024} MB limit."
                )
            yield MailboxEntry(number, file.read_bytes())
        return
    if not path.is_file():
        raise UsageError(f"There is no mailbox at {path}.")
    with path.open("rb") as handle:
        start = handle.read(5)
    if not start:
        raise UsageError(f"The mailbox {path} is empty.")
    if start != b"From ":
        raise UsageError(f"{path} isn't an mbox mailbox: it should start with a “From ” line.")
    box = mailbox.mbox(path, create=False)
    try:
        for number, key in enumerate(box.iterkeys(), start=1):
            yield MailboxEntry(number, box.get_bytes(key))
    finally:
        box.close()


def parse_mailbox(path: Path) -> list[tuple[MailboxEntry, EmailFacts]]:
    """Every message parsed, or a ``UsageError`` naming the first bad one."""
    parsed: list[tuple[MailboxEntry, EmailFacts]] = []
    for entry in iter_mailbox(path):
        try:
            parsed.append((entry, parse_message(entry.raw)))
        except UsageError as err:
            raise UsageError(f"{entry.label(first=True)} in {path}: {err.message}") from err
    return parsed
