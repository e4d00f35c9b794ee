"""Filling a reflection from a JSON file (``reject reflect ID --answers FILE``).

The file has the shape of ``reflection`` in ``reject show ID --json``; the
whole record from that command is accepted too, and its ``reflection`` used.
It is read like an import: bounded before it is parsed (reject.jsontext),
and fields this version does not know are dropped, since they would skip the
input rules.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import ValidationError

from reject.errors import UsageError
from reject.fields import known_only
from reject.jsontext import BadJSON, load_json
from reject.model import describe_validation_error
from reject.model.reflection import Reflection


def load_answers(text: str, *, today: date, name: str = "The answers file") -> Reflection:
    """``name`` names the file in every error ("The answers file PATH")."""
    try:
        doc: Any = load_json(text)
    except BadJSON as exc:
        raise UsageError(f"{name} {exc.what}.") from None
    if isinstance(doc, dict) and "company" in doc and "reflection" in doc:
        doc = doc["reflection"]
    if not isinstance(doc, dict):
        raise UsageError(
            f"{name} should hold one JSON object shaped like `reflection` in "
            "`reject show ID --json` (that output, saved to a file, is a valid example)."
        )
    try:
        reflection = known_only(Reflection.model_validate(doc))
    except ValidationError as exc:
        raise UsageError(f"{name} has a problem at {describe_validation_error(exc)}.") from None
    if reflection.first_unfinished() is None and reflection.completed is None:
        reflection.completed = today
    return reflection
