"""The head cache: the newest few hundred records, for `list` and `show`.

A full read of a large journal is parsing and validating every record
(100,000: about a second); `reject list` shows twenty. So after a full read,
the newest rows are kept in a small private file beside the journal
(``.journal-head.json``, 0600, written and read through ``disk``, so a later
encryption layer wraps it with the journal), stamped with the identity of
every file the full read depended on: journal.json and the change log
journal.changes.jsonl (a missing file counts as "missing" in the stamp), and the
version of reject that wrote it.

An identity is (device, inode, size, mtime_ns, ctime_ns). A save renames a
new file over the journal, so its inode changes; an edit in place changes
the size or the mtime; one that keeps both (a hand edit that restores the
mtime) still moves the ctime, which nothing outside the kernel can set.
The cache is only ever used when every stamp matches exactly; anything
else (no cache, a different stamp, a file that can't be read or parsed)
means a full read, never an error.

One race is left, the one git calls "racily clean": two changes within the
same tick of the file system's clock look alike. So a cache is not written
while the journal or its log changed less than ``SETTLE_NS`` ago, and any
later change lands on a different tick.

What a row holds is the reader's business (``cli.browse``); this module only
stamps, stores and checks. It imports no pydantic and no model, so a cached
`list` starts without them.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path
from typing import Any

from reject import __version__
from reject.errors import StoreError
from reject.paths import CHANGES_NAME, HEAD_NAME, STORE_NAME
from reject.store.disk import atomic_write, read_private
from reject.store.sealing import MARKER_NAME

FORMAT = 1
ROWS = 300  # enough for a screenful of `list` and any id logged lately
SETTLE_NS = 2_000_000_000  # see "racily clean" above

Stamp = list[Any]


def stamp(home: Path) -> Stamp | None:
    """What the journal and its change log are right now, or None when that
    can't be told (a file that can't be looked at: no cache either way).

    With encryption on there is no cache at all: it would be journal text at
    rest, and sealing it would cost more than it saves at the sizes where
    people encrypt. A cache left from before `reject encrypt` is removed."""
    if os.path.lexists(home / MARKER_NAME):
        forget(home)
        return None
    parts: Stamp = [FORMAT, __version__]
    for name in (STORE_NAME, CHANGES_NAME):
        try:
            st = os.stat(home / name)  # follows a symlinked journal to its file
        except FileNotFoundError:
            parts.append(None)
            continue
        except OSError:
            return None
        parts.append([st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns])
    return parts


def load(home: Path) -> dict[str, Any] | None:
    """The cached head when it still describes the journal, else None."""
    now = stamp(home)
    if now is None or now[2] is None:
        return None  # no journal: nothing to show, and nothing to trust
    try:
        doc = json.loads(read_private(home / HEAD_NAME))
    except (OSError, ValueError, StoreError):
        return None
    if not isinstance(doc, dict) or doc.get("stamp") != now:
        return None
    body = doc.get("head")
    return body if isinstance(body, dict) else None


def save(home: Path, before: Stamp | None, body: dict[str, Any]) -> bool:
    """Keep ``body`` as the head of the journal that was read between taking
    ``before`` and now. Not kept (False) when anything changed meanwhile, or
    changed too recently to tell the next change apart; a cache that can't be
    written is no loss."""
    if before is None or before[2] is None or stamp(home) != before:
        return False
    newest = max(part[4] for part in before[2:] if part is not None)
    if time.time_ns() - newest < SETTLE_NS:
        return False
    data = json.dumps({"stamp": before, "head": body}, ensure_ascii=False)
    try:
        atomic_write(home / HEAD_NAME, data.encode("utf-8"))
    except (StoreError, OSError):
        return False
    return True


def forget(home: Path) -> None:
    """Remove the cache (after a restore, say): never needed for correctness,
    since a changed journal never matches its stamp, but it holds private text."""
    with contextlib.suppress(OSError):
        os.unlink(home / HEAD_NAME)
