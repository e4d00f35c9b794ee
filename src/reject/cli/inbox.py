"""Taking a rejection in as it arrived: the email (`log --email`) and the job
posting (`log --posting`, `edit --posting`).

The reading is the capture package's; this module only gets the bytes (a
file, or standard input for `-`), fills in what the flags left out, shows
what was read, and says what is to be kept. Keeping itself is the store's
(``reject.store.kept``). Imported only by the commands that take these
options, so `reject --help` never loads the capture package.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reject.cli.files import STDIN, file_or_stdin_bytes
from reject.errors import UsageError
from reject.record_fields import BY_NAME, FIELDS
from reject.text import LINE_MAX, TEXT_MAX

if TYPE_CHECKING:
    from reject.capture import EmailFacts
    from reject.journal import RecordInput
    from reject.model import Journal, Rejection

# The record's field for each kind of kept file (store.kept.KINDS).
KEPT_FIELD = {"email": "email_file", "posting": "posting_file"}
_CUT_NOTE = "\n\n[… the rest is in the kept email: `reject show ID --email`]"


@dataclass
class Intake:
    """What `--email` and `--posting` brought: the bytes to keep, by kind,
    and the email's facts (None without `--email`)."""

    keep: list[tuple[str, bytes]] = field(default_factory=list)
    facts: EmailFacts | None = None
    filled: list[str] = field(default_factory=list)  # fields the email filled
    key: str | None = None  # the email's Message-ID (see ``message_key``)

    def kept_fields(self, names: list[str]) -> dict[str, str]:
        """The record's pointers to the files kept under ``names``."""
        found = {KEPT_FIELD[kind]: name for (kind, _), name in zip(self.keep, names, strict=True)}
        if self.key:
            found["message_id"] = self.key
        return found


def message_key(facts: EmailFacts, raw: bytes) -> str:
    """What tells one email from another: its Message-ID, or for a message
    without one, a digest of its bytes (the same file gives the same key)."""
    if facts.message_id:
        return facts.message_id[:LINE_MAX]
    import hashlib

    return "sha256:" + hashlib.sha256(raw).hexdigest()[:40]


def one_stdin(inp: RecordInput, *values: Path | None) -> None:
    """Standard input can be read once: refuse two options that both say `-`."""
    dashes = [str(v) for v in values if v is not None and str(v) == STDIN]
    dashes += [STDIN for f in FIELDS if f.long and inp.values.get(f.name) == STDIN]
    if len(dashes) > 1:
        raise UsageError("Only one option can read standard input (`-`) at a time.")


def take_in(inp: RecordInput, email: Path | None, posting: Path | None) -> Intake:
    """Read the email and the posting (before any question or save), filling
    ``inp`` in place with what the email says and the flags did not."""
    intake = Intake()
    if email is not None:
        from reject.capture import MAX_BYTES, parse_message

        raw = file_or_stdin_bytes("--email", email, what="email", limit=MAX_BYTES)
        intake.facts = parse_message(raw)
        intake.key = message_key(intake.facts, raw)
        intake.filled = fill_from_email(inp, intake.facts)
        intake.keep.append(("email", raw))
    if posting is not None:
        intake.keep.append(("posting", read_posting(posting)))
    return intake


def read_posting(value: Path) -> bytes:
    """The job advert as UTF-8 text (a saved web page reduced to its words)."""
    from reject.capture import posting_text
    from reject.capture.posting import MAX_POSTING_BYTES

    raw = file_or_stdin_bytes("--posting", value, what="posting", limit=MAX_POSTING_BYTES)
    name = None if str(value) == STDIN else value.name
    return posting_text(raw, name).encode("utf-8")


