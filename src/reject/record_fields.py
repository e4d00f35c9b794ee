"""Every field a person can give a rejection, declared once.

Each row says how the field is given on the command line (flags and help),
asked for by `reject log`, written in the edit form, carried in a CSV
column and labelled by `reject show`, and its codec says how typed text
becomes a value and how a value prints. The flags of `log` and `edit`, the
log questions, the edit form, the CSV row and `show` are all read from this
table, so a new field is one declaration here.

The CLI reads this module to build `reject log --help`, so it must stay
light: no pydantic, and the codecs import what they need only when they run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from reject.choices import KIND_LABELS, Kind, ProcessStage
from reject.dates import parse_date
from reject.text import split_list

# What a person typed for one field: one text, or several for a repeatable
# flag ("--tag a --tag b").
Raw = str | list[str]

# `Rejection` fields no one types: the tool keeps them itself (ids, times) or
# other commands fill them (`reject ask`, `reject reflect`).
INTERNAL = frozenset({"id", "uuid", "created", "updated", "feedback_request", "reflection"})


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


@dataclass(frozen=True)
class RecordField:
    name: str  # the key in journal.RecordInput, and in field errors
    flags: tuple[str, ...]  # on `reject log` (and `edit`, see ``on_edit``); () for none
    help: str
    codec: Codec
    prompt: str | None = None  # the question `reject log` asks; None: never asked
    form_key: str | None = None  # its line in the edit form; None: not in the form
    column: str | None = None  # its CSV column; None: not in CSV
    label: str | None = None  # its line in `reject show`; None: shown elsewhere or not
    model: str = ""  # the `Rejection` field it fills, when not ``name``
    default: str | None = None  # taken when not given (log question, a blank CSV cell)
    ask_if: str | None = None  # only asked, and only checked, alongside this field
    on_edit: bool = True  # `reject edit` has its flags too
    long: bool = False  # free-form text that may run to several lines

    @property
    def target(self) -> str:
        return self.model or self.name

    @property
    def param(self) -> str:
        """The command function's parameter: "--feedback-from" -> feedback_from."""
        return self.flags[0].lstrip("-").replace("-", "_")

    @property
    def needed(self) -> bool:
        """A new record cannot do without it, and it has no default."""
        return self.codec.required and self.default is None


FIELDS: tuple[RecordField, ...] = (
    RecordField(
        "company",
        ("--company", "-c"),
        "Company name.",
        Codec(required=True),
        prompt="Company",
        form_key="company",
        column="company",
    ),
    RecordField(
        "role",
        ("--role", "-r"),
        "Job title you applied for.",
        Codec(required=True),
        prompt="Role",
        form_key="role",
        column="role",
    ),
    RecordField(
        "date",
        ("--date", "-d"),
        "When the no arrived: 2026-09-03, yesterday, 'last friday', '3 days ago'.",
        DateCodec(required=True),
        prompt="When did you hear",
        form_key="date",
        column="date",
        label="date",
        default="today",
    ),
    RecordField(
        "applied",
        ("--applied",),
        "When you applied, if you like (same forms as --date).",
        DateCodec(),
        prompt="When had you applied",
        form_key="applied",
        column="applied",
        label="applied",
    ),
    RecordField(
        "stage",
        ("--stage", "-s"),
        "How far it got.",
        ChoiceCodec(ProcessStage),
        prompt="How far did it get",
        form_key="stage",
        column="stage",
        label="stage reached",
    ),
    RecordField(
        "kind",
        ("--kind", "-k"),
        "How the no arrived.",
        ChoiceCodec(Kind, KIND_LABELS),
        prompt="How did the no arrive",
        form_key="kind",
        column="kind",
        label="how it ended",
    ),
    RecordField(
        "source",
        ("--source",),
        "Where the job came from: referral, a job board...",
        Codec(),
        prompt="Where did you find the job",
        form_key="source",
        column="source",
        label="source",
    ),
    RecordField(
        "location",
        ("--location",),
        "Where the job was: a city, a site, remote.",
        Codec(),
        form_key="location",
        column="location",
        label="location",
    ),
    RecordField(
        "link",
        ("--link",),
        "The job posting's address.",
        Codec(),
        form_key="link",
        column="link",
        label="link",
    ),
    RecordField(
        "keywords",
        ("--keyword",),
        "A search keyword or title that found the job. Repeatable.",
        ListCodec(),
        prompt="Search keywords or title that found it (comma-separated)",
        form_key="keywords",
        column="keywords",
        label="keywords",
    ),
    RecordField(
        "contact",
        ("--contact",),
        "Recruiter or contact: 'Jane Doe <jane@acme.com>'.",
        ContactCodec(),
        prompt="Contact for a follow-up (name <email>)",
        form_key="contact",
        column="contact",
        label="contact",
    ),
    RecordField(
        "feedback",
        ("--feedback", "-f"),
        "What they said, as close to verbatim.",
        NoteCodec("text"),
        prompt="What did they say",
        column="feedback",
        on_edit=False,
        long=True,
    ),
    RecordField(
        "feedback_from",
        ("--feedback-from",),
        "Who gave the feedback.",
        NoteCodec("given_by"),
        prompt="Who said it",
        column="feedback_from",
        model="feedback",
        ask_if="feedback",
        on_edit=False,
    ),
    RecordField(
        "tags",
        ("--tag", "-t"),
        "A free tag. Repeatable.",
        ListCodec(),
        prompt="Tags (comma-separated)",
        form_key="tags",
        column="tags",
        label="tags",
    ),
)

BY_NAME = {f.name: f for f in FIELDS}

# Two orders differ from the table's on purpose. `reject log` asks what they
# said, who said it and whom to follow up with straight after how it ended,
# while the conversation is fresh; every other question follows the table.
ASKED_EARLY = ("feedback", "feedback_from", "contact")
ASKED_EARLY_AFTER = "kind"
# A CSV starts with the short header the import help documents; the other
# columns follow in table order.
COLUMNS_FIRST = ("company", "role", "date", "stage", "feedback", "tags")


def asking_order() -> list[RecordField]:
    """The questions of `reject log` beyond the needed ones, in the order it asks them."""
    rest = [f for f in FIELDS if f.prompt and not f.needed and f.name not in ASKED_EARLY]
    cut = 1 + next(i for i, f in enumerate(rest) if f.name == ASKED_EARLY_AFTER)
    return [*rest[:cut], *(BY_NAME[name] for name in ASKED_EARLY), *rest[cut:]]


def columns() -> dict[str, RecordField]:
    """The CSV columns a record's fields fill, by column, in header order."""
    with_column = [f for f in FIELDS if f.column]
    first = [f for f in with_column if f.name in COLUMNS_FIRST]
    rest = [f for f in with_column if f.name not in COLUMNS_FIRST]
    return {f.column: f for f in first + rest if f.column}


def form_fields() -> dict[str, RecordField]:
    """The edit form's lines, by key, in form order."""
    return {f.form_key: f for f in FIELDS if f.form_key}


def flagged(command: str) -> list[RecordField]:
    """The fields with a flag on ``command`` ("log" or "edit")."""
    return [f for f in FIELDS if f.flags and (command == "log" or f.on_edit)]


def from_flags(command: str, given: Mapping[str, Any]) -> dict[str, Raw]:
    """What a command's flags gave, by field name (enum choices as text)."""
    values: dict[str, Raw] = {}
    for f in flagged(command):
        value = given.get(f.param)
        if value is None:
            continue
        if isinstance(value, Enum):
            value = str(value.value)
        values[f.name] = list(value) if isinstance(value, Sequence) and f.codec.multiple else value
    return values
