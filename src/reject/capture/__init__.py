"""Taking a rejection in as it arrives: an email, a mailbox, a job posting.

Pure domain code on the standard library. The CLI imports it inside the
command that needs it, never at start-up.
"""

from __future__ import annotations

from reject.capture.mailboxes import MailboxEntry, iter_mailbox, parse_mailbox
from reject.capture.message import (
    MAX_BYTES,
    EmailFacts,
    check_raw,
    parse_message,
    readable_message,
)
from reject.capture.posting import posting_text

__all__ = [
    "MAX_BYTES",
    "EmailFacts",
    "MailboxEntry",
    "check_raw",
    "iter_mailbox",
    "parse_mailbox",
    "parse_message",
    "posting_text",
    "readable_message",
]
