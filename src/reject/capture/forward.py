"""Forwarded messages pasted inline: "---------- Forwarded message ---------",
"Begin forwarded message:" and Outlook's "From:/Sent:" block under a "Fw:".

The rejection is the inner message, so its From, Date and Subject are what
the record needs, not the person who forwarded it to themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime

from reject.capture.quotes import FORWARD_MARKER, HEADER_FROM, _lines

_FIELD_NAMES = {
    "from": {"from", "von", "de", "van", "da"},
    "date": {"date", "sent", "datum", "gesendet", "envoyé", "fecha", "enviado", "verzonden",
             "data", "inviato"},
    "subject": {"subject", "betreff", "objet", "asunto", "onderwerp", "oggetto", "assunto"},
    "to": {"to", "an", "à", "a", "para", "aan"},
    "reply-to": {"reply-to", "antwort an", "répondre à"},
    "cc": {"cc", "kopie", "cci"},
}
_HEADER = re.compile(r"^\s*\*?([A-Za-zÀ-ÿ-]{1,12}(?: [a-zà-ÿ]{1,3})?)\s?:\*?\s*(.*)$")
_OUTLOOK_FW = re.compile(r"^\s*(?:fw|fwd|wg|tr|rv|doorst|i)\s?:", re.IGNORECASE)


@dataclass(frozen=True)
class InlineForward:
    note: str
    headers: dict[str, str]
    body: str


def _field(name: str) -> str | None:
    low = name.lower()
    for key, names in _FIELD_NAMES.items():
        if low in names:
            return key
    return None


def _read_headers(lines: list[str], start: int) -> tuple[dict[str, str], int]:
    headers: dict[str, str] = {}
    i = start
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines):
        line = lines[i].lstrip("> ").rstrip() if lines[i].lstrip().startswith(">") else lines[i]
        match = _HEADER.match(line)
        key = _field(match.group(1)) if match else None
        if key is None:
            if not line.strip() and headers:
                i += 1
            break
        headers.setdefault(key, match.group(2).strip() if match else "")
        i += 1
    return headers, i


def split_inline_forward(text: str, subject: str = "") -> InlineForward | None:
    """The forwarded message inside ``text``, if there is one near the top."""
    lines = _lines(text)
    for i, line in enumerate(lines):
        marker = bool(FORWARD_MARKER.match(line))
        outlook = (
            not marker
            and bool(_OUTLOOK_FW.match(subject))
            and bool(re.match(rf"^\s*\*?{HEADER_FROM}\s?:", line, re.IGNORECASE))
        )
        if not (marker or outlook):
            continue
        headers, end = _read_headers(lines, i + 1 if marker else i)
        if "from" not in headers:
            continue
        note = "\n".join(lines[:i])
        # Strip a leading underscore rule from the note when Outlook drew one.
        note = re.sub(r"\n?\s*_{8,}\s*$", "", note)
        body_lines = lines[end:]
        if body_lines and all(ln.startswith(">") or not ln.strip() for ln in body_lines):
            body_lines = [re.sub(r"^> ?", "", ln) for ln in body_lines]
        return InlineForward(note=note, headers=headers, body="\n".join(body_lines))
    return None


_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "jan january januar janvier enero januari gennaio janeiro",
            "feb february februar février fevrier febrero februari febbraio fevereiro",
            "mar march märz maerz mars marzo maart março",
            "apr april avril abril aprile",
            "may mai mayo mei maggio maio",
            "jun june juni juin junio giugno junho",
            "jul july juli juillet julio luglio julho",
            "aug august août aout agosto augustus",
            "sep sept september septembre septiembre settembre setembro",
            "oct october oktober octobre octubre ottobre outubro",
            "nov november novembre noviembre novembro",
            "dec december dezember décembre decembre diciembre dicembre dezembro",
        ],
        start=1,
    )
    for name in names.split()
}
_DAY_MONTH_YEAR = re.compile(
    r"\b(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]{3,10})\.?,?\s+(?:de\s+)?(\d{4})"
)
_MONTH_DAY_YEAR = re.compile(r"\b([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def loose_date(value: str) -> date | None:
    """A calendar date from a header as mail clients print it in a forward
    ("Tue, 3 Mar 2026 at 10:14", "March 3, 2026", "3. März 2026 um 10:14")."""
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    candidates: list[tuple[int, int, int]] = []
    for d, m, y in _DAY_MONTH_YEAR.findall(value):
        if m.lower() in _MONTHS:
            candidates.append((int(y), _MONTHS[m.lower()], int(d)))
    for m, d, y in _MONTH_DAY_YEAR.findall(value):
        if m.lower() in _MONTHS:
            candidates.append((int(y), _MONTHS[m.lower()], int(d)))
    for y, m, d in _ISO.findall(value):
        candidates.append((int(y), int(m), int(d)))
    for y, m, d in candidates:
        try:
            return date(y, m, d)
        except ValueError:
            continue
    return None


def strip_fw(subject: str) -> str:
    return re.sub(r"^(?:\s*(?:fw|fwd|wg|tr|rv|doorst)\s?:\s*)+", "", subject, flags=re.IGNORECASE)
