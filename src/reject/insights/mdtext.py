"""Inert Markdown for user text, and the small formatting every plan section uses.

Nothing a person typed may become Markdown structure. Every piece of user
text goes through ``inline`` or ``lines``, which backslash-escape the
characters that start headings, lists, quotes, links, images, tables, code,
emphasis and raw HTML, and break the bare-URL and e-mail autolinks GitHub adds.
"""

from __future__ import annotations

import re
from datetime import date

from reject.text import plural as plural  # one helper for the whole program

# Always escaped: emphasis, code, links/images, raw HTML, tables, strikethrough.
_ANYWHERE = re.compile(r"[\\`*_\[\]<>|~]")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# GFM autolinks: scheme://, www. and e-mail addresses.
_AUTOLINK = re.compile(r"(?i)(?<=[a-z])(:)(?=//)|(?<=\bwww)(\.)|(@)")
# At the start of a line: ATX/setext headings, quotes, lists, thematic breaks.
_LINE_START = re.compile(r"^([#>+=:-]|\d+(?=[.)]))")


def inline(text: object) -> str:
    """User text as one line of inert Markdown."""
    value = " ".join(str(text).split())
    return _escape_line(value)


def lines(text: str) -> list[str]:
    """Multi-line user text as inert lines (empty lines kept as paragraph breaks)."""
    out = []
    for raw in str(text).splitlines():
        value = " ".join(raw.split())
        out.append(_escape_line(value) if value else "")
    while out and not out[-1]:
        out.pop()
    return out or [""]


def _escape_line(value: str) -> str:
    value = _ANYWHERE.sub(r"\\\g<0>", value)
    value = _ENTITY.sub(r"\\&", value)
    value = _AUTOLINK.sub(lambda m: "\\" + m.group(), value)
    match = _LINE_START.match(value)
    if match:
        if match.group(1).isdigit():  # "1." or "1)" would start an ordered list
            end = match.end()
            value = value[:end] + "\\" + value[end:]
        else:
            value = "\\" + value
    return value


def indented(text: str, first_prefix: str, indent: str = "  ") -> list[str]:
    body = lines(text)
    out = [first_prefix + body[0]]
    out += [indent + line if line else "" for line in body[1:]]
    return out


def d(value: date | None) -> str:
    return value.isoformat() if value else "no date"


