"""How one record field's typed text becomes a value, and how a value prints.

The table of fields (``reject.record_fields``) gives each field one of these.
They stay light for the same reason the table does (`reject log --help`
reads it): nothing heavy is imported until a value is actually parsed.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from reject.dates import parse_date
from reject.text import split_list

# What a person typed for one field: one text, or several for a repeatable
# flag ("--tag a --tag b").
Raw = str | list[str]


def _blank_to_none(value: str) -> str | None:
    return value.strip() or None


class Codec:
    """How one field's text becomes a value for the record, and back.

    ``parse`` raises ``ValueError`` with a reason that does not name the
    field (the caller adds the name). A required field cannot be emptied:
    blank text is refused, not taken as "clear it".
    """

    multiple = False  # given as a list of texts (a repeatable flag)
    # Its CSV cell may not hold the whole value; then details_json carries
    # it, and on import details_json wins over the cell.
    spills = False
    choices: type[Enum] | None = None  # the only values it takes

    def __init__(self, *, required: bool = False) -> None:
        self.required = required

    def parse(self, raw: Raw) -> Any:
        text = _single(raw)
        return text if self.required else _blank_to_none(text)

    def values(self) -> list[str]:
        return [str(member.value) for member in self.choices or ()]

    def text(self, value: Any) -> str:
        """The value as the edit form writes it (and CSV, unless ``cell`` differs)."""
        return "" if value is None else str(value)

    def show(self, value: Any) -> str:
        """The value as `reject show` prints it; "" leaves the line out."""
        return self.text(value)

    def cell(self, value: Any) -> str:
        return self.text(value)

    def fits_cell(self, value: Any) -> bool:
        """False when the CSV cell would lose something (only if ``spills``)."""
        return True


def _single(raw: Raw) -> str:
    return raw if isinstance(raw, str) else ", ".join(raw)


class DateCodec(Codec):
    def parse(self, raw: Raw) -> Any:
        text = _single(raw)
        if not self.required and not text.strip():
            return None
        return parse_date(text)

    def text(self, value: Any) -> str:
        return value.isoformat() if value is not None else ""


class ChoiceCodec(Codec):
    def __init__(self, choices: type[Enum], labels: Mapping[Any, str] | None = None) -> None:
        super().__init__()
        self.choices = choices
        self.labels = labels or {}

    def parse(self, raw: Raw) -> Any:
        text = _blank_to_none(_single(raw))
        if text is None:
            return None
        allowed = self.values()
        if text.lower() not in allowed:
            raise ValueError(f"is not one of: {', '.join(allowed)}")
        return text.lower()

    def text(self, value: Any) -> str:
        return str(value.value) if value is not None else ""

    def show(self, value: Any) -> str:
        return self.labels.get(value) or self.text(value)


class ListCodec(Codec):
    """Several short items; people separate them with commas or semicolons."""

    multiple = True
    spills = True

    def parse(self, raw: Raw) -> Any:
        texts = [raw] if isinstance(raw, str) else raw
        return [item for text in texts for item in split_list(text)]

    def text(self, value: Any) -> str:
        return ", ".join(value)

    def cell(self, value: Any) -> str:
        return ";".join(value)

    def fits_cell(self, value: Any) -> bool:
        return not any(_awkward(item) for item in value)


class ContactCodec(Codec):
    """ "Jane Doe <jane@x.com>", a bare email, or a bare name."""

    spills = True

    def parse(self, raw: Raw) -> Any:
        text = _blank_to_none(_single(raw))
        if text is None:
            return None
        name: str | None = text
        email: str | None = None
        if "<" in text or ("@" in text and " " not in text):
            from email.utils import parseaddr

            parsed_name, parsed_email = parseaddr(text)
            if "@" not in parsed_email:
                raise ValueError("has no valid email address in it")
            name, email = (parsed_name or None), parsed_email
        return {"name": name, "email": email}

    def text(self, value: Any) -> str:
        return value.display() if value is not None else ""

    def fits_cell(self, value: Any) -> bool:
        return value is None or not (value.model_extra or _awkward(value.name))


class NoteCodec(Codec):
    """One part (``text`` or ``given_by``) of a new feedback note.

    Notes are a list with their own blocks in the edit form and their own
    section in `show`; journal.build_rejection turns these parts into the
    first note. In CSV the cells hold the first note, and every note travels
    whole in details_json.
    """

    spills = True

    def __init__(self, part: str) -> None:
        super().__init__()
        self.part = part

    def cell(self, value: Any) -> str:
        return str(getattr(value[0], self.part) or "") if value else ""

    def fits_cell(self, value: Any) -> bool:
        return not value


def _awkward(value: str | None) -> bool:
    """Text that would not survive a flat cell's separators or address parsing."""
    return value is not None and any(ch in value for ch in ';,<>@"')
