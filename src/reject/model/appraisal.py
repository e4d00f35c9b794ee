"""An appraisal: feedback from outside a job search.

Performance reviews, 360s, a mentor's notes: the method's stage 3 looks at
them beside the rejections, because a theme an employer and a manager both
name is more than chance. They live in the journal (``Journal.appraisals``),
with ids from the journal's own counter, so an id means one thing
whichever list it is in. The same text rules as a record apply.
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import date as Date
from datetime import datetime

from pydantic import Field, ValidationInfo, field_validator

from reject.fields import Base, Line, Text, utc_now


class Appraisal(Base):
    id: int = Field(ge=1)
    uuid: uuid_mod.UUID = Field(default_factory=uuid_mod.uuid4)
    text: Text
    given_by: Line | None = None  # "annual review", "360", "mentor"
    date: Date = Field(default_factory=Date.today)
    created: datetime = Field(default_factory=utc_now)

    @field_validator("text")
    @classmethod
    def _not_empty(cls, value: str, info: ValidationInfo) -> str:
        if not value.strip() and info.context and info.context.get("input"):
            raise ValueError("can't be empty")
        return value

    @field_validator("given_by")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    @field_validator("date")
    @classmethod
    def _date_in_range(cls, value: Date, info: ValidationInfo) -> Date:
        # As for a turndown: checked on input, never on load (see record.py).
        if info.context and info.context.get("input"):
            from reject.model.record import check_past_date

            return check_past_date(value)
        return value
