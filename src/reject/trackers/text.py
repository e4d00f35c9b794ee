"""A tracker's bytes, delimiter and dates, read as reject reads its own."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from reject.errors import UsageError

# -- dates ----------------------------------------------------------------------

DAY_FIRST, MONTH_FIRST = "day-first", "month-first"
_MONTHS = {
    m: n
    for n, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}
_ISO_START = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:[ T,].*)?$")
# "Mar 5, 2024", "5 March 2024", "05-Mar-24", "Tue, 5 Mar 2024"
_WORDS = re.compile(
    r"^(?:[a-z]+,?\s+)??"
    r"(?:(\d{1,2})(?:st|nd|rd|th)?[\s\-]+([a-z]+)\.?|([a-z]+)\.?[\s\-]+(\d{1,2})(?:st|nd|rd|th)?)"
    r",?[\s\-]+(\d{4}|\d{2})(?:[ ,t].*)?$"
)
# Spreadsheets store a date as days since 30 Dec 1899; one that lost its
# formatting arrives as that number. This range is 1954 to 2119.
_SERIAL = re.compile(r"^\d{5}$")
_EXCEL_EPOCH = date(1899, 12, 30)


def _year(text: str) -> int:
    y = int(text)
    return y if len(text) == 4 else 2000 + y if y < 70 else 1900 + y


def date_order(cells: Iterable[str]) -> str | None:
    """Whether a column's 03/05/2024 dates are day or month first, read
    from the cells that can only be one (13/05/2024 or 05/13/2024)."""
    orders = set()
    for cell in cells:
        m = _NUMERIC.match(cell.strip())
        if m:
            first, second = int(m.group(1)), int(m.group(2))
            if first > 12 >= second:
                orders.add(DAY_FIRST)
            elif second > 12 >= first:
                orders.add(MONTH_FIRST)
    return orders.pop() if len(orders) == 1 else None


def ambiguous(cells: Iterable[str]) -> str | None:
    """The first cell whose day and month could be swapped, if any."""
    for cell in cells:
        m = _NUMERIC.match(cell.strip())
        if m and m.group(1) != m.group(2) and int(m.group(1)) <= 12 and int(m.group(2)) <= 12:
            return cell.strip()
    return None


@lru_cache(maxsize=65536)  # a column repeats its dates
def iso_date(cell: str, order: str | None) -> str:
    """A tracker's date as YYYY-MM-DD when it is one of the usual forms
    (otherwise the cell, unchanged, for the general date rules to judge)."""
    text = cell.strip()
    if m := _ISO_START.match(text):
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)), text)
    if (m := _NUMERIC.match(text)) and order:
        a, b, y = int(m.group(1)), int(m.group(2)), _year(m.group(3))
        day, month = (a, b) if order == DAY_FIRST else (b, a)
        return _iso(y, month, day, text)
    lowered = text.casefold()
    if m := _WORDS.match(lowered):
        day_text = m.group(1) or m.group(4)
        named = _MONTHS.get(m.group(2) or m.group(3) or "")
        if named:
            return _iso(_year(m.group(5)), named, int(day_text), text)
    if _SERIAL.match(text) and 20000 <= int(text) <= 80000:
        return (_EXCEL_EPOCH + timedelta(days=int(text))).isoformat()
    return text


def _iso(year: int, month: int, day: int, text: str) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return text  # "31/02/2024": the date rules say it isn't a real date


# -- bytes and delimiters -------------------------------------------------------


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """The text of an import, and a note when it was not UTF-8.

    UTF-8 (with or without Excel's byte-order mark) and UTF-16 (Excel's
    "Unicode text") are read as they are; anything else that reads as
    Windows-1252 (Excel's "CSV" on Windows) is taken as that, and said.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            raise UsageError(f"{name} starts like UTF-16 text but isn't.") from None
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    if data[:200].count(b"\x00") > 10:  # UTF-16 without its mark
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError:
                continue
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise UsageError(
            f"{name} is not UTF-8 text, nor any encoding a spreadsheet usually saves. "
            "Save it again as 'CSV UTF-8' and import that."
        ) from None
    return text, (
        f"{name} isn't UTF-8, so it was read as Windows-1252 (what Excel saves as CSV); "
        "if names look wrong, save it as 'CSV UTF-8' and import again."
    )


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon (Excel where the decimal mark is a comma) or tab:
    whichever splits the header line into the most columns."""
    first = text.lstrip("\n\r").splitlines()[0] if text.strip() else ""
    best, most = ",", 1
    for delimiter in (",", ";", "\t"):
        try:
            cells = next(csv.reader(io.StringIO(first), delimiter=delimiter), [])
        except csv.Error:
            continue
        if len(cells) > most:
            best, most = delimiter, len(cells)
    return best
