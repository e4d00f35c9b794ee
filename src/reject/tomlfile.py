"""Reading TOML on every supported Python, and writing the little we write.

``tomllib`` is in the standard library from 3.11; on 3.10 the same parser is
the ``tomli`` package (a dependency there only). The standard library has no
writer, and the profile holds a few strings, so those are written here with
TOML's basic-string escapes rather than with another dependency.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reject.errors import UsageError

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def loads(raw: bytes, path: Path) -> dict[str, Any]:
    """The TOML document in ``raw`` (read from ``path``), or a one-line error."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    try:
        doc: dict[str, Any] = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 text.") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path} is not valid TOML: {exc}.") from None
    except RecursionError:
        # tomllib follows nested arrays and inline tables by recursion, so
        # thousands of brackets reach the interpreter's limit. Hitting it costs
        # a few hundred levels, and no setting reject reads nests past two.
        raise UsageError(
            f"{path} is nested too deeply to read (arrays or tables inside one another "
            "hundreds of times); a setting needs at most a list of words."
        ) from None
    return doc


def dumps_strings(values: Mapping[str, str]) -> str:
    """``key = "value"`` lines, each value a TOML basic string."""
    lines = []
    for key, value in values.items():
        name = key if _BARE_KEY.match(key) else _quoted(key)
        lines.append(f"{name} = {_quoted(value)}")
    return "".join(line + "\n" for line in lines)


def _quoted(value: str) -> str:
    out = ['"']
    for ch in value:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