def fill_from_email(inp: RecordInput, facts: EmailFacts) -> list[str]:
    """Put what the email says into ``inp`` wherever no flag gave it; the
    names of the fields it filled."""
    from reject.model import EARLIEST_DATE

    found: dict[str, str] = {}
    if facts.company:
        found["company"] = facts.company
    if facts.role:
        found["role"] = facts.role
    # A Date header from a clock running ahead (or a forged one) is no turndown
    # date: then the usual default, today, stands.
    if facts.date and EARLIEST_DATE <= facts.date <= date.today():
        found["date"] = facts.date.isoformat()
    if facts.kind in BY_NAME["kind"].codec.values():
        found["kind"] = facts.kind
    if facts.feedback:
        text = facts.feedback
        if len(text) > TEXT_MAX:  # the whole of it stays in the kept email
            text = text[: TEXT_MAX - len(_CUT_NOTE)].rstrip() + _CUT_NOTE
        found["feedback"] = text
        if facts.contact_name and "feedback" not in inp.values:
            found["feedback_from"] = facts.contact_name[:LINE_MAX]
    filled = [name for name in found if name not in inp.values]
    for name in filled:
        inp.values[name] = found[name]
    if (facts.contact_name or facts.contact_email) and "contact" not in inp.values:
        # As a ready value, not text to parse: a name with a comma in it
        # ("Müller, Anna") would not survive "Name <address>".
        inp.extra["contact"] = {"name": facts.contact_name, "email": facts.contact_email}
        filled.append("contact")
    return filled


def read_back(intake: Intake, inp: RecordInput) -> None:
    """Show, in a terminal, what the email gave and where each part came from."""
    from reject import render

    facts = intake.facts
    if facts is None:
        return
    rows: list[tuple[str, str, str]] = []
    labels = {"company": "company", "role": "role", "date": "date", "kind": "how it ended"}
    for name, label in labels.items():
        value = inp.text(name)
        if value is None:
            continue
        if name not in intake.filled:
            rows.append((label, value, "as you gave it"))
        else:
            rows.append((label, _shown(name, value), _source(facts, name)))
    contact = inp.extra.get("contact") if "contact" in intake.filled else None
    if contact:
        who, address = contact["name"] or "", contact["email"] or ""
        shown = f"{who} <{address}>" if who and address else who or address
        rows.append(("contact", shown, _source(facts, "contact")))
    if "feedback" in intake.filled:
        text = inp.text("feedback") or ""
        first = text.strip().splitlines()[0] if text.strip() else ""
        lines = text.count("\n") + 1
        cut = first[:50].rstrip() + ("…" if len(first) > 50 else "")
        more = f" ({lines} lines)" if lines > 1 else ""
        rows.append(("what they said", cut + more, ""))
    about = f" “{facts.subject}”" if facts.subject else ""
    render.info("Sorry it didn't work out. Let's get it down while it's fresh.")
    render.read_back(f"From the email{about}:", rows)
    for spec in FIELDS:
        if spec.needed and spec.name not in inp.values:
            render.info(f"  I couldn't find the {spec.name} in it, so I'll ask.")


def _shown(name: str, value: str) -> str:
    if name == "kind":
        return BY_NAME["kind"].codec.show(value)
    return value


# Where the capture package found a field, in words for the read-back.
_WHERE = {
    "from": "the sender",
    "reply-to": "the reply-to address",
    "sender name": "the sender's name",
    "sender domain": "the sender's address",
    "signature": "the signature",
    "subject": "the subject",
    "subject part": "the subject",
    "body": "the message",
}


def _source(facts: EmailFacts, name: str) -> str:
    source = facts.source(name) or ""
    # "subject (message)" -> "from the subject"; the inner part only when it matters.
    where, _, via = source.partition(" (")
    via = via.rstrip(")")
    if not where:
        return ""
    if where == "date header":
        return "the day it was sent"
    words = f"from {_WHERE.get(where, where)}"
    if via and via != "message":
        words += f", in the {via}"
    return words


def missing_flag_error(inp: RecordInput) -> UsageError | None:
    """The error for a company or role the email did not give, with no one to ask."""
    for spec in FIELDS:
        if spec.needed and spec.name not in inp.values:
            return UsageError(
                f"{spec.flags[0]} is needed: I couldn't read the {spec.name} from the email, "
                f"and input is not a terminal, so I can't ask. Add {spec.flags[0]} and run "
                "it again."
            )
    return None


def already_logged(journal: Journal, intake: Intake) -> Rejection | None:
    """The record that already holds this email (same Message-ID), if any."""
    mid = intake.key
    if not mid:
        return None
    return next((r for r in journal.rejections if r.message_id == mid), None)
