"""`reject encrypt` and `reject decrypt`: every file at rest rewritten.

Under the journal lock, each file is rewritten on its own, atomically (temp
file, fsync, rename), and the marker file ``encryption.txt`` is the commit
point, written in the order that keeps a crash at any instant safe:

* encrypt: the side files (backups, recovery files, logs...), then a backup
  of the journal and the journal itself, all sealed; the marker last. Killed
  before the marker, the folder reads as not encrypted yet, holding some
  sealed files, all of which read with the key (reading goes by each file's
  own header). Running ``encrypt`` again finishes the job.
* decrypt: the marker goes first, so nothing plain is ever written while the
  folder says it is encrypted; then the files are unsealed. Killed half way,
  the sealed ones still read with the key; ``decrypt`` again finishes.

``AT_REST`` lists every kind of file with journal text besides the journal.
A new kind of file is added here (and written through ``Store.write_private``
or ``Store.append_line``), and the canary test proves it is covered.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from reject.paths import CHANGES_NAME, DRAFT_PREFIX
from reject.store.backups import PRE_MIGRATION
from reject.store.disk import atomic_write, read_sealed, read_sealed_lines
from reject.store.head import forget as forget_head
from reject.store.journal_file import Store
from reject.store.sealing import MAGIC, Sealer, is_sealed, is_sealed_line, marker_path, marker_text


@dataclass(frozen=True)
class AtRest:
    pattern: str  # a glob under the journal folder; names starting with "." are temps
    lines: bool = False  # an appended log, sealed line by line (see sealing.py)


AT_REST: tuple[AtRest, ...] = (
    AtRest("backups/journal-*.json"),
    AtRest("recovery/*"),
    AtRest("kept/*"),  # emails and postings (reject.store.kept)
    # The change log: folded and removed before converting (see convert), so
    # normally not there; listed in case a line is ever left.
    AtRest(CHANGES_NAME, lines=True),
    # The head cache (head.py) is not converted but dropped (see convert): it
    # is rebuilt, in the new form, by the next full read.
)

ENCRYPT_LABEL = "before-encrypt"
DECRYPT_LABEL = "before-decrypt"


@dataclass(frozen=True)
class Converted:
    files: int  # files rewritten, the journal included


def at_rest(home: Path) -> list[tuple[Path, AtRest]]:
    found = []
    for rule in AT_REST:
        for path in sorted(home.glob(rule.pattern)):
            if path.name.startswith(".") or not path.is_file() or path.is_symlink():
                continue
            found.append((path, rule))
    return found


def convert(store: Store, target: Sealer) -> Converted:
    """Rewrite the journal folder so that every file is as ``target`` writes."""
    with store.lock():
        current = store.sealer
        if current.on:
            current.key()  # the key first: without it nothing is touched
        loaded = store.load()
        if loaded.read_only:
            raise store._newer(loaded.from_version)
        if loaded.log is not None and loaded.log.size:
            # Pending changes are folded into journal.json first, with the
            # key of now, and the log goes: nothing is left to convert line
            # by line, and no plain line outlives `encrypt`.
            if loaded.pending:
                store.compact(loaded)
            store.log.clear()
            loaded = store.load()
        # Everything is read before anything is written, so a file that can't
        # be read (damaged, another key) stops the command with nothing changed.
        plain = [(path, rule, _read(path, rule, current)) for path, rule in at_rest(store.home)]
        # The head cache goes rather than being rewritten: no plain one may
        # outlive `encrypt`, nor a sealed one `decrypt`. (Its stamp names the
        # recipient too, so one written meanwhile would never match.)
        forget_head(store.home)
        if not target.on:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(marker_path(store.home))  # the commit point
        store.use_sealer(target)
        count = 0
        for path, rule, data in plain:
            if _rewrite(path, rule, data, target):
                count += 1
        if target.on:
            _remove_plain_drafts(store.home)
            # The note vouching for journal.json holds digests of company,
            # role and date (log_file.py): short names can be guessed from them.
            with contextlib.suppress(FileNotFoundError):
                os.unlink(store.checked.path)
        if _journal_differs(store, target):
            backups = []
            if loaded.raw is not None:
                if loaded.from_version < store.codec.version:
                    backups.append((loaded.raw, f"{PRE_MIGRATION}-v{loaded.from_version}"))
                backups.append((loaded.raw, ENCRYPT_LABEL if target.on else DECRYPT_LABEL))
            store._replace(store.codec.serialize(loaded.journal), backups)
            count += 1
        if target.on and target.recipient is not None:
            atomic_write(marker_path(store.home), marker_text(target.recipient))
        forget_head(store.home)  # one a `list` wrote while this ran, in the old form
    return Converted(count)


def _journal_differs(store: Store, target: Sealer) -> bool:
    """Whether the journal must be rewritten: it is not in ``target``'s form,
    or there is none yet and encryption goes on (an encrypted empty journal)."""
    try:
        with store.path.open("rb") as file:
            head = file.read(len(MAGIC))
    except FileNotFoundError:
        return target.on
    return is_sealed(head) != target.on


def _read(path: Path, rule: AtRest, sealer: Sealer) -> list[bytes] | bytes:
    if rule.lines:
        return read_sealed_lines(path, sealer)
    return read_sealed(path, sealer)


def _rewrite(path: Path, rule: AtRest, data: list[bytes] | bytes, target: Sealer) -> bool:
    """Write one file as ``target`` would; False when it already is."""
    raw = path.read_bytes()
    if isinstance(data, list):
        lines = raw.split(b"\n")[:-1]
        if lines and all(is_sealed_line(line) == target.on for line in lines if line):
            return False
        atomic_write(path, b"".join(target.seal_line(record) for record in data))
        return True
    if is_sealed(raw) == target.on:
        return False
    atomic_write(path, target.seal(data))
    return True


def _remove_plain_drafts(home: Path) -> None:
    """Editor drafts from before encryption hold plain text in the folder."""
    with contextlib.suppress(OSError):
        for name in os.listdir(home):
            if name.startswith(DRAFT_PREFIX):
                with contextlib.suppress(OSError):
                    (home / name).unlink()
