"""Filling a reflection from a JSON file (``reject reflect ID --answers FILE``).

The file has the shape of ``reflection`` in ``reject show ID --json``; the
whole record from that command is accepted too, and its ``reflection`` used.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from pydantic import ValidationError

from reject.errors import UsageError
from reject.model import describe_validation_error
from reject.model.reflection import Reflection


def load_answers(text: str, *, today: date) -> Reflection:
    try:
        doc: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"The answers file is not valid JSON (line {exc.lineno}, column {exc.colno})."
        ) from None
    if isinstance(doc, dict) and "company" in doc and "reflection" in doc:
        doc = doc["reflection"]
    if not isinstance(doc, dict):
        raise UsageError(
            "The answers file should hold one JSON object shaped like `reflection` in "
            "`reject show ID --json` (that output, saved to a file, is a valid example)."
        )
    try:
        reflection = Reflection.model_validate(doc)
    except ValidationError as exc:
        raise UsageError(
            "The answers file has a problem at " + describe_validation_error(exc) + "."
        ) from None
    if reflection.first_unfinished() is None and reflection.completed is None:
        reflection.completed = today
    return reflection
