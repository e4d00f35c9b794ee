"""A job posting kept beside a record: plain text, Markdown, or a saved web
page reduced to the words of the advert."""

from __future__ import annotations

import codecs
import re

from reject.capture.htmltext import html_to_text
from reject.errors import UsageError

MAX_POSTING_BYTES = 25 * 1024 * 1024
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".mhtml")
_LOOKS_HTML = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<\?xml)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.I)


def _decode(raw: bytes, html: bool) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if html:
        match = _META_CHARSET.search(raw[:4096])
        if match:
            try:
                return raw.decode(match.group(1).decode("ascii"), errors="replace")
            except LookupError:
                pass
    # Not UTF-8: Windows-1252 is the usual culprit, and a superset of Latin-1's letters.
    return raw.decode("cp1252", errors="replace")


def posting_text(raw: bytes, filename: str | None = None) -> str:
    """The advert as readable text. HTML (by name or by content) loses its
    scripts, styles, menus and footers; headings and list items stay as lines."""
    if len(raw) > MAX_POSTING_BYTES:
        raise UsageError(
            f"That posting is {len(raw) / 1024 / 1024:.1f} MB; the most I keep is "
            f"{MAX_POSTING_BYTES // 1024 // 1024} MB."
        )
    utf16 = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not raw.strip():
        raise UsageError("That posting is empty.")
    if b"\x00" in raw[:65536] and not utf16:
        raise UsageError("That posting is a binary file; save it as text or HTML first.")
    if raw[:5] == b"%PDF-":
        raise UsageError("That posting is a PDF; copy its text into a file first.")
    name = (filename or "").lower()
    html = name.endswith(_HTML_SUFFIXES) or bool(_LOOKS_HTML.match(raw[:1024]))
    text = _decode(raw, html)
    if html:
        text = html_to_text(text, page=True)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or ord(ch) >= 32 and not 127 <= ord(ch) < 160)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if not text:
        raise UsageError("That posting has no readable text in it.")
    return text
