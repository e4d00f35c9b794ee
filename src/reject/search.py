"""Finding words anywhere in the journal: every text a person wrote.

Matching ignores case and accents (``resume`` finds "Résumé", ``strasse``
finds "Straße") and treats any run of spaces and line breaks as one space.
Every string field of a record is searched, reflection answers and fields
added by newer versions included, so a field added later is searchable
without a change here; only the request draft reject wrote itself is left
out, because its stock wording would match almost every search.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from pydantic import BaseModel

from reject.model import Journal, Rejection

SNIPPET_WIDTH = 70
_SPACES = re.compile(r"\s+")
# Paths whose text is reject's own wording, not the person's.
_SKIPPED = {("feedback_request", "draft")}
# Friendlier names for a few fields; the rest show their own name.
_LABELS = {"given_by": "from", "reflection": "", "text": ""}


@dataclass(frozen=True)
class Hit:
    field: str  # a dotted path into the record: "feedback.1.text"
    label: str  # the same for people: "feedback 1"
    snippet: str  # the matching part of the text, on one line
    start: int  # where the match sits in ``snippet``
    end: int


@dataclass(frozen=True)
class Found:
    record: Rejection
    hits: list[Hit]


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` without case, accents or repeated spaces, and for each folded
    character the index of the character it came from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                where.append(i)
            continue
        folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", ch).casefold())
        for part in folded:
            if not unicodedata.combining(part):
                out.append(part)
                where.append(i)
    return "".join(out), where


def search(journal: Journal, terms: Sequence[str]) -> list[Found]:
    """Records holding every term, newest first, with the fields that match."""
    wanted = [f for f in (fold(t)[0].strip() for t in terms) if f]
    if not wanted:
        return []
    found = []
    for record in sorted(journal.rejections, key=lambda r: (r.date, r.id), reverse=True):
        hits: list[Hit] = []
        seen: set[str] = set()
        for path, text in _strings(record, ()):
            folded, where = fold(text)
            matched = [t for t in wanted if t in folded]
            if not matched:
                continue
            seen.update(matched)
            first = min(folded.index(t) for t in matched)
            term = next(t for t in matched if folded.index(t) == first)
            start, end = where[first], where[first + len(term) - 1] + 1
            while end < len(text) and unicodedata.combining(text[end]):
                end += 1  # keep a decomposed accent with its letter
            hits.append(_hit(path, text, start, end))
        if hits and seen == set(wanted):
            found.append(Found(record, hits))
    return found


def to_json(found: list[Found]) -> list[dict[str, Any]]:
    return [
        {
            "id": f.record.id,
            "date": f.record.date.isoformat(),
            "company": f.record.company,
            "role": f.record.role,
            "matches": [{"field": h.field, "label": h.label, "snippet": h.snippet} for h in f.hits],
        }
        for f in found
    ]


def _strings(value: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    if path in _SKIPPED:
        return
    if isinstance(value, Enum):  # a choice from a list, not words anyone wrote
        return
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, BaseModel):
        names = [*type(value).model_fields, *(value.model_extra or {})]
        for name in names:
            yield from _strings(getattr(value, name, None), (*path, name))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, str(key)))
    elif isinstance(value, list | tuple):
        for n, item in enumerate(value, start=1):
            yield from _strings(item, (*path, str(n)))


def _hit(path: tuple[str, ...], text: str, start: int, end: int) -> Hit:
    room = max(SNIPPET_WIDTH - (end - start), 0)
    left = max(start - room // 2, 0)
    right = min(end + room - (start - left), len(text))
    left = max(min(left, right - SNIPPET_WIDTH), 0)
    before = _flat(text[left:start]).lstrip()
    match = _flat(text[start:end])
    after = _flat(text[end:right]).rstrip()
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    begin = len(prefix) + len(before)
    return Hit(
        field=".".join(path),
        label=_label(path),
        snippet=prefix + before + match + after + suffix,
        start=begin,
        end=begin + len(match),
    )


def _flat(text: str) -> str:
    return _SPACES.sub(" ", text)


def _label(path: tuple[str, ...]) -> str:
    words: list[str] = []
    for part in path:
        part = _LABELS.get(part, part)
        if part.isdigit() and words:
            words[-1] += f" {part}"
        elif part:
            words.append(part.replace("_", " "))
    return " › ".join(words)
