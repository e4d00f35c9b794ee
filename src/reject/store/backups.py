"""Earlier versions of the journal, kept in ``backups/`` beside it.

One is written before every save, and one before a migration (never
pruned). Names carry a sequence number, and only that orders them: a clock
set back, or a restore's safety copy, can never make a newer version look
older and be pruned first. A short label may follow the time:

    journal-00000042-20261125T190000Z.json
    journal-00000043-20261125T190500Z-pre-migration-v1.json

Names from before sequence numbers (``journal-<UTC time>.json``) still list,
restore and rotate, as older than every numbered one.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from reject.store.disk import atomic_write, private_folder

if TYPE_CHECKING:
    from reject.model import Journal

# What a change did, as a person reads it ("rm #10"), or worked out from the
# changed journal.
Label = str | Callable[["Journal"], str]

BACKUP_DIR = "backups"
# Read at prune time, so a test can lower them. The size cap keeps one huge
# journal from filling a disk twenty times over; the newest is always kept.
BACKUPS_KEPT = 20
BACKUPS_MAX_BYTES = 100 * 1024 * 1024
PRE_MIGRATION = "pre-migration"

_NAME = re.compile(
    r"^journal-(?:(?P<seq>\d{8,})-)?(?P<stamp>\d{8}T\d{6,12}Z)"
    r"(?:-(?P<label>[a-z0-9][a-z0-9-]{0,39}))?\.json$"
)
LABEL = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


@dataclass(frozen=True)
class Backup:
    name: str
    path: Path
    size: int
    saved: datetime
    seq: int = 0  # 0 for names from before sequence numbers
    label: str = ""

    @property
    def change(self) -> str:
        """What the change after this version did, as a person reads it."""
        return label_text(self.label)


# -- labels: what each change did -----------------------------------------------
#
# A backup is the version from before a change, and its label names that
# change. In the file name a label is a slug ("rm-n10" for "rm #10": "#" is
# "n", the "." of an action id "d", anything else not a-z or 0-9 a "-");
# `backups list` and `undo` show it
# back as text. Undoing a change keeps the version it replaced labelled
# "undo ...", and undoing that "redo ...", so undo can go back and forth.

UNDO, REDO = "undo", "redo"


def label_slug(text: str) -> str:
    """ "reflect #5 stage 2" -> "reflect-n5-stage-2" (cut to fit, at a word)."""
    words = re.sub(r"#(\d+)", r"n\1", text.casefold())
    words = re.sub(r"\b(\d+)\.(\d+)\b", r"\1d\2", words)
    slug = "-".join(re.findall(r"[a-z0-9]+", words))
    while len(slug) > 40:
        slug = slug.rsplit("-", 1)[0] if "-" in slug else slug[:40]
    return slug


def label_text(slug: str) -> str:
    """ "reflect-n5-stage-2" -> "reflect #5 stage 2"; "done-action-3d1" -> "done action 3.1"."""
    return " ".join(_word(w) for w in slug.split("-") if w)


def _word(word: str) -> str:
    if re.fullmatch(r"n\d+", word):
        return "#" + word[1:]
    if re.fullmatch(r"\d+d\d+", word):
        return word.replace("d", ".")
    return word


def undo_label(slug: str) -> str:
    """What undoing the change ``slug`` is called: undo X, or back to X."""
    for this, that in ((UNDO, REDO), (REDO, UNDO)):
        if slug.startswith(this + "-"):
            return label_text(that + slug[len(this) :])
    return f"{UNDO} {label_text(slug) or 'change'}"


def _clock() -> datetime:
    return datetime.now(timezone.utc)


class Backups:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def newest_first(self) -> list[Backup]:
        """Saved versions, newest first."""
        try:
            entries = list(self.folder.iterdir())
        except FileNotFoundError:
            return []
        found = []
        for path in entries:
            match = _NAME.match(path.name)
            if not match:
                continue
            try:
                st = path.stat()
            except FileNotFoundError:  # pruned by another writer just now
                continue
            found.append(
                Backup(
                    path.name,
                    path,
                    st.st_size,
                    datetime.fromtimestamp(st.st_mtime, timezone.utc),
                    int(match["seq"] or 0),
                    match["label"] or "",
                )
            )
        return sorted(found, key=lambda b: (b.seq, b.name), reverse=True)

    def find(self, name: str) -> Backup | None:
        return next((b for b in self.newest_first() if b.name == name), None)

    def last_change(self) -> Backup | None:
        """The version from before the last change: the newest backup, but
        never a pre-migration copy (a format upgrade is not a change to undo)."""
        return next((b for b in self.newest_first() if not b.label.startswith(PRE_MIGRATION)), None)

    def write(self, raw: bytes, *, label: str = "") -> Path:
        """Keep ``raw`` as the newest backup; the caller prunes once its save
        has worked (a failed save must leave the set exactly as it was)."""
        if label and not LABEL.match(label):
            raise ValueError(f"not a backup label: {label}")
        private_folder(self.folder)
        seq = max((b.seq for b in self.newest_first()), default=0) + 1
        stamp = _clock().strftime("%Y%m%dT%H%M%SZ")
        name = f"journal-{seq:08d}-{stamp}{'-' + label if label else ''}.json"
        path = self.folder / name
        atomic_write(path, raw)
        return path

    def prune(self) -> None:
        """Keep the newest BACKUPS_KEPT, within BACKUPS_MAX_BYTES in all."""
        rotating = [b for b in self.newest_first() if not b.label.startswith(PRE_MIGRATION)]
        total = 0
        for i, backup in enumerate(rotating):
            total += backup.size
            if i == 0 or (i < BACKUPS_KEPT and total <= BACKUPS_MAX_BYTES):
                continue
            with contextlib.suppress(OSError):  # pruning again on the next save is fine
                backup.path.unlink(missing_ok=True)
            total = BACKUPS_MAX_BYTES + 1  # the rest are older still: all go

    def keep_changes(self, raw: bytes) -> Path:
        """Keep a change log that could not be applied (restoring over a broken
        journal): ``changes-<UTC time>.jsonl``, never pruned or listed."""
        private_folder(self.folder)
        stamp = _clock().strftime("%Y%m%dT%H%M%S%fZ")
        path = self.folder / f"changes-{stamp}.jsonl"
        atomic_write(path, raw)
        return path

    @staticmethod
    def discard(paths: list[Path]) -> None:
        """Remove backups a failed save had just written."""
        for path in paths:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)


def head(path: Path, size: int = 4096) -> bytes:
    """The start of a file, where reject writes next_id; b"" if unreadable."""
    try:
        with path.open("rb") as file:
            return file.read(size)
    except OSError:
        return b""
