"""The head cache: the newest few hundred records, for `list` and `show`.

A full read of a large journal is parsing and validating every record
(100,000: about a second); `reject list` shows twenty. So after a full read,
the newest rows are kept in a small private file beside the journal
(``.journal-head.json``, 0600, written atomically through ``disk``), stamped
with the identity of every file the full read depended on: journal.json and
the change log journal.changes.jsonl (a missing file counts as "missing" in
the stamp), the folder's encryption recipient, and the version of reject
that wrote it.

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

With encryption on (``sealing``), the cache is an age file sealed to the
journal's recipient like every other file in the folder, and its stamp also
holds that recipient, so a cache written before `reject encrypt` (or sealed
before `reject decrypt`) never matches; one of the wrong kind (plain in an
encrypted folder, sealed in a plain one) is removed when met, and `encrypt`
and `decrypt` drop the cache outright (``convert``). Opening it is one age
decryption of a small file, a few ms, against decrypting and parsing the
whole journal. The key is the command's: pass the ``Sealer`` the full read
will use, so a passphrase key is asked for (and scrypt run) once.

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
from reject.store.disk import atomic_write, read_file
from reject.store.sealing import Sealer, is_sealed, read_recipient

FORMAT = 2
ROWS = 300  # enough for a screenful of `list` and any id logged lately
SETTLE_NS = 2_000_000_000  # see "racily clean" above

Stamp = list[Any]
# A stamp: [FORMAT, version, recipient (None: not encrypted), journal, change log].
_RECIPIENT, _JOURNAL = 2, 3


def stamp(home: Path) -> Stamp | None:
    """What the journal and its change log are right now, and whether the
    folder is encrypted (to whom), or None when that can't be told (a file
    that can't be looked at, a marker that can't be read: no cache either way)."""
    try:
        recipient = read_recipient(home)
    except StoreError:
        return None
    parts: Stamp = [FORMAT, __version__, recipient]
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


def _sealer(home: Path, recipient: str, given: Sealer | None) -> Sealer:
    if given is not None and given.recipient == recipient:
        return given  # the command's: its key is looked up once
    return Sealer(home, recipient)


def load(home: Path, sealer: Sealer | None = None) -> dict[str, Any] | None:
    """The cached head when it still describes the journal, else None.

    Encrypted, the key is needed to open the cache: a missing or wrong key
    raises the same ``KeyProblem`` the full read would."""
    now = stamp(home)
    if now is None or now[_JOURNAL] is None:
        return None  # no journal: nothing to show, and nothing to trust
    path = home / HEAD_NAME
    try:
        data = read_file(path)  # a pipe or a device there: no cache, no hang
    except (OSError, StoreError):
        return None
    if data is None:
        return None
    recipient = now[_RECIPIENT]
    if is_sealed(data) != (recipient is not None):
        # Plain text beside an encrypted journal, or a sealed cache left
        # after `decrypt`: never of use, and not to be left lying there.
        forget(home)
        return None
    if recipient is not None:
        opener = _sealer(home, recipient, sealer)
        opener.key()  # no key: the command's error, as on a full read
        try:
            data = opener.unseal(data, where=path)
        except StoreError:
            return None  # damaged, or sealed to another key: a full read
    try:
        doc = json.loads(data)
    except ValueError:
        return None
    if not isinstance(doc, dict) or doc.get("stamp") != now:
        return None
    body = doc.get("head")
    return body if isinstance(body, dict) else None


def save(
    home: Path, before: Stamp | None, body: dict[str, Any], sealer: Sealer | None = None
) -> bool:
    """Keep ``body`` as the head of the journal that was read between taking
    ``before`` and now (sealed, when the stamp says the folder is encrypted).
    Not kept (False) when anything changed meanwhile, or changed too recently
    to tell the next change apart; a cache that can't be written is no loss."""
    if before is None or before[_JOURNAL] is None or stamp(home) != before:
        return False
    newest = max(part[4] for part in before[_JOURNAL:] if part is not None)
    if time.time_ns() - newest < SETTLE_NS:
        return False
    data = json.dumps({"stamp": before, "head": body}, ensure_ascii=False).encode("utf-8")
    try:
        recipient = before[_RECIPIENT]
        if recipient is not None:
            data = _sealer(home, recipient, sealer).seal(data)  # sealed before any write
        atomic_write(home / HEAD_NAME, data)
    except (StoreError, OSError):
        return False
    if stamp(home) != before:
        # Changed while it was written (`reject encrypt` finishing, say): the
        # writer of that change may have removed the cache just before this
        # landed, so take it back here rather than leave it in the old form.
        forget(home)
        return False
    return True


def forget(home: Path) -> None:
    """Remove the cache (after a restore, say): never needed for correctness,
    since a changed journal never matches its stamp, but it holds private text."""
    with contextlib.suppress(OSError):
        os.unlink(home / HEAD_NAME)
