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

# Invisible format characters (Unicode "Cf": zero-width space, LRM/RLM, the
# Arabic letter mark, soft hyphen, U+FEFF, tag characters...) can hide or
# split a word so that what is stored is not what is read. They are refused,
# except those a script or an emoji needs to be written at all: the joiners
# (Persian, Indic scripts, 👩🏽‍💻), Arabic and Syriac number and verse signs,
# the format controls of Egyptian hieroglyphs, shorthand and music, and tag
# characters inside a flag such as Scotland's.
_FORMAT_NEEDED = frozenset(
    "\u200c\u200d\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2"
    "\U000110bd\U000110cd"
    + "".join(map(chr, range(0x13430, 0x13440)))
    + "".join(map(chr, range(0x1BCA0, 0x1BCA4)))
    + "".join(map(chr, range(0x1D173, 0x1D17B)))
)
_FLAG = "\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f"
_FLAG_RE = re.compile(_FLAG)
# The same characters for output, listed (scanning Unicode at start-up is slow).
_INVISIBLE = (
    "\u00ad\u061c\u180e\u200b\u200e\u200f\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb"
)
_INVISIBLE_ASTRAL = "\U000e0001\U000e0020-\U000e007f"

_TAG_RE = re.compile(r"^[\w][\w.+#-]*$")


def _bad_char(ch: str, *, multiline: bool) -> bool:
    if multiline and ch in "\n\t":
        return False
    if ch in BIDI_CONTROLS:
        return True
    category = unicodedata.category(ch)
    if category == "Cf":
        return ch not in _FORMAT_NEEDED
    return category in ("Cc", "Cs", "Zl", "Zp")


def _describe(ch: str) -> str:
    if ch == "\n":
        return "a line break"
    if ch == "\x1b":
        return "an escape character"
    if ch in BIDI_CONTROLS:
        return "a text-direction control character"
    if unicodedata.category(ch) == "Cs":
        return "an invalid (surrogate) character"
    if unicodedata.category(ch) == "Cf":
        return f"an invisible formatting character (U+{ord(ch):04X})"
    return f"a control character (U+{ord(ch):04X})"


_ASCII_BAD = re.compile("[\x00-\x1f\x7f]")
_ASCII_BAD_MULTI = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def check_text(value: str, *, multiline: bool, limit: int) -> str:
    """Return ``value`` trimmed, or raise ``ValueError`` saying what is wrong.

    Pydantic turns the ``ValueError`` into a field error, so the message says
    only what is wrong, not which field: the caller adds that.
    """
    value = value.strip()
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    # Plain ASCII can only hold C0 controls and DEL: one regex instead of a
    # look-up per character (an import of 10,000 rows checks 40,000 texts).
    if value.isascii() and not (_ASCII_BAD_MULTI if multiline else _ASCII_BAD).search(value):
        chars = ""
    else:
        chars = _FLAG_RE.sub("\U0001f3f4", value)
    for ch in chars:
        if _bad_char(ch, multiline=multiline):
            raise ValueError(f"contains {_describe(ch)}, which is not allowed here")
    if len(value) > limit:
        raise ValueError(f"is {len(value):,} characters long; the limit is {limit:,}")
    return value


def check_tag(value: str) -> str:
    tag = check_text(value, multiline=False, limit=TAG_MAX).lower()
    if not _TAG_RE.match(tag):
        raise ValueError("is not a tag: use letters, digits and - _ . + # with no spaces")
    return tag


def split_list(raw: str) -> list[str]:
    """Split "a; b, c" into items: people type either separator."""
    return [part.strip() for part in re.split(r"[;,]", raw) if part.strip()]


# A spreadsheet runs a cell that starts with one of these as a formula
# (OWASP, "CSV injection"). Export puts a ' before it; import takes exactly
# that ' off again. A cell that already starts with ' before such a cell
# gets one more, so every value comes back as it was.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _needs_quote(value: str) -> bool:
    while value.startswith("'"):
        value = value[1:]
    return value.startswith(_FORMULA_START)


def escape_cell(value: str) -> str:
    return "'" + value if _needs_quote(value) else value


def unescape_cell(value: str) -> str:
    return value[1:] if value.startswith("'") and _needs_quote(value[1:]) else value


_UNSAFE_OUT = re.compile(
    f"({_FLAG})|"
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029"
    + "".join(sorted(BIDI_CONTROLS))
    + _INVISIBLE
    + _INVISIBLE_ASTRAL
    + "\ud800-\udfff]"
)


def _visible(match: re.Match[str]) -> str:
    if match.group(1):
        return match.group(1)  # a flag: its tag characters are the point
    code = ord(match.group())
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def neutralise(value: str) -> str:
    """Make text safe to print: controls and invisible formatting characters
    become visible ``\\uXXXX`` escapes.

    Newline and tab are kept so multi-line feedback reads as written.
    """
    return _UNSAFE_OUT.sub(_visible, value)


_JSON_INVISIBLE = re.compile(
    "[\u0080-\u009f\u2028\u2029" + "".join(sorted(BIDI_CONTROLS)) + _INVISIBLE + "]"
)


def escape_json_text(text: str) -> str:
    """JSON text with C1 controls, line separators and bidi controls escaped.

    json.dumps escapes C0 controls itself but leaves these raw, and a
    terminal would act on them. The JSON stays equal in meaning.
    """
    return _JSON_INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def plural(n: int, word: str, many: str | None = None) -> str:
    """``n`` and the noun that goes with it: "1 row", "3 rows", "2 processes"."""
    return f"{n} {word if n == 1 else (many or word + 's')}"
