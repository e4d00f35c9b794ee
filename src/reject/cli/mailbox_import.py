"""`reject import FILE.mbox` and `reject import FOLDER` of .eml files: one
record per message, all or nothing.

Every message is read and checked before anything is kept or written; a
message that can't be read stops the import, named by its number and
subject. A message already in the journal (same Message-ID, or the same
bytes when it has none) is skipped, so a mailbox imported twice adds
nothing the second time. Each message added is kept beside the journal,
like `log --email`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reject.errors import UsageError

if TYPE_CHECKING:
    from reject.capture import MailboxEntry
    from reject.journal import RecordInput
    from reject.model import Journal, Rejection

# Given when a message names no company or role, so that the rest of the
# mailbox still comes in; the tag finds them again to fill in.
UNKNOWN = {"company": "(company not in the email)", "role": "(role not in the email)"}
CHECK_TAG = "needs-details"


def is_mailbox(path: Path) -> bool:
    """A folder (of .eml files) or an mbox file (by name, or its first line)."""
    try:
        if path.is_dir():
            return True
        regular = path.is_file()
    except OSError:  # a name too long, say: the CSV/JSON reader says so in one line
        return False
    if not regular:
        # A pipe, a device or nothing at all: opening a FIFO to peek at it
        # would wait for ever. The CSV/JSON reader gives the right error.
        return False
    if path.suffix.lower() == ".mbox":
        return True
    try:
        with path.open("rb") as handle:
            return handle.read(5) == b"From "
    except OSError:
        return False


@dataclass
class Message:
    """One message of the mailbox, read and checked, ready to add."""

    entry: MailboxEntry
    key: str
    inp: RecordInput
    preview: Rejection  # validated as it would be added (id and uuid are not final)
    incomplete: bool


def _apple_mbox(path: Path) -> Path:
    """Apple Mail exports a mailbox as a folder "Name.mbox" holding one mbox
    file called ``mbox``: read that file, not the folder."""
    inner = path / "mbox"
    if path.is_dir() and inner.is_file() and not any(path.glob("*.eml")):
        return inner
    return path


def read_mailbox(path: Path) -> list[Message]:
    """Every message as a checked record, or a ``UsageError`` naming the
    first one that can't be read or would be refused."""
    path = _apple_mbox(path)
    from reject.capture import parse_mailbox
    from reject.cli.inbox import fill_from_email, message_key
    from reject.journal import FieldError, RecordInput, build_rejection
    from reject.model import Journal

    empty = Journal()
    messages = []
    for entry, facts in parse_mailbox(path):
        inp = RecordInput()
        fill_from_email(inp, facts)
        incomplete = False
        for name, placeholder in UNKNOWN.items():
            if name not in inp.values:
                inp.values[name] = placeholder
                incomplete = True
        if incomplete:
            inp.values["tags"] = [CHECK_TAG]
        try:
            preview = build_rejection(empty, inp)
        except FieldError as exc:
            raise UsageError(
                f"{entry.label(first=True)} in {path}: {exc.field}: {exc.problem}. "
                "Nothing was imported."
            ) from None
        messages.append(Message(entry, message_key(facts, entry.raw), inp, preview, incomplete))
    if not messages:
        raise UsageError(f"There are no messages in {path}.")
    return messages


def new_messages(journal: Journal, messages: list[Message]) -> list[Message]:
    """The messages not in the journal yet; a message twice in one mailbox counts once."""
    seen = {r.message_id for r in journal.rejections if r.message_id}
    fresh = []
    for message in messages:
        if message.key in seen:
            continue
        seen.add(message.key)
        fresh.append(message)
    return fresh


def import_mailbox(path: Path, *, dry_run: bool) -> None:
    from reject import render
    from reject.cli.context import store
    from reject.journal import add_rejection
    from reject.store.kept import keeping
    from reject.text import plural

    st = store()
    messages = read_mailbox(path)
    fresh = new_messages(st.read(), messages)
    there = len(messages) - len(fresh)
    counted = plural(len(messages), "message")
    incomplete = sum(m.incomplete for m in fresh)
    if dry_run:
        if fresh:
            render.table(
                ["message", "date", "company", "role"],
                [
                    [m.entry.number, m.preview.date.isoformat(), m.preview.company, m.preview.role]
                    for m in fresh
                ],
            )
        render.info(
            f"{counted} read: {len(fresh)} would be added, {there} already in your journal. "
            "Nothing was written (dry run)."
        )
        if incomplete:
            render.info(_incomplete_note(incomplete, would=True))
        return
    if not fresh:  # no save, so no backup pushing a real restore point out
        render.info(f"Nothing new: {counted}, all already in your journal.")
        return
    with keeping(st.home) as kept, st.transaction() as journal:
        fresh = new_messages(journal, messages)  # again, inside the lock
        for message in fresh:
            record = message.preview  # already checked; add_rejection gives the id
            record.email_file = kept.keep("email", message.entry.raw, sync=False)
            record.message_id = message.key
            add_rejection(journal, record)
        kept.settle()  # every email on disk before the journal points to them
    skipped = len(messages) - len(fresh)
    also = f"; {skipped} already there, skipped" if skipped else ""
    render.success(f"Imported {plural(len(fresh), 'rejection')} from {counted}{also}.")
    incomplete = sum(m.incomplete for m in fresh)
    if incomplete:
        render.info(_incomplete_note(incomplete, would=False))


def _incomplete_note(count: int, *, would: bool) -> str:
    some = "1 message" if count == 1 else f"{count} messages"
    verb = "would be" if would else "are"
    return (
        f"{some} didn't say the company or the role; {verb} tagged {CHECK_TAG}, so "
        f"`reject list --tag {CHECK_TAG}` finds them and `reject edit ID` fills them in."
    )
