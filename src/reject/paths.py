"""Where the journal lives, and what else sits beside it.

Kept free of pydantic and filelock so that every command, even `--help`,
can find the journal folder and check for sync conflicts cheaply.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

STORE_NAME = "journal.json"
# The append-only change log beside it (reject.store.changes).
CHANGES_NAME = "journal.changes.jsonl"
# The head cache: the newest rows for `list` and `show` (reject.store.head).
HEAD_NAME = ".journal-head.json"
# Editor drafts in the journal folder (see reject.cli.files).
DRAFT_PREFIX = ".draft-"

# Conflict copies that sync tools leave beside a file they could not merge:
# the journal's, and the change log's (journal.changes.sync-conflict-….jsonl,
# "journal.changes (… conflicted copy …).jsonl").
_CONFLICT_PATTERNS = (
    re.compile(r"^journal(\.changes)?\.sync-conflict-.*"),  # Syncthing
    re.compile(r"^journal(\.changes)? \(.*conflicted copy.*\).*", re.IGNORECASE),  # Dropbox
    re.compile(
        r"^journal(\.changes)?-conflict-.*|^journal(\.changes)? \(conflict.*", re.IGNORECASE
    ),  # others
)


def default_home() -> Path:
    """``$REJECT_HOME`` when set, else the platform's user-data folder."""
    env = os.environ.get("REJECT_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs  # only needed when no home is given

    return platformdirs.user_data_path("reject", appauthor=False)


def conflict_copies(home: Path) -> list[Path]:
    """Files a sync tool left beside the journal when it could not merge."""
    try:
        names = os.listdir(home)
    except OSError:
        return []
    return sorted(home / n for n in names if any(p.match(n) for p in _CONFLICT_PATTERNS))
