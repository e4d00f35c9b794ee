"""Rules for the text a person types, and for showing it back safely.

Input is refused when it carries characters that could hide or rewrite what a
terminal shows (escape sequences, bidi overrides, NUL and other controls).
Output is neutralised anyway, because a journal file can be edited by hand.
"""

from __future__ import annotations

import re
import unicodedata

# Caps keep one typo-pasted log file from turning into a journal entry, and
# keep the store fast. Documented in docs/data-format.md.
LINE_MAX = 200
TEXT_MAX = 20_000
TAG_MAX = 40

# Bidi embeddings, overrides and isolates can make text display in an order
# other than the one stored ("Trojan Source"). Plain right-to-left text needs
# none of them, so they are refused on input.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

_TAG_RE = re.compile(r"^[\w][\w.+#-]*$")


def _bad_char(ch: str, *, multiline: bool) -> bool:
    if multiline and ch in "\n\t":
        return False
    if ch in BIDI_CONTROLS:
        return True
    return unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp")


def _describe(ch: str) -> str:
    if ch == "\n":
        return "a line break"
    if ch == "\x1b":
        return "an escape character"
    if ch in BIDI_CONTROLS:
        return "a text-direction control character"
    if unicodedata.category(ch) == "Cs":
        return "an invalid (surrogate) character"
    return f"a control character (U+{ord(ch):04X})"


def check_text(value: str, *, multiline: bool, limit: int) -> str:
    """Return ``value`` trimmed, or raise ``ValueError`` saying what is wrong.

    Pydantic turns the ``ValueError`` into a field error, so the message says
    only what is wrong, not which field: the caller adds that.
    """
    value = value.strip()
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    for ch in value:
        if _bad_char(ch, multiline=multiline):
            raise ValueError(f"contains {_describe(ch)}, which is not allowed here")
    if len(value) > limit:
        raise ValueError(f"is {len(value):,} characters long; the limit is {limit:,}")
    return value


def check_tag(value: str) -> str:
    tag = check_text(value, multiline=False, limit=TAG_MAX).lower()
    if not _TAG_RE.match(tag):
        raise ValueError(f"{tag!r} is not a tag: use letters, digits and - _ . + # with no spaces")
    return tag


def split_list(raw: str) -> list[str]:
    """Split "a; b, c" into items: people type either separator."""
    return [part.strip() for part in re.split(r"[;,]", raw) if part.strip()]


_UNSAFE_OUT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029" + "".join(sorted(BIDI_CONTROLS)) + "\ud800-\udfff]"
)


def neutralise(value: str) -> str:
    """Make text safe to print: controls become visible ``\\uXXXX`` escapes.

    Newline and tab are kept so multi-line feedback reads as written.
    """
    return _UNSAFE_OUT.sub(lambda m: f"\\u{ord(m.group()):04x}", value)


_JSON_INVISIBLE = re.compile("[\u0080-\u009f\u2028\u2029" + "".join(sorted(BIDI_CONTROLS)) + "]")


def escape_json_text(text: str) -> str:
    """JSON text with C1 controls, line separators and bidi controls escaped.

    json.dumps escapes C0 controls itself but leaves these raw, and a
    terminal would act on them. The JSON stays equal in meaning.
    """
    return _JSON_INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def plural(n: int, word: str, many: str | None = None) -> str:
    """``n`` and the noun that goes with it: "1 row", "3 rows", "2 processes"."""
    return f"{n} {word if n == 1 else (many or word + 's')}"
