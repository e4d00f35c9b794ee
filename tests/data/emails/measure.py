"""Per-field accuracy of reject.capture.parse_message over the email corpus.

    python tests/data/emails/measure.py            # development corpus
    python tests/data/emails/measure.py heldout    # the held-out set
    python tests/data/emails/measure.py unseen     # written by a tester, never tuned on
    python tests/data/emails/measure.py -v         # and every miss

A field is right when it matches the expected value after the small
normalisation a person would not notice (case, spacing, punctuation, a legal
suffix like "Ltd" on a company). An expected None is right only when the
parser also left the field empty.

The unseen set's expected.json is keyed by file name and, instead of one
feedback text, lists phrases the feedback must contain and must not; a
"company_also" or "role_also" list names other answers a person would accept.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

from reject.capture import parse_message

HERE = Path(__file__).parent
FIELDS = ("company", "role", "date", "contact_name", "contact_email", "feedback", "kind")
_LEGAL = re.compile(
    r"\b(?:gmbh|ltd|limited|llp|llc|inc|plc|ag|sa|sas|bv|nv|corp)\b\.?", re.IGNORECASE
)


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    text = text.replace("’", "'").replace("‘", "'")
    return " ".join(re.sub(r"[^\w&' ]+", " ", text).split())


def normalise(field: str, value: Any) -> Any:
    if value is None:
        return None
    value = str(value)
    if field == "company":
        value = _plain(_LEGAL.sub(" ", value))
        return re.sub(r"^the ", "", value)
    if field in ("role", "contact_name"):
        return _plain(value)
    if field == "feedback":
        return " ".join(unicodedata.normalize("NFC", value).split())
    return value.strip().lower()


def actual_fields(raw: bytes) -> dict[str, Any]:
    facts = parse_message(raw)
    return {
        "company": facts.company,
        "role": facts.role,
        "date": facts.date.isoformat() if facts.date else None,
        "contact_name": facts.contact_name,
        "contact_email": facts.contact_email,
        "feedback": facts.feedback,
        "kind": facts.kind,
    }


UNSEEN_FIELDS = ("company", "role", "date", "contact_name", "contact_email", "kind")


def _phrase_in(phrase: str, text: str | None) -> bool:
    return _plain(phrase) in _plain(text or "")


def score_unseen(folder: Path) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """The unseen set: fields with their accepted alternatives, and feedback by
    the phrases it must hold and must not."""
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    names = (*UNSEEN_FIELDS, "feedback_contains", "feedback_excludes")
    tally = {f: [0, 0] for f in names}
    misses: list[str] = []
    for name, want in sorted(expected.items()):
        got = actual_fields((folder / name).read_bytes())
        for field in UNSEEN_FIELDS:
            accepted = [want[field], *want.get(f"{field}_also", [])]
            tally[field][1] += 1
            if any(normalise(field, got[field]) == normalise(field, a) for a in accepted):
                tally[field][0] += 1
            else:
                misses.append(f"{name}: {field}: expected {want[field]!r}, got {got[field]!r}")
        for field, must in (("feedback_contains", True), ("feedback_excludes", False)):
            tally[field][1] += 1
            wrong = [p for p in want[field] if _phrase_in(p, got["feedback"]) != must]
            if wrong:
                misses.append(f"{name}: {field}: {wrong!r} in {got['feedback']!r}")
            else:
                tally[field][0] += 1
    return {f: (r, t) for f, (r, t) in tally.items()}, misses


def score(folder: Path) -> tuple[dict[str, tuple[int, int]], list[str], float]:
    """(field -> (right, total), the misses described, mean feedback similarity)."""
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    tally = {f: [0, 0] for f in FIELDS}
    misses: list[str] = []
    similarity: list[float] = []
    for name, want in sorted(expected.items()):
        got = actual_fields((folder / f"{name}.eml").read_bytes())
        for field in FIELDS:
            tally[field][1] += 1
            if normalise(field, got[field]) == normalise(field, want[field]):
                tally[field][0] += 1
            else:
                misses.append(f"{name}: {field}: expected {want[field]!r}, got {got[field]!r}")
        similarity.append(
            difflib.SequenceMatcher(
                None, normalise("feedback", want["feedback"]) or "",
                normalise("feedback", got["feedback"]) or "",
            ).ratio()
        )
    result = {f: (r, t) for f, (r, t) in tally.items()}
    return result, misses, sum(similarity) / max(1, len(similarity))


def table(result: dict[str, tuple[int, int]], similarity: float | None) -> str:
    lines = ["| field | right | accuracy |", "|---|---|---|"]
    for field, (right, total) in result.items():
        lines.append(f"| {field} | {right}/{total} | {right / total:.0%} |")
    if similarity is not None:
        lines.append(f"| feedback similarity (mean) | | {similarity:.1%} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if "unseen" in argv:
        folder = HERE / "unseen"
        result, misses = score_unseen(folder)
        print(f"{folder.name}: {sum(1 for _ in folder.glob('*.eml'))} messages")
        print(table(result, None))
        if "-v" in argv:
            print("\n".join(misses))
        return 0
    folder = HERE / "heldout" if "heldout" in argv else HERE
    result, misses, similarity = score(folder)
    print(f"{folder.name}: {sum(1 for _ in folder.glob('*.eml'))} messages")
    print(table(result, similarity))
    if "-v" in argv:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
