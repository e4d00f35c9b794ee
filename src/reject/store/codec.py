"""Journal bytes to a validated ``Journal`` and back, and the migration table.

The current version and the migration steps are passed in (``Codec``), so a
test can pretend to be a later reject without patching module constants.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from pydantic_core import PydanticSerializationError

from reject.errors import StoreError
from reject.fields import reading_from_disk
from reject.jsontext import BadJSON, load_json
from reject.model import FORMAT_NAME, SCHEMA_VERSION, Journal, describe_validation_error

if TYPE_CHECKING:
    from reject.store.changes import Change, Log

# Migrations upgrade a raw document one schema version at a time:
# MIGRATIONS[n] turns a version-n document into a version n+1 document.
# They run in memory; the result is validated before anything is written.
Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}


class Unreadable(Exception):
    """What is wrong with a document, in words for a person; the caller says
    which file. ``newer`` is set when the file is not broken but too new."""

    def __init__(self, what: str, *, newer: int | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.newer = newer


@dataclass
class Loaded:
    """A journal plus what the store needs to know to save it back safely."""

    journal: Journal
    raw: bytes | None  # the bytes on disk, None when there was no file yet
    from_version: int  # the schema version found in the file
    read_only: bool = False  # written by a newer reject: never save
    # Filled in by the store once the change log is read:
    log: Log | None = None  # the change log as read
    pending: list[Change] = field(default_factory=list)  # applied over the document
    folded_on_disk: int = 0  # changes_folded of journal.json itself
    identity: tuple[int, ...] | None = None  # journal.json's, when it was read
    partial: bool = False  # only the head of journal.json (Store.transaction(head_only))


@dataclass(frozen=True)
class Codec:
    version: int = SCHEMA_VERSION
    migrations: Mapping[int, Migration] = field(default_factory=lambda: MIGRATIONS)

    def empty(self) -> Loaded:
        return Loaded(Journal(schema_version=self.version), None, self.version)

    def parse(self, raw: bytes) -> Loaded:
        """Parse and validate journal bytes, or raise ``Unreadable``."""
        if not raw.strip():
            raise Unreadable("the file is empty")
        # Some Windows editors add a byte-order mark; it is not part of the JSON.
        raw_text = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
        journal = self._validate_current(raw_text)
        if journal is not None:
            version = journal.schema_version
            read_only = version > self.version
        else:
            journal, version, read_only = self._parse_slowly(raw_text)
        problem = inconsistency(journal)
        if problem:
            raise Unreadable(problem)
        return Loaded(journal, raw, version, read_only=read_only)

    def _validate_current(self, raw_text: bytes) -> Journal | None:
        """The fast path: a well-formed journal of this or a newer version, parsed
        and validated in one pass by pydantic-core. None means "look closer"."""
        if b"NaN" in raw_text or b"Infinity" in raw_text:
            return None  # pydantic-core accepts them; the slow path says no
        try:
            with reading_from_disk(), gc_paused():
                journal = Journal.model_validate_json(raw_text)
        except ValidationError:
            return None
        declared = journal.model_fields_set
        if "format" not in declared or "schema_version" not in declared:
            return None
        if journal.schema_version < self.version:
            return None  # needs migrating
        return journal

    def _parse_slowly(self, raw_text: bytes) -> tuple[Journal, int, bool]:
        """Step by step, to say exactly what is wrong, and to migrate old files."""
        try:
            doc = load_json(raw_text)
        except BadJSON as exc:
            raise Unreadable(f"the file {exc.what}") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
            raise Unreadable("the file is not a reject journal")
        version = doc.get("schema_version")
        # type(), not isinstance(): true is an int to Python, and "1" or 1.0
        # would be guesses; a format number has to be exactly that.
        if type(version) is not int or version < 1:
            raise Unreadable("the file's schema_version is not a whole number such as 1")
        read_only = version > self.version
        if version < self.version:
            doc = self.migrate(doc, version)
        try:
            with reading_from_disk(), gc_paused():
                journal = Journal.model_validate(doc)
        except ValidationError as exc:
            if read_only:
                # Not broken: newer. Restoring a backup here would throw away
                # whatever the newer version recorded, so don't suggest it.
                raise Unreadable(
                    f"it was written by a newer version of reject (format {version})",
                    newer=version,
                ) from None
            raise Unreadable(_describe(exc, doc)) from None
        return journal, version, read_only

    def migrate(self, doc: dict[str, Any], version: int) -> dict[str, Any]:
        while version < self.version:
            step = self.migrations.get(version)
            if step is None:
                raise StoreError(f"Don't know how to upgrade a journal from format {version}.")
            doc = step(doc)
            version += 1
            doc["schema_version"] = version
        return doc

    @staticmethod
    def serialize(journal: Journal) -> bytes:
        # Every value in the journal was validated when it entered (typed,
        # imported or loaded). What could still go wrong is a bug putting a
        # wrong type or a clashing id in place: the serializer refuses any
        # value that does not match its declared type, and the id rules are
        # checked as a load would. Cheaper than re-parsing the whole output,
        # which doubled the cost of every save.
        problem = inconsistency(journal)
        try:
            data = journal.model_dump_json(indent=2, warnings="error")
        except PydanticSerializationError:
            problem = "a value does not match the journal format"
        if problem:
            raise refused(problem)
        return data.encode("utf-8") + b"\n"


def refused(problem: str) -> StoreError:
    return StoreError(
        f"reject stopped before saving an inconsistent journal ({problem}). "
        "Nothing was written; please report this."
    )


def inconsistency(journal: Journal) -> str | None:
    """The rules across records that field validation cannot see."""
    ids = [r.id for r in journal.rejections]
    # Appraisals take their ids from the same counter (model/appraisal.py).
    every = ids + [a.id for a in journal.appraisals]
    if every and journal.next_id <= max(every):
        return "next_id is not above every id in the journal"
    if len(set(ids)) != len(ids):
        return "two records share the same id"
    if len(set(every)) != len(every):
        return "an appraisal shares its id with another entry"
    return None


def _describe(exc: ValidationError, doc: dict[str, Any]) -> str:
    """The first bad field, naming its record by id rather than position,
    and never quoting the value (it is journal text)."""
    loc = exc.errors(include_url=False, include_input=False)[0]["loc"]
    if len(loc) >= 2 and loc[0] == "rejections" and isinstance(loc[1], int):
        record = doc["rejections"][loc[1]]
        rid = record.get("id") if isinstance(record, dict) else None
        where = f"record {rid}" if type(rid) is int else f"record number {loc[1] + 1}"
        return f"{where}, {describe_validation_error(exc, skip=2)}"
    return describe_validation_error(exc)


# The store's own counter sits at the top of every file it writes, before the
# records: only a next_id in that place counts. One inside a record (an
# unknown field someone put there) is just text. json.dumps keeps the same
# order, so a journal loaded and dumped by hand still matches.
_TOP_NEXT_ID = re.compile(
    rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"format"\s*:\s*"reject-journal"\s*,'
    rb'\s*"schema_version"\s*:\s*\d{1,9}\s*,\s*"next_id"\s*:\s*(\d{1,12})\s*[,}]'
)


def next_ids_in(*documents: bytes) -> list[int]:
    """The store's next_id counters at the head of journal documents."""
    found = (_TOP_NEXT_ID.match(doc[:4096]) for doc in documents)
    return [int(m.group(1)) for m in found if m]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Building tens of thousands of objects in one go makes the cyclic GC
    rescan the growing tree again and again; none of them are garbage yet.
    Pausing it cut loading 10,000 records from ~220 ms to ~85 ms. Freezing
    what was loaded keeps later collections (sorting, rendering) from
    rescanning the journal too; plain reference counting still frees it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()  # only what loaded successfully
    finally:
        if was_enabled:
            gc.enable()
