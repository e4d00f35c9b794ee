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
from reject.record_codecs import (
    ChoiceCodec,
    Codec,
    ContactCodec,
    DateCodec,
    ListCodec,
    NoteCodec,
    Raw,
)

# `Rejection` fields no one types: the tool keeps them itself (ids, times) or
# other commands fill them (`reject ask`, `reject reflect`, `log --email`,
# `--posting`: the names of kept files and the email's Message-ID).
INTERNAL = frozenset(
    {
        "id",
        "uuid",
        "created",
        "updated",
        "feedback_request",
        "reflection",
        "email_file",
        "posting_file",
        "message_id",
    }
)


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
