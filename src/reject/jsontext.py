"""JSON read from files reject did not just write: bounded before it is parsed.

``json.loads`` alone turns a 5,000-digit number into a ValueError, 100,000
nested brackets into a RecursionError, and accepts NaN, which JSON does not
allow and which would silently become null on the next save. Here each of
those is a ``BadJSON`` whose text finishes the sentence "the file ...".
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from typing import Any

MAX_DEPTH = 64  # a journal is about 8 levels deep
MAX_NUMBER_CHARS = 100  # ids and counters have at most 12 digits


class BadJSON(ValueError):
    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def nesting_depth(text: str) -> int:
    """How deep brackets nest, outside strings; found without parsing."""
    skeleton = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(map(_STEP.__getitem__, skeleton)), default=0)


def _no_constant(name: str) -> Any:
    raise BadJSON(f"holds {name}, which JSON does not allow")


def _int(digits: str) -> int:
    if len(digits) > MAX_NUMBER_CHARS:
        raise BadJSON(f"holds a number longer than {MAX_NUMBER_CHARS} digits")
    return int(digits)


def _float(literal: str) -> float:
    value = float(literal) if len(literal) <= MAX_NUMBER_CHARS else math.inf
    if not math.isfinite(value):
        raise BadJSON("holds a number too large to keep")
    return value


def load_json(data: str | bytes) -> Any:
    """Parse JSON with depth, number size and NaN refused, or raise ``BadJSON``."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            raise BadJSON("is not valid UTF-8 text") from None
    if nesting_depth(data) > MAX_DEPTH:
        raise BadJSON(f"is nested more than {MAX_DEPTH} levels deep")
    try:
        return json.loads(data, parse_constant=_no_constant, parse_int=_int, parse_float=_float)
    except json.JSONDecodeError as exc:
        raise BadJSON(f"is not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:  # only if MAX_DEPTH is ever raised past the interpreter's limit
        raise BadJSON(f"is nested more than {MAX_DEPTH} levels deep") from None
