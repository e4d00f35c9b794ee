"""A rejection record and the journal document that holds them.

Pydantic models validate everything that enters the journal, whether typed,
imported or read from disk. Unknown fields are kept (``extra="allow"``) so a
file written by a newer minor release loses nothing when saved by this one.
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import date as Date
from datetime import datetime
from typing import Literal

from pydantic import Field, ValidationError, ValidationInfo, field_validator

from reject.choices import Kind, ProcessStage
from reject.fields import Base, Line, Link, RequiredLine, Tag, Text, from_disk, utc_now
from reject.model.appraisal import Appraisal
from reject.model.reflection import FeedbackRequest, Reflection

SCHEMA_VERSION = 1
FORMAT_NAME = "reject-journal"
EARLIEST_DATE = Date(1970, 1, 1)


def check_past_date(value: Date) -> Date:
    """Turndowns happen in the past: refuse future and implausible dates."""
    if value > Date.today():
        raise ValueError(f"{value.isoformat()} is in the future")
    if value < EARLIEST_DATE:
        raise ValueError(f"{value.isoformat()} is before {EARLIEST_DATE.year}")
    return value


class Contact(Base):
    name: Line | None = None
    email: Line | None = None

    def display(self) -> str:
        """ "Jane Doe <jane@acme.com>", or whichever part is known."""
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.name or self.email or ""

    @field_validator("email")
    @classmethod
    def _looks_like_email(cls, value: str | None) -> str | None:
        if value and ("@" not in value or " " in value or value.startswith("@")):
            raise ValueError("does not look like an email address")
        return value or None


class FeedbackNote(Base):
    """Something the employer or recruiter said, as close to verbatim as possible."""

    text: Text
    given_by: Line | None = None
    received: Date | None = None
    added: datetime = Field(default_factory=utc_now)

    @field_validator("text")
    @classmethod
    def _not_empty(cls, value: str) -> str:
        if not value:
            raise ValueError("can't be empty")
        return value


class Rejection(Base):
    id: int = Field(ge=1)
    uuid: uuid_mod.UUID = Field(default_factory=uuid_mod.uuid4)
    company: RequiredLine
    role: RequiredLine
    date: Date = Field(default_factory=Date.today)
    applied: Date | None = None  # when the person applied, if they noted it
    stage: ProcessStage | None = None
    kind: Kind | None = None
    source: Line | None = None
    location: Line | None = None
    link: Link | None = None  # the job posting
    keywords: list[Line] = Field(default_factory=list)
    contact: Contact | None = None
    feedback: list[FeedbackNote] = Field(default_factory=list)
    tags: list[Tag] = Field(default_factory=list)
    created: datetime = Field(default_factory=utc_now)
    updated: datetime = Field(default_factory=utc_now)
    feedback_request: FeedbackRequest | None = None
    reflection: Reflection | None = None
    # Kept beside the journal (store/kept.py): the names of the email the no
    # arrived in and of the job posting, and the email's Message-ID, which
    # makes importing one mailbox twice add nothing the second time.
    email_file: Line | None = None
    posting_file: Line | None = None
    message_id: Line | None = None

    @field_validator("date")
    @classmethod
    def _date_in_range(cls, value: Date, info: ValidationInfo) -> Date:
        # The future-date rule applies to what a person enters now, not to
        # what is already stored: a clock set back must never make a journal
        # unreadable.
        if info.context and info.context.get("input"):
            return check_past_date(value)
        return value

    @field_validator("applied")
    @classmethod
    def _applied_in_range(cls, value: Date | None, info: ValidationInfo) -> Date | None:
        if value is not None and info.context and info.context.get("input"):
            check_past_date(value)
            turndown = info.data.get("date")
            if turndown is not None and value > turndown:
                raise ValueError(f"{value.isoformat()} is after the turndown ({turndown})")
        return value

    @field_validator("keywords", "tags")
    @classmethod
    def _drop_empty_and_duplicates(cls, value: list[str]) -> list[str]:
        if from_disk():
            return value  # every write path already cleaned it
        return list(dict.fromkeys(v for v in value if v))


class Journal(Base):
    format: Literal["reject-journal"] = "reject-journal"
    # Strict: "1", true or 1.0 are refused rather than guessed at.
    schema_version: int = Field(default=SCHEMA_VERSION, strict=True)
    next_id: int = Field(default=1, ge=1)
    # The sequence number of the last change-log entry folded into this
    # document (store/changes.py): later entries are still to be applied.
    changes_folded: int = Field(default=0, ge=0, strict=True)
    rejections: list[Rejection] = Field(default_factory=list)
    # Added without a new schema version: an older journal has none (the
    # default), and an older reject keeps them as an unknown field.
    appraisals: list[Appraisal] = Field(default_factory=list)


def describe_validation_error(exc: ValidationError, *, prefix: str = "", skip: int = 0) -> str:
    """One line naming the first bad field and what is wrong with it
    (``skip`` drops leading parts of the location the caller names itself)."""
    err = exc.errors(include_url=False, include_input=False)[0]
    where = ".".join(str(p) for p in err["loc"][skip:] if p != "__root__")
    msg = err["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    label = f"{prefix}{where}" if where else prefix.rstrip(".") or "value"
    return f"{label}: {msg}"
